package dev.curvature.cli;

import dev.curvature.elastic.ElasticTensor;
import dev.curvature.io.plots.YoungsModulusPlot;
import dev.curvature.io.StructureInputException;
import dev.curvature.model.ModelRegistry;
import dev.curvature.io.crystal.CrystalWriter;
import dev.curvature.periodic.Lattice;
import dev.curvature.structure.Structure;
import dev.curvature.workflow.CrystalJobException;
import dev.curvature.workflow.ElasticAnalysis;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code curvature elastic}: the elastic tensor of a crystal, its moduli and Born stability. */
@Command(name = "elastic", mixinStandardHelpOptions = true,
        description = {"Elastic constants (6x6 Voigt, GPa) of a crystal: relaxed-ion (analytic internal-relaxation correction)",
                "and clamped-ion, Voigt/Reuss/Hill moduli, Born stability. Ions are relaxed first; --relax-cell relaxes the cell too.",
                "Stress sign: positive under tension (ASE); Voigt order xx yy zz yz xz xy, engineering shear."})
final class ElasticCommand implements Callable<Integer> {
    private final ModelRegistry registry;

    @Spec CommandSpec spec;
    @Mixin CrystalOptions crystal;

    ElasticCommand(ModelRegistry registry) { this.registry = registry; }

    @Option(names = "--supercell", paramLabel = "A,B,C", description = "Repeat the input cell before computing (default 1,1,1).")
    String supercell = "1,1,1";

    @Option(names = "--relax-cell", description = "Relax the cell (all six strains) to --pressure as well as the ions.")
    boolean relaxCell;

    @Option(names = "--pressure", paramLabel = "GPA", description = "Target pressure for --relax-cell, GPa (default 0).")
    double pressure;

    @Option(names = "--method", paramLabel = "METHOD", description = "analytic (default) or finite-difference (central differences of the stress, ions relaxed per strain).")
    String method = "analytic";

    @Option(names = "--json", description = "One JSON object.")
    boolean json;

    @Option(names = "--plot", paramLabel = "FILE", description = "Directional Young's modulus (.png or .svg).")
    Path plot;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the relaxed crystal (.extxyz .cif .vasp POSCAR).")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        ElasticAnalysis job;
        try {
            if (!method.equals("analytic") && !method.equals("finite-difference"))
                throw new IllegalArgumentException("--method must be analytic or finite-difference, got '" + method + "'");
            if (plot != null && !plot.toString().toLowerCase(Locale.ROOT).matches(".*\\.(png|svg)"))
                throw new IllegalArgumentException("--plot must name a .png or .svg file");
            if (output != null && !CrystalWriter.handles(output))
                throw new IllegalArgumentException("-o must name a crystal file (.extxyz .xyz .cif .vasp POSCAR CONTCAR)");
            crystal.modelSpec();
            job = new ElasticAnalysis(CrystalOptions.triple(supercell, "--supercell"), relaxCell, pressure,
                    method.equals("finite-difference"), 1e-4);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try {
            crystal.checkOutput(output);
            if (plot != null) crystal.checkOutput(plot);
            Structure s = crystal.structure("elastic constants");
            ElasticAnalysis.Outcome o = job.run(s, crystal.model(registry));
            for (String w : o.warnings()) err.println("curvature elastic: warning: " + crystal.input + ": " + w);
            // write files first: a failure leaves no half output and no success report
            if (plot != null) YoungsModulusPlot.of(o.result().relaxed(), o.structure().formula()).write(plot);
            if (output != null) CrystalWriter.write(output, o.structure());
            if (json) out.println(Json.gson().toJson(jsonObject(o)));
            else printText(out, o);
            out.flush();
            err.flush();
            return Main.OK;
        } catch (StructureInputException | CrystalJobException | CrystalOptions.BadPotential | IOException e) {
            err.println("curvature elastic: " + e.getMessage());
            err.flush();
            return Main.FAILED;
        }
    }

