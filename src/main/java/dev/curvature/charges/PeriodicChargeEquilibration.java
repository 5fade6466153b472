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
        // dq/dε_v = −T (∂J/∂ε_v) q: the charges' response to strain at fixed fractional coordinates
        double[] perStrain = new double[6 * n], g = new double[n];
        for (int v = 0; v < 6; v++) {
            double[] dj = sums.strainDerivatives()[v];
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int a = 0; a < n; a++) s += dj[i * n + a] * q[a];
                g[i] = s;
            }
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int a = 0; a < n; a++) s += t[i * n + a] * g[a];
                perStrain[v * n + i] = -s;
            }
        }
        double energy = 0;
        for (int i = 0; i < n; i++) {
            energy += chi[i] * q[i] + 0.5 * bound.selfHardnessEV(i, q[i]) * q[i] * q[i];
            for (int a = 0; a < n; a++) energy += 0.5 * q[i] * sums.matrix()[i * n + a] * q[a];
        }
        return new PeriodicCharges(q, totalCharge, sol.chemicalPotentialEV(), energy, t, sol.perTotalCharge(), perStrain);
    }
}
