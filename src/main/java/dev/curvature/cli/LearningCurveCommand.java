package dev.curvature.cli;

import dev.curvature.io.StructureInputException;
import dev.curvature.io.crystal.CrystalReader;
import dev.curvature.io.crystal.LabelledFrames;
import dev.curvature.ml.LearningCurve;
import dev.curvature.ml.Training;
import dev.curvature.ml.fit.FitWeights;
import dev.curvature.structure.Structure;
import dev.curvature.workflow.CrystalJobException;
import dev.curvature.workflow.CrystalModel;
import dev.curvature.workflow.ElasticAnalysis;
import dev.curvature.model.ModelRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code curvature learning-curve}: test errors and learned C_ij against training-set size and observation types. */
@Command(name = "learning-curve", mixinStandardHelpOptions = true,
        description = {"Train on growing subsets with energies only (E), energies + forces (EF) and energies + forces + stress (EFS);",
                "report held-out errors and, with --crystal, the learned relaxed-ion C11, C12, C44 against --reference-potential's."})
final class LearningCurveCommand implements Callable<Integer> {
    private final ModelRegistry registry;

    LearningCurveCommand(ModelRegistry registry) { this.registry = registry; }

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATA") Path data;

    @Option(names = "--test", paramLabel = "TEST", required = true) Path test;

    @Option(names = "--sizes", paramLabel = "N,N,...", split = ",", description = "Training-set sizes in frames (default 8,16,32,all).")
    List<Integer> sizes;

    @Option(names = "--crystal", paramLabel = "FILE", description = "Crystal whose relaxed-ion C11, C12, C44 each learned model predicts.")
    Path crystal;

    @Option(names = "--reference-potential", paramLabel = "FILE", description = "LAMMPS-style potential giving the reference C_ij for --crystal.")
    Path referencePotential;

    @Option(names = "--cutoff", paramLabel = "Å") double cutoff = Training.DEFAULT_CUTOFF;
    @Option(names = "--basis", paramLabel = "SIZE") int basis = Training.DEFAULT_RADIAL;
    @Option(names = "--lmax", paramLabel = "L") int lmax = Training.DEFAULT_LMAX;
    @Option(names = "--json", description = "One JSON object.") boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Training base;
        try {
            base = new Training(cutoff, basis, lmax, FitWeights.DEFAULT, Training.DEFAULT_RIDGE);
            if (referencePotential != null && crystal == null) throw new IllegalArgumentException("--reference-potential needs --crystal");
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try {
            var train = LabelledFrames.read(data);
            var held = LabelledFrames.read(test);
            List<Integer> n = sizes == null ? new ArrayList<>(List.of(8, 16, 32, train.size())) : sizes;
            Structure s = crystal == null ? null : CrystalReader.read(crystal).get(0);
            double[] ref = null;
            if (s != null && referencePotential != null) {
                double[][] c = new ElasticAnalysis(new int[] {1, 1, 1}, true, 0.0, false, 1e-4)
                        .run(s, CrystalOptions.model(registry, ModelRegistry.POTENTIAL_SCHEME + ":" + referencePotential)).result().relaxed().matrix();
                ref = new double[] {c[0][0], c[0][1], c[3][3]};
            }
            List<LearningCurve.Point> points = new LearningCurve(base, n, 1).run(train, held, s);
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("data", data.toString());
                o.put("test", test.toString());
                o.put("reference_c11_c12_c44_gpa", ref);
                o.put("points", LearningCurve.rows(points));
                o.put("units", Map.of("energy", "meV/atom", "forces", "meV/angstrom", "stress", "GPa", "cij", "GPa"));
                out.println(Json.gson().toJson(o));
            } else {
                out.printf("%-4s %7s %12s %12s %10s %26s%n", "obs", "frames", "E meV/atom", "F meV/Å", "S GPa", "C11 C12 C44 GPa (err %)");
                if (ref != null) out.printf(Locale.ROOT, "%-4s %7s %12s %12s %10s %8.2f %8.2f %8.2f%n", "ref", "", "", "", "", ref[0], ref[1], ref[2]);
                for (LearningCurve.Point p : points) {
                    String c = "";
                    if (p.cij() != null) {
                        c = String.format(Locale.ROOT, "%8.2f %8.2f %8.2f", p.cij()[0], p.cij()[1], p.cij()[2]);
                        if (ref != null) c += String.format(Locale.ROOT, "  (%+.1f %+.1f %+.1f)", pct(p.cij()[0], ref[0]), pct(p.cij()[1], ref[1]), pct(p.cij()[2], ref[2]));
                    }
                    out.printf(Locale.ROOT, "%-4s %7d %12.3f %12.2f %10.4f %s%n", p.mode(), p.frames(), p.test().overall.energy().rmse(),
                            p.test().overall.force().rmse(), p.test().overall.stress().rmse(), c);
                }
            }
            out.flush();
            return Main.OK;
        } catch (StructureInputException | CrystalJobException | CrystalOptions.BadPotential | IllegalArgumentException e) {
            err.println("curvature learning-curve: " + e.getMessage());
            err.flush();
            return Main.FAILED;
        }
    }

    private static double pct(double v, double ref) { return 100 * (v - ref) / ref; }
}
