package dev.curvature.optimize;

import dev.curvature.linalg.SparseBlockMatrix;

/** The analytic Hessian (kcal/mol/Å²) of the potential being minimised, assembled sparse at given positions (Å). */
@FunctionalInterface
public interface SparseHessianSource {
    SparseBlockMatrix at(double[] positionsAngstrom);
}
