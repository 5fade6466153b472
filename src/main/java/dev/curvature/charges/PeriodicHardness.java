package dev.curvature.charges;

import dev.curvature.model.HomogeneousStrain;
import dev.curvature.periodic.Lattice;
import dev.curvature.periodic.NeighbourList;
import dev.curvature.structure.Cell;

/**
 * The pair part of a crystal's hardness matrix, J_ij = Σ_L J_ij(|x_j + L − x_i|) (every image L,
 * including an atom's own images on the diagonal; the self-hardness J_ii⁰ is the model's), summed as
 * {@link PeriodicCoulomb} says, with its derivatives: ∂J/∂ε for the six Voigt strains (positions
 * carried along, x → (I+ε)x) and the gradient of the potential φ_i = Σ_j J_ij q_j with respect to
 * every position. Ewald terms (k the model's Coulomb coefficient, α the split, G over all ±G):
 * <pre>
 *   J_ij = Σ_L k erfc(αr)/r + (4πk/V) Σ_G e^{−G²/4α²}/G² cos G·(x_i − x_j) − 2kα/√π δ_ij − πk/(Vα²)
 * </pre>
 * the last term being the neutralising background, which only shifts μ when Σq is fixed.
 * Cost O(N·neighbours + N²·G).
 */
public final class PeriodicHardness {
    private final HardnessModel.Bound bound;
    private final double[] x;
    private final Cell cell;
    private final PeriodicCoulomb coulomb;
    private final double k;
    private final int n;
    private int[] kinds;
    private double[] ranges;
    /** Real-space entries of the last sum: atoms i, a; bond vector; dJ/dr (for the potential gradient). */
    private int entries;
    private int[] entryAtoms = new int[0];
    private double[] entryData = new double[0];

    public PeriodicHardness(HardnessModel.Bound bound, double[] positionsAngstrom, Cell cell, PeriodicCoulomb coulomb) {
        if (cell == null) throw new IllegalArgumentException("a periodic hardness matrix needs a cell");
        this.bound = bound;
        this.x = positionsAngstrom.clone();
        this.cell = cell;
        this.coulomb = coulomb;
        this.k = bound.coulombCoefficientEVAngstrom();
        this.n = positionsAngstrom.length / 3;
    }

    /** Everything the sums produce: J (N×N), optionally ∂J/∂ε_v (6 × N×N) and ∂φ_i/∂x_c (N×3N) for given q. */
    public record Sums(double[] matrix, double[][] strainDerivatives, double[] potentialGradient) {}

    /** J only. */
    public double[] matrix() { return sum(false, null).matrix(); }

    /**
     * @param strain  also ∂J/∂ε_v
     * @param charges when non-null, also ∂φ_i/∂x_c with φ = J q (row i, column c = 3a+β)
     */
    public Sums sum(boolean strain, double[] charges) {
        double[] j = new double[n * n];
        double[][] dj = strain ? new double[6][n * n] : null;
        double[][] e = new double[6][];
        for (int v = 0; v < 6; v++) e[v] = HomogeneousStrain.unitStrain(v);
        realSpace(j, dj, e);
        if (coulomb instanceof PeriodicCoulomb.Ewald ew) reciprocal(ew, j, dj, null, null, e);
        double[] dphi = charges == null ? null : potentialGradient(charges);
        return new Sums(j, dj, dphi);
    }

