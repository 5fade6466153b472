package dev.curvature.linalg;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The lowest k eigenpairs of a large symmetric operator by the locally optimal block
 * preconditioned conjugate gradient method (Knyazev, SIAM J. Sci. Comput. 23, 517 (2001)): each
 * step minimises the Rayleigh quotient over span{X, T·R, P} (current vectors, preconditioned
 * residuals, previous directions) by a small dense Rayleigh–Ritz problem. Only products with the
 * operator, a preconditioner T ≈ A⁻¹ and an optional projector onto the allowed subspace (e.g.
 * removing rigid-body motions) are needed, so memory is O(n·k) besides the operator's own.
 * The basis is kept orthonormal (modified Gram–Schmidt, twice), dropping directions that have
 * become dependent.
 */
public final class Lobpcg {

    /** y = op(x); x must not be modified. */
    public interface Operator {
        void apply(double[] x, double[] y);
    }

    /**
     * @param values       the k lowest eigenvalues, ascending
     * @param vectors      orthonormal eigenvectors, vectors[j] for values[j]
     * @param residuals    ‖A·v − λ·v‖ of each
     * @param iterations   Rayleigh–Ritz steps taken
     * @param products     operator applications
     */
    public record Result(double[] values, double[][] vectors, double[] residuals, int iterations, int products, boolean converged) { }

    private Lobpcg() { }

