package dev.curvature.cli;

import dev.curvature.io.StructureInputException;
import dev.curvature.io.StructureWriter;
import dev.curvature.io.crystal.CrystalReader;
import dev.curvature.io.crystal.CrystalWriter;
import dev.curvature.model.Potential;
import dev.curvature.model.ModelRegistry;
import dev.curvature.workflow.CrystalOptimization;
import dev.curvature.structure.Structure;
import dev.curvature.workflow.CrystalEvaluation;
import dev.curvature.workflow.CrystalJobException;
import dev.curvature.workflow.CrystalModel;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code energy} and {@code optimize} with {@code --potential FILE}: the same commands on crystals
 * with a LAMMPS-style periodic potential. Energy in eV, forces eV/Å, stress GPa positive under
 * tension. Every structure (extxyz frame) is one JSON line.
 */
final class PeriodicCommands {
    private PeriodicCommands() {}

    static final Map<String, String> UNITS = Map.of("energy", "eV", "forces", "eV/Å",
            "stress", "GPa, positive under tension (ASE sign; LAMMPS pressure tensor = -stress)", "lattice", "Å");

    /** --potential with a crystal file (CIF, extxyz, POSCAR, LAMMPS data): the periodic path. */
    static boolean isCrystalRun(ModelOption model, InputOptions input) {
        return model.crystalModel() != null && input.file() != null && CrystalReader.handles(input.file());
    }

    static int energy(CommandSpec spec, ModelRegistry registry, String input, CrystalModelSpec potential, boolean json) {
        return run(spec, registry, "energy", input, potential, json, null, (s, p) -> s);
    }

    /** Relaxes the ions (and with relaxCell the cell, to pressureGpa); writes the results with -o. */
    static int optimize(CommandSpec spec, ModelRegistry registry, String input, CrystalModelSpec potential, boolean json, Path output, boolean relaxCell, double pressureGpa,
                        double maxForce) {
        CrystalOptimization job = new CrystalOptimization(maxForce, relaxCell, pressureGpa);
        return run(spec, registry, "optimize", input, potential, json, output, job::run);
    }

    private interface Step { Structure apply(Structure s, Potential p) throws CrystalJobException; }

    private static int run(CommandSpec spec, ModelRegistry registry, String command, String input, CrystalModelSpec potential, boolean json, Path output, Step step) {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        try {
            Path in = Path.of(input);
            if (!Files.exists(in)) throw new StructureInputException(input + ": no such file");
            if (!CrystalReader.handles(in))
                throw new StructureInputException(input + ": --potential or --model ml: needs a crystal file (.cif .extxyz .vasp POSCAR CONTCAR .data .lmp)");
            if (output != null) {
                if (!CrystalWriter.handles(output)) throw new StructureInputException(output + ": crystal output must be .extxyz .xyz .cif .vasp POSCAR or CONTCAR");
                StructureWriter.checkNotAnInput(output, List.of(in, potential.file()));
            }
            CrystalModel model = CrystalOptions.model(registry, potential.spec());
            List<Structure> results = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            for (Structure s : CrystalReader.read(in)) {
                Potential p = model.bind(s);
                Structure done = step.apply(s, p);
                CrystalEvaluation e = CrystalEvaluation.of(p, done);
                results.add(done);
                lines.add(json ? Json.gson().toJson(jsonObject(input, potential, done, e)) : text(input, done, e));
            }
            if (output != null) {
                if (results.size() != 1) throw new StructureInputException(output + ": only one crystal can be written, the input has " + results.size());
                CrystalWriter.write(output, results.get(0));
            }
            lines.forEach(out::println);
            out.flush();
            return Main.OK;
        } catch (StructureInputException | CrystalJobException | CrystalOptions.BadPotential | IOException e) {
            err.println("curvature " + command + ": " + e.getMessage());
            err.flush();
            return Main.FAILED;
        }
    }

    private static Map<String, Object> jsonObject(String input, CrystalModelSpec potential, Structure s, CrystalEvaluation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("source", input);
        m.put("potential", potential.file().toString());
        m.put("model", potential.spec());
        m.put("formula", s.formula());
        m.put("atoms", s.atomCount());
        m.put("energy", e.energyEv());
        m.put("energy_per_atom", e.energyEv() / s.atomCount());
        List<String> el = new ArrayList<>();
        for (int a = 0; a < s.atomCount(); a++) el.add(s.element(a).symbol());
        m.put("elements", el);
        m.put("positions", Json.perAtom(s.positions()));
        m.put("forces", Json.perAtom(e.forces()));
        m.put("stress", ElasticCommand.rows(e.stressGpa()));
        m.put("lattice", ElasticCommand.lattice(s));
        m.put("units", UNITS);
        return m;
    }

    private static String text(String input, Structure s, CrystalEvaluation e) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %s, %d atoms, V = %.4f Å^3%n", input, s.formula(), s.atomCount(), s.cell().volume()));
        sb.append(String.format(Locale.ROOT, "  energy  %.8f eV (%.8f eV/atom)%n", e.energyEv(), e.energyEv() / s.atomCount()));
        double[] t = e.stressGpa();
        sb.append("  stress (GPa, positive under tension):\n");
        for (int a = 0; a < 3; a++) sb.append(String.format(Locale.ROOT, "    %12.6f %12.6f %12.6f%n", t[3 * a], t[3 * a + 1], t[3 * a + 2]));
        sb.append("  forces (eV/Å):\n");
        double[] f = e.forces();
        for (int a = 0; a < s.atomCount(); a++)
            sb.append(String.format(Locale.ROOT, "    %4d %-2s %14.8f %14.8f %14.8f%n", a + 1, s.element(a).symbol(), f[3 * a], f[3 * a + 1], f[3 * a + 2]));
        return sb.toString().stripTrailing();
    }
}
