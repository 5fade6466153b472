package dev.curvature.cli;

import dev.curvature.io.OutputGuard;
import dev.curvature.io.StructureInputException;
import dev.curvature.io.plots.ChartFile;
import dev.curvature.io.crystal.CrystalReader;
import dev.curvature.io.crystal.LabelledFrames;
import dev.curvature.workflow.MlLearningCurve;
import dev.curvature.workflow.MlTraining;
import dev.curvature.structure.Structure;
import dev.curvature.workflow.CrystalJobException;
import dev.curvature.model.ModelRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    @Option(names = "--cutoff", paramLabel = "Å") double cutoff = MlTraining.DEFAULT_CUTOFF;
    @Option(names = "--basis", paramLabel = "SIZE") int basis = MlTraining.DEFAULT_RADIAL;
    @Option(names = "--lmax", paramLabel = "L") int lmax = MlTraining.DEFAULT_LMAX;
    @Option(names = "--quadratic", description = "Quadratic model (see train --quadratic).") boolean quadratic;
    @Option(names = "--json", description = "One JSON object.") boolean json;
    @Option(names = "--plot", paramLabel = "FILE", description = "The curves as an image: test errors and learned C_ij against training configurations (.png or .svg).")
    Path plot;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        MlTraining base;
        try {
            base = new MlTraining(cutoff, basis, lmax, 1, 1, 1, MlTraining.DEFAULT_RIDGE, quadratic);
            if (referencePotential != null && crystal == null) throw new IllegalArgumentException("--reference-potential needs --crystal");
            if (plot != null) {
                if (!ChartFile.writable(plot)) throw new IllegalArgumentException("--plot " + plot + ": give the plot a .png or .svg name");
                new OutputGuard(java.util.Arrays.asList(data, test, crystal, referencePotential)).claim("--plot", plot);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try {
            var train = LabelledFrames.read(data);
            var held = LabelledFrames.read(test);
            List<Integer> n = sizes == null ? new ArrayList<>(List.of(8, 16, 32, train.size())) : sizes;
            Structure s = crystal == null ? null : CrystalReader.read(crystal).get(0);
            double[] ref = null;
            if (s != null && referencePotential != null)
                ref = MlLearningCurve.cubicConstants(s, CrystalOptions.model(registry, ModelRegistry.POTENTIAL_SCHEME + ":" + referencePotential));
            List<MlLearningCurve.Point> points = new MlLearningCurve(base, n, 1).run(train, held, s);
            if (plot != null) MlLearningCurve.plot(points, ref).write(plot);
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("data", data.toString());
                o.put("test", test.toString());
                o.put("reference_c11_c12_c44_gpa", ref);
                o.put("points", MlLearningCurve.rows(points));
                o.put("units", Map.of("energy", "meV/atom", "forces", "meV/angstrom", "stress", "GPa", "cij", "GPa"));
                out.println(Json.gson().toJson(o));
            } else {
                out.print(MlLearningCurve.table(points, ref));
            }
            out.flush();
            return Main.OK;
        } catch (StructureInputException | CrystalJobException | CrystalOptions.BadPotential | IllegalArgumentException | java.io.IOException e) {
            err.println("curvature learning-curve: " + e.getMessage());
            err.flush();
            return Main.FAILED;
        }
    }

}
