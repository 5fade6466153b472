package dev.curvature.forcefield.geometry;

import dev.curvature.linalg.SparseBlockMatrix;

/**
 * Scatters the local derivatives of one term (as produced by {@link dev.curvature.linalg.InternalCoordinates}) into
 * the global 3N gradient and the global 3N×3N row-major Hessian. Atom lists give, for each local
 * atom slot, its 0-based atom index; local arrays use the layout of {@link dev.curvature.linalg.InternalCoordinates}
 * (gradient 3k, Hessian (3k)² row-major). All methods add; none allocates.
 *
 * <p>For a term E = F(q1, …, qm) of internal coordinates, the Hessian is
 * Σ_a F_a ∇²q_a + Σ_ab F_ab ∇q_a ∇q_bᵀ. The first sum is {@link #hessian} with scale F_a; the
 * second is {@link #outer}, see there for how to split it.
 */
public final class Accumulate {
    /**
     * Passed as the Hessian array h, routes every Hessian contribution of this thread into the
     * sparse matrix given to {@link #sparseTarget}: the terms stay as they are, and a large
     * system's Hessian is assembled in memory proportional to its interacting pairs.
     */
    private static final double[] SPARSE = new double[0];
    private static final ThreadLocal<SparseBlockMatrix> SINK = new ThreadLocal<>();

    private Accumulate() {
    }

    /** The array to pass as h so that Hessian contributions go into m (this thread; undo with {@link #releaseSparseTarget}). */
    public static double[] sparseTarget(SparseBlockMatrix m) {
        SINK.set(m);
        return SPARSE;
    }

    public static void releaseSparseTarget() { SINK.remove(); }

    /** g[3·atoms[s] + c] += scale · localGrad[3s + c]. */
    public static void gradient(double[] g, int[] atoms, double[] localGrad, double scale) {
        gradient(g, atoms, 0, atoms.length, localGrad, scale);
    }

    /**
     * As {@link #gradient(double[], int[], double[], double)} for the k atoms
     * atoms[from .. from+k-1] — for terms that keep the atoms of many interactions in one flat array.
     */
    public static void gradient(double[] g, int[] atoms, int from, int k, double[] localGrad, double scale) {
        for (int s = 0; s < k; s++) {
            int o = 3 * atoms[from + s];
            g[o] += scale * localGrad[3 * s];
            g[o + 1] += scale * localGrad[3 * s + 1];
            g[o + 2] += scale * localGrad[3 * s + 2];
        }
    }

    /** H += scale · localHess, scattered by atoms (n3 = 3N is the row length of h). */
    public static void hessian(double[] h, int n3, int[] atoms, double[] localHess, double scale) {
        hessian(h, n3, atoms, 0, atoms.length, localHess, scale);
    }

    /** As {@link #hessian(double[], int, int[], double[], double)} for the k atoms atoms[from ..]. */
    public static void hessian(double[] h, int n3, int[] atoms, int from, int k, double[] localHess, double scale) {
        int nk = 3 * k;
        if (h == SPARSE) {
            SparseBlockMatrix m = SINK.get();
            for (int s = 0; s < k; s++)
                for (int t = 0; t < k; t++)
                    for (int i = 0; i < 3; i++)
                        for (int j = 0; j < 3; j++)
                            m.addUpper(3 * atoms[from + s] + i, 3 * atoms[from + t] + j, scale * localHess[(3 * s + i) * nk + 3 * t + j]);
            return;
        }
        for (int s = 0; s < k; s++) {
            for (int i = 0; i < 3; i++) {
                int row = (3 * atoms[from + s] + i) * n3;
                int lrow = (3 * s + i) * nk;
                for (int t = 0; t < k; t++) {
                    int col = row + 3 * atoms[from + t];
                    int lcol = lrow + 3 * t;
                    h[col] += scale * localHess[lcol];
                    h[col + 1] += scale * localHess[lcol + 1];
                    h[col + 2] += scale * localHess[lcol + 2];
                }
            }
        }
    }

    /**
     * H += scale · (gA gBᵀ + gB gAᵀ), where gA (over atomsA) and gB (over atomsB) are local
     * gradients scattered to 3N. This is exactly the gradient-product part of the Hessian of
     * E = scale · qA · qB, and it stays right when A and B are the same coordinate:
     * <ul>
     *   <li>stretch–bend E = k Δr Δθ: {@code outer(h, n3, bondAtoms, gr, angleAtoms, gθ, k)} gives
     *       k(∇r∇θᵀ + ∇θ∇rᵀ); add {@code hessian(.., hθ, kΔr)} and {@code hessian(.., hr, kΔθ)}.</li>
     *   <li>a single coordinate E = f(q): f''∇q∇qᵀ is {@code outer(h, n3, atoms, g, atoms, g,
     *       f''/2)} — or {@link #selfOuter} with f''.</li>
     *   <li>generally, for E = F(q1..qm): outer(a, b, F_ab) for each unordered pair a &lt; b and
     *       selfOuter(a, F_aa) (equivalently outer(a, a, F_aa / 2)).</li>
     * </ul>
     * The atom lists may overlap or differ in length; the result is symmetric.
     */
    public static void outer(double[] h, int n3, int[] atomsA, double[] gradA, int[] atomsB, double[] gradB,
                             double scale) {
        outer(h, n3, atomsA, 0, atomsA.length, gradA, atomsB, 0, atomsB.length, gradB, scale);
    }

