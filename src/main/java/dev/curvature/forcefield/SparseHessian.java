package dev.curvature.forcefield;

import dev.curvature.forcefield.geometry.Accumulate;
import dev.curvature.linalg.SparseBlockMatrix;

/**
 * The analytic Hessian of a {@link TermPotential} assembled sparse: every term adds its exact
 * second derivatives (the same kernels as the dense Hessian) into 3×3 blocks of the atom pairs it
 * couples. With a non-bonded cutoff the memory is O(N); without one every pair is stored, so
 * callers check {@link #estimateBytes} first.
 */
public final class SparseHessian {
    private SparseHessian() { }

    /** The Hessian (kcal/mol/Å²) at positions x (3N, Å). */
    public static SparseBlockMatrix of(TermPotential potential, double[] x) {
        if (potential.terms().stream().anyMatch(Term::dependsOnCell))
            throw new IllegalArgumentException(potential.modelName() + ": a sparse Hessian is available for molecular force fields only");
        if (x.length != 3 * potential.atomCount())
            throw new IllegalArgumentException("expected " + 3 * potential.atomCount() + " coordinates, got " + x.length);
        SparseBlockMatrix m = new SparseBlockMatrix(potential.atomCount());
        double[] target = Accumulate.sparseTarget(m);
        try {
            for (Term t : potential.terms()) t.accumulate(x, null, target);
        } finally {
            Accumulate.releaseSparseTarget();
        }
        return m;
    }

    /**
     * Bytes the sparse Hessian of N atoms needs when each atom interacts with about
     * {@code partnersPerAtom} others (all N − 1 without a cutoff).
     */
    public static long estimateBytes(int atoms, double partnersPerAtom) {
        return 72L * atoms + (long) (170 * atoms * partnersPerAtom / 2);
    }
}
