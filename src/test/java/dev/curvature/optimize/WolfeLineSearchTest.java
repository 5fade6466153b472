package dev.curvature.optimize;

import dev.curvature.model.Potential;
import dev.curvature.testing.AnalyticSurfaces;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class WolfeLineSearchTest {

    @Test
    void cubicInterpolationIsExactForACubic() {
        // f(a) = a³ − 3a has its local minimum at a = 1
        double fa = 0, da = -3, fb = 8 - 6, db = 12 - 3;
        assertEquals(1.0, WolfeLineSearch.cubicMinimum(0, fa, da, 2, fb, db), 1e-12);
        // and for a quadratic (f = (a − 0.3)²) it finds the vertex
        assertEquals(0.3, WolfeLineSearch.cubicMinimum(0, 0.09, -0.6, 1, 0.49, 1.4), 1e-12);
        assertTrue(Double.isNaN(WolfeLineSearch.cubicMinimum(1, 0, 0, 1, 0, 0)));
    }

    @Test
    void returnedStepSatisfiesTheStrongWolfeConditions() {
        Potential p = AnalyticSurfaces.rosenbrock();
        CountingPotential counted = new CountingPotential(p);
        double[] x0 = {-1.2, 1.0, 1.0}, g0 = new double[3];
        double e0 = p.evaluate(x0, g0, null);
        double[] d = {-g0[0], -g0[1], -g0[2]};
        WolfeLineSearch search = new WolfeLineSearch(counted, 3);
        // a deliberately bad first guess (far too long) forces bracketing and zoom
        assertTrue(search.search(x0, e0, g0, d, 1.0, 10.0));
        double slope0 = Residuals.dot(g0, d), slope = Residuals.dot(search.g, d);
        assertTrue(search.energy <= e0 + WolfeLineSearch.C1 * search.alpha * slope0, "sufficient decrease");
        assertTrue(Math.abs(slope) <= WolfeLineSearch.C2 * Math.abs(slope0), "curvature condition");
        assertEquals(p.energy(search.x), search.energy, 0.0);
        for (int i = 0; i < 3; i++) assertEquals(x0[i] + search.alpha * d[i], search.x[i], 1e-12);
        assertTrue(counted.gradients <= WolfeLineSearch.MAX_EVALUATIONS);
    }

    @Test
    void anAscentDirectionIsRefused() {
        Potential p = AnalyticSurfaces.rosenbrock();
        double[] x0 = {-1.2, 1.0, 1.0}, g0 = new double[3];
        double e0 = p.evaluate(x0, g0, null);
        assertFalse(new WolfeLineSearch(new CountingPotential(p), 3).search(x0, e0, g0, g0.clone(), 1.0, 1.0));
    }
}
