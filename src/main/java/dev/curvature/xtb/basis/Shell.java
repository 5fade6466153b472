package dev.curvature.xtb.basis;

/**
 * A contracted shell of real spherical Gaussians (1 s, 3 p, 5 d functions), each normalized.
 * The functions are built from Cartesian monomials x^i y^j z^k exp(-α r²): {@link #cartesian}
 * lists the monomials, {@link #transform} (functions × monomials) the combinations; the primitive
 * coefficients {@link #coefficients} include the radial normalization of each primitive and the
 * rows of {@link #transform} make every function normalized as a whole.
 */
public final class Shell {
    /** Cartesian exponents per angular momentum, ordered x, y, z / xx, yy, zz, xy, xz, yz. */
    static final int[][][] CARTESIAN = {
            {{0, 0, 0}},
            {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
            {{2, 0, 0}, {0, 2, 0}, {0, 0, 2}, {1, 1, 0}, {1, 0, 1}, {0, 1, 1}}};
    /** Unnormalized real solid harmonics in terms of the Cartesian monomials above. */
    private static final double[][][] SOLID = {
            {{1}},
            {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
            {{-1, -1, 2, 0, 0, 0}, {0, 0, 0, 0, 1, 0}, {0, 0, 0, 0, 0, 1}, {1, -1, 0, 0, 0, 0}, {0, 0, 0, 1, 0, 0}}};

    public final int l;
    public final double[] exponents;
    public final double[] coefficients;
    public final int[][] cartesian;
    public final double[][] transform;

    public Shell(int l, double[] exponents, double[] unitCoefficients) {
        if (l > 2) throw new IllegalArgumentException("shells up to d only");
        this.l = l;
        this.exponents = exponents.clone();
        this.coefficients = new double[exponents.length];
        double dfact = l == 2 ? 3 : 1; // (2l-1)!!
        for (int k = 0; k < exponents.length; k++) {
            double a = exponents[k];
            coefficients[k] = unitCoefficients[k] * Math.pow(2 * a / Math.PI, 0.75) * Math.pow(4 * a, 0.5 * l) / Math.sqrt(dfact);
        }
        this.cartesian = CARTESIAN[l];
        double[][] t = new double[2 * l + 1][];
        for (int m = 0; m < t.length; m++) t[m] = SOLID[l][m].clone();
        this.transform = t;
        // normalize each function by its self-overlap (same centre)
        double[] s = new double[t.length * t.length];
        ShellIntegrals.overlapOnly(this, new double[3], this, new double[3], s);
        for (int m = 0; m < t.length; m++) {
            double norm = 1 / Math.sqrt(s[m * t.length + m]);
            for (int c = 0; c < t[m].length; c++) t[m][c] *= norm;
        }
    }

    /** Number of spherical functions, 2l + 1. */
    public int size() { return 2 * l + 1; }

    /** STO-ng expansion of an n,l Slater function with exponent zeta. */
    public static Shell slater(int ng, int n, int l, double zeta) {
        double[][] e = StoNg.expand(ng, n, l, zeta);
        return new Shell(l, e[0], e[1]);
    }
}
