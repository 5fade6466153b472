package dev.curvature.linalg;

/**
 * The few 3-vector operations geometry code needs, on plain {@code double[3]} arrays (and on atom
 * positions stored interleaved x, y, z in one flat array). One place for them, so a sign or an
 * index is fixed once.
 */
public final class Vec3 {
    private Vec3() {}

    public static double dot(double[] a, double[] b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }

    public static double norm(double[] a) { return Math.sqrt(dot(a, a)); }

    public static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    /** a · (b × c): the signed volume of the parallelepiped spanned by a, b, c. */
    public static double triple(double[] a, double[] b, double[] c) {
        return a[0] * (b[1] * c[2] - b[2] * c[1]) + a[1] * (b[2] * c[0] - b[0] * c[2]) + a[2] * (b[0] * c[1] - b[1] * c[0]);
    }

    /** a / |a| (a new array); a must not be the zero vector. */
    public static double[] unit(double[] a) {
        double l = norm(a);
        return new double[] {a[0] / l, a[1] / l, a[2] / l};
    }

    /** Position of atom {@code to} minus that of atom {@code from}, in an interleaved 3N array. */
    public static double[] between(double[] x, int from, int to) {
        return new double[] {x[3 * to] - x[3 * from], x[3 * to + 1] - x[3 * from + 1], x[3 * to + 2] - x[3 * from + 2]};
    }
}
