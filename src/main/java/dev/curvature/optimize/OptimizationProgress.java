package dev.curvature.optimize;

/**
 * A snapshot after each iteration, handed to an {@link OptimizationObserver}.
 *
 * @param iteration            steps taken so far (0 = the starting point)
 * @param energyKcalPerMol     energy at the current point
 * @param maxForce             largest per-atom force norm, kcal/mol/Å
 * @param rmsForce             RMS of the 3N gradient components, kcal/mol/Å
 * @param maxDisplacement      largest per-atom displacement of the last step, Å (NaN before the first)
 * @param rmsDisplacement      RMS of the 3N components of the last step, Å (NaN before the first)
 * @param trustRadiusAngstrom  current trust radius (RFO / TS) or NaN (L-BFGS)
 */
public record OptimizationProgress(int iteration, double energyKcalPerMol, double maxForce, double rmsForce,
                                   double maxDisplacement, double rmsDisplacement, double trustRadiusAngstrom) {
}
