package dev.curvature.charges;

import dev.curvature.structure.Cell;
import dev.curvature.structure.Structure;

/**
 * QEq or EEM in a crystal: minimises E(q) = Σ χ_i q_i + ½ Σ J_ii⁰ q_i² + ½ qᵀ J q under Σ q = Q (the
 * cell's charge), J the {@link PeriodicHardness} pair matrix summed over images as the
 * {@link PeriodicCoulomb} says. Same bordered solve as the molecular {@link ChargeEquilibration}
 * (dense LU, O(N³)), so the same refusals (coincident atoms, singular matrix, non-converged
 * self-consistent hydrogen).
 */
public final class PeriodicChargeEquilibration {
    private final HardnessModel model;
    private final PeriodicCoulomb coulomb;

    public PeriodicChargeEquilibration(HardnessModel model, PeriodicCoulomb coulomb) {
        this.model = model;
        this.coulomb = coulomb;
    }

    public HardnessModel model() { return model; }
    public PeriodicCoulomb coulomb() { return coulomb; }

    public String name() {
        return model.name() + (coulomb instanceof PeriodicCoulomb.Ewald ? ", Ewald-summed" : ", plain cutoff");
    }

    /*
     * The charges must minimise E on Σq = Q: T (the constrained inverse) must have no negative
     * eigenvalue. In ionic crystals the Madelung field can outweigh small hardnesses (QEq's Na and Cl:
     * J_Na + J_Cl < 2 × Madelung energy), and the stationary point is then a maximum, with
     * charges of the wrong sign. The Ewald form refuses that; the plain cutoff (a LAMMPS reference,
     * whose truncated Madelung sums often do it) reports it through PeriodicCharges.isMinimum().
     */
    private static double lowestEigenvalue(Structure structure, double[] t, int n) {
        org.ejml.data.DMatrixRMaj m = new org.ejml.data.DMatrixRMaj(n, n, true, t);
        var eig = org.ejml.dense.row.factory.DecompositionFactory_DDRM.eig(n, false, true);
        if (!eig.decompose(m)) throw new ChargeModelException("cannot diagonalise the charge response of " + structure);
        double lowest = Double.POSITIVE_INFINITY, largest = 0;
        for (int i = 0; i < n; i++) {
            double v = eig.getEigenvalue(i).getReal();
            lowest = Math.min(lowest, v);
            largest = Math.max(largest, Math.abs(v));
        }
        return lowest < -1e-9 * largest ? lowest : 0;
    }

    /** Charges of a periodic structure at its own positions and cell, for its total charge. */
    public PeriodicCharges solve(Structure structure) {
        if (!structure.isPeriodic()) throw new ChargeModelException(structure + " has no unit cell: use the molecular charge models");
        return solve(structure, structure.positions(), structure.cell(), structure.totalCharge());
    }

    /**
     * Charges at the given positions (Å) and cell for the cell charge Q (e, may be fractional).
     *
     * @throws ChargeModelException when the model lacks parameters or the matrix is singular
     */
    public PeriodicCharges solve(Structure structure, double[] positionsAngstrom, Cell cell, double totalCharge) {
        HardnessModel.Bound bound = model.bind(structure);
        int n = structure.atomCount();
        if (positionsAngstrom.length != 3 * n) throw new IllegalArgumentException("need " + 3 * n + " coordinates, got " + positionsAngstrom.length);
        PeriodicHardness hardness = new PeriodicHardness(bound, positionsAngstrom, cell, coulomb);
        PeriodicHardness.Sums sums = hardness.sum(true, null);
        double[] chi = new double[n];
        for (int i = 0; i < n; i++) chi[i] = bound.electronegativityEV(i);
        ChargeEquilibration.Solution sol = ChargeEquilibration.equilibrate(bound, chi, sums.matrix(), totalCharge, structure, positionsAngstrom);
        double[] q = sol.charges(), t = sol.response();
        double lowest = lowestEigenvalue(structure, t, n);
        if (coulomb instanceof PeriodicCoulomb.Ewald && lowest < 0)
            throw new ChargeModelException(String.format(java.util.Locale.ROOT,
                    "%s: the hardness matrix of %s is not positive definite on charge-conserving changes (inverse eigenvalue %.3g e²/eV), "
                            + "so the equilibrated charges would maximise the energy; the model does not apply to this crystal",
                    name(), structure, lowest));
        // dq/dε_v = −T (∂J/∂ε_v) q: the charges' response to strain at fixed fractional coordinates
        double[] perStrain = new double[6 * n], potentialPerStrain = new double[6 * n];
        for (int v = 0; v < 6; v++) {
            double[] dj = sums.strainDerivatives()[v];
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int a = 0; a < n; a++) s += dj[i * n + a] * q[a];
                potentialPerStrain[v * n + i] = s;
            }
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int a = 0; a < n; a++) s += t[i * n + a] * potentialPerStrain[v * n + a];
                perStrain[v * n + i] = -s;
            }
        }
        double energy = 0;
        for (int i = 0; i < n; i++) {
            energy += chi[i] * q[i] + 0.5 * bound.selfHardnessEV(i, q[i]) * q[i] * q[i];
            for (int a = 0; a < n; a++) energy += 0.5 * q[i] * sums.matrix()[i * n + a] * q[a];
        }
        return new PeriodicCharges(q, totalCharge, sol.chemicalPotentialEV(), energy, t, sol.perTotalCharge(), perStrain, potentialPerStrain, hardness,
                lowest >= 0);
    }
}