    private void realSpace(double[] j, double[][] dj, double[][] e) {
        boolean ewald = coulomb instanceof PeriodicCoulomb.Ewald;
        double cut = coulomb instanceof PeriodicCoulomb.Ewald ew ? ew.realCutoff() : ((PeriodicCoulomb.Cutoff) coulomb).cutoff();
        boolean shielded = ewald || ((PeriodicCoulomb.Cutoff) coulomb).shielded();
        double alpha = ewald ? ((PeriodicCoulomb.Ewald) coulomb).alpha() : 0;
        // the shielding correction may reach beyond the Ewald real-space cutoff (QEq Si–Si: 1e-10 eV at 15 Å)
        if (ewald) for (int i = 0; i < n; i++) for (int a = 0; a < n; a++) cut = Math.max(cut, shieldingRange(i, a));
        // the list's own test is r < cutoff; LAMMPS's is r ≤ cutoff, so list a hair further and test here
        NeighbourList list = NeighbourList.build(x, cell, cut * (1 + 1e-9) + 1e-9, 0);
        double[][] l = cell.vectorsAngstrom();
        double[] slope = new double[1], d = new double[3];
        int n3 = 3 * n;
        entries = 0;
        for (int i = 0; i < n; i++) {
            for (int s = list.start(i); s < list.end(i); s++) {
                int a = list.neighbour(s);
                for (int c = 0; c < 3; c++)
                    d[c] = x[3 * a + c] - x[3 * i + c] + list.image(s, 0) * l[0][c] + list.image(s, 1) * l[1][c] + list.image(s, 2) * l[2][c];
                double r2 = d[0] * d[0] + d[1] * d[1] + d[2] * d[2], r = Math.sqrt(r2);
                if (r > cut) continue;
                double w, dw;
                if (shielded && r < shieldingRange(i, a)) {
                    w = bound.pairHardnessEV(i, a, r, slope);
                    dw = slope[0];
                } else {
                    w = k / r;
                    dw = -k / r2;
                }
                if (ewald) { // bare tail replaced by its screened part within the real-space cutoff: − k/r + k erfc(αr)/r
                    w -= k / r;
                    dw += k / r2;
                    if (r < ((PeriodicCoulomb.Ewald) coulomb).realCutoff()) {
                        double erfc = erfc(alpha * r);
                        w += k * erfc / r;
                        dw += -k * erfc / r2 - k * 2 * alpha / Math.sqrt(Math.PI) * Math.exp(-alpha * alpha * r2) / r;
                    }
                }
                j[i * n + a] += w;
                if (a != i) remember(i, a, d, r, dw);
                if (dj != null)
                    for (int v = 0; v < 6; v++) {
                        double[] ev = e[v];
                        double dEd = 0;
                        for (int p = 0; p < 3; p++) for (int c = 0; c < 3; c++) dEd += d[p] * ev[3 * p + c] * d[c];
                        dj[v][i * n + a] += dw * dEd / r;
                    }
            }
        }
    }

    /**
     * The largest distance (Å) at which any pair of this structure's atoms still feels the model's
     * shielding (J(r) ≠ k/r beyond 1e-11 relative); zero for bare-Coulomb models such as EEM's.
     */
    public double shieldingRange() {
        double range = 0;
        for (int i = 0; i < n; i++)
            for (int a = 0; a < n; a++) {
                double r = shieldingRange(i, a);
                if (r > 1) range = Math.max(range, r);
            }
        return range;
    }

    private void remember(int i, int a, double[] d, double r, double dw) {
        if (entries == entryAtoms.length / 2) {
            int c = Math.max(64, 2 * entries);
            entryAtoms = java.util.Arrays.copyOf(entryAtoms, 2 * c);
            entryData = java.util.Arrays.copyOf(entryData, 4 * c);
        }
        entryAtoms[2 * entries] = i;
        entryAtoms[2 * entries + 1] = a;
        entryData[4 * entries] = d[0];
        entryData[4 * entries + 1] = d[1];
        entryData[4 * entries + 2] = d[2];
        entryData[4 * entries + 3] = dw / r;
        entries++;
    }

    /**
     * ∂φ_i/∂x_c (N×3N, eV/(e·Å)) of φ = J q for the positions of the last {@link #sum} (whose
     * real-space pairs it reuses, so the shielding integrals are not evaluated twice).
     */
    public double[] potentialGradient(double[] q) {
        int n3 = 3 * n;
        double[] dphi = new double[n * n3];
        for (int e = 0; e < entries; e++) {
            int i = entryAtoms[2 * e], a = entryAtoms[2 * e + 1];
            double s = entryData[4 * e + 3] * q[a];
            for (int c = 0; c < 3; c++) {
                double g = s * entryData[4 * e + c];
                dphi[i * n3 + 3 * a + c] += g;
                dphi[i * n3 + 3 * i + c] -= g;
            }
        }
        if (coulomb instanceof PeriodicCoulomb.Ewald ew) reciprocal(ew, null, null, dphi, q, null);
        return dphi;
    }

