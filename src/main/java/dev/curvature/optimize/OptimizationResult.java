package dev.curvature.optimize;

/**
 * Outcome of a minimization or transition-state search. Arrays are copies.
 *
 * @param positionsAngstrom       final 3N coordinates (the best point reached, also when not converged)
 * @param energyKcalPerMol        energy there
 * @param gradient                dE/dx there, kcal/mol/Å
 * @param method                  algorithm actually used ("L-BFGS", "preconditioned L-BFGS", "L-BFGS, exact-Hessian preconditioned", "RFO", "P-RFO")
 * @param iterations              steps accepted
 * @param energyEvaluations       calls to the potential (each also returned a gradient, except the
 *                                few energy-only probes of the rigid-body test)
 * @param gradientEvaluations     calls that computed a gradient
 * @param hessianEvaluations      calls that computed a Hessian
 * @param maxForce                largest per-atom force norm at the end, kcal/mol/Å
 * @param rmsForce                RMS gradient component at the end, kcal/mol/Å
 * @param maxDisplacement         largest per-atom displacement of the last step, Å (NaN if none)
 * @param rmsDisplacement         RMS displacement component of the last step, Å (NaN if none)
 * @param converged               whether the convergence criteria were met
 * @param stopReason              why the run stopped
 * @param rigidBodyModesRemoved   number of translations + rotations projected out of Hessian steps
 * @param negativeHessianEigenvalues number of negative eigenvalues of the projected Hessian at the
 *                                final point (below −1e-6 of its largest magnitude), or −1 when no
 *                                Hessian was computed (L-BFGS)
 * @param hessian                 the exact Hessian (3N×3N row-major, kcal/mol/Å²) the optimizer
 *                                evaluated at exactly {@code positionsAngstrom} — RFO evaluates it
 *                                at every accepted point, so the frequency job reuses it instead of
 *                                computing it again — or null (L-BFGS, which never forms one)
 */
public record OptimizationResult(double[] positionsAngstrom, double energyKcalPerMol, double[] gradient, String method,
                                 int iterations, int energyEvaluations, int gradientEvaluations, int hessianEvaluations,
                                 double maxForce, double rmsForce, double maxDisplacement, double rmsDisplacement,
                                 boolean converged, StopReason stopReason, int rigidBodyModesRemoved,
                                 int negativeHessianEigenvalues, double[] hessian) {

    public OptimizationResult {
        positionsAngstrom = positionsAngstrom.clone();
        gradient = gradient.clone();
        if (hessian != null) {
            if (hessian.length != positionsAngstrom.length * positionsAngstrom.length)
                throw new IllegalArgumentException("Hessian of length " + hessian.length + " for " + positionsAngstrom.length / 3 + " atoms");
            hessian = hessian.clone();
        }
    }

    @Override public double[] positionsAngstrom() { return positionsAngstrom.clone(); }
    @Override public double[] gradient() { return gradient.clone(); }

    /** A copy of the Hessian at the final positions, or null if the method formed none. */
    @Override public double[] hessian() { return hessian == null ? null : hessian.clone(); }

    /** Whether {@link #hessian()} is available. */
    public boolean hasFinalHessian() { return hessian != null; }

    /** The given structure (the one the potential was bound to) moved to the final positions. */
    public dev.curvature.structure.Structure applyTo(dev.curvature.structure.Structure structure) {
        if (structure.atomCount() * 3 != positionsAngstrom.length)
            throw new IllegalArgumentException("structure has " + structure.atomCount() + " atoms, result has "
                    + positionsAngstrom.length / 3);
        return structure.withPositions(positionsAngstrom);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "%s %s after %d iterations (%d gradients, %d Hessians): E = %.8f kcal/mol, max|F| = %.2e, rms F = %.2e kcal/mol/Å, max|dx| = %.2e, rms dx = %.2e Å",
                method, stopReason, iterations, gradientEvaluations, hessianEvaluations, energyKcalPerMol, maxForce, rmsForce,
                maxDisplacement, rmsDisplacement);
    }

    /** One line for a run that did not converge: why it stopped and the residual forces. */
    public String nonConvergenceMessage() {
        return String.format(java.util.Locale.ROOT, "did not converge (%s after %d iterations): residual max force %.3g, rms force %.3g kcal/mol/Å",
                stopReason(), iterations(), maxForce(), rmsForce());
    }
}
