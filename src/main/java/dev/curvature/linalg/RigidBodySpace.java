package dev.curvature.linalg;

import java.util.ArrayList;
import java.util.List;

/**
 * The space of rigid translations and rotations of a set of atoms, in Cartesian coordinates scaled
 * by √w per atom (w = 1 for the optimizers' plain Cartesian space, w = mass for vibrations'
 * mass-weighted space), and the two ways of removing it that the engine needs:
 * <ul>
 *   <li>as a projector P = 1 − Σ bbᵀ on vectors and two-sided on a Hessian, with the rigid space
 *       shifted to a chosen eigenvalue (optimizers: the step never moves the body as a whole);</li>
 *   <li>as an exact change of basis: a Householder QR of the rigid vectors gives Q whose first r
 *       columns span the rigid space, and QᵀAQ without its first r rows and columns is A restricted
 *       to internal motions (vibrations: 3N − 6 modes exactly, no n×n projector formed).</li>
 * </ul>
 * Vectors: translations √wₐ eₖ, rotations √wₐ (uₖ × (rₐ − c)) about the given axes through the
 * centre c. Nearly dependent ones (a single atom, the spin of a linear molecule) are dropped during
 * Gram–Schmidt: see {@link #DEPENDENCE_TOLERANCE}.
 */
public final class RigidBodySpace {
    /**
     * A vector whose component orthogonal to the ones before it is below this fraction of its own
     * norm (or of the body's size) is treated as dependent. The spin about the axis of a molecule
     * bent by δ has relative norm ≈ δ; kept, its normalised vector would be a bend, and projecting
     * it out would stop an optimizer from straightening the molecule. 1e-4 treats anything within
     * ~0.01° of linear as linear.
     */
    public static final double DEPENDENCE_TOLERANCE = 1e-4;