    private Map<String, Object> jsonObject(ElasticAnalysis.Outcome o) {
        Structure s = o.structure();
        ElasticTensor c = o.result().relaxed();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", crystal.input.toString());
        m.put("potential", crystal.modelSpec().file().toString());
        m.put("formula", s.formula());
        m.put("atoms", s.atomCount());
        m.put("method", o.result().method());
        m.put("cij", c.matrix());
        m.put("cij_clamped", o.result().clamped() == null ? null : o.result().clamped().matrix());
        m.put("bulk_modulus", Map.of("voigt", c.bulkVoigt(), "reuss", c.bulkReuss(), "hill", c.bulkHill()));
        m.put("shear_modulus", Map.of("voigt", c.shearVoigt(), "reuss", c.shearReuss(), "hill", c.shearHill()));
        m.put("youngs_modulus", c.youngsModulus());
        m.put("poisson_ratio", c.poissonRatio());
        m.put("stable", o.stability().stable());
        m.put("laue_class", o.stability().laueClass().label());
        m.put("born_criteria", o.stability().criteria());
        m.put("failed_criteria", o.stability().failed());
        m.put("cij_eigenvalues", o.stability().eigenvalues());
        m.put("lattice", lattice(s));
        m.put("stress", rows(o.result().stressGpa()));
        m.put("energy_per_atom", o.energyPerAtomEv());
        m.put("internal_negative_modes", o.result().negativeModes());
        m.put("warnings", o.warnings());
        Map<String, String> units = new LinkedHashMap<>();
        units.put("cij", "GPa");
        units.put("moduli", "GPa");
        units.put("poisson_ratio", "1");
        units.put("lattice", "Å, degrees, Å^3");
        units.put("stress", "GPa, positive under tension (ASE sign; LAMMPS pressure tensor = -stress)");
        units.put("energy_per_atom", "eV/atom");
        units.put("voigt_order", "xx yy zz yz xz xy, engineering shear strains");
        m.put("units", units);
        return m;
    }

    static Map<String, Object> lattice(Structure s) {
        double[] p = new Lattice(s.cell()).parameters();
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("vectors", s.cell().vectorsAngstrom());
        l.put("a", p[0]); l.put("b", p[1]); l.put("c", p[2]);
        l.put("alpha", p[3]); l.put("beta", p[4]); l.put("gamma", p[5]);
        l.put("volume", s.cell().volume());
        return l;
    }

    static double[][] rows(double[] m) {
        return new double[][] {{m[0], m[1], m[2]}, {m[3], m[4], m[5]}, {m[6], m[7], m[8]}};
    }

    private void printText(PrintWriter out, ElasticAnalysis.Outcome o) {
        Structure s = o.structure();
        ElasticTensor c = o.result().relaxed();
        out.printf(Locale.ROOT, "%s: %s, %d atoms, %s%n", crystal.input, s.formula(), s.atomCount(), o.result().method());
        double[] p = new Lattice(s.cell()).parameters();
        out.printf(Locale.ROOT, "  lattice  a %.6f  b %.6f  c %.6f Å  alpha %.4f  beta %.4f  gamma %.4f°  V %.4f Å^3%n", p[0], p[1], p[2], p[3], p[4], p[5], s.cell().volume());
        out.printf(Locale.ROOT, "  energy   %.8f eV/atom%n", o.energyPerAtomEv());
        printTensor(out, "relaxed-ion C_ij (GPa, Voigt xx yy zz yz xz xy)", c);
        if (o.result().clamped() != null) printTensor(out, "clamped-ion C_ij (GPa)", o.result().clamped());
        out.printf(Locale.ROOT, "  bulk modulus   Voigt %.3f  Reuss %.3f  Hill %.3f GPa%n", c.bulkVoigt(), c.bulkReuss(), c.bulkHill());
        out.printf(Locale.ROOT, "  shear modulus  Voigt %.3f  Reuss %.3f  Hill %.3f GPa%n", c.shearVoigt(), c.shearReuss(), c.shearHill());
        out.printf(Locale.ROOT, "  Young's modulus %.3f GPa, Poisson ratio %.4f (Hill)%n", c.youngsModulus(), c.poissonRatio());
        out.printf(Locale.ROOT, "  Born stability (%s): %s%n", o.stability().laueClass().label(), o.stability().stable() ? "stable" : "UNSTABLE");
        for (String k : o.stability().criteria()) out.println("    " + k);
    }

    private static void printTensor(PrintWriter out, String title, ElasticTensor t) {
        out.println("  " + title + ":");
        for (int i = 1; i <= 6; i++) {
            StringBuilder sb = new StringBuilder("   ");
            for (int j = 1; j <= 6; j++) sb.append(String.format(Locale.ROOT, " %10.4f", t.c(i, j)));
            out.println(sb);
        }
    }

}
