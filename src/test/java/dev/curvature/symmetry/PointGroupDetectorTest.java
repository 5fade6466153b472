package dev.curvature.symmetry;

import static org.junit.jupiter.api.Assertions.*;

import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import dev.curvature.testing.vib.Geometry;
import dev.curvature.testing.vib.SymmetryTestMolecules;
import dev.curvature.testing.vib.VibTestMolecules;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PointGroupDetectorTest {

    /** Detects the group of s and of s rigidly moved twice; all three must agree with the expectation. */
    static void assertGroup(String label, int sigma, Structure s) {
        double[][] rotations = {Geometry.rotation(0.2, 0.9, -0.4, 1.234), Geometry.rotation(-1, 0.1, 0.3, 4.0)};
        double[][] shifts = {{5.5, -2.25, 0.75}, {-30, 12, 7}};
        List<Structure> variants = new ArrayList<>(List.of(s));
        for (int k = 0; k < 2; k++) variants.add(s.withPositions(Geometry.transform(s.positions(), rotations[k], shifts[k])));
        for (Structure v : variants) {
            PointGroup g = PointGroupDetector.detect(v);
            assertEquals(label, g.schoenflies(), s.name());
            assertEquals(sigma, g.symmetryNumber(), s.name());
        }
    }

    @Test
    void commonMolecules() {
        assertGroup("C2v", 2, VibTestMolecules.water().structure());
        assertGroup("C3v", 3, VibTestMolecules.ammonia().structure());
        assertGroup("D3h", 6, VibTestMolecules.planarAmmoniaSaddle().structure());
        assertGroup("Td", 12, VibTestMolecules.methane().structure());
        assertGroup("Dinfh", 2, VibTestMolecules.carbonDioxide().structure());
        assertGroup("Cinfv", 1, VibTestMolecules.hydrogenChloride().structure());
        assertGroup("Cinfv", 1, SymmetryTestMolecules.hydrogenCyanide());
        assertGroup("D6h", 12, VibTestMolecules.benzene().structure());
        assertGroup("D3d", 6, SymmetryTestMolecules.ethane(true));
        assertGroup("D3h", 6, SymmetryTestMolecules.ethane(false));
        assertGroup("Oh", 24, SymmetryTestMolecules.sulfurHexafluoride());
        assertGroup("C2", 2, SymmetryTestMolecules.hydrogenPeroxide());
        assertGroup("C1", 1, SymmetryTestMolecules.bromochlorofluoromethane());
        assertGroup("Cs", 1, SymmetryTestMolecules.chlorofluoromethane());
        assertGroup("D2d", 4, SymmetryTestMolecules.allene());
        assertGroup("C2h", 2, SymmetryTestMolecules.transDichloroethylene());
        assertGroup("D2h", 4, SymmetryTestMolecules.ethylene());
        assertGroup("Ih", 60, SymmetryTestMolecules.dodecaborate());
        assertEquals(PointGroup.ATOM, PointGroupDetector.detect(VibTestMolecules.argon().structure()));
    }

    @Test
    void toleranceAcceptsSmallNoiseAndRejectsLargeDistortion() {
        Structure w = VibTestMolecules.water().structure();
        double[] x = w.positions();
        x[3] += 0.003; // 0.003 Å: within the default 0.01 Å
        assertEquals("C2v", PointGroupDetector.detect(w.withPositions(x)).schoenflies());
        x[3] += 0.05;  // one O–H bond now clearly longer: only the molecular plane survives
        assertEquals("Cs", PointGroupDetector.detect(w.withPositions(x)).schoenflies());
        assertEquals("C2v", new PointGroupDetector(0.1).pointGroup(w.withPositions(x)).schoenflies());
    }

    @Test
    void smallRandomNoiseKeepsTheGroup() {
        Random rnd = new Random(5);
        for (Object[] c : new Object[][] {
                {VibTestMolecules.benzene().structure(), "D6h"}, {VibTestMolecules.methane().structure(), "Td"},
                {SymmetryTestMolecules.sulfurHexafluoride(), "Oh"}, {SymmetryTestMolecules.ethane(true), "D3d"},
                {SymmetryTestMolecules.allene(), "D2d"}, {SymmetryTestMolecules.dodecaborate(), "Ih"}}) {
            Structure s = (Structure) c[0];
            double[] x = s.positions();
            for (int i = 0; i < x.length; i++) x[i] += 0.001 * rnd.nextGaussian(); // ~0.002 Å per atom
            assertEquals(c[1], PointGroupDetector.detect(s.withPositions(x)).schoenflies(), s.name());
        }
    }

    // ---- every group family, built as the orbit of random seed atoms under the group's generators

    static double[] rot(double[] axis, int n) { return rotation(axis, 2 * Math.PI / n); }

    static double[] rotation(double[] u, double angle) {
        double[] r = Geometry.rotation(u[0], u[1], u[2], angle);
        return r;
    }

    static double[] mirror(double[] u) {
        double l = Math.sqrt(u[0] * u[0] + u[1] * u[1] + u[2] * u[2]);
        double[] m = new double[9];
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++) m[3 * i + j] = (i == j ? 1 : 0) - 2 * u[i] * u[j] / (l * l);
        return m;
    }

    static double[] mul(double[] a, double[] b) { return CharacterTable.mul(a, b); }

    static final double[] Z = {0, 0, 1}, X = {1, 0, 0}, DIAG = {1, 1, 1};
    static final double[] INV = {-1, 0, 0, 0, -1, 0, 0, 0, -1};

    /** Orbit of seed atoms (C, N, O, ...) under the group generated by the given matrices. */
    static Structure orbit(String name, int seeds, long seed, double[]... generators) {
        Random rnd = new Random(seed);
        List<double[]> pts = new ArrayList<>();
        List<Element> el = new ArrayList<>();
        String[] symbols = {"C", "N", "O", "S"};
        for (int s = 0; s < seeds; s++) {
            double[] p0 = {rnd.nextDouble() * 2 - 1, rnd.nextDouble() * 2 - 1, rnd.nextDouble() * 2 - 1};
            for (int k = 0; k < 3; k++) p0[k] *= 1.5 + s;
            List<double[]> orbit = new ArrayList<>(List.of(p0));
            for (int i = 0; i < orbit.size(); i++)
                for (double[] g : generators) {
                    double[] p = orbit.get(i);
                    double[] q = {g[0] * p[0] + g[1] * p[1] + g[2] * p[2], g[3] * p[0] + g[4] * p[1] + g[5] * p[2], g[6] * p[0] + g[7] * p[1] + g[8] * p[2]};
                    boolean known = false;
                    for (double[] o : orbit) known |= Math.abs(o[0] - q[0]) + Math.abs(o[1] - q[1]) + Math.abs(o[2] - q[2]) < 1e-8;
                    if (!known) orbit.add(q);
                }
            pts.addAll(orbit);
            for (int i = 0; i < orbit.size(); i++) el.add(Element.of(symbols[s]));
        }
        double[] x = new double[3 * pts.size()];
        for (int i = 0; i < pts.size(); i++) System.arraycopy(pts.get(i), 0, x, 3 * i, 3);
        return Structure.of(name, el.toArray(new Element[0]), x, new int[el.size()], List.of());
    }

    @Test
    void everyFamilyFromGenerators() {
        long seed = 42;
        assertGroup("C1", 1, orbit("C1", 4, seed)); // three points would always be coplanar (Cs)
        assertGroup("Cs", 1, orbit("Cs", 3, seed, mirror(Z)));
        assertGroup("Ci", 1, orbit("Ci", 3, seed, INV));
        for (int n : new int[] {2, 3, 4, 5, 6}) {
            double[] cn = rot(Z, n), c2x = rot(X, 2);
            assertGroup("C" + n, n, orbit("C" + n, 3, seed, cn));
            assertGroup("C" + n + "v", n, orbit("C" + n + "v", 3, seed, cn, mirror(X)));
            assertGroup("C" + n + "h", n, orbit("C" + n + "h", 3, seed, cn, mirror(Z)));
            assertGroup("D" + n, 2 * n, orbit("D" + n, 3, seed, cn, c2x));
            assertGroup("D" + n + "h", 2 * n, orbit("D" + n + "h", 3, seed, cn, c2x, mirror(Z)));
            double a = Math.PI / (2 * n) + Math.PI / 2; // σd normal: plane bisects neighbouring C2' axes
            assertGroup("D" + n + "d", 2 * n, orbit("D" + n + "d", 3, seed, cn, c2x, mirror(new double[] {Math.cos(a), Math.sin(a), 0})));
        }
        for (int n : new int[] {2, 3, 4}) { // S4, S6, S8
            double[] s2n = mul(mirror(Z), rot(Z, 2 * n));
            assertGroup("S" + 2 * n, n, orbit("S" + 2 * n, 3, seed, s2n));
        }
        double[] c2 = rot(Z, 2), c3 = rot(DIAG, 3), c4 = rot(Z, 4);
        assertGroup("T", 12, orbit("T", 2, seed, c2, c3));
        assertGroup("Td", 12, orbit("Td", 2, seed, c2, c3, mirror(new double[] {1, -1, 0})));
        assertGroup("Th", 12, orbit("Th", 2, seed, c2, c3, INV));
        assertGroup("O", 24, orbit("O", 2, seed, c4, c3));
        assertGroup("Oh", 24, orbit("Oh", 2, seed, c4, c3, INV));
        double phi = (1 + Math.sqrt(5)) / 2;
        double[] c5 = rot(new double[] {0, 1, phi}, 5);
        assertGroup("I", 60, orbit("I", 1, seed, c2, c3, c5));
        assertGroup("Ih", 60, orbit("Ih", 1, seed, c2, c3, c5, INV));
    }
}