    /**
     * Distance beyond which the pair hardness equals k/r to 1e-11 relative, per pair of atom kinds
     * (same χ and J⁰): the Slater shielding decays exponentially, and evaluating its quadrature for
     * every distant image would only add rounding noise and time.
     */
    private double shieldingRange(int i, int a) {
        if (kinds == null) {
            kinds = new int[n];
            int count = 0;
            for (int p = 0; p < n; p++) {
                kinds[p] = count;
                for (int o = 0; o < p; o++)
                    if (bound.electronegativityEV(o) == bound.electronegativityEV(p) && bound.selfHardnessEV(o, 0) == bound.selfHardnessEV(p, 0)) {
                        kinds[p] = kinds[o];
                        break;
                    }
                if (kinds[p] == count) count++;
            }
            ranges = new double[count * count];
            java.util.Arrays.fill(ranges, Double.NaN);
        }
        int key = kinds[i] * (int) Math.sqrt(ranges.length) + kinds[a];
        if (Double.isNaN(ranges[key])) {
            double r = 1;
            while (r < 100 && Math.abs(bound.pairHardnessEV(i, a, r, null) - k / r) > 1e-11 * k / r) r += 0.5;
            ranges[key] = r;
        }
        return ranges[key];
    }

    private void reciprocal(PeriodicCoulomb.Ewald ew, double[] j, double[][] dj, double[] dphi, double[] q, double[][] e) {
        Lattice lat = new Lattice(cell);
        double volume = lat.volume(), alpha = ew.alpha(), fourAlpha2 = 4 * alpha * alpha;
        double self = -2 * k * alpha / Math.sqrt(Math.PI), background = -Math.PI * k / (volume * alpha * alpha);
        if (j != null)
            for (int i = 0; i < n; i++) {
                j[i * n + i] += self;
                for (int a = 0; a < n; a++) j[i * n + a] += background;
            }
        if (dj != null)
            for (int v = 0; v < 6; v++) {
                double tr = e[v][0] + e[v][4] + e[v][8];     // ∂(1/V)/∂ε = −tr(E)/V
                for (int m = 0; m < n * n; m++) dj[v][m] -= background * tr;
            }
        double[] cos = new double[n], sin = new double[n], g = new double[3];
        int[] t = ew.triples();
        int n3 = 3 * n;
        for (int m = 0; m < ew.size(); m++) {
            for (int c = 0; c < 3; c++)
                g[c] = t[3 * m] * lat.reciprocal(0, c) + t[3 * m + 1] * lat.reciprocal(1, c) + t[3 * m + 2] * lat.reciprocal(2, c);
            double g2 = g[0] * g[0] + g[1] * g[1] + g[2] * g[2];
            double f = Math.exp(-g2 / fourAlpha2) / g2, f1 = -f * (1 / fourAlpha2 + 1 / g2);
            double c0 = 8 * Math.PI * k / volume;     // 4πk/V for each of G and −G
            double cs = 0, sn = 0;
            for (int i = 0; i < n; i++) {
                double th = g[0] * x[3 * i] + g[1] * x[3 * i + 1] + g[2] * x[3 * i + 2];
                cos[i] = Math.cos(th);
                sin[i] = Math.sin(th);
                if (q != null) { cs += q[i] * cos[i]; sn += q[i] * sin[i]; }
            }
            if (j != null)
                for (int i = 0; i < n; i++)
                    for (int a = 0; a < n; a++) j[i * n + a] += c0 * f * (cos[i] * cos[a] + sin[i] * sin[a]);
            if (dj != null)
                for (int v = 0; v < 6; v++) {
                    double[] ev = e[v];
                    double gEg = 0, tr = ev[0] + ev[4] + ev[8];
                    for (int p = 0; p < 3; p++) for (int c = 0; c < 3; c++) gEg += g[p] * ev[3 * p + c] * g[c];
                    double w = c0 * (-tr * f - 2 * f1 * gEg);   // G → (I+ε)^{-T}G, V → V det(I+ε)
                    for (int i = 0; i < n; i++)
                        for (int a = 0; a < n; a++) dj[v][i * n + a] += w * (cos[i] * cos[a] + sin[i] * sin[a]);
                }
            if (dphi != null)
                for (int i = 0; i < n; i++) {
                    // φ_i ∋ c0 f Σ_a q_a cos(θ_i − θ_a)
                    double own = -c0 * f * (sin[i] * cs - cos[i] * sn);
                    for (int c = 0; c < 3; c++) dphi[i * n3 + 3 * i + c] += own * g[c];
                    for (int a = 0; a < n; a++) {
                        double w = c0 * f * q[a] * (sin[i] * cos[a] - cos[i] * sin[a]);
                        for (int c = 0; c < 3; c++) dphi[i * n3 + 3 * a + c] += w * g[c];
                    }
                }
        }
    }

    private static double erfc(double z) { return dev.curvature.periodic.Erfc.erfc(z); }
}
