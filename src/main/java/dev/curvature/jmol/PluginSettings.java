package dev.curvature.jmol;

import dev.curvature.model.ModelRegistry;
import dev.curvature.optimize.OptimizationOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the user chose in Curvature's Settings: the energy model (any id or {@code SCHEME:FILE} the
 * registry knows, so models added to {@code registry.EnergyModels} later appear without a change
 * here), whether to add missing hydrogens before a computation, and the optimizer's convergence
 * (largest residual force, iteration limit). Immutable; the actions hold the current one.
 *
 * @param modelId        "auto", a registry id, or SCHEME:FILE
 * @param addHydrogens   add hydrogens (Jmol's {@code calculate hydrogens}) to a model that has none
 *                       but whose carbons have free valences, before optimizing or analysing it
 * @param maxForce       converged when the largest residual force is below this, kcal/mol/Å (the
 *                       RMS force below half of it, and the last step's displacements below the
 *                       same numbers in Å: the defaults' proportions, 1e-4 / 5e-5)
 * @param maxIterations  optimizer iteration limit
 */
record PluginSettings(String modelId, boolean addHydrogens, double maxForce, int maxIterations) {

    static final PluginSettings DEFAULTS = new PluginSettings(ModelRegistry.AUTO, false,
            OptimizationOptions.defaults().maxForce(), OptimizationOptions.defaults().maxIterations());

    PluginSettings {
        if (modelId == null || modelId.isBlank()) throw new IllegalArgumentException("choose an energy model");
        if (!(maxForce > 0) || maxForce > 10)
            throw new IllegalArgumentException(String.format(Locale.ROOT, "the force threshold must be above 0 and at most 10 kcal/mol/Å, not %g", maxForce));
        if (maxIterations < 1) throw new IllegalArgumentException("the iteration limit must be at least 1, not " + maxIterations);
    }

    /**
     * Settings from the dialog's fields, checked against the registry.
     *
     * @throws IllegalArgumentException with a message for the user
     */
    static PluginSettings parse(ModelRegistry models, String modelId, boolean addHydrogens, String maxForce, String maxIterations) {
        String id = modelId.trim();
        int space = id.indexOf(' ');
        if (space > 0 && !id.contains(":")) id = id.substring(0, space); // "mmff94 — MMFF94 (Halgren 1996)" → "mmff94"
        if (!models.knows(id)) throw new IllegalArgumentException("Unknown energy model '" + id + "'. Available: " + models.available());
        double f;
        int n;
        try {
            f = Double.parseDouble(maxForce.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The force threshold must be a number (kcal/mol/Å), not '" + maxForce.trim() + "'");
        }
        try {
            n = Integer.parseInt(maxIterations.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The iteration limit must be a whole number, not '" + maxIterations.trim() + "'");
        }
        return new PluginSettings(id, addHydrogens, f, n);
    }

    /** The same settings with another energy model (already checked by the caller). */
    PluginSettings withModel(String id) { return new PluginSettings(id, addHydrogens, maxForce, maxIterations); }

    /** The optimizer options these settings ask for: all four thresholds scaled together. */
    OptimizationOptions optimization() {
        return OptimizationOptions.defaults().withMaxForce(maxForce).withRmsForce(maxForce / 2)
                .withMaxDisplacement(maxForce).withRmsDisplacement(maxForce / 2).withMaxIterations(maxIterations);
    }

    /** The choices the dialog offers: "auto", every registry entry, and SCHEME:FILE per file-based source. */
    static List<String> choices(ModelRegistry models) {
        List<String> out = new ArrayList<>();
        out.add(ModelRegistry.AUTO + " — " + String.join(", else ", models.autoOrder()).toUpperCase(Locale.ROOT));
        for (ModelRegistry.Entry e : models.entries()) out.add(e.id() + " — " + e.description());
        for (String scheme : models.schemes()) out.add(scheme + ":FILE");
        return out;
    }

    /** One line for the echo and the results: "model auto, converged below 1e-04 kcal/mol/Å, ≤ 5000 steps". */
    String describe() {
        return String.format(Locale.ROOT, "model %s%s, converged below %.0e kcal/mol/Å, at most %d steps", modelId,
                addHydrogens ? ", missing hydrogens added" : "", maxForce, maxIterations);
    }
}