    private static final double[][] CARTESIAN_AXES = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};

    private final int n;
    private final double[][] basis;       // orthonormal rigid vectors, length n each
    private double[][] reflectors;        // Householder vectors of the basis, built when first needed

    private RigidBodySpace(int n, double[][] basis) {
        this.n = n;
        this.basis = basis;
    }

    /**
     * Unit weights, rotations about x, y, z through the centroid: the plain Cartesian rigid space.
     *
     * @param x 3N positions (Å)
     */
    public static RigidBodySpace cartesian(double[] x, boolean translations, boolean rotations) {
        int atoms = x.length / 3;
        double[] c = new double[3];
        for (int a = 0; a < atoms; a++)
            for (int k = 0; k < 3; k++) c[k] += x[3 * a + k] / atoms;
        return of(x, null, c, translations, rotations ? CARTESIAN_AXES : new double[0][]);
    }

    /**
     * @param x             3N positions (Å)
     * @param weights       per-atom weights (masses for mass-weighted space), or null for 1
     * @param centre        the point the rotations are about (the weighted centre for an exact split)
     * @param translations  whether the three translations belong to the space
     * @param rotationAxes  unit axes of the rotations that belong to it (0 to 3)
     */
    public static RigidBodySpace of(double[] x, double[] weights, double[] centre, boolean translations, double[][] rotationAxes) {
        int n = x.length, atoms = n / 3;
        List<double[]> raw = new ArrayList<>();
        if (translations)
            for (int k = 0; k < 3; k++) {
                double[] v = new double[n];
                for (int a = 0; a < atoms; a++) v[3 * a + k] = sqrtWeight(weights, a);
                raw.add(v);
            }
        double s2 = 0;
        for (int a = 0; a < atoms; a++)
            for (int k = 0; k < 3; k++) {
                double d = x[3 * a + k] - centre[k];
                s2 += weight(weights, a) * d * d;
            }
        double size = Math.max(Math.sqrt(s2), 1e-300);
        for (double[] u : rotationAxes) {
            double[] v = new double[n];
            for (int a = 0; a < atoms; a++) {
                double s = sqrtWeight(weights, a);
                double[] d = {x[3 * a] - centre[0], x[3 * a + 1] - centre[1], x[3 * a + 2] - centre[2]};
                double[] r = Vec3.cross(u, d);
                for (int k = 0; k < 3; k++) v[3 * a + k] = s * r[k];
            }
            raw.add(v);
        }
        List<double[]> basis = new ArrayList<>();
        for (double[] v : raw) {
            double before = norm(v);
            if (before == 0) continue;
            project(basis, v);
            double after = norm(v);
            if (after <= DEPENDENCE_TOLERANCE * Math.max(before, size)) continue;
            for (int i = 0; i < n; i++) v[i] /= after;
            basis.add(v);
        }
        return new RigidBodySpace(n, basis.toArray(new double[0][]));
    }

    private static double weight(double[] w, int atom) { return w == null ? 1 : w[atom]; }

    private static double sqrtWeight(double[] w, int atom) { return w == null ? 1 : Math.sqrt(w[atom]); }

    /** Number of rigid-body vectors r (0 to 6). */
    public int dimension() { return basis.length; }

    /** n − r. */
    public int internalDimension() { return n - basis.length; }

    /**
     * The r×r matrix Bᵀ A B of a symmetric n×n A (row-major) in the orthonormal rigid basis B: its
     * eigenvalues are A's Rayleigh–Ritz values on the rigid space. O(r n²), no n×n decomposition.
     */
    public double[] rigidBlock(double[] a) {
        int r = basis.length;
        double[] out = new double[r * r];
        double[] av = new double[n];
        for (int c = 0; c < r; c++) {
            double[] v = basis[c];
            for (int p = 0; p < n; p++) {
                double s = 0;
                int row = p * n;
                for (int q = 0; q < n; q++) s += a[row + q] * v[q];
                av[p] = s;
            }
            for (int d = 0; d < r; d++) out[d * r + c] = dot(basis[d], av);
        }
        for (int c = 0; c < r; c++)
            for (int d = c + 1; d < r; d++) out[c * r + d] = out[d * r + c] = 0.5 * (out[c * r + d] + out[d * r + c]);
        return out;
    }

    /** {@link #rigidBlock(double[])} of an operator given by its products (a sparse matrix): r products. */
    public double[] rigidBlock(Lobpcg.Operator a) {
        int r = basis.length;
        double[] out = new double[r * r];
        double[] av = new double[n];
        for (int c = 0; c < r; c++) {
            a.apply(basis[c], av);
            for (int d = 0; d < r; d++) out[d * r + c] = dot(basis[d], av);
        }
        for (int c = 0; c < r; c++)
            for (int d = c + 1; d < r; d++) out[c * r + d] = out[d * r + c] = 0.5 * (out[c * r + d] + out[d * r + c]);
        return out;
    }

    /** Squared length of v's component inside the rigid space. */
    public double rigidWeight(double[] v) {
        double s = 0;
        for (double[] b : basis) {
            double d = dot(b, v);
            s += d * d;
        }
        return s;
    }

    /** v ← P v (the rigid components removed). */
    public void project(double[] v) { project(List.of(basis), v); }

    private static void project(List<double[]> basis, double[] v) {
        for (double[] b : basis) {
            double d = dot(v, b);
            for (int i = 0; i < v.length; i++) v[i] -= d * b[i];
        }
    }

    /**
     * h ← P h P + shift·(1 − P) for an n×n row-major h: the rigid space becomes an exact eigenspace
     * with eigenvalue {@code shift}, so it can neither mix with soft internal modes nor receive a step.
     */
    public void projectHessian(double[] h, double shift) {
        double[] hb = new double[n];
        for (double[] b : basis) {
            // h ← h − (h b) bᵀ − b (h b)ᵀ + b (bᵀ h b) bᵀ  ==  (1 − bbᵀ) h (1 − bbᵀ)
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) s += h[i * n + j] * b[j];
                hb[i] = s;
            }
            double bhb = dot(b, hb);
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                    h[i * n + j] += -hb[i] * b[j] - b[i] * hb[j] + bhb * b[i] * b[j];
        }
        for (double[] b : basis)
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++) h[i * n + j] += shift * b[i] * b[j];
    }

    /** QᵀAQ restricted to the internal block, (n−r)×(n−r) row-major, for a symmetric A (not modified). */
    public double[] restrict(double[] a) { return restrictInPlace(a.clone()); }

    /** As {@link #restrict}, using a (overwritten) as the work matrix: one n×n copy fewer. */
    public double[] restrictInPlace(double[] a) {
        double[][] v = reflectors();
        int rigid = v.length;
        double[] m = a;
        double[] w = new double[n];
        for (int j = 0; j < rigid; j++) {
            double[] vj = v[j];
            // w = M v, c = vᵀ M v; M ← M − 2 v wᵀ − 2 w vᵀ + 4 c v vᵀ  (M symmetric)
            double c = 0;
            for (int p = 0; p < n; p++) {
                double s = 0;
                for (int q = j; q < n; q++) s += m[p * n + q] * vj[q];
                w[p] = s;
            }
            for (int p = j; p < n; p++) c += vj[p] * w[p];
            for (int p = 0; p < n; p++) {
                double vp = vj[p], wp = w[p];
                int row = p * n;
                for (int q = 0; q < n; q++) m[row + q] += -2 * vp * w[q] - 2 * wp * vj[q] + 4 * c * vp * vj[q];
            }
        }
        int k = n - rigid;
        double[] out = new double[k * k];
        Symmetrise.block(m, n, rigid, k, out);
        return out;
    }

    /** The full-space vector Q [0; y] for internal coordinates y (length n − r). */
    public double[] expand(double[] y) {
        double[][] v = reflectors();
        double[] x = new double[n];
        System.arraycopy(y, 0, x, v.length, y.length);
        for (int j = v.length - 1; j >= 0; j--) reflect(v[j], x, j);
        return x;
    }

    /** Householder QR of the rigid vectors: reflector j is zero before index j. */
    private synchronized double[][] reflectors() {
        if (reflectors != null) return reflectors;
        int rigid = basis.length;
        double[][] v = new double[rigid][];
        for (int j = 0; j < rigid; j++) {
            double[] x = basis[j].clone();
            for (int i = 0; i < j; i++) reflect(v[i], x, i);
            double norm = 0;
            for (int p = j; p < n; p++) norm += x[p] * x[p];
            norm = Math.sqrt(norm);
            double[] h = new double[n];
            double alpha = x[j] >= 0 ? -norm : norm;
            for (int p = j; p < n; p++) h[p] = x[p];
            h[j] -= alpha;
            double hn = 0;
            for (int p = j; p < n; p++) hn += h[p] * h[p];
            hn = Math.sqrt(hn);
            for (int p = j; p < n; p++) h[p] /= hn;
            v[j] = h;
        }
        return reflectors = v;
    }

    /** x ← (I − 2 v vᵀ) x for a reflector whose first nonzero index is `from`. */
    private static void reflect(double[] v, double[] x, int from) {
        double d = 0;
        for (int p = from; p < v.length; p++) d += v[p] * x[p];
        d *= 2;
        for (int p = from; p < v.length; p++) x[p] -= d * v[p];
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    private static double norm(double[] a) { return Math.sqrt(dot(a, a)); }
}
