package dev.curvature.xtb.scc;

/**
 * The seam for GFN2-xTB's self-consistent D4 dispersion (implemented elsewhere, package
 * dev.curvature.xtb.d4): an energy that depends on the geometry and on the atomic partial charges.
 * The SCC calls {@link #evaluate} every iteration with the current Mulliken atomic charges and adds
 * dE/dq_A to the potential of every shell of atom A; once converged it asks for the gradient at
 * fixed charges (the charge response is covered by the variational SCC energy).
 * Atomic units: positions bohr, energy Eh, gradient Eh/bohr. Implementations must be thread-safe.
 */
public interface ChargeDependentDispersion {
    /**
     * @param atomicNumbers  Z per atom
     * @param xyzBohr        3N positions, bohr
     * @param atomicCharges  partial charge per atom (e, positive = electron deficient)
     * @param dEdq           if not null, length N: overwritten with dE/dq_A (Eh/e)
     * @param gradient       if not null, length 3N: dE/dx at fixed charges ADDED (Eh/bohr)
     * @return dispersion energy, Eh
     */
    double evaluate(int[] atomicNumbers, double[] xyzBohr, double[] atomicCharges, double[] dEdq, double[] gradient);

    /** The charge-dependent energy at one fixed geometry, re-evaluated every SCC iteration. */
    interface AtGeometry {
        /** Energy (Eh) at these atomic charges; dE/dq_A into dEdq (overwritten). */
        double energy(double[] atomicCharges, double[] dEdq);
    }

    /**
     * The geometry-dependent work done once for a whole SCC (implementations that can, precompute
     * here; the default re-evaluates from scratch). The result serves one thread.
     */
    default AtGeometry at(int[] atomicNumbers, double[] xyzBohr) {
        return (q, dEdq) -> evaluate(atomicNumbers, xyzBohr, q, dEdq, null);
    }
}
