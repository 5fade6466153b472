package dev.curvature.cli;

import java.nio.file.Path;

/**
 * The model of a crystal command as the registry names it ({@code potential:FILE} or
 * {@code ml:MODEL.json}) and the file it reads (so outputs can be refused when they would overwrite it).
 */
record CrystalModelSpec(String spec, Path file) {
    /** Schemes of periodic models that a crystal command accepts through --model. */
    static final java.util.List<String> PERIODIC_SCHEMES = java.util.List.of("potential", "ml");

    /** {@code SCHEME:FILE} for a periodic scheme, else null. */
    static CrystalModelSpec parse(String model) {
        if (model == null) return null;
        int colon = model.indexOf(':');
        if (colon <= 0 || !PERIODIC_SCHEMES.contains(model.substring(0, colon).toLowerCase(java.util.Locale.ROOT))) return null;
        return new CrystalModelSpec(model, Path.of(model.substring(colon + 1)));
    }
}
