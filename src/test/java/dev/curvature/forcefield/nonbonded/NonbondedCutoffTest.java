package dev.curvature.forcefield.nonbonded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The quintic switch: its values at the ends and middle, and its derivatives against differences. */
class NonbondedCutoffTest {

    @Test
    void switchIsOneBeforeZeroAfterAndHalfInTheMiddle() {
        NonbondedCutoff c = new NonbondedCutoff(8, 10);
        assertEquals(1.0, switched(c, 8.0)[0], 0);
        assertEquals(0.0, switched(c, 10.0)[0], 1e-15);
        assertEquals(0.5, switched(c, 9.0)[0], 1e-15);
        // E ≡ 1 isolates S: S' and S'' vanish at both ends, so the switched energy is C2 there
        assertEquals(0.0, switched(c, 8.0)[1], 0);
        assertEquals(0.0, switched(c, 10.0 - 1e-12)[1], 1e-9);
        assertEquals(0.0, switched(c, 10.0 - 1e-12)[2], 1e-9);
        assertEquals(0.0, switched(c, 8.0 + 1e-12)[2], 1e-9);
    }

    @Test
    void switchedDerivativesMatchFiniteDifferences() {
        NonbondedCutoff c = NonbondedCutoff.of(6);
        assertEquals(4.0, c.switchOnAngstrom(), 0);
        double h = 1e-5;
        for (double r = 4.05; r < 6; r += 0.17) {
            double[] e = pair(r, c);
            double dE = (pair(r + h, c)[0] - pair(r - h, c)[0]) / (2 * h);
            double d2E = (pair(r + h, c)[1] - pair(r - h, c)[1]) / (2 * h);
            assertEquals(dE, e[1], 1e-8, "dE/dr at " + r);
            assertEquals(d2E, e[2], 1e-7, "d²E/dr² at " + r);
        }
    }

    @Test
    void nonsenseCutoffsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> NonbondedCutoff.of(0));
        assertThrows(IllegalArgumentException.class, () -> NonbondedCutoff.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new NonbondedCutoff(10, 9));
    }

    /** A Coulomb-like test energy −3/r switched. */
    private static double[] pair(double r, NonbondedCutoff c) {
        double[] e = {-3 / r, 3 / (r * r), -6 / (r * r * r)};
        c.switchPair(r, e);
        return e;
    }

    private static double[] switched(NonbondedCutoff c, double r) {
        double[] e = {1, 0, 0};
        c.switchPair(r, e);
        return e;
    }
}
