package dev.curvature.cli;

import dev.curvature.optimize.OptimizationMethod;
import dev.curvature.optimize.OptimizationOptions;
import picocli.CommandLine.Option;

/** Optimizer settings shared by {@code optimize} and {@code freq}. */
final class OptimizerOptions {
    @Option(names = "--fmax", paramLabel = "F",
            description = "Convergence: largest per-atom force, kcal/mol/Å (the other criteria scale with it). Default: 1e-4.")
    Double fmax;

    @Option(names = "--max-iterations", paramLabel = "N", description = "Give up after N steps. Default: ${DEFAULT-VALUE}.",
            defaultValue = "5000")
    int maxIterations;

    @Option(names = "--method", paramLabel = "METHOD",
            description = "auto (RFO with the analytic Hessian up to 150 atoms; anc for models without a cheap Hessian such as gfn2 up to 50 atoms; else L-BFGS preconditioned by a bonded model Hessian), rfo, anc (RFO on a BFGS-updated Lindh model Hessian), lbfgs or plbfgs (the preconditioned one). Default: ${DEFAULT-VALUE}.",
            defaultValue = "auto")
    String method;

    @Option(names = "--mode", paramLabel = "K", defaultValue = "1",
            description = "With --ts: follow uphill the K-th lowest internal mode (1 = lowest). Default: ${DEFAULT-VALUE}.")
    int mode;

    /** The options; a value out of range is a usage error naming the option. */
    OptimizationOptions toOptions(picocli.CommandLine cl) {
        if (fmax != null && !(fmax > 0 && Double.isFinite(fmax)))
            throw new picocli.CommandLine.ParameterException(cl, "--fmax must be a positive number of kcal/mol/Å, got " + fmax);
        if (maxIterations < 1)
            throw new picocli.CommandLine.ParameterException(cl, "--max-iterations must be at least 1, got " + maxIterations);
        if (mode < 1)
            throw new picocli.CommandLine.ParameterException(cl, "--mode counts from 1 (the lowest internal mode), got " + mode);
        try {
            return build();
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(cl, e.getMessage());
        }
    }

    private OptimizationOptions build() {
        OptimizationOptions o = OptimizationOptions.defaults().withMaxIterations(maxIterations).withTransitionStateMode(mode);
        if (fmax != null) o = o.withForceThresholdScaled(fmax);
        switch (method.toLowerCase(java.util.Locale.ROOT)) {
            case "auto": return o.withMethod(OptimizationMethod.AUTO);
            case "rfo": return o.withMethod(OptimizationMethod.RFO);
            case "lbfgs": case "l-bfgs": return o.withMethod(OptimizationMethod.LBFGS);
            case "plbfgs": return o.withMethod(OptimizationMethod.PRECONDITIONED_LBFGS);
            case "anc": return o.withMethod(OptimizationMethod.ANC);
            default: throw new IllegalArgumentException("unknown --method '" + method + "' (auto, rfo, anc, lbfgs, plbfgs)");
        }
    }
}
