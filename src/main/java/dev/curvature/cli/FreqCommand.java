package dev.curvature.cli;

import com.google.gson.Gson;
import dev.curvature.io.OutputGuard;
import dev.curvature.io.Record;
import dev.curvature.io.jcamp.SpectrumFiles;
import dev.curvature.spectrum.VibrationalIntensities;
import dev.curvature.io.molden.MoldenNormalModeWriter;
import dev.curvature.model.ModelRegistry;
import dev.curvature.model.UnitSystem;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.MassModel;
import dev.curvature.structure.Structure;
import dev.curvature.symmetry.ModeSymmetry;
import dev.curvature.thermo.ThermoConditions;
import dev.curvature.thermo.ThermoResult;
import dev.curvature.units.Units;
import dev.curvature.vibration.NormalModes;
import dev.curvature.workflow.FrequencyAnalysis;
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

/** {@code curvature freq}: optimize, then harmonic frequencies, normal modes and thermochemistry. */
@Command(name = "freq", mixinStandardHelpOptions = true,
        description = {"Harmonic vibrational analysis of each structure in INPUT: optimize (unless --no-opt),",
                "then frequencies (cm⁻¹, imaginary as negative), normal modes, reduced masses, force constants,",
                "point group and ideal-gas thermochemistry, IR intensities (--raman: Raman activities) and spectra.",
                "Exit code 1 if any structure failed or did not converge."})
final class FreqCommand implements Callable<Integer> {
    private final ModelRegistry registry;

    @Spec CommandSpec spec;
    @Mixin InputOptions input;
    @Mixin OutputOption output;
    @Mixin ModelOption modelOption;
    @Mixin OptimizerOptions optimizer;
    @Mixin IntensityOptions intensities;

    @Option(names = "--no-opt", description = "Analyse the input geometry as it is (no optimization).")
    boolean noOptimization;

    @Option(names = "--ts", description = "Optimize to a transition state (first-order saddle) before the analysis.")
    boolean transitionState;

    @Option(names = "--json", description = "One JSON object per structure per line.")
    boolean json;

