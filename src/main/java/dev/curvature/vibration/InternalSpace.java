package dev.curvature.vibration;

import dev.curvature.linalg.PrincipalAxes;

/**
 * The orthonormal complement of rigid translations and rotations in mass-weighted Cartesian space.
 *
 * <p>The rigid vectors (3 translations √mₐ eₖ, and √mₐ (uₖ × (rₐ − R_com)) for each principal axis
 * uₖ with a non-zero moment) are turned into Householder reflectors Q = H₁…H_r by a QR
 * factorisation. The first r columns of Q span the rigid space, the other n − r columns an
 * orthonormal basis of the internal space. Applying the reflectors to the Hessian (r two-sided
 * rank-2 updates, O(r n²)) and dropping the first r rows and columns gives the Hessian restricted to
 * the internal space; rigid modes are thereby excluded exactly instead of showing up as small
 * numbers, and no n×n projector is ever formed.
 */
final class InternalSpace {
    private final int n;          // 3N
    private final int rigid;      // number of rigid-body vectors removed
    private final double[][] reflectors; // unit Householder vectors, reflector j zero before index j

    private InternalSpace(int n, int rigid, double[][] reflectors) {
        this.n = n;
        this.rigid = rigid;
        this.reflectors = reflectors;
    }

    /** Rigid-body vectors in mass-weighted coordinates (not normalised), then QR by reflections. */
    static InternalSpace of(double[] massesAmu, double[] positionsAngstrom, PrincipalAxes axes) {
        int atoms = massesAmu.length;
        int n = 3 * atoms;
        int rotations = axes.rotationalDegreesOfFreedom();
        double[] moments = axes.momentsAmuA2();
        double[] com = axes.centreOfMass();
        int rigid = 3 + rotations;
        double[][] t = new double[rigid][n];
        for (int k = 0; k < 3; k++)
            for (int a = 0; a < atoms; a++) t[k][3 * a + k] = Math.sqrt(massesAmu[a]);
        int col = 3;
        for (int k = 0; k < 3 && col < rigid; k++) {
            if (moments[k] < PrincipalAxes.LINEAR_MOMENT_TOLERANCE_AMU_A2) continue; // the axis of a linear body
            double[] u = axes.axis(k);
            for (int a = 0; a < atoms; a++) {
                double s = Math.sqrt(massesAmu[a]);
                double x = positionsAngstrom[3 * a] - com[0], y = positionsAngstrom[3 * a + 1] - com[1], z = positionsAngstrom[3 * a + 2] - com[2];
                t[col][3 * a] = s * (u[1] * z - u[2] * y);
                t[col][3 * a + 1] = s * (u[2] * x - u[0] * z);
                t[col][3 * a + 2] = s * (u[0] * y - u[1] * x);
            }
            col++;
        }
        if (col != rigid) throw new IllegalStateException("expected " + rigid + " rigid-body vectors, built " + col);
        double[][] v = new double[rigid][];
        for (int j = 0; j < rigid; j++) {
            double[] x = t[j];
            // apply earlier reflectors to this column
            for (int i = 0; i < j; i++) reflect(v[i], x, i);
            double norm = 0;
            for (int p = j; p < n; p++) norm += x[p] * x[p];
            norm = Math.sqrt(norm);
            if (norm == 0) throw new IllegalStateException("rigid-body vectors are linearly dependent");
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
        return new InternalSpace(n, rigid, v);
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
        for (int p = 0; p < a.length; p++) s += a[p] * b[p];
        return s;
    }

    int rigidCount() { return rigid; }

    int internalDimension() { return n - rigid; }

    /** Qᵀ A Q restricted to the internal block, (n−r)×(n−r) row-major. A is not modified. */
    double[] restrict(double[] a) {
        double[] m = a.clone();
        double[] w = new double[n];
        for (int j = 0; j < rigid; j++) {
            double[] v = reflectors[j];
            // w = M v, c = vᵀ M v; M ← M − 2 v wᵀ − 2 w vᵀ + 4 c v vᵀ  (M symmetric)
            double c = 0;
            for (int p = 0; p < n; p++) {
                double s = 0;
                for (int q = j; q < n; q++) s += m[p * n + q] * v[q];
                w[p] = s;
            }
            for (int p = j; p < n; p++) c += v[p] * w[p];
            for (int p = 0; p < n; p++) {
                double vp = v[p], wp = w[p];
                int row = p * n;
                for (int q = 0; q < n; q++) m[row + q] += -2 * vp * w[q] - 2 * wp * v[q] + 4 * c * vp * v[q];
            }
        }
        int k = n - rigid;
        double[] out = new double[k * k];
        for (int p = 0; p < k; p++)
            for (int q = 0; q < k; q++) out[p * k + q] = 0.5 * (m[(p + rigid) * n + q + rigid] + m[(q + rigid) * n + p + rigid]);
        return out;
    }

    /**
     * The r×r matrix Qᵣᵀ A Qᵣ of A in the orthonormal rigid-body basis (the first r columns of Q),
     * row-major: its eigenvalues are the Rayleigh–Ritz values of A on the rigid space. O(r n²) for a
     * dense A, no n×n decomposition.
     */
    double[] rigidBlock(double[] a) {
        double[][] basis = new double[rigid][];
        for (int c = 0; c < rigid; c++) {
            double[] e = new double[n];
            e[c] = 1;
            for (int j = rigid - 1; j >= 0; j--) reflect(reflectors[j], e, j);
            basis[c] = e;
        }
        double[] out = new double[rigid * rigid];
        double[] av = new double[n];
        for (int c = 0; c < rigid; c++) {
            double[] v = basis[c];
            for (int p = 0; p < n; p++) {
                double s = 0;
                int row = p * n;
                for (int q = 0; q < n; q++) s += a[row + q] * v[q];
                av[p] = s;
            }
            for (int d = 0; d < rigid; d++) out[d * rigid + c] = dot(basis[d], av);
        }
        for (int c = 0; c < rigid; c++)
            for (int d = c + 1; d < rigid; d++) out[c * rigid + d] = out[d * rigid + c] = 0.5 * (out[c * rigid + d] + out[d * rigid + c]);
        return out;
    }

    /** The mass-weighted Cartesian vector Q [0; y] for internal coordinates y (length n − r). */
    double[] expand(double[] y) {
        double[] x = new double[n];
        System.arraycopy(y, 0, x, rigid, y.length);
        for (int j = rigid - 1; j >= 0; j--) reflect(reflectors[j], x, j);
        return x;
    }
}
