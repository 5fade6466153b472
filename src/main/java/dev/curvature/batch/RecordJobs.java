package dev.curvature.batch;

import dev.curvature.io.InputFormat;
import dev.curvature.io.ReadOptions;
import dev.curvature.io.Record;
import dev.curvature.io.StructureFormatter;
import dev.curvature.io.StructureReader;
import dev.curvature.model.ModelRegistry;
import dev.curvature.model.Potential;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.optimize.OptimizationMethod;
import dev.curvature.optimize.OptimizationOptions;
import dev.curvature.optimize.OptimizationResult;
import dev.curvature.structure.MassModel;
import dev.curvature.structure.Structure;
import dev.curvature.thermo.ThermoConditions;
import dev.curvature.thermo.ThermoResult;
import dev.curvature.units.Units;
import dev.curvature.vibration.NormalModes;
import dev.curvature.registry.EnergyModels;
import dev.curvature.spectrum.VibrationalIntensities;
import dev.curvature.workflow.ChargeAnalysis;
import dev.curvature.workflow.FrequencyAnalysis;
import dev.curvature.workflow.GeometryOptimization;
import dev.curvature.workflow.IntensityAnalysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The per-record work of a batch, on an executor: read the record's text with the project's
 * reader, run the same engine calls as the single-machine command, and fill a {@link BatchRow}.
 * A record that fails in any way becomes a row with status "error" and a one-line reason; it never
 * fails the job.
 */
final class RecordJobs {
    /** Models are created once per executor JVM (typing tables, parameter files). */
    private static volatile ModelRegistry registry;

    private final BatchSpec spec;

    RecordJobs(BatchSpec spec) {
        this.spec = spec;
    }

    static ModelRegistry registry() {
        ModelRegistry r = registry;
        if (r == null) {
            synchronized (RecordJobs.class) {
                if (registry == null) registry = EnergyModels.registry();
                r = registry;
            }
        }
        return r;
    }

