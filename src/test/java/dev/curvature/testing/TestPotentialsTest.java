package dev.curvature.testing;

import dev.curvature.model.FiniteDifferenceModel;
import dev.curvature.model.Potential;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared test potentials must have correct derivatives, or every optimizer test is moot. */
class TestPotentialsTest {

    static double[] jitter(double[] x, double amplitude, long seed) {
        Random r = new Random(seed);
        double[] y = x.clone();
        for (int i = 0; i < y.length; i++) y[i] += amplitude * (2 * r.nextDouble() - 1);
        return y;
    }

    /** Central-difference checks: gradient vs energy (≤ 1e-5), Hessian vs gradient (≤ 1e-4), symmetry. */
    static void checkDerivatives(Potential p, double[] x) {
        int n = x.length;
        double[] g = new double[n], hess = new double[n * n];
        p.evaluate(x, g, hess);
        double h = 1e-5;
        for (int i = 0; i < n; i++) {
            double[] xp = x.clone(), xm = x.clone();
            xp[i] += h;
            xm[i] -= h;
            double fd = (p.energy(xp) - p.energy(xm)) / (2 * h);
            assertEquals(fd, g[i], 1e-5 * Math.max(1, Math.abs(g[i])), p.modelName() + " gradient " + i);
        }
        double[] fdHess = new double[n * n];
        FiniteDifferenceModel.hessianByDifferences(p, x, 1e-5, fdHess);
        for (int i = 0; i < n * n; i++) {
            assertEquals(fdHess[i], hess[i], 1e-4 * Math.max(1, Math.abs(hess[i])), p.modelName() + " hessian " + i);
            assertEquals(hess[i], hess[(i % n) * n + i / n], 1e-9 * Math.max(1, Math.abs(hess[i])), "symmetry");
        }
    }

    static double[] waterGeometry() { return new double[] {0, 0, 0.1, 0.75, 0, -0.45, -0.8, 0.05, -0.5}; }

    static double[] ammoniaGeometry() { return new double[] {0, 0, 0.3, 1.0, 0, -0.05, -0.5, 0.85, 0, -0.45, -0.9, 0.1}; }

    static double[] methaneGeometry() {
        return new double[] {0, 0, 0, 0.62, 0.63, 0.64, -0.63, -0.6, 0.62, -0.64, 0.62, -0.61, 0.6, -0.65, -0.6};
    }

    @Test
    void derivativesOfAllTestPotentialsMatchFiniteDifferences() {
        checkDerivatives(ValenceModel.water(true), jitter(waterGeometry(), 0.05, 1));
        checkDerivatives(ValenceModel.ammonia(), jitter(ammoniaGeometry(), 0.05, 2));
        checkDerivatives(ValenceModel.methane(), jitter(methaneGeometry(), 0.05, 3));
        checkDerivatives(ValenceModel.ethane(0.3), jitter(ValenceModel.ethaneGeometry(25), 0.05, 4));
        checkDerivatives(new ValenceModel(3).bond(0, 1, 800, 1.16).linearAngle(1, 0, 2, 40).build("linear"),
                jitter(new double[] {0, 0, 0, 1.1, 0.2, 0, -1.2, 0.1, 0.05}, 0.05, 6));
        checkDerivatives(ValenceModel.alkane(3, 0.3), jitter(ValenceModel.alkaneGeometry(3), 0.05, 10));
        LennardJonesCluster lj = new LennardJonesCluster(5);
        checkDerivatives(lj, lj.jitteredGrid(9));
        checkDerivatives(AnalyticSurfaces.mullerBrown(), new double[] {-0.3, 0.7, 0.1});
        checkDerivatives(AnalyticSurfaces.rosenbrock(), new double[] {-1.2, 1.0, 0.5});
    }

    @Test
    void valenceEnergiesAreInvariantUnderRigidMotion() {
        Potential p = ValenceModel.ethane(0.3);
        double[] x = jitter(ValenceModel.ethaneGeometry(25), 0.05, 5);
        double[] y = new double[x.length];
        double c = Math.cos(0.7), s = Math.sin(0.7);
        for (int a = 0; a < 8; a++) {
            y[3 * a] = c * x[3 * a] - s * x[3 * a + 2] + 1.5;
            y[3 * a + 1] = x[3 * a + 1] - 2.0;
            y[3 * a + 2] = s * x[3 * a] + c * x[3 * a + 2] + 0.25;
        }
        assertEquals(p.energy(x), p.energy(y), 1e-10);
    }

    @Test
    void ethaneReferenceGeometriesHaveTheirExactEnergies() {
        Potential p = ValenceModel.ethane(0.3);
        assertEquals(0.0, p.energy(ValenceModel.ethaneGeometry(60)), 1e-10);
        assertEquals(9 * 0.3, p.energy(ValenceModel.ethaneGeometry(0)), 1e-10);
        double[] g = new double[24];
        p.evaluate(ValenceModel.ethaneGeometry(0), g, null);
        for (double gi : g) assertTrue(Math.abs(gi) < 1e-10, "eclipsed ethane is stationary");
    }

    @Test
    void mullerBrownStationaryPointsHaveTheirLiteratureEnergies() {
        Potential p = AnalyticSurfaces.mullerBrown();
        for (double[][] set : new double[][][] {AnalyticSurfaces.MULLER_BROWN_MINIMA, AnalyticSurfaces.MULLER_BROWN_SADDLES})
            for (double[] s : set) assertEquals(s[2], p.energy(new double[] {s[0], s[1], 0}), 2e-5);
    }
}
