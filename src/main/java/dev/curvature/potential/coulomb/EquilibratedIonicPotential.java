package dev.curvature.potential.coulomb;

import dev.curvature.charges.HardnessModel;
import dev.curvature.charges.PeriodicChargeEquilibration;
import dev.curvature.charges.PeriodicCharges;
import dev.curvature.charges.PeriodicCoulomb;
import dev.curvature.charges.PeriodicHardness;
import dev.curvature.periodic.NeighbourList;
import dev.curvature.potential.Accumulator;
import dev.curvature.potential.BondTerm;
import dev.curvature.potential.LocalNeighbours;
import dev.curvature.potential.PeriodicPotential;
import dev.curvature.structure.Cell;
import dev.curvature.structure.Structure;

/**
 * A short-range pair potential (Buckingham, Born–Mayer–Huggins) with charges equilibrated at every
 * geometry by periodic QEq or EEM (self-consistent charges, the variational form of LAMMPS's
 * {@code fix qeq} + {@code buck/coul/long}):
 * <pre>
 *   E(x) = min_q [ Σ χ_i q_i + ½ Σ J_ii⁰ q_i² + ½ qᵀ J(x) q ]_{Σq = Q} + Σ_pairs φ_ab(r)
 * </pre>
 * with J's bare k/r part Ewald-summed by the same {@link IonicPotential} the fixed-charge styles use
 * (its α and G vectors) and the model's shielding J(r) − k/r summed directly. Because the charges
 * make E stationary, first derivatives are those at fixed charges; second derivatives (Hessian,
 * strain–position, strain–strain) add the charge relaxation −g_cᵀ T g_d, g_c = ∂(Jq)/∂c and T the
 * constrained inverse hardness. Cost per call: one charge solve (O(N³)) plus the fixed-charge terms.
 */
public final class EquilibratedIonicPotential extends PeriodicPotential {
    private final Structure structure;
    private final HardnessModel.Bound bound;
    private final PeriodicChargeEquilibration solver;
    private final IonicPotential.ShortRange shortRange;
    private final double shortCut, coulombCut, shieldingCut;
    private final EwaldSetup ewald;
    private final double totalCharge;

    /**
     * @param structure   the atoms (elements pick the charge parameters; its cell is the reference for the
     *                    Ewald parameters, chosen as LAMMPS chooses them for {@code accuracy})
     * The shielding J(r) − k/r is summed out to where the charge model's own sum stops
     * ({@link PeriodicHardness#shieldingRange()}), so energy and charges see the same J.
     */
    public EquilibratedIonicPotential(String style, Structure structure, HardnessModel model, int[] type, IonicPotential.ShortRange shortRange,
                                      double shortCut, double coulombCut, double accuracy) {
        super(style + " + " + model.name(), type);
        if (!structure.isPeriodic()) throw new IllegalArgumentException(style + " with equilibrated charges needs a periodic structure");
        this.structure = structure;
        this.bound = model.bind(structure);
        if (bound.chargeDependent())
            throw new IllegalArgumentException(model.name() + " has charge-dependent hardness; self-consistent charges here need a linear model");
        this.shortRange = shortRange;
        this.shortCut = shortCut;
        this.coulombCut = coulombCut;
        this.shieldingCut = new PeriodicHardness(bound, structure.positions(), structure.cell(), new PeriodicCoulomb.Cutoff(1, true)).shieldingRange();
        this.totalCharge = structure.totalCharge();
        // Ewald parameters from the charges at the reference geometry (first solved with a provisional split)
        Cell cell = structure.cell();
        double[] q0 = new PeriodicChargeEquilibration(model, PeriodicCoulomb.ewald(cell, 5 / coulombCut, accuracy)).solve(structure).charges();
        this.ewald = EwaldSetup.choose(accuracy, coulombCut, cell, q0);
        this.solver = new PeriodicChargeEquilibration(model, new PeriodicCoulomb.Ewald(ewald.alpha(), coulombCut, ewald.triples()));
    }

    @Override public double cutoff() { return Math.max(shieldingCut, Math.max(shortCut, coulombCut)); }

    /** Distance (Å) out to which the model's shielding is summed. */
    public double shieldingCutoff() { return shieldingCut; }

    /** The equilibrated charges (e) at a geometry. */
    public PeriodicCharges charges(double[] x, Cell cell) {
        return solver.solve(structure, x, cell, totalCharge);
    }

