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

    /**
     * One-centre limit in closed form, derived independently of the code's route: with P_b the radial
     * density of b and V_a(s) = [1 − e^(-α_a s) Σ_{k<m_a} (1 − k/m_a)(α_a s)^k/k!]/s,
     * ∫ P_b V_a ds = α_b^(m_b+1)/m_b! [(m_b−1)!/α_b^(m_b) − Σ_k c_k α_a^k (m_b−1+k)!/(α_a+α_b)^(m_b+k)].
     */
    @Test
    void oneCentreLimitMatchesClosedFormForAllShells() {
        int[][] shells = {{1, 1}, {2, 3}, {3, 3}, {5, 5}, {6, 6}, {1, 6}, {4, 2}};
        double[][] zetas = {{1.0698, 1.0698}, {0.9745, 0.869}, {0.9154, 0.9154}, {1.0726, 1.0726}, {0.5663, 0.5663}, {1.0698, 0.5663}, {1.0253, 0.8563}};
        for (int p = 0; p < shells.length; p++) {
            int mA = 2 * shells[p][0], mB = 2 * shells[p][1];
            double aA = 2 * zetas[p][0], aB = 2 * zetas[p][1];
            double sum = factorial(mB - 1) / Math.pow(aB, mB);
            for (int k = 0; k < mA; k++)
                sum -= (1 - (double) k / mA) / factorial(k) * Math.pow(aA, k) * factorial(mB - 1 + k) / Math.pow(aA + aB, mB + k);
            double exact = Math.pow(aB, mB + 1) / factorial(mB) * sum;
            double r = 1e-5;
            assertEquals(exact, SlaterCoulomb.integral(shells[p][0], zetas[p][0], shells[p][1], zetas[p][1], r, null), 1e-8, "pair " + p);
        }
    }

    /**
     * Finite R by brute force: J = ∫ P_b(s) (1/(2sR)) ∫_{|R−s|}^{R+s} W_a(t) dt ds with both integrals
     * done numerically (composite Gauss–Legendre on fixed fine grids), i.e. without the code's
     * closed-form antiderivative, adaptive panels or far-field shortcut.
     */
    @Test
    void finiteDistanceMatchesBruteForceQuadrature() {
        int[][] shells = {{2, 3}, {1, 5}, {3, 6}, {2, 2}};
        double[][] zetas = {{0.9745, 0.869}, {1.0698, 1.0726}, {0.9154, 0.5663}, {0.8563, 0.9089}};
        for (int p = 0; p < shells.length; p++)
            for (double r : new double[] {0.8, 2.0, 4.5}) {
                int mA = 2 * shells[p][0], mB = 2 * shells[p][1];
                double aA = 2 * zetas[p][0], aB = 2 * zetas[p][1];
                double sMax = (mB + 60.0) / aB;
                double brute = gaussLegendre(0, sMax, 400, s -> {
                    double pB = Math.pow(aB, mB + 1) * Math.pow(s, mB) * Math.exp(-aB * s) / factorial(mB);
                    double inner = gaussLegendre(Math.abs(r - s), r + s, 8, t -> {
                        double x = aA * t, term = 1, sum = 0;
                        for (int k = 0; k < mA; k++) { sum += (1 - (double) k / mA) * term; term *= x / (k + 1); }
                        return 1 - Math.exp(-x) * sum;
                    });
                    return pB * inner / (2 * s * r);
                });
                assertEquals(brute, SlaterCoulomb.integral(shells[p][0], zetas[p][0], shells[p][1], zetas[p][1], r, null), 1e-11,
                        "pair " + p + " R " + r);
            }
    }

    private static double gaussLegendre(double a, double b, int panels, java.util.function.DoubleUnaryOperator f) {
        // 10-point Gauss–Legendre nodes/weights on [-1, 1] (Abramowitz & Stegun 25.4.30).
        double[] x = {0.1488743389816312, 0.4333953941292472, 0.6794095682990244, 0.8650633666889845, 0.9739065285171717};
        double[] w = {0.2955242247147529, 0.2692667193099963, 0.2190863625159820, 0.1494513491505806, 0.0666713443086881};
        double h = (b - a) / panels, total = 0;
        for (int p = 0; p < panels; p++) {
            double mid = a + (p + 0.5) * h;
            for (int k = 0; k < 5; k++)
                total += w[k] * (f.applyAsDouble(mid + 0.5 * h * x[k]) + f.applyAsDouble(mid - 0.5 * h * x[k]));
        }
        return total * 0.5 * h;
    }

    private static double factorial(int n) {
        double f = 1;
        for (int k = 2; k <= n; k++) f *= k;
        return f;
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
