package dev.curvature.testing;

import dev.curvature.structure.Bond;
import dev.curvature.structure.Cell;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;

import java.util.List;

/** Small ideal crystals for tests, built from their textbook definitions. */
public final class Crystals {
    private Crystals() {}

    /** Stillinger & Weber (1985) silicon in LAMMPS's Si.sw format (the parameters of Debian's file). */
    public static final String SI_SW = "Si Si Si 2.1683 2.0951 1.80 21.0 1.20 -0.333333333333\n 7.049556277 0.6022245584 4.0 0.0 0.0\n";

    /** Conventional fcc cell (4 atoms), cube edge a (Å). */
    public static Structure fcc(String symbol, double a) {
        double[] f = {0, 0, 0, 0, .5, .5, .5, 0, .5, .5, .5, 0};
        return fromFractional("fcc " + symbol, symbol, f, new double[][] {{a, 0, 0}, {0, a, 0}, {0, 0, a}});
    }

    /** Conventional diamond cell (8 atoms), cube edge a (Å). */
    public static Structure diamond(String symbol, double a) {
        double[] f = {0, 0, 0, 0, .5, .5, .5, 0, .5, .5, .5, 0,
                .25, .25, .25, .25, .75, .75, .75, .25, .75, .75, .75, .25};
        return fromFractional("diamond " + symbol, symbol, f, new double[][] {{a, 0, 0}, {0, a, 0}, {0, 0, a}});
    }

    /** Primitive fcc cell (1 atom): a/2 (0,1,1), (1,0,1), (1,1,0). */
    public static Structure fccPrimitive(String symbol, double a) {
        double h = a / 2;
        return fromFractional("fcc " + symbol, symbol, new double[] {0, 0, 0}, new double[][] {{0, h, h}, {h, 0, h}, {h, h, 0}});
    }

    /** hcp (2 atoms) with a along x, c along z. */
    public static Structure hcp(String symbol, double a, double c) {
        double[][] v = {{a, 0, 0}, {-a / 2, a * Math.sqrt(3) / 2, 0}, {0, 0, c}};
        return fromFractional("hcp " + symbol, symbol, new double[] {1.0 / 3, 2.0 / 3, 0.25, 2.0 / 3, 1.0 / 3, 0.75}, v);
    }

    public static Structure fromFractional(String name, String symbol, double[] f, double[][] cell) {
        int n = f.length / 3;
        double[] x = new double[3 * n];
        for (int i = 0; i < n; i++)
            for (int c = 0; c < 3; c++) x[3 * i + c] = f[3 * i] * cell[0][c] + f[3 * i + 1] * cell[1][c] + f[3 * i + 2] * cell[2][c];
        Element[] el = new Element[n];
        java.util.Arrays.fill(el, Element.of(symbol));
        return new Structure(name, el, x, new int[n], List.<Bond>of(), 0, new Cell(cell));
    }
}
