package dev.curvature.testing.vib;

import dev.curvature.structure.Bond;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import java.util.ArrayList;
import java.util.List;

/**
 * Ideal-geometry test molecules and matching {@link HarmonicValenceModel}s (stationary at the
 * geometry by construction). Geometries are textbook-like, not fitted to anything.
 */
public final class VibTestMolecules {
    private VibTestMolecules() {}

    /** A structure plus a potential that is stationary at its positions. */
    public record Case(Structure structure, HarmonicValenceModel model) {
        /** The same molecule rigidly moved: positions R·x + t, model re-referenced there. */
        public Case moved(double[] rotation3x3, double[] shift) {
            double[] x = Geometry.transform(structure.positions(), rotation3x3, shift);
            return new Case(structure.withPositions(x), model); // reference values are rigid-motion invariant
        }
    }

    static Structure structure(String name, String[] symbols, double[] x, int[][] bonds) {
        Element[] el = new Element[symbols.length];
        for (int i = 0; i < el.length; i++) el[i] = Element.of(symbols[i]);
        List<Bond> b = new ArrayList<>();
        for (int[] p : bonds) b.add(new Bond(p[0], p[1], 1));
        return Structure.of(name, el, x, new int[el.length], b);
    }

    public static final double K_BOND = 700, K_ANGLE = 100, K_VOLUME = 30;

    public static Case water() {
        double r = 0.9572, th = Math.toRadians(104.52);
        double[] x = {0, 0, 0, r * Math.sin(th / 2), 0, r * Math.cos(th / 2), -r * Math.sin(th / 2), 0, r * Math.cos(th / 2)};
        HarmonicValenceModel m = new HarmonicValenceModel(3).bond(0, 1, K_BOND).bond(0, 2, K_BOND).angle(1, 0, 2, K_ANGLE, x);
        return new Case(structure("water", new String[] {"O", "H", "H"}, x, new int[][] {{0, 1}, {0, 2}}), m.referenceAt(x));
    }

    public static Case ammonia() {
        double r = 1.012, th = Math.toRadians(106.67);
        double hh = 2 * r * Math.sin(th / 2), rho = hh / Math.sqrt(3), h = Math.sqrt(r * r - rho * rho);
        double[] x = new double[12];
        x[2] = h;
        for (int i = 0; i < 3; i++) {
            x[3 + 3 * i] = rho * Math.cos(2 * Math.PI * i / 3);
            x[4 + 3 * i] = rho * Math.sin(2 * Math.PI * i / 3);
        }
        HarmonicValenceModel m = new HarmonicValenceModel(4);
        for (int i = 1; i <= 3; i++) m.bond(0, i, K_BOND);
        m.angle(1, 0, 2, K_ANGLE, x).angle(1, 0, 3, K_ANGLE, x).angle(2, 0, 3, K_ANGLE, x);
        return new Case(structure("ammonia", new String[] {"N", "H", "H", "H"}, x, new int[][] {{0, 1}, {0, 2}, {0, 3}}), m.referenceAt(x));
    }

    /** Planar NH3 with a negative out-of-plane constant: one imaginary mode (the umbrella). */
    public static Case planarAmmoniaSaddle() {
        double r = 1.0;
        double[] x = new double[12];
        for (int i = 0; i < 3; i++) {
            x[3 + 3 * i] = r * Math.cos(2 * Math.PI * i / 3);
            x[4 + 3 * i] = r * Math.sin(2 * Math.PI * i / 3);
        }
        HarmonicValenceModel m = new HarmonicValenceModel(4);
        for (int i = 1; i <= 3; i++) m.bond(0, i, K_BOND);
        m.angle(1, 0, 2, K_ANGLE, x).angle(1, 0, 3, K_ANGLE, x).angle(2, 0, 3, K_ANGLE, x).volume(0, 1, 2, 3, -K_VOLUME);
        return new Case(structure("planar ammonia", new String[] {"N", "H", "H", "H"}, x, new int[][] {{0, 1}, {0, 2}, {0, 3}}), m.referenceAt(x));
    }