    /**
     * @param n             dimension
     * @param k             number of eigenpairs wanted (the block carries a few more as guards)
     * @param a             the symmetric operator
     * @param preconditioner T ≈ (A − σ)⁻¹ for σ below the wanted eigenvalues, or null for none
     * @param projector     in-place projection onto the allowed subspace (applied to every new direction), or null
     * @param tolerance     converged when ‖A·v − λ·v‖ ≤ tolerance · max(|λ|, floor) for each wanted pair
     * @param floor         absolute scale for eigenvalues near zero
     * @param maxIterations limit on Rayleigh–Ritz steps
     */
    public static Result lowest(int n, int k, Operator a, Operator preconditioner, java.util.function.Consumer<double[]> projector,
                                double tolerance, double floor, int maxIterations, long seed) {
        int m = Math.min(n, k + Math.max(3, k / 4));
        Random random = new Random(seed);
        List<double[]> x = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) v[i] = random.nextGaussian();
            if (projector != null) projector.accept(v);
            x.add(v);
        }
        orthonormalize(x, null, List.of(), List.of());
        int products = 0;
        List<double[]> ax = new ArrayList<>();
        for (double[] v : x) { ax.add(apply(a, v, n)); products++; }
        List<double[]> p = new ArrayList<>(), ap = new ArrayList<>();
        double[] lambda = new double[0];
        double[] res = new double[k];
        boolean converged = false;
        int it = 0;
        for (; ; it++) {
            // Rayleigh–Ritz over S = [X W P] (orthonormal) with AS
            List<double[]> s = new ArrayList<>(x), as = new ArrayList<>(ax);
            List<double[]> w = new ArrayList<>();
            if (it > 0) {
                for (int j = 0; j < x.size(); j++) {
                    if (j < k && res[j] <= tolerance * Math.max(Math.abs(lambda[j]), floor)) continue; // locked for this step
                    double[] r = new double[n];
                    double[] xj = x.get(j), axj = ax.get(j);
                    for (int i = 0; i < n; i++) r[i] = axj[i] - lambda[j] * xj[i];
                    double[] t = preconditioner == null ? r : apply(preconditioner, r, n);
                    if (projector != null) projector.accept(t);
                    w.add(t);
                }
                orthonormalize(w, null, x, null);
                List<double[]> aw = new ArrayList<>();
                for (double[] v : w) { aw.add(apply(a, v, n)); products++; }
                orthonormalize(p, ap, concat(x, w), concat(ax, aw));
                s.addAll(w); as.addAll(aw);
                s.addAll(p); as.addAll(ap);
            }
            int d = s.size();
            double[] g = new double[d * d];
            for (int i = 0; i < d; i++)
                for (int j = i; j < d; j++) {
                    double v = 0.5 * (dot(s.get(i), as.get(j)) + dot(s.get(j), as.get(i)));
                    g[i * d + j] = v;
                    g[j * d + i] = v;
                }
            SymmetricEigenDecomposition e = SymmetricEigenSolvers.forSize(d).decompose(g, d);
            List<double[]> nx = new ArrayList<>(), nax = new ArrayList<>(), np = new ArrayList<>(), nap = new ArrayList<>();
            lambda = new double[m];
            int base = x.size();
            for (int j = 0; j < m; j++) {
                lambda[j] = e.value(j);
                double[] c = e.vector(j);
                nx.add(combine(s, c, 0, d, n));
                nax.add(combine(as, c, 0, d, n));
                if (d > base) {
                    np.add(combine(s, c, base, d, n));
                    nap.add(combine(as, c, base, d, n));
                }
            }
            x = nx; ax = nax; p = np; ap = nap;
            converged = true;
            for (int j = 0; j < k; j++) {
                double r2 = 0;
                double[] xj = x.get(j), axj = ax.get(j);
                for (int i = 0; i < n; i++) {
                    double r = axj[i] - lambda[j] * xj[i];
                    r2 += r * r;
                }
                res[j] = Math.sqrt(r2);
                if (res[j] > tolerance * Math.max(Math.abs(lambda[j]), floor)) converged = false;
            }
            if (converged || it >= maxIterations) break;
        }
        double[] values = new double[k];
        double[][] vectors = new double[k][];
        for (int j = 0; j < k; j++) {
            values[j] = lambda[j];
            vectors[j] = x.get(j);
        }
        return new Result(values, vectors, res.clone(), it, products, converged);
    }

    private static double[] apply(Operator op, double[] v, int n) {
        double[] y = new double[n];
        op.apply(v, y);
        return y;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> c = new ArrayList<>(a);
        c.addAll(b);
        return c;
    }

    /** Σ_{i in [from, to)} c[i]·vs[i]. */
    private static double[] combine(List<double[]> vs, double[] c, int from, int to, int n) {
        double[] out = new double[n];
        for (int i = from; i < to; i++) {
            double ci = c[i];
            if (ci == 0) continue;
            double[] v = vs.get(i);
            for (int t = 0; t < n; t++) out[t] += ci * v[t];
        }
        return out;
    }

    /**
     * Orthonormalizes vs in place against the orthonormal q and among themselves (modified
     * Gram–Schmidt, two passes), applying the same operations to avs (the operator images) when
     * given; drops vectors that lose all but 1e-8 of their norm (1e-2 when their images are carried).
     */
    private static void orthonormalize(List<double[]> vs, List<double[]> avs, List<double[]> q, List<double[]> aq) {
        List<double[]> keptV = new ArrayList<>(), keptA = new ArrayList<>();
        for (int idx = 0; idx < vs.size(); idx++) {
            double[] v = vs.get(idx), av = avs == null ? null : avs.get(idx);
            double before = Math.sqrt(dot(v, v));
            if (before == 0) continue;
            for (int pass = 0; pass < 2; pass++) {
                for (int j = 0; j < q.size(); j++) subtract(v, av, q.get(j), aq == null ? null : aq.get(j));
                for (int j = 0; j < keptV.size(); j++) subtract(v, av, keptV.get(j), av == null ? null : keptA.get(j));
            }
            double after = Math.sqrt(dot(v, v));
            // an image carried along (av) loses accuracy as 1/(after/before): drop such directions
            // early, or rounding in A·v is amplified into spurious (even negative) Ritz values
            if (after <= (av == null ? 1e-8 : 1e-2) * before) continue;
            for (int i = 0; i < v.length; i++) v[i] /= after;
            if (av != null) for (int i = 0; i < av.length; i++) av[i] /= after;
            keptV.add(v);
            if (av != null) keptA.add(av);
        }
        vs.clear();
        vs.addAll(keptV);
        if (avs != null) {
            avs.clear();
            avs.addAll(keptA);
        }
    }

    private static void subtract(double[] v, double[] av, double[] q, double[] aq) {
        double c = dot(q, v);
        for (int i = 0; i < v.length; i++) v[i] -= c * q[i];
        if (av != null) for (int i = 0; i < av.length; i++) av[i] -= c * aq[i];
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
