package dev.curvature.elastic;

import dev.curvature.linalg.SymmetricEigenDecomposition;
import dev.curvature.linalg.SymmetricEigenSolvers;
import dev.curvature.model.CancellablePotential;

import java.util.function.BooleanSupplier;

/**
 * The internal-relaxation term of relaxed-ion elastic constants: Λ H⁺ Λᵀ (6×6, energy unit),
 * where Λ is the 6×3N strain–position block and H⁺ the pseudo-inverse of the Hessian on the space
 * orthogonal to the three rigid translations (a crystal's acoustic zero modes at Γ). Each strain
 * column asks: which ionic displacement u = −H⁺Λᵀ cancels the forces the strain creates, and how
 * much energy does that give back.
 *
 * <p>Small systems are solved by eigendecomposition, which also counts negative modes (an
 * internally unstable crystal). Large ones, where O(N³) would dominate, by conjugate gradients on
 * the block-sparse Hessian (a crystal's Hessian has ~N·z non-zero 3×3 blocks), projected onto the
 * non-translational space; a direction of non-positive curvature stops it and marks the crystal
 * unstable.
 */
public final class InternalRelaxation {
    /** Up to this many coordinates the eigendecomposition is used (LAPACK: ≈ 0.1 s at 600). */
    static final int DENSE_LIMIT = 600;

    /**
     * @param correction     Λ H⁺ Λᵀ, 6×6 row-major, energy unit
     * @param negativeModes  Hessian eigenvalues below −tolerance after removing translations (or 1
     *                       if conjugate gradients met negative curvature); 0 for a stable lattice
     * @param extraZeroModes zero modes beyond the 3 translations (dropped from H⁺)
     * @param method         "eigen" or "cg"
     */
    public record Result(double[] correction, int negativeModes, int extraZeroModes, String method) {}

    private InternalRelaxation() {}

    public static Result solve(double[] hessian, double[] strainPosition, int n3) {
        return solve(hessian, strainPosition, n3, null);
    }

    /**
     * As {@link #solve(double[], double[], int)}; the conjugate-gradient route asks {@code cancelled}
     * (may be null) every iteration and throws {@link java.util.concurrent.CancellationException}
     * (the dense route is one LAPACK call, ≈ 0.1 s at its limit, and is not interrupted).
     */
    public static Result solve(double[] hessian, double[] strainPosition, int n3, BooleanSupplier cancelled) {
        return n3 <= DENSE_LIMIT ? eigen(hessian, strainPosition, n3) : conjugateGradient(hessian, strainPosition, n3, cancelled);
    }

    static Result eigen(double[] hessian, double[] lambda, int n3) {
        double[] h = hessian.clone();
        projectTranslations(h, n3);
        SymmetricEigenDecomposition d = SymmetricEigenSolvers.decompose(h, n3);
        double max = 0;
        for (int k = 0; k < n3; k++) max = Math.max(max, Math.abs(d.value(k)));
        double tol = 1e-8 * Math.max(max, 1e-300);
        // the 3 translations (exact zeros after projection) are the vectors most like them
        boolean[] translation = translationLike(d, n3);
        int negative = 0, zero = 0;
        double[] out = new double[36];
        double[] proj = new double[6];
        for (int k = 0; k < n3; k++) {
            if (translation[k]) continue;
            double value = d.value(k);
            if (value < -tol) { negative++; continue; }
            if (value <= tol) { zero++; continue; }
            double[] v = d.vector(k);
            for (int a = 0; a < 6; a++) {
                double s = 0;
                for (int r = 0; r < n3; r++) s += lambda[a * n3 + r] * v[r];
                proj[a] = s;
            }
            for (int a = 0; a < 6; a++)
                for (int b = 0; b < 6; b++) out[6 * a + b] += proj[a] * proj[b] / value;
        }
        return new Result(out, negative, zero, "eigen");
    }

    private static boolean[] translationLike(SymmetricEigenDecomposition d, int n3) {
        double[] weight = new double[n3];
        int atoms = n3 / 3;
        for (int k = 0; k < n3; k++) {
            double[] v = d.vector(k);
            double w = 0;
            for (int a = 0; a < 3; a++) {
                double s = 0;
                for (int i = 0; i < atoms; i++) s += v[3 * i + a];
                w += s * s / atoms;
            }
            weight[k] = w;
        }
        boolean[] chosen = new boolean[n3];
        for (int pick = 0; pick < Math.min(3, n3); pick++) {
            int best = -1;
            for (int k = 0; k < n3; k++) if (!chosen[k] && (best < 0 || weight[k] > weight[best])) best = k;
            chosen[best] = true;
        }
        return chosen;
    }

    /** H ← P H P with P removing the mean displacement of each Cartesian direction. */
    static void projectTranslations(double[] h, int n3) {
        int atoms = n3 / 3;
        // rows: subtract the mean over atoms of each column block component
        for (int r = 0; r < n3; r++) {
            double[] mean = new double[3];
            for (int j = 0; j < atoms; j++) for (int b = 0; b < 3; b++) mean[b] += h[r * n3 + 3 * j + b] / atoms;
            for (int j = 0; j < atoms; j++) for (int b = 0; b < 3; b++) h[r * n3 + 3 * j + b] -= mean[b];
        }
        for (int c = 0; c < n3; c++) {
            double[] mean = new double[3];
            for (int i = 0; i < atoms; i++) for (int a = 0; a < 3; a++) mean[a] += h[(3 * i + a) * n3 + c] / atoms;
            for (int i = 0; i < atoms; i++) for (int a = 0; a < 3; a++) h[(3 * i + a) * n3 + c] -= mean[a];
        }
    }

