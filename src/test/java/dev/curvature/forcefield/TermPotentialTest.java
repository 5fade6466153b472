package dev.curvature.forcefield;

import dev.curvature.forcefield.geometry.Accumulate;
import dev.curvature.linalg.InternalCoordinates;
import dev.curvature.model.FiniteDifferenceModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TermPotentialTest {

    /** Harmonic bond ½k(r − r0)². */
    private record Bond(int i, int j, double k, double r0) implements Term {
        @Override public String name() { return "bond"; }

        @Override
        public double accumulate(double[] x, double[] g, double[] h) {
            double[] gl = new double[6], hl = h == null ? null : new double[36];
            double r = InternalCoordinates.distance(x, i, j, gl, hl);
            double dr = r - r0;
            int[] atoms = {i, j};
            if (g != null) Accumulate.gradient(g, atoms, gl, k * dr);
            if (h != null) {
                Accumulate.hessian(h, x.length, atoms, hl, k * dr);
                Accumulate.selfOuter(h, x.length, atoms, gl, k);
            }
            return 0.5 * k * dr * dr;
        }
    }

    /** Torsion V(1 + cos 2φ). */
    private record Torsion(int a, int b, int c, int d, double v) implements Term {
        @Override public String name() { return "torsion"; }

        @Override
        public double accumulate(double[] x, double[] g, double[] h) {
            double[] gl = new double[12], hl = h == null ? null : new double[144];
            double phi = InternalCoordinates.dihedral(x, a, b, c, d, gl, hl);
            int[] atoms = {a, b, c, d};
            if (g != null) Accumulate.gradient(g, atoms, gl, -2 * v * Math.sin(2 * phi));
            if (h != null) {
                Accumulate.hessian(h, x.length, atoms, hl, -2 * v * Math.sin(2 * phi));
                Accumulate.selfOuter(h, x.length, atoms, gl, -4 * v * Math.cos(2 * phi));
            }
            return v * (1 + Math.cos(2 * phi));
        }
    }

    private static final double[] X = {
            0.1, 0.0, -0.2,
            1.5, 0.1, 0.0,
            2.0, 1.4, 0.2,
            3.4, 1.6, -0.6,
            -0.5, -0.9, 0.4};

    private static TermPotential potential() {
        return new TermPotential("test", 5, List.of(
                new Bond(0, 1, 600, 1.45), new Torsion(0, 1, 2, 3, 1.7), new Bond(1, 2, 500, 1.5),
                new Torsion(4, 0, 1, 2, 0.4)));
    }

    @Test
    void sumsTermsAndGroupsEnergiesByNameInFirstSeenOrder() {
        TermPotential p = potential();
        double bonds = new Bond(0, 1, 600, 1.45).accumulate(X, null, null) + new Bond(1, 2, 500, 1.5).accumulate(X, null, null);
        double torsions = new Torsion(0, 1, 2, 3, 1.7).accumulate(X, null, null) + new Torsion(4, 0, 1, 2, 0.4).accumulate(X, null, null);
        assertEquals(bonds + torsions, p.energy(X), 1e-12);
        Map<String, Double> terms = p.energyTerms(X);
        assertEquals(List.of("bond", "torsion"), List.copyOf(terms.keySet()));
        assertEquals(bonds, terms.get("bond"), 1e-12);
        assertEquals(torsions, terms.get("torsion"), 1e-12);
        assertEquals("test", p.modelName());
        assertEquals(5, p.atomCount());
    }

    @Test
    void overwritesOutputsAndMatchesFiniteDifferences() {
        TermPotential p = potential();
        int n3 = X.length;
        double[] g = new double[n3], h = new double[n3 * n3];
        java.util.Arrays.fill(g, 99);
        java.util.Arrays.fill(h, 99);
        double e = p.evaluate(X, g, h);
        assertEquals(p.energy(X), e, 0.0);
        double[] g2 = new double[n3];
        p.evaluate(X, g2, null);
        assertArrayEquals(g2, g, 0.0);
        double step = 1e-5;
        double[] xp = X.clone();
        for (int i = 0; i < n3; i++) {
            xp[i] = X[i] + step;
            double ep = p.energy(xp);
            xp[i] = X[i] - step;
            double em = p.energy(xp);
            xp[i] = X[i];
            assertEquals((ep - em) / (2 * step), g[i], 1e-5, "gradient " + i);
        }
        double[] hfd = new double[n3 * n3];
        FiniteDifferenceModel.hessianByDifferences(p, X, 1e-5, hfd);
        for (int i = 0; i < n3 * n3; i++) assertEquals(hfd[i], h[i], 1e-4, "Hessian " + i);
    }

    @Test
    void rejectsWrongArrayLengths() {
        TermPotential p = potential();
        assertThrows(IllegalArgumentException.class, () -> p.energy(new double[12]));
        assertThrows(IllegalArgumentException.class, () -> p.evaluate(X, new double[14], null));
        assertThrows(IllegalArgumentException.class, () -> p.evaluate(X, null, new double[15]));
    }

    @Test
    void typedTermPotentialKeepsItsOwnCopyOfOneLabelPerAtom() {
        String[] labels = {"C_3", "H_"};
        TypedTermPotential p = new TypedTermPotential("test", 2, List.of(new Bond(0, 1, 700, 1.09)), labels);
        labels[0] = "changed";
        assertArrayEquals(new String[] {"C_3", "H_"}, p.atomTypeLabels());
        p.atomTypeLabels()[1] = "changed";
        assertArrayEquals(new String[] {"C_3", "H_"}, p.atomTypeLabels());
        assertEquals(0.5 * 700 * 0.01 * 0.01, p.evaluate(new double[] {0, 0, 0, 1.1, 0, 0}, null, null), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new TypedTermPotential("test", 2, List.of(), new String[] {"C_3"}));
        assertThrows(IllegalArgumentException.class, () -> new TypedTermPotential("test", 2, List.of(), new String[] {"C_3", null}));
    }
}