    /** As {@link #outer(double[], int, int[], double[], int[], double[], double)} on slices of flat atom arrays. */
    public static void outer(double[] h, int n3, int[] atomsA, int fromA, int kA, double[] gradA,
                             int[] atomsB, int fromB, int kB, double[] gradB, double scale) {
        SparseBlockMatrix m = h == SPARSE ? SINK.get() : null;
        for (int s = 0; s < kA; s++) {
            int a = 3 * atomsA[fromA + s];
            for (int i = 0; i < 3; i++) {
                double ga = scale * gradA[3 * s + i];
                if (ga == 0.0) continue;
                int rowA = (a + i) * n3;
                int colA = a + i;
                for (int t = 0; t < kB; t++) {
                    int b = 3 * atomsB[fromB + t];
                    for (int j = 0; j < 3; j++) {
                        double v = ga * gradB[3 * t + j];
                        if (m != null) {
                            m.addUpper(a + i, b + j, v);
                            m.addUpper(b + j, a + i, v);
                            continue;
                        }
                        h[rowA + b + j] += v;           // gA gBᵀ
                        h[(b + j) * n3 + colA] += v;    // gB gAᵀ
                    }
                }
            }
        }
    }

    /** H += scale · g gᵀ for one local gradient g over atoms (the f''∇q∇qᵀ part of E = f(q)). */
    public static void selfOuter(double[] h, int n3, int[] atoms, double[] grad, double scale) {
        selfOuter(h, n3, atoms, 0, atoms.length, grad, scale);
    }

    /** As {@link #selfOuter(double[], int, int[], double[], double)} for the k atoms atoms[from ..]. */
    public static void selfOuter(double[] h, int n3, int[] atoms, int from, int k, double[] grad, double scale) {
        if (h == SPARSE) {
            SparseBlockMatrix m = SINK.get();
            for (int s = 0; s < k; s++)
                for (int t = 0; t < k; t++)
                    for (int i = 0; i < 3; i++)
                        for (int j = 0; j < 3; j++)
                            m.addUpper(3 * atoms[from + s] + i, 3 * atoms[from + t] + j, scale * grad[3 * s + i] * grad[3 * t + j]);
            return;
        }
        for (int s = 0; s < k; s++) {
            for (int i = 0; i < 3; i++) {
                double ga = scale * grad[3 * s + i];
                if (ga == 0.0) continue;
                int row = (3 * atoms[from + s] + i) * n3;
                for (int t = 0; t < k; t++) {
                    int col = row + 3 * atoms[from + t];
                    h[col] += ga * grad[3 * t];
                    h[col + 1] += ga * grad[3 * t + 1];
                    h[col + 2] += ga * grad[3 * t + 2];
                }
            }
        }
    }

    /**
     * Adds the derivatives of a radial pair term E(r), r = |x_j − x_i|, given E'(r) = dEdr and
     * E''(r) = d2Edr2: gradient E' r̂ on j and −E' r̂ on i (r̂ = (x_j − x_i)/r), and the Hessian
     * block M = E'' r̂r̂ᵀ + (E'/r)(I − r̂r̂ᵀ) to ii and jj, −M to ij and ji. g and h may be null;
     * n3 = 3N is the row length of h. Requires i ≠ j and r &gt; 0.
     */
    public static void pair(double[] x, int i, int j, double dEdr, double d2Edr2, double[] g, double[] h, int n3) {
        int oi = 3 * i, oj = 3 * j;
        double dx = x[oj] - x[oi], dy = x[oj + 1] - x[oi + 1], dz = x[oj + 2] - x[oi + 2];
        double r = Math.sqrt(dx * dx + dy * dy + dz * dz);
        double inv = 1.0 / r;
        double ux = dx * inv, uy = dy * inv, uz = dz * inv;
        if (g != null) {
            double gx = dEdr * ux, gy = dEdr * uy, gz = dEdr * uz;
            g[oi] -= gx; g[oi + 1] -= gy; g[oi + 2] -= gz;
            g[oj] += gx; g[oj + 1] += gy; g[oj + 2] += gz;
        }
        if (h != null) {
            double t = dEdr * inv;           // transverse curvature E'/r
            double c = d2Edr2 - t;           // radial minus transverse
            double mxx = c * ux * ux + t, myy = c * uy * uy + t, mzz = c * uz * uz + t;
            double mxy = c * ux * uy, mxz = c * ux * uz, myz = c * uy * uz;
            if (h == SPARSE) {
                SparseBlockMatrix m = SINK.get();
                m.addSymmetricBlock(i, i, mxx, myy, mzz, mxy, mxz, myz);
                m.addSymmetricBlock(j, j, mxx, myy, mzz, mxy, mxz, myz);
                m.addSymmetricBlock(i, j, -mxx, -myy, -mzz, -mxy, -mxz, -myz);
                return;
            }
            addBlock(h, n3, oi, oi, mxx, myy, mzz, mxy, mxz, myz, 1.0);
            addBlock(h, n3, oj, oj, mxx, myy, mzz, mxy, mxz, myz, 1.0);
            addBlock(h, n3, oi, oj, mxx, myy, mzz, mxy, mxz, myz, -1.0);
            addBlock(h, n3, oj, oi, mxx, myy, mzz, mxy, mxz, myz, -1.0);
        }
    }

    private static void addBlock(double[] h, int n3, int r, int c, double xx, double yy, double zz,
                                 double xy, double xz, double yz, double sign) {
        int o = r * n3 + c;
        h[o] += sign * xx; h[o + 1] += sign * xy; h[o + 2] += sign * xz;
        o += n3;
        h[o] += sign * xy; h[o + 1] += sign * yy; h[o + 2] += sign * yz;
        o += n3;
        h[o] += sign * xz; h[o + 1] += sign * yz; h[o + 2] += sign * zz;
    }
}