    /** Processes one record's text; never throws for bad data. */
    BatchRow run(InputChunk chunk, int recordNumber, String text) {
        BatchRow row = new BatchRow(sourceName(chunk), recordNumber, spec.job(), chunk.id());
        try {
            Record r = parse(chunk, text);
            row.set("name", r.title());
            if (!r.isOk()) return row.fail("error", r.reason());
            List<String> warnings = new ArrayList<>(r.warnings());
            if (r.missingHydrogens())
                warnings.add("hydrogens are missing (heavy atoms only or implicit hydrogens); results are not meaningful without them (use --add-hydrogens)");
            if (!warnings.isEmpty()) row.set("warnings", warnings.toArray(new String[0]));
            Structure s = r.structure();
            row.set("formula", s.formula()).set("atoms", s.atomCount()).set("charge", s.totalCharge());
            switch (spec.job()) {
                case "energy" -> energy(s, row);
                case "optimize" -> optimize(s, row);
                case "freq" -> freq(s, row);
                case "charges" -> charges(s, row);
                default -> throw new IllegalStateException(spec.job());
            }
        } catch (RecordFailure e) {
            row.fail(e.status, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // an engine bug or an unforeseen input must not fail the whole job: keep it as this record's error
            row.fail("error", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return row;
    }

    /** The file name as the single-machine command names it in messages. */
    static String sourceName(InputChunk chunk) {
        return chunk.file();
    }

    private Record parse(InputChunk chunk, String text) throws RecordFailure {
        InputFormat format = switch (chunk.format()) {
            case "sdf" -> InputFormat.SDF;
            case "mol2" -> InputFormat.MOL2;
            default -> InputFormat.SMILES;
        };
        try (StructureReader reader = StructureReader.ofText(text, format, sourceName(chunk), new ReadOptions(spec.addHydrogens()))) {
            if (!reader.hasNext()) throw new RecordFailure("error", "no structure in the record");
            return reader.next();
        } catch (java.io.IOException e) {
            throw new RecordFailure("error", e.getMessage());
        }
    }

    private ModelRegistry.Binding bind(Structure s, BatchRow row) throws RecordFailure {
        try {
            ModelRegistry.Binding b = registry().bind(spec.model(), s);
            row.set("model", b.model().name());
            return b;
        } catch (UnsupportedStructureException e) {
            throw new RecordFailure("error", e.getMessage());
        }
    }

    private void energy(Structure s, BatchRow row) throws RecordFailure {
        Potential p = bind(s, row).potential();
        double[] x = s.positions();
        double e = p.evaluate(x, new double[x.length], null);
        finite(e, "energy");
        row.set("energy", e);
        Map<String, Double> terms = new LinkedHashMap<>(p.energyTerms(x));
        row.set("energy_terms", terms);
    }

    OptimizationOptions optimizationOptions() {
        OptimizationOptions o = OptimizationOptions.defaults().withMaxIterations(spec.maxIterations());
        if (!Double.isNaN(spec.fmax())) o = o.withForceThresholdScaled(spec.fmax());
        return o.withMethod(switch (spec.optimizerMethod().toLowerCase(Locale.ROOT)) {
            case "rfo" -> OptimizationMethod.RFO;
            case "lbfgs", "l-bfgs" -> OptimizationMethod.LBFGS;
            default -> OptimizationMethod.AUTO;
        });
    }

    private void optimize(Structure s, BatchRow row) throws RecordFailure {
        Potential p = bind(s, row).potential();
        OptimizationResult res = GeometryOptimization.run(p, s, optimizationOptions(), false, null);
        finite(res.energyKcalPerMol(), "energy");
        row.set("energy", res.energyKcalPerMol()).set("converged", res.converged()).set("iterations", res.iterations());
        row.set("molblock", StructureFormatter.sdf(s.withPositions(res.positionsAngstrom())));
        if (!res.converged()) throw new RecordFailure("not_converged", res.nonConvergenceMessage());
    }

    private void freq(Structure s, BatchRow row) throws RecordFailure {
        Potential p = bind(s, row).potential();
        FrequencyAnalysis.Options options = FrequencyAnalysis.Options.defaults()
                .withOptimize(spec.optimize())
                .withOptimization(optimizationOptions())
                .withMassModel(MassModel.STANDARD_ATOMIC_WEIGHT)
                .withConditions(ThermoConditions.STANDARD.withTemperature(spec.temperatureK()).withPressure(spec.pressureAtm() * Units.PASCAL_PER_ATM));
        FrequencyAnalysis.Result res = FrequencyAnalysis.run(p, s, options, null);
        if (res.optimization() != null) row.set("converged", res.converged()).set("iterations", res.optimization().iterations());
        if (!res.converged()) throw new RecordFailure("not_converged", res.optimization().nonConvergenceMessage());
        NormalModes m = res.modes();
        ThermoResult t = res.thermo();
        row.set("energy", res.energyKcalPerMol())
                .set("stationary_point", m.classification())
                .set("point_group", res.pointGroup().schoenflies())
                .set("frequencies", m.frequenciesCm1())
                .set("reduced_masses", m.reducedMassesAmu())
                .set("zero_point_energy", t.zeroPointEnergyKcalPerMol())
                .set("temperature", t.conditions().temperatureK())
                .set("enthalpy", t.enthalpyKcalPerMol())
                .set("entropy", t.entropyCalPerMolK())
                .set("gibbs_energy", t.gibbsEnergyKcalPerMol())
                .set("cv", t.cvCalPerMolK())
                .set("cp", t.cpCalPerMolK())
                .set("molblock", StructureFormatter.sdf(res.structure()));
        if (m.modeCount() == 0) return;
        try {
            VibrationalIntensities vi = IntensityAnalysis.run(m, spec.intensityModel(), spec.raman());
            row.set("intensity_model", vi.infrared().chargeModelName());
            row.set("ir_intensities", vi.infrared().intensitiesKmPerMol());
            if (vi.hasRaman()) row.set("raman_activities", vi.raman().activitiesA4PerAmu());
        } catch (UnsupportedStructureException e) {
            // as the CLI: the frequencies stand without intensities, with a warning
            List<String> w = new ArrayList<>();
            if (row.get("warnings") != null) w.addAll(List.of((String[]) row.get("warnings")));
            w.add("no IR intensities: " + e.getMessage());
            row.set("warnings", w.toArray(new String[0]));
        }
    }

    private void charges(Structure s, BatchRow row) throws RecordFailure {
        ChargeAnalysis.Result q;
        try {
            q = ChargeAnalysis.run(s, spec.chargeMethod());
        } catch (UnsupportedStructureException e) {
            throw new RecordFailure("error", e.getMessage());
        }
        row.set("charge_method", q.methodId()).set("charges", q.charges())
                .set("dipole", q.dipoleDebye()).set("dipole_magnitude", q.dipoleMagnitudeDebye());
    }


    private static void finite(double v, String what) throws RecordFailure {
        if (!Double.isFinite(v)) throw new RecordFailure("error", "the " + what + " is not finite (atoms on top of each other?)");
    }

    /** A record-level failure with its status and one-line reason. */
    static final class RecordFailure extends Exception {
        final String status;

        RecordFailure(String status, String message) {
            super(message);
            this.status = status;
        }
    }
}