    @Override
    protected void accumulate(double[] x, Cell cell, NeighbourList list, Accumulator out) {
        if (cell == null) throw new IllegalArgumentException(modelName() + " needs a periodic cell");
        PeriodicCharges c = charges(x, cell);
        double[] q = c.charges();
        int n = q.length;
        double k = bound.coulombCoefficientEVAngstrom();
        // the bare Coulomb part by the fixed-charge Ewald sum (LAMMPS's constant), scaled to the model's k
        double scale = Math.sqrt(k / EwaldSetup.COULOMB);
        double[] scaled = new double[n];
        for (int i = 0; i < n; i++) scaled[i] = q[i] * scale;
        new IonicPotential(modelName(), type, scaled, shortRange, shortCut, coulombCut, ewald).accumulate(x, cell, list, out);
        for (int i = 0; i < n; i++)
            out.addEnergy(i, bound.electronegativityEV(i) * q[i] + 0.5 * bound.selfHardnessEV(i, q[i]) * q[i] * q[i]);
        shielding(x, cell, list, q, k, out);
        if (out.wantsSecond()) chargeRelaxation(c, n, out);
    }

    /** Σ_pairs (J_ij(r) − k/r) q_i q_j over images: the model's short-range shielding at fixed charges. */
    private void shielding(double[] x, Cell cell, NeighbourList list, double[] q, double k, Accumulator out) {
        double[] l = latticeRows(cell);
        LocalNeighbours nb = new LocalNeighbours();
        BondTerm term = new BondTerm();
        double[] d = new double[1];
        boolean grad = out.wantsFirst(), second = out.wantsSecond();
        for (int i = 0; i < type.length; i++) {
            nb.collect(list, x, l, i, shieldingCut * shieldingCut);
            for (int s = 0; s < nb.count; s++) {
                if (!ownsPair(list, i, nb.entry[s])) continue;
                int j = nb.atom[s];
                double r = nb.r[s], qq = q[i] * q[j];
                double w = bound.pairHardnessEV(i, j, r, d) - k / r;
                double d1 = d[0] + k / (r * r);
                // second radial derivative by a central difference of the analytic first (the models give J and J' only)
                double h = 1e-5 * r;
                double dp = slope(i, j, r + h, k), dm = slope(i, j, r - h, k);
                double d2 = (dp - dm) / (2 * h);
                if (w == 0 && d1 == 0) continue;
                out.addPairEnergy(i, j, qq * w);
                if (!grad) continue;
                term.begin(second);
                term.add(i, j, nb.dx[s], nb.dy[s], nb.dz[s]);
                term.clearSecond();
                term.addRadial(0, qq * d1, qq * d2);
                out.add(term);
            }
        }
    }

    private double slope(int i, int j, double r, double k) {
        double[] d = new double[1];
        bound.pairHardnessEV(i, j, r, d);
        return d[0] + k / (r * r);
    }

    /** Adds −g_cᵀ T g_d to every second-derivative block (c, d over positions and Voigt strains). */
    private static void chargeRelaxation(PeriodicCharges c, int n, Accumulator out) {
        int n3 = 3 * n, m = n3 + 6;
        double[] t = c.chargeResponseMatrix(), dphi = c.potentialGradient(), dphiStrain = c.potentialPerStrain();
        double[] g = new double[m * n];      // row per coordinate: g_c[i]
        for (int col = 0; col < n3; col++)
            for (int i = 0; i < n; i++) g[col * n + i] = dphi[i * n3 + col];
        System.arraycopy(dphiStrain, 0, g, n3 * n, 6 * n);
        double[] tg = new double[m * n];
        for (int col = 0; col < m; col++)
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int a = 0; a < n; a++) s += t[i * n + a] * g[col * n + a];
                tg[col * n + i] = s;
            }
        double[] h = out.hessianArray(), sp = out.strainPositionArray(), ss = out.strainStrainArray();
        for (int p = 0; p < m; p++)
            for (int r = 0; r < m; r++) {
                boolean pStrain = p >= n3, rStrain = r >= n3;
                double[] target = !pStrain && !rStrain ? h : pStrain && rStrain ? ss : pStrain ? sp : null;
                if (target == null) continue;      // position–strain: the strain–position block holds it
                double s = 0;
                for (int i = 0; i < n; i++) s += g[p * n + i] * tg[r * n + i];
                if (!pStrain) target[p * n3 + r] -= s;
                else if (rStrain) target[(p - n3) * 6 + (r - n3)] -= s;
                else target[(p - n3) * n3 + r] -= s;
            }
    }
}
