package dev.curvature.model;

/**
 * Strain derivatives of a potential that has no cell, from its Cartesian derivatives: with
 * y = (I + ε(η)) x + u every atom simply follows the strain, so (chain rule, the map being linear)
 * dE/dε_ab = Σ_i g_ia x_ib, ∂²E/∂η_v∂u = H·D_v and ∂²E/∂η_u∂η_v = D_uᵀ H D_v, where D_v is the
 * 3N displacement field E_v x of the unit Voigt strain v (engineering shears: E_yz = E_zy = ½).
 * Periodic potentials compute these themselves (image vectors strain too).
 */
public final class HomogeneousStrain {
    private HomogeneousStrain() {}

    /** Voigt index v → the Cartesian pair (a, b) it names: xx yy zz yz xz xy. */
    public static final int[][] VOIGT_PAIRS = {{0, 0}, {1, 1}, {2, 2}, {1, 2}, {0, 2}, {0, 1}};

    /** The 3×3 strain tensor (row-major) of a unit Voigt strain v, engineering shear convention. */
    public static double[] unitStrain(int v) {
        double[] e = new double[9];
        int a = VOIGT_PAIRS[v][0], b = VOIGT_PAIRS[v][1];
        if (a == b) e[3 * a + a] = 1.0;
        else { e[3 * a + b] = 0.5; e[3 * b + a] = 0.5; }
        return e;
    }

    /** D_v = E_v x for every atom: the displacement (Å per unit strain) of the Voigt strain v. */
    public static double[] displacementField(int v, double[] x) {
        double[] e = unitStrain(v);
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i += 3)
            for (int a = 0; a < 3; a++)
                d[i + a] = e[3 * a] * x[i] + e[3 * a + 1] * x[i + 1] + e[3 * a + 2] * x[i + 2];
        return d;
    }

    /** out[3a+b] = Σ_i g_ia x_ib (dE/dε_ab, energy unit). */
    public static void strainDerivative(double[] x, double[] gradient, double[] out) {
        java.util.Arrays.fill(out, 0.0);
        for (int i = 0; i < x.length; i += 3)
            for (int a = 0; a < 3; a++)
                for (int b = 0; b < 3; b++) out[3 * a + b] += gradient[i + a] * x[i + b];
    }

    /**
     * Fills the strain–position (6×3N) and/or strain–strain (6×6) blocks from the Hessian (either
     * output may be null).
     */
    public static void secondDerivatives(double[] x, double[] hessian, double[] strainPosition, double[] strainStrain) {
        int n3 = x.length;
        double[][] hd = new double[6][n3];
        double[][] d = new double[6][];
        for (int v = 0; v < 6; v++) {
            d[v] = displacementField(v, x);
            for (int r = 0; r < n3; r++) {
                double s = 0.0;
                int row = r * n3;
                for (int c = 0; c < n3; c++) s += hessian[row + c] * d[v][c];
                hd[v][r] = s;
            }
            if (strainPosition != null) System.arraycopy(hd[v], 0, strainPosition, v * n3, n3);
        }
        if (strainStrain != null)
            for (int u = 0; u < 6; u++)
                for (int v = 0; v < 6; v++) {
                    double s = 0.0;
                    for (int r = 0; r < n3; r++) s += d[u][r] * hd[v][r];
                    strainStrain[6 * u + v] = s;
                }
    }
}
