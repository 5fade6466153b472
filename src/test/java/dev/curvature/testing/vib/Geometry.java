package dev.curvature.testing.vib;

/** Rigid motions for invariance tests. */
public final class Geometry {
    private Geometry() {}

    /** Proper rotation matrix (row-major 3×3) about a unit axis by an angle (radians). */
    public static double[] rotation(double ax, double ay, double az, double angle) {
        double n = Math.sqrt(ax * ax + ay * ay + az * az);
        ax /= n; ay /= n; az /= n;
        double c = Math.cos(angle), s = Math.sin(angle), t = 1 - c;
        return new double[] {
            t * ax * ax + c, t * ax * ay - s * az, t * ax * az + s * ay,
            t * ax * ay + s * az, t * ay * ay + c, t * ay * az - s * ax,
            t * ax * az - s * ay, t * ay * az + s * ax, t * az * az + c};
    }

    /** x' = R x + t for every atom. */
    public static double[] transform(double[] x, double[] r, double[] t) {
        double[] y = new double[x.length];
        for (int a = 0; a < x.length / 3; a++)
            for (int i = 0; i < 3; i++)
                y[3 * a + i] = r[3 * i] * x[3 * a] + r[3 * i + 1] * x[3 * a + 1] + r[3 * i + 2] * x[3 * a + 2] + t[i];
        return y;
    }
}