    @Option(names = "--molden", paramLabel = "FILE",
            description = "Write the normal modes in Molden format (Jmol, Avogadro, Molden read it). With several structures the k-th (k > 1) goes to FILE with -k before the extension.")
    Path molden;

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "298.15", description = "Temperature in K. Default: ${DEFAULT-VALUE}.")
    double temperatureK;

    @Option(names = "--pressure", paramLabel = "P", defaultValue = "1.0", description = "Pressure in atm. Default: ${DEFAULT-VALUE}.")
    double pressureAtm;

    @Option(names = "--symmetry-number", paramLabel = "S",
            description = "Rotational symmetry number for the entropy (default: from the detected point group).")
    Integer symmetryNumber;

    @Option(names = "--isotope-masses", description = "Use most-abundant-isotope masses instead of standard atomic weights.")
    boolean isotopeMasses;

    @Option(names = "--lowest", paramLabel = "K",
            description = "Only the K lowest vibrational modes, from a sparse Hessian by an iterative eigensolver (LOBPCG): "
                    + "for large molecules whose dense Hessian does not fit (use with --cutoff). No intensities, thermochemistry or Molden file.")
    Integer lowest;

    FreqCommand(ModelRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Gson gson = Json.gson();
        if (!(temperatureK > 0) || !(pressureAtm > 0))
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--temperature and --pressure must be positive");
        FrequencyAnalysis.Options options = FrequencyAnalysis.Options.defaults()
                .withOptimize(!noOptimization)
                .withTransitionState(transitionState)
                .withOptimization(optimizer.toOptions(spec.commandLine()))
                .withMassModel(isotopeMasses ? MassModel.MOST_ABUNDANT_ISOTOPE : MassModel.STANDARD_ATOMIC_WEIGHT)
                .withConditions(ThermoConditions.STANDARD.withTemperature(temperatureK).withPressure(pressureAtm * Units.PASCAL_PER_ATM))
                .withSymmetryNumber(symmetryNumber == null ? 0 : symmetryNumber);
        intensities.check(spec.commandLine());
        PrintWriter err = spec.commandLine().getErr();
        if (symmetryNumber != null && symmetryNumber < 1)
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--symmetry-number must be at least 1, got " + symmetryNumber);
        OutputGuard guard = RecordLoop.guard(spec, input, output, java.util.Arrays.asList(intensities.experimental),
                "--molden", molden, "--spectrum", intensities.spectrum, "--plot", intensities.plot);
        int[] analysed = {0};
        if (lowest != null) return runLowest(out, gson, guard);
        return RecordLoop.run(spec, input, output, guard, modelOption.registry(spec, registry), modelOption.spec(spec.commandLine()), json, (r, binding) -> {
            ResourceLimits.checkDenseHessian(r.structure().atomCount());
            double start = binding.potential().energy(r.structure().positions());
            FrequencyAnalysis.Result res = FrequencyAnalysis.run(binding.potential(), r.structure(), options, null);
            if (!res.converged())
                throw new RecordLoop.JobFailure(OptimizeCommand.notConverged(res.optimization()));
            VibrationalIntensities vi = null;
            if (res.modes().modeCount() > 0) {
                try {
                    vi = intensities.compute(res.modes(), binding.potential());
                } catch (UnsupportedStructureException e) {
                    // frequencies stand without intensities, unless spectra were asked for
                    if (intensities.writesFiles()) throw new RecordLoop.JobFailure("no intensities for the spectrum: " + e.getMessage());
                    err.println(r.location() + ": warning: no IR intensities: " + e.getMessage());
                }
            }
            String line = null;
            if (json) {
                Map<String, Object> o = jsonObject(r, res, vi, binding.potential().units());
                o.put("nonbonded", modelOption.nonbondedJson());
                line = Json.line(gson, o);
            }
            // files only once the whole record succeeded; all of them, or none
            int k = analysed[0] + 1;
            try (OutputGuard.Batch batch = guard.batch()) {
                if (molden != null) MoldenNormalModeWriter.write(res.modes(), batch.stage(k == 1 ? molden : numbered(molden, k)));
                if (vi != null && intensities.writesFiles())
                    for (Path requested : new Path[] {intensities.spectrum, intensities.plot})
                        if (requested != null)
                            SpectrumFiles.write(batch.stage(k == 1 ? requested : numbered(requested, k)), vi,
                                    intensities.broadening(res.modes()), intensities.experimentalSpectrum());
                batch.commit();
            } catch (IOException e) {
                throw new RecordLoop.JobFailure("cannot write the output files: " + e.getMessage());
            }
            analysed[0]++;
            if (json) out.println(line);
            else {
                printText(out, r, start, res, vi);
                out.printf(Locale.ROOT, "  non-bonded    %s%n", modelOption.nonbondedText());
            }
            return res.structure();
        });
    }

    private Integer runLowest(PrintWriter out, Gson gson, OutputGuard guard) {
        var cl = spec.commandLine();
        if (lowest < 1) throw new picocli.CommandLine.ParameterException(cl, "--lowest must be at least 1, got " + lowest);
        if (transitionState || molden != null || intensities.writesFiles() || intensities.raman)
            throw new picocli.CommandLine.ParameterException(cl, "--lowest gives frequencies only: it cannot be combined with --ts, --molden, --spectrum, --plot or --raman");
        var opt = optimizer.toOptions(cl);
        MassModel masses = isotopeMasses ? MassModel.MOST_ABUNDANT_ISOTOPE : MassModel.STANDARD_ATOMIC_WEIGHT;
        return RecordLoop.run(spec, input, output, guard, modelOption.registry(spec, registry), modelOption.spec(cl), json, (r, binding) -> {
            double start = binding.potential().energy(r.structure().positions());
            dev.curvature.workflow.LowestModesJob.Outcome o = LowestModesOutput.run(binding.potential(), r.structure(), lowest, !noOptimization, opt,
                    modelOption.cutoff, masses);
            String model = binding.potential().modelName();
            if (json) {
                Map<String, Object> j = LowestModesOutput.json(r, o, model, binding.potential().units());
                j.put("nonbonded", modelOption.nonbondedJson());
                out.println(Json.line(gson, j));
            } else {
                LowestModesOutput.printText(out, r, start, o, model);
                out.printf(Locale.ROOT, "  non-bonded    %s%n", modelOption.nonbondedText());
            }
            return o.structure();
        });
    }

    /** FILE.ext → FILE-k.ext */
    static Path numbered(Path file, int k) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String numbered = dot > 0 ? name.substring(0, dot) + "-" + k + name.substring(dot) : name + "-" + k;
        return file.resolveSibling(numbered);
    }

    private static Map<String, Object> jsonObject(Record r, FrequencyAnalysis.Result res, VibrationalIntensities vi, UnitSystem system) {
        Structure s = res.structure();
        NormalModes m = res.modes();
        Map<String, Object> o = Json.recordHeader(r, res.modelName());
        o.put("energy", res.energyKcalPerMol());
        o.put("stationary_point", m.classification());
        o.put("imaginary_frequencies", m.significantImaginaryModeCount(NormalModes.DEFAULT_IMAGINARY_NOISE_CM1));
        o.put("point_group", res.pointGroup().schoenflies());
        o.put("symmetry_number", res.thermo().symmetryNumber());
        o.put("linear", m.isLinear());
        o.put("frequencies", m.frequenciesCm1());
        o.put("reduced_masses", m.reducedMassesAmu());
        o.put("force_constants", m.forceConstantsMdynPerA());
        o.put("mode_symmetry", symmetryJson(ModeSymmetry.of(m, res.pointGroup())));
        List<List<double[]>> modes = new ArrayList<>();
        for (int k = 0; k < m.modeCount(); k++) modes.add(Json.perAtom(m.displacement(k)));
        o.put("modes", modes);
        o.put("unprojected_rigid_frequencies", m.unprojectedRigidFrequenciesCm1());
        if (vi != null) {
            o.put("intensity_model", vi.infrared().chargeModelName());
            o.put("ir_intensities", vi.infrared().intensitiesKmPerMol());
            if (vi.hasRaman()) {
                o.put("raman_activities", vi.raman().activitiesA4PerAmu());
                // a ratio is undefined (0/0) for a mode without Raman activity: null, never NaN
                List<Double> rho = new ArrayList<>();
                for (double v : vi.raman().depolarizationRatios()) rho.add(Double.isNaN(v) ? null : v);
                o.put("depolarization_ratios", rho);
            }
        }
        o.put("zero_point_energy", res.thermo().zeroPointEnergyKcalPerMol());
        o.put("thermo", thermoJson(res.thermo()));
        if (res.optimization() != null) o.put("optimization", OptimizeCommand.optimizationJson(res.optimization()));
        o.put("positions", Json.perAtom(s.positions()));
        Json.Units units = OptimizeCommand.optimizationUnits(Json.Units.of(system))
                .with("frequency", "cm⁻¹").with("reduced_mass", "amu").with("force_constant", "mdyn/Å")
                .with("mode_displacement", "1 (unit-norm Cartesian)")
                .with("zero_point_energy", "kcal/mol").with("temperature", "K").with("pressure", "atm")
                .with("entropy", "cal/mol/K").with("heat_capacity", "cal/mol/K");
        if (vi != null) {
            units.with("ir_intensity", "km/mol");
            if (vi.hasRaman()) units.with("raman_activity", "Å⁴/amu").with("depolarization_ratio", "1");
        }
        o.put("units", units.map());
        return o;
    }

    /** Irreps per mode and the selection rules; "available": false with the reason when there are none. */
    static Map<String, Object> symmetryJson(ModeSymmetry sym) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("available", sym.available());
        if (!sym.note().isEmpty()) o.put("note", sym.note());
        if (!sym.available()) return o;
        o.put("label_group", sym.labelGroup());
        o.put("irreps", sym.labels());
        List<Boolean> ir = new ArrayList<>(), raman = new ArrayList<>();
        for (int k = 0; k < sym.modeCount(); k++) {
            boolean known = !"?".equals(sym.label(k));
            ir.add(known ? sym.irAllowed(k) : null);
            raman.add(known ? sym.ramanAllowed(k) : null);
        }
        o.put("ir_allowed", ir);
        o.put("raman_allowed", raman);
        o.put("selection_rules", sym.selectionRules());
        o.put("vibrational_representation", sym.vibrationalRepresentation());
        return o;
    }

    private static Map<String, Object> thermoJson(ThermoResult t) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("temperature", t.conditions().temperatureK());
        o.put("pressure_atm", t.conditions().pressurePa() / Units.PASCAL_PER_ATM);
        o.put("symmetry_number", t.symmetryNumber());
        o.put("excluded_imaginary_modes", t.excludedModeCount());
        o.put("zero_point_energy", t.zeroPointEnergyKcalPerMol());
        o.put("thermal_energy", t.thermalEnergyKcalPerMol());
        o.put("enthalpy", t.enthalpyKcalPerMol());
        o.put("entropy", t.entropyCalPerMolK());
        o.put("gibbs_energy", t.gibbsEnergyKcalPerMol());
        o.put("cv", t.cvCalPerMolK());
        o.put("cp", t.cpCalPerMolK());
        o.put("units", Map.of("energy", "kcal/mol", "entropy", "cal/mol/K", "heat_capacity", "cal/mol/K"));
        return o;
    }

    private static void printText(PrintWriter out, Record r, double startEnergy, FrequencyAnalysis.Result res, VibrationalIntensities vi) {
        Structure s = res.structure();
        NormalModes m = res.modes();
        out.printf(Locale.ROOT, "%s: %s, %d atoms, model %s%n", r.location(), s.formula(), s.atomCount(), res.modelName());
        if (res.optimization() != null)
            OptimizeCommand.printOptimization(out, startEnergy, res.optimization(), res.units());
        out.printf(Locale.ROOT, "  energy        %.6f %s%n", res.energyKcalPerMol(), res.units().energyUnit());
        int imaginary = m.significantImaginaryModeCount(NormalModes.DEFAULT_IMAGINARY_NOISE_CM1);
        out.printf(Locale.ROOT, "  stationary point  %s (%d imaginary frequencies beyond %.0f cm⁻¹)%n", m.classification(), imaginary,
                NormalModes.DEFAULT_IMAGINARY_NOISE_CM1);
        out.printf(Locale.ROOT, "  point group   %s (rotational symmetry number %d)%s%n", res.pointGroup().schoenflies(),
                res.thermo().symmetryNumber(), m.isLinear() ? ", linear" : "");
        double[] rigid = m.unprojectedRigidFrequenciesCm1();
        StringBuilder rb = new StringBuilder();
        for (double v : rigid) rb.append(String.format(Locale.ROOT, " %.2f", v));
        out.printf(Locale.ROOT, "  rigid-body check: lowest %d frequencies of the unprojected Hessian (cm⁻¹):%s%n", rigid.length, rb);
        out.printf(Locale.ROOT, "  %d vibrational modes (%d rigid-body modes removed exactly):%n", m.modeCount(), m.rigidBodyModeCount());
        ModeSymmetry sym = ModeSymmetry.of(m, res.pointGroup());
        if (sym.available()) {
            out.printf(Locale.ROOT, "  mode symmetry (%s): Γvib = %s; selection rules %s%n", sym.labelGroup(), sym.vibrationalRepresentation(),
                    sym.selectionRules());
            if (!sym.note().isEmpty()) out.printf(Locale.ROOT, "  (%s)%n", sym.note());
        } else if (m.modeCount() > 0) out.printf(Locale.ROOT, "  mode symmetry: none (%s)%n", sym.note());
        out.println("     mode   frequency/cm⁻¹   reduced mass/amu   force constant/mdyn·Å⁻¹   irrep      active");
        double[] f = m.frequenciesCm1(), mu = m.reducedMassesAmu(), k = m.forceConstantsMdynPerA();
        for (int i = 0; i < f.length; i++)
            out.printf(Locale.ROOT, "    %5d   %14.2f%s   %16.4f   %24.4f   %-9s  %s%n", i + 1, f[i], f[i] < 0 ? "i" : " ", mu[i], k[i],
                    sym.available() ? sym.label(i) : "-", sym.available() ? sym.activity(i) : "");
        if (vi != null) {
            out.printf(Locale.ROOT, "  intensities (%s):%n", vi.infrared().chargeModelName());
            out.println(vi.hasRaman() ? "     mode   frequency/cm⁻¹   IR/km·mol⁻¹   Raman/Å⁴·amu⁻¹   depolarization"
                    : "     mode   frequency/cm⁻¹   IR/km·mol⁻¹");
            double[] ir = vi.infrared().intensitiesKmPerMol();
            double[] act = vi.hasRaman() ? vi.raman().activitiesA4PerAmu() : null, rho = vi.hasRaman() ? vi.raman().depolarizationRatios() : null;
            for (int i = 0; i < f.length; i++) {
                if (act == null) out.printf(Locale.ROOT, "    %5d   %14.2f%s   %11.4f%n", i + 1, f[i], f[i] < 0 ? "i" : " ", ir[i]);
                else out.printf(Locale.ROOT, "    %5d   %14.2f%s   %11.4f   %14.4f   %14s%n", i + 1, f[i], f[i] < 0 ? "i" : " ", ir[i], act[i],
                        Double.isNaN(rho[i]) ? "-" : String.format(Locale.ROOT, "%.4f", rho[i]));
            }
        }
        ThermoResult t = res.thermo();
        out.printf(Locale.ROOT, "  thermochemistry (ideal gas, RRHO) at %.2f K, %.4g atm%s:%n", t.conditions().temperatureK(),
                t.conditions().pressurePa() / Units.PASCAL_PER_ATM,
                t.excludedModeCount() > 0 ? ", " + t.excludedModeCount() + " imaginary mode(s) left out" : "");
        out.printf(Locale.ROOT, "    zero-point energy   %12.4f kcal/mol%n", t.zeroPointEnergyKcalPerMol());
        out.printf(Locale.ROOT, "    thermal energy      %12.4f kcal/mol  (U - E)%n", t.thermalEnergyKcalPerMol());
        out.printf(Locale.ROOT, "    enthalpy            %12.4f kcal/mol  (H - E)%n", t.enthalpyKcalPerMol());
        out.printf(Locale.ROOT, "    entropy             %12.4f cal/mol/K%n", t.entropyCalPerMolK());
        out.printf(Locale.ROOT, "    Gibbs energy        %12.4f kcal/mol  (G - E)%n", t.gibbsEnergyKcalPerMol());
        out.printf(Locale.ROOT, "    Cv, Cp              %12.4f, %.4f cal/mol/K%n", t.cvCalPerMolK(), t.cpCalPerMolK());
    }
}
