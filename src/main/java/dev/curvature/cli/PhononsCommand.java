package dev.curvature.cli;

import dev.curvature.io.StructureInputException;
import dev.curvature.model.ModelRegistry;
import dev.curvature.io.plots.DispersionPlot;
import dev.curvature.phonon.PhononDispersion;
import dev.curvature.phonon.PhononMesh;
import dev.curvature.phonon.PhononUnits;
import dev.curvature.structure.MassModel;
import dev.curvature.workflow.CrystalJobException;
import dev.curvature.workflow.PhononAnalysis;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

/** {@code curvature phonons}: Γ modes, dispersion, DOS and harmonic thermodynamics of a crystal. */
@Command(name = "phonons", mixinStandardHelpOptions = true,
        description = {"Phonons of a crystal (ions relaxed first): Γ-point frequencies of the input cell (acoustic modes exactly 0),",
                "dispersion along a high-symmetry path from supercell force constants, DOS and harmonic F, S, Cv."})
final class PhononsCommand implements Callable<Integer> {
    private final ModelRegistry registry;

    @Spec CommandSpec spec;
    @Mixin CrystalOptions crystal;

    PhononsCommand(ModelRegistry registry) { this.registry = registry; }

    @Option(names = "--path", paramLabel = "PATH", description = "auto (cubic sc/fcc/bcc, default), none (Γ only), or 'G=0,0,0;X=0.5,0,0.5;...' (fractional reciprocal coordinates).")
    String path = "auto";

    @Option(names = "--supercell", paramLabel = "N", description = "N×N×N supercell of the primitive cell for force constants (default: automatic).")
    int supercell;

    @Option(names = "--mesh", paramLabel = "M", description = "M×M×M wavevector mesh for DOS and thermodynamics (default 12).")
    int mesh = 12;

    @Option(names = "--plot", paramLabel = "FILE", description = "Dispersion plot (.png or .svg).")
    Path plot;

    @Option(names = "--json", description = "One JSON object.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (plot != null && !plot.toString().toLowerCase(Locale.ROOT).matches(".*\\.(png|svg)"))
            throw new CommandLine.ParameterException(spec.commandLine(), "--plot must name a .png or .svg file");
        if (mesh < 1 || mesh > 64 || supercell < 0 || supercell > 20)
            throw new CommandLine.ParameterException(spec.commandLine(), "--mesh must be 1..64 and --supercell 1..20");
        if (plot != null && path.equalsIgnoreCase("none"))
            throw new CommandLine.ParameterException(spec.commandLine(), "--plot needs a path (not --path none)");
        try {
            crystal.modelSpec();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PhononAnalysis d = PhononAnalysis.defaults();
        PhononAnalysis job = new PhononAnalysis(path, supercell, mesh, d.temperatures(), MassModel.STANDARD_ATOMIC_WEIGHT);
        try {
            if (plot != null) crystal.checkOutput(plot);
            PhononAnalysis.Outcome o = job.run(crystal.structure("phonons"), crystal.model(registry));
            for (String w : o.warnings()) err.println("curvature phonons: warning: " + crystal.input + ": " + w);
            if (plot != null) DispersionPlot.of(o.dispersion(), o.structure().formula()).write(plot);
            if (json) out.println(Json.gson().toJson(jsonObject(o)));
            else printText(out, o);
            out.flush();
            err.flush();
            return Main.OK;
        } catch (StructureInputException | CrystalJobException | CrystalOptions.BadPotential | IOException e) {
            err.println("curvature phonons: " + e.getMessage());
            err.flush();
            return Main.FAILED;
        }
    }

    private Map<String, Object> jsonObject(PhononAnalysis.Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", crystal.input.toString());
        m.put("potential", crystal.modelSpec().file().toString());
        m.put("formula", o.structure().formula());
        m.put("atoms", o.structure().atomCount());
        m.put("gamma_thz", o.gamma().frequenciesThz());
        m.put("gamma_cm1", o.gamma().wavenumbersCm1());
        if (o.dispersion() != null) {
            PhononDispersion d = o.dispersion();
            Map<String, Object> disp = new LinkedHashMap<>();
            disp.put("lattice", o.lattice());
            disp.put("supercell", o.supercell());
            disp.put("labels", d.labels());
            disp.put("label_distance", d.labelDistance());
            disp.put("distance", d.distance());
            disp.put("q_fractional", d.qFractional());
            disp.put("frequencies_thz", d.frequenciesThz());
            m.put("dispersion", disp);
            PhononMesh mesh = o.mesh();
            int points = 400;
            double top = mesh.maximumThz() * 1.05;
            double[] grid = new double[points];
            for (int k = 0; k < points; k++) grid[k] = top * k / (points - 1);
            m.put("dos", Map.of("mesh", mesh.mesh(), "frequency_thz", grid, "states_per_thz_per_cell", mesh.dos(grid, top / 100)));
            List<Map<String, Object>> thermo = new ArrayList<>();
            for (PhononMesh.Thermo t : o.thermo()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("temperature", t.kelvin());
                row.put("free_energy", t.freeEnergyEv());
                row.put("entropy", t.entropyEvPerK());
                row.put("heat_capacity", t.heatCapacityEvPerK());
                thermo.add(row);
            }
            m.put("thermo", thermo);
            m.put("zero_point_energy", o.thermo().isEmpty() ? null : o.thermo().get(0).zeroPointEv());
        }
        m.put("warnings", o.warnings());
        m.put("units", Map.of("frequencies", "THz (gamma_cm1: cm^-1), negative = imaginary", "distance", "1/Å (2π included)",
                "free_energy", "eV per primitive cell", "entropy", "eV/K per primitive cell", "heat_capacity", "eV/K per primitive cell",
                "zero_point_energy", "eV per primitive cell"));
        return m;
    }

    private void printText(PrintWriter out, PhononAnalysis.Outcome o) {
        out.printf(Locale.ROOT, "%s: %s, %d atoms%n", crystal.input, o.structure().formula(), o.structure().atomCount());
        out.println("  Γ-point frequencies (THz, cm^-1):");
        double[] f = o.gamma().frequenciesThz();
        for (int k = 0; k < f.length; k++) out.printf(Locale.ROOT, "    %4d %12.5f %12.3f%n", k + 1, f[k], f[k] * PhononUnits.CM1_PER_THZ);
        if (o.dispersion() == null) return;
        PhononDispersion d = o.dispersion();
        out.printf(Locale.ROOT, "  dispersion: %s lattice, %d^3 supercell of the primitive cell, path %s%n", o.lattice(), o.supercell(),
                String.join("-", d.labels()));
        for (int k = 0; k < d.labels().size(); k++) {
            int idx = 0;
            for (int q = 0; q < d.distance().length; q++) if (Math.abs(d.distance()[q] - d.labelDistance()[k]) < 1e-9) idx = q;
            StringBuilder sb = new StringBuilder();
            for (double v : d.frequenciesThz()[idx]) sb.append(String.format(Locale.ROOT, " %.4f", v));
            out.printf(Locale.ROOT, "    %-3s THz:%s%n", d.labels().get(k), sb);
        }
        out.println("  harmonic thermodynamics per primitive cell (mesh " + o.mesh().mesh() + "^3):");
        out.println("        T (K)       F (eV)     S (meV/K)    Cv (meV/K)");
        for (PhononMesh.Thermo t : o.thermo())
            out.printf(Locale.ROOT, "    %9.1f %12.6f %12.6f %12.6f%n", t.kelvin(), t.freeEnergyEv(), 1e3 * t.entropyEvPerK(), 1e3 * t.heatCapacityEvPerK());
    }
}
