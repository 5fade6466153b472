package dev.curvature.potential;

import dev.curvature.structure.Cell;

import java.util.Random;

/** Small test crystals: diamond and fcc conventional cells, optionally rattled and sheared. */
public final class Crystals {
    private Crystals() {}

    private static final double[][] DIAMOND = {{0, 0, 0}, {0, .5, .5}, {.5, 0, .5}, {.5, .5, 0},
            {.25, .25, .25}, {.25, .75, .75}, {.75, .25, .75}, {.75, .75, .25}};
    private static final double[][] FCC = {{0, 0, 0}, {0, .5, .5}, {.5, 0, .5}, {.5, .5, 0}};

    public static Cell cubic(double a) { return new Cell(new double[][]{{a, 0, 0}, {0, a, 0}, {0, 0, a}}); }

    public static double[] diamond(double a) { return place(DIAMOND, cubic(a)); }

    public static double[] fcc(double a) { return place(FCC, cubic(a)); }

    /** Fractional sites → Cartesian in this cell. */
    public static double[] place(double[][] frac, Cell cell) {
        double[][] v = cell.vectorsAngstrom();
        double[] x = new double[3 * frac.length];
        for (int i = 0; i < frac.length; i++)
            for (int c = 0; c < 3; c++) x[3 * i + c] = frac[i][0] * v[0][c] + frac[i][1] * v[1][c] + frac[i][2] * v[2][c];
        return x;
    }

    /** A skewed (triclinic) version of a cubic cell: b and c tilted. */
    public static Cell skewed(double a) {
        return new Cell(new double[][]{{a, 0, 0}, {0.07 * a, 0.98 * a, 0}, {-0.05 * a, 0.04 * a, 1.02 * a}});
    }

    /** Positions displaced by uniform random amounts in [−amp, amp] (seeded). */
    public static double[] rattle(double[] x, double amp, long seed) {
        Random rnd = new Random(seed);
        double[] y = x.clone();
        for (int k = 0; k < y.length; k++) y[k] += amp * (2 * rnd.nextDouble() - 1);
        return y;
    }

    /** A supercell n×n×n of a cell with these fractional sites, as Cartesian positions. */
    public static double[] supercell(double[][] frac, double a, int n) {
        double[][] f = new double[frac.length * n * n * n][];
        int k = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                for (int l = 0; l < n; l++)
                    for (double[] s : frac) f[k++] = new double[]{(s[0] + i) / n, (s[1] + j) / n, (s[2] + l) / n};
        return place(f, cubic(a * n));
    }

    public static double[][] diamondSites() { return DIAMOND; }
    public static double[][] fccSites() { return FCC; }
}