    public static Case methane() {
        double s = 1.087 / Math.sqrt(3);
        double[] x = {0, 0, 0, s, s, s, s, -s, -s, -s, s, -s, -s, -s, s};
        HarmonicValenceModel m = new HarmonicValenceModel(5);
        for (int i = 1; i <= 4; i++) m.bond(0, i, K_BOND);
        for (int i = 1; i <= 4; i++)
            for (int j = i + 1; j <= 4; j++) m.angle(i, 0, j, K_ANGLE, x);
        return new Case(structure("methane", new String[] {"C", "H", "H", "H", "H"}, x, new int[][] {{0, 1}, {0, 2}, {0, 3}, {0, 4}}), m.referenceAt(x));
    }

    public static Case carbonDioxide() {
        double r = 1.16;
        double[] x = {0, 0, 0, 0, 0, r, 0, 0, -r};
        HarmonicValenceModel m = new HarmonicValenceModel(3).bond(0, 1, 2 * K_BOND).bond(0, 2, 2 * K_BOND).angle(1, 0, 2, K_ANGLE, x);
        return new Case(structure("carbon dioxide", new String[] {"C", "O", "O"}, x, new int[][] {{0, 1}, {0, 2}}), m.referenceAt(x));
    }

    public static Case hydrogenChloride() {
        double[] x = {0, 0, 0, 0.3, -0.4, 1.2746 * 0.8660254037844386};
        // any direction: put the bond off-axis on purpose
        double len = Math.sqrt(0.09 + 0.16 + x[5] * x[5]);
        for (int i = 3; i < 6; i++) x[i] *= 1.2746 / len;
        HarmonicValenceModel m = new HarmonicValenceModel(2).bond(0, 1, 470);
        return new Case(structure("hydrogen chloride", new String[] {"H", "Cl"}, x, new int[][] {{0, 1}}), m.referenceAt(x));
    }

    public static Case argon() {
        double[] x = {0.1, 0.2, 0.3};
        return new Case(structure("argon", new String[] {"Ar"}, x, new int[0][]), new HarmonicValenceModel(1).referenceAt(x));
    }

    /** D6h benzene: atoms 0–5 carbons, 6–11 hydrogens (H i on C i). */
    public static Case benzene() {
        double rc = 1.39, rh = 1.39 + 1.09;
        double[] x = new double[36];
        for (int i = 0; i < 6; i++) {
            double phi = Math.PI / 3 * i;
            x[3 * i] = rc * Math.cos(phi);
            x[3 * i + 1] = rc * Math.sin(phi);
            x[3 * (i + 6)] = rh * Math.cos(phi);
            x[3 * (i + 6) + 1] = rh * Math.sin(phi);
        }
        HarmonicValenceModel m = new HarmonicValenceModel(12);
        int[][] bonds = new int[12][];
        for (int i = 0; i < 6; i++) {
            int next = (i + 1) % 6, prev = (i + 5) % 6;
            m.bond(i, next, K_BOND).bond(i, i + 6, K_BOND);
            // weak H···H springs couple neighbouring C–H stretches, so that their symmetry
            // combinations split clearly instead of being accidentally near-degenerate
            m.bond(i + 6, next + 6, 50);
            bonds[2 * i] = new int[] {i, next};
            bonds[2 * i + 1] = new int[] {i, i + 6};
            m.angle(prev, i, next, K_ANGLE, x).angle(i + 6, i, next, K_ANGLE, x).angle(i + 6, i, prev, K_ANGLE, x);
            m.volume(i, prev, next, i + 6, K_VOLUME);
            m.volume(i, next, (i + 2) % 6, (i + 3) % 6, K_VOLUME);
            m.volume(i + 6, i, next, next + 6, K_VOLUME);
        }
        String[] sym = new String[12];
        for (int i = 0; i < 12; i++) sym[i] = i < 6 ? "C" : "H";
        return new Case(structure("benzene", sym, x, bonds), m.referenceAt(x));
    }
}
