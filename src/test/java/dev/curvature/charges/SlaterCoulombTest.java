package dev.curvature.charges;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlaterCoulombTest {

    /** Roothaan (J. Chem. Phys. 19, 1445 (1951)): [1s1s|1s1s] for equal exponents ζ, in hartree. */
    private static double oneSOneS(double zeta, double r) {
        return 1 / r - Math.exp(-2 * zeta * r) * (1 / r + 11 * zeta / 8 + 3 * zeta * zeta * r / 4 + zeta * zeta * zeta * r * r / 6);
    }

    @Test
    void matchesClosedFormForEqualOneSOrbitals() {
        for (double zeta : new double[] {0.7, 1.0698, 1.6}) {
            for (double r : new double[] {0.05, 0.3, 1.0, 1.4, 2.5, 5.0, 12.0}) {
                double exact = oneSOneS(zeta, r);
                assertEquals(exact, SlaterCoulomb.integral(1, zeta, 1, zeta, r, null), 1e-12 * Math.max(1, exact),
                        "zeta " + zeta + " R " + r);
            }
        }
    }

    @Test
    void selfRepulsionLimitsAtShortDistance() {
        // [1s1s|1s1s] at R -> 0 is 5ζ/8; [2s2s|2s2s] is 93ζ/256 (textbook one-centre Slater integrals F0).
        assertEquals(5 * 0.9 / 8, SlaterCoulomb.integral(1, 0.9, 1, 0.9, 1e-4, null), 1e-7);
        assertEquals(93 * 0.9 / 256, SlaterCoulomb.integral(2, 0.9, 2, 0.9, 1e-4, null), 1e-7);
    }

    @Test
    void symmetricInTheTwoCentresAndCoulombicFarAway() {
        int[][] shells = {{1, 2}, {2, 3}, {1, 5}, {3, 6}, {2, 2}};
        double[][] zetas = {{1.0698, 0.8563}, {0.9745, 0.869}, {1.0698, 1.0726}, {0.9154, 0.5663}, {0.4174, 0.9206}};
        for (int p = 0; p < shells.length; p++) {
            for (double r : new double[] {0.5, 1.5, 2.8, 4.0, 8.0}) {
                double ab = SlaterCoulomb.integral(shells[p][0], zetas[p][0], shells[p][1], zetas[p][1], r, null);
                double ba = SlaterCoulomb.integral(shells[p][1], zetas[p][1], shells[p][0], zetas[p][0], r, null);
                assertEquals(ab, ba, 1e-12, "pair " + p + " R " + r);
                assertEquals(true, ab < 1 / r, "shielded below 1/R");
            }
            assertEquals(1 / 60.0, SlaterCoulomb.integral(shells[p][0], zetas[p][0], shells[p][1], zetas[p][1], 60.0, null), 1e-14);
        }
    }

    @Test
    void derivativeMatchesFiniteDifference() {
        int[][] shells = {{1, 1}, {2, 3}, {1, 5}, {3, 6}};
        double[][] zetas = {{1.0698, 1.0698}, {0.9745, 0.869}, {1.0698, 1.0726}, {0.9154, 0.5663}};
        double[] d = new double[1];
        double h = 1e-4;
        for (int p = 0; p < shells.length; p++) {
            for (double r : new double[] {0.7, 1.9, 3.3, 6.0}) {
                SlaterCoulomb.integral(shells[p][0], zetas[p][0], shells[p][1], zetas[p][1], r, d);
                double fd = (SlaterCoulomb.integral(shells[p][0], zetas[p][0], shells[p][1], zetas[p][1], r + h, null)
                        - SlaterCoulomb.integral(shells[p][0], zetas[p][0], shells[p][1], zetas[p][1], r - h, null)) / (2 * h);
                assertEquals(fd, d[0], 1e-8, "pair " + p + " R " + r);
            }
        }
    }
}
