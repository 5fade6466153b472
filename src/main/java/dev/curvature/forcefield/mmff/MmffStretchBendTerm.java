package dev.curvature.forcefield.mmff;

import static dev.curvature.forcefield.mmff.MmffConstants.DEG_PER_RAD;
import static dev.curvature.forcefield.mmff.MmffConstants.STRETCH_BEND_PREFACTOR;

import dev.curvature.forcefield.Term;
import dev.curvature.forcefield.geometry.Accumulate;
import dev.curvature.linalg.InternalCoordinates;

/**
 * MMFF94 stretch-bend coupling for angle i-j-k (j the vertex):
 * E = 2.51210 (kbaIJK Δr_ij + kbaKJI Δr_kj) Δθ, Δr in Å, Δθ in degrees.
 */
public final class MmffStretchBendTerm implements Term {
    private final int[] atoms;          // flat, 3 per interaction: {i, j (vertex), k}
    private final double[] kIJK, kKJI, r0IJ, r0KJ, theta0Deg;

    public MmffStretchBendTerm(int[][] atoms, double[] kbaIJK, double[] kbaKJI, double[] r0IJ, double[] r0KJ, double[] theta0Deg) {
        int n = atoms.length;
        if (kbaIJK.length != n || kbaKJI.length != n || r0IJ.length != n || r0KJ.length != n || theta0Deg.length != n)
            throw new IllegalArgumentException("stretch-bend arrays differ in length");
        this.atoms = InteractionAtoms.flatten(atoms, 3, "a stretch-bend");
        this.kIJK = kbaIJK.clone();
        this.kKJI = kbaKJI.clone();
        this.r0IJ = r0IJ.clone();
        this.r0KJ = r0KJ.clone();
        this.theta0Deg = theta0Deg.clone();
    }

    @Override public String name() { return "stretch_bend"; }

    public int size() { return atoms.length / 3; }

    @Override
    public double accumulate(double[] x, double[] g, double[] h) {
        int n3 = x.length;
        boolean derivatives = g != null || h != null;
        // derivatives of r_ij (atoms i, j), r_kj (atoms k, j) and θ (i, j, k), then mapped onto (i, j, k)
        double[] g1 = derivatives ? new double[6] : null, g2 = derivatives ? new double[6] : null;
        double[] gt = derivatives ? new double[9] : null;
        double[] h1 = h != null ? new double[36] : null, h2 = h != null ? new double[36] : null;
        double[] ht = h != null ? new double[81] : null;
        double[] gr1 = derivatives ? new double[9] : null, gr2 = derivatives ? new double[9] : null;
        double[] grad = derivatives ? new double[9] : null;
        double[] local = h != null ? new double[81] : null;
        // local atom slots of the two bonds: r_ij over (i, j) → (0, 1); r_kj over (k, j) → (2, 1)
        final int[] slots1 = {0, 1}, slots2 = {2, 1};
        double sum = 0;
        for (int t = 0, o = 0; o < atoms.length; t++, o += 3) {
            double r1 = InternalCoordinates.distance(x, atoms[o], atoms[o + 1], g1, h1);
            double r2 = InternalCoordinates.distance(x, atoms[o + 2], atoms[o + 1], g2, h2);
            double theta = InternalCoordinates.bendAngle(x, atoms[o], atoms[o + 1], atoms[o + 2], gt, ht);
            double dr1 = r1 - r0IJ[t], dr2 = r2 - r0KJ[t];
            double dt = theta * DEG_PER_RAD - theta0Deg[t];
            double c = STRETCH_BEND_PREFACTOR;
            double s = kIJK[t] * dr1 + kKJI[t] * dr2;      // stretch part
            sum += c * s * dt;
            if (!derivatives) continue;
            spread(g1, slots1, gr1);
            spread(g2, slots2, gr2);
            // E = c s dt; ∂E/∂dt = c s (per degree) → per radian × 180/π
            double dEdTheta = c * s * DEG_PER_RAD;
            double dEdR1 = c * kIJK[t] * dt, dEdR2 = c * kKJI[t] * dt;
            for (int p = 0; p < 9; p++) grad[p] = dEdR1 * gr1[p] + dEdR2 * gr2[p] + dEdTheta * gt[p];
            if (g != null) Accumulate.gradient(g, atoms, o, 3, grad, 1.0);
            if (h == null) continue;
            // ∇²E = dEdR1 ∇²r1 + dEdR2 ∇²r2 + dEdθ ∇²θ + c·180/π (kIJK (∇r1 ∇θᵀ + ∇θ ∇r1ᵀ) + kKJI (…r2…))
            double m1 = c * kIJK[t] * DEG_PER_RAD, m2 = c * kKJI[t] * DEG_PER_RAD;
            for (int p = 0; p < 9; p++) {
                for (int q = 0; q < 9; q++) {
                    local[p * 9 + q] = dEdTheta * ht[p * 9 + q]
                            + m1 * (gr1[p] * gt[q] + gt[p] * gr1[q])
                            + m2 * (gr2[p] * gt[q] + gt[p] * gr2[q]);
                }
            }
            addSpread(h1, slots1, dEdR1, local);
            addSpread(h2, slots2, dEdR2, local);
            Accumulate.hessian(h, n3, atoms, o, 3, local, 1.0);
        }
        return sum;
    }

    /** Places a two-atom gradient into the three-atom (i, j, k) layout. */
    private static void spread(double[] g2atoms, int[] slots, double[] out) {
        java.util.Arrays.fill(out, 0.0);
        for (int a = 0; a < 2; a++)
            for (int c = 0; c < 3; c++) out[3 * slots[a] + c] = g2atoms[3 * a + c];
    }

    /** out += scale · (two-atom Hessian placed into the three-atom layout). */
    private static void addSpread(double[] h2atoms, int[] slots, double scale, double[] out) {
        for (int a = 0; a < 2; a++)
            for (int ca = 0; ca < 3; ca++)
                for (int b = 0; b < 2; b++)
                    for (int cb = 0; cb < 3; cb++)
                        out[(3 * slots[a] + ca) * 9 + 3 * slots[b] + cb] += scale * h2atoms[(3 * a + ca) * 6 + 3 * b + cb];
    }
}