    private static void removeMean(double[] v) {
        int atoms = v.length / 3;
        for (int a = 0; a < 3; a++) {
            double m = 0;
            for (int i = 0; i < atoms; i++) m += v[3 * i + a];
            m /= atoms;
            for (int i = 0; i < atoms; i++) v[3 * i + a] -= m;
        }
    }

    static Result conjugateGradient(double[] hessian, double[] lambda, int n3) {
        return conjugateGradient(hessian, lambda, n3, null);
    }

    static Result conjugateGradient(double[] hessian, double[] lambda, int n3, BooleanSupplier cancelled) {
        CancellablePotential.check(cancelled);
        BlockSparse h = BlockSparse.of(hessian, n3);
        double[][] x = new double[6][];
        for (int v = 0; v < 6; v++) {
            double[] b = new double[n3];
            System.arraycopy(lambda, v * n3, b, 0, n3);
            removeMean(b);
            x[v] = solve(h, b, cancelled);
            if (x[v] == null) return new Result(new double[36], 1, 0, "cg");
        }
        double[] out = new double[36];
        for (int a = 0; a < 6; a++)
            for (int b = 0; b < 6; b++) {
                double s = 0;
                for (int r = 0; r < n3; r++) s += lambda[a * n3 + r] * x[b][r];
                out[6 * a + b] = s;
            }
        for (int a = 0; a < 6; a++)
            for (int b = a + 1; b < 6; b++) { double s = 0.5 * (out[6 * a + b] + out[6 * b + a]); out[6 * a + b] = s; out[6 * b + a] = s; }
        return new Result(out, 0, 0, "cg");
    }

    /** Solves H x = b in the non-translational space; null on non-positive curvature. */
    private static double[] solve(BlockSparse h, double[] b, BooleanSupplier cancelled) {
        int n = b.length;
        double[] x = new double[n], r = b.clone(), p = r.clone(), hp = new double[n];
        double rr = dot(r, r), target = 1e-26 * Math.max(rr, 1e-300);
        if (rr == 0) return x;
        for (int it = 0; it < 10 * n && rr > target; it++) {
            CancellablePotential.check(cancelled);
            h.multiply(p, hp);
            removeMean(hp);
            double php = dot(p, hp);
            if (!(php > 1e-14 * dot(p, p) * h.scale())) return null;
            double alpha = rr / php;
            for (int k = 0; k < n; k++) { x[k] += alpha * p[k]; r[k] -= alpha * hp[k]; }
            double rrNew = dot(r, r);
            double beta = rrNew / rr;
            rr = rrNew;
            for (int k = 0; k < n; k++) p[k] = r[k] + beta * p[k];
        }
        removeMean(x);
        return x;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) s += a[k] * b[k];
        return s;
    }

    /** The non-zero 3×3 blocks of a dense Hessian, row by row. */
    private static final class BlockSparse {
        final int atoms;
        final int[] start, column;
        final double[] blocks;
        final double scale;

        private BlockSparse(int atoms, int[] start, int[] column, double[] blocks, double scale) {
            this.atoms = atoms; this.start = start; this.column = column; this.blocks = blocks; this.scale = scale;
        }

        double scale() { return scale; }

        static BlockSparse of(double[] h, int n3) {
            int atoms = n3 / 3;
            int[] start = new int[atoms + 1];
            java.util.List<Integer> cols = new java.util.ArrayList<>();
            java.util.List<double[]> data = new java.util.ArrayList<>();
            double scale = 0;
            for (int i = 0; i < atoms; i++) {
                for (int j = 0; j < atoms; j++) {
                    boolean nonzero = false;
                    for (int a = 0; a < 3 && !nonzero; a++)
                        for (int b = 0; b < 3; b++) if (h[(3 * i + a) * n3 + 3 * j + b] != 0) { nonzero = true; break; }
                    if (!nonzero) continue;
                    double[] blk = new double[9];
                    for (int a = 0; a < 3; a++) for (int b = 0; b < 3; b++) {
                        blk[3 * a + b] = h[(3 * i + a) * n3 + 3 * j + b];
                        scale = Math.max(scale, Math.abs(blk[3 * a + b]));
                    }
                    cols.add(j);
                    data.add(blk);
                }
                start[i + 1] = cols.size();
            }
            int[] column = new int[cols.size()];
            double[] blocks = new double[9 * cols.size()];
            for (int k = 0; k < column.length; k++) { column[k] = cols.get(k); System.arraycopy(data.get(k), 0, blocks, 9 * k, 9); }
            return new BlockSparse(atoms, start, column, blocks, scale);
        }

        void multiply(double[] v, double[] out) {
            for (int i = 0; i < atoms; i++) {
                double o0 = 0, o1 = 0, o2 = 0;
                for (int k = start[i]; k < start[i + 1]; k++) {
                    int j = 3 * column[k], q = 9 * k;
                    double v0 = v[j], v1 = v[j + 1], v2 = v[j + 2];
                    o0 += blocks[q] * v0 + blocks[q + 1] * v1 + blocks[q + 2] * v2;
                    o1 += blocks[q + 3] * v0 + blocks[q + 4] * v1 + blocks[q + 5] * v2;
                    o2 += blocks[q + 6] * v0 + blocks[q + 7] * v1 + blocks[q + 8] * v2;
                }
                out[3 * i] = o0; out[3 * i + 1] = o1; out[3 * i + 2] = o2;
            }
        }
    }
}
