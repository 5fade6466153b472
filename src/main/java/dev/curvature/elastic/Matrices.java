package dev.curvature.elastic;

/** Small dense matrix helpers for 6×6 tensors and 3×3 cells (row-major arrays). */
final class Matrices {
    private Matrices() {}

    /** Inverse of the n×n matrix by Gauss–Jordan with partial pivoting, or null if singular. */
    static double[] inverse(double[] a, int n) {
        double[] m = a.clone(), inv = new double[n * n];
        for (int i = 0; i < n; i++) inv[i * n + i] = 1;
        double scale = 0;
        for (double v : a) scale = Math.max(scale, Math.abs(v));
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int r = col + 1; r < n; r++) if (Math.abs(m[r * n + col]) > Math.abs(m[piv * n + col])) piv = r;
            if (!(Math.abs(m[piv * n + col]) > 1e-14 * scale)) return null;
            if (piv != col) { swapRows(m, n, piv, col); swapRows(inv, n, piv, col); }
            double d = m[col * n + col];
            for (int k = 0; k < n; k++) { m[col * n + k] /= d; inv[col * n + k] /= d; }
            for (int r = 0; r < n; r++) {
                if (r == col) continue;
                double f = m[r * n + col];
                if (f == 0) continue;
                for (int k = 0; k < n; k++) { m[r * n + k] -= f * m[col * n + k]; inv[r * n + k] -= f * inv[col * n + k]; }
            }
        }
        return inv;
    }

    private static void swapRows(double[] m, int n, int a, int b) {
        for (int k = 0; k < n; k++) { double t = m[a * n + k]; m[a * n + k] = m[b * n + k]; m[b * n + k] = t; }
    }
}
