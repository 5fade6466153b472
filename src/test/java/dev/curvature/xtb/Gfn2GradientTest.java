package dev.curvature.xtb;

import dev.curvature.xtb.param.Gfn2Parameters;
import dev.curvature.xtb.scc.ChargeDependentDispersion;
import dev.curvature.xtb.scc.Gfn2Calculator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analytic GFN2-xTB gradient (H0 with CN, Mulliken response, second and third order,
 * multipole electrostatics and XC with CN-dependent radii, repulsion, and a charge-dependent
 * dispersion through the D4 seam) against central differences of the energy.
 */
class Gfn2GradientTest {

    /** A toy charge-dependent pair term standing in for D4, to exercise the seam self-consistently. */
    static final ChargeDependentDispersion TOY = (z, xyz, q, dEdq, grad) -> {
        int n = z.length;
        double e = 0;
        if (dEdq != null) java.util.Arrays.fill(dEdq, 0);
        for (int a = 0; a < n; a++)
            for (int b = 0; b < a; b++) {
                double r2 = 0;
                double[] d = new double[3];
                for (int k = 0; k < 3; k++) { d[k] = xyz[3 * a + k] - xyz[3 * b + k]; r2 += d[k] * d[k]; }
                double c = 1 + 0.3 * (q[a] + q[b]) + 0.2 * q[a] * q[b];
                double f = -10 / (r2 * r2 * r2 + 50);
                e += c * f;
                if (dEdq != null) { dEdq[a] += (0.3 + 0.2 * q[b]) * f; dEdq[b] += (0.3 + 0.2 * q[a]) * f; }
                if (grad != null) {
                    double dfdr2 = 10 * 3 * r2 * r2 / ((r2 * r2 * r2 + 50) * (r2 * r2 * r2 + 50));
                    for (int k = 0; k < 3; k++) { grad[3 * a + k] += c * dfdr2 * 2 * d[k]; grad[3 * b + k] -= c * dfdr2 * 2 * d[k]; }
                }
            }
        return e;
    };

    @Test
    void gradientMatchesDifferencesWithDShellsAndTheDispersionSeam() {
        check("dimethyl_sulfide", TOY);
    }

    @Test
    void gradientMatchesDifferencesOpenShellAndCharged() {
        check("hydroxyl_radical", null);
        check("ammonium", null);
    }

    private static void check(String name, ChargeDependentDispersion disp) {
        XtbFixture f = XtbFixture.load(name);
        Gfn2Calculator c = new Gfn2Calculator(Gfn2Parameters.bundled(), f.z(), disp).chargeTolerance(1e-11);
        double[] x = f.xyz().clone();
        x[0] += 0.05; x[4] -= 0.07; // break symmetry
        double[] g = c.compute(x, f.charge(), f.uhf(), true, null).gradient();
        double h = 1e-4, max = 0;
        for (int i = 0; i < Math.min(x.length, 12); i++) { // first four atoms: keeps the test to a few seconds
            double[] p = x.clone(), m = x.clone();
            p[i] += h;
            m[i] -= h;
            double fd = (c.compute(p, f.charge(), f.uhf(), false, null).total() - c.compute(m, f.charge(), f.uhf(), false, null).total()) / (2 * h);
            assertEquals(fd, g[i], 2e-7, name + " coordinate " + i);
            max = Math.max(max, Math.abs(g[i]));
        }
        assertTrue(max > 1e-3, "gradient should not vanish at a distorted geometry");
        double sx = 0;
        for (int a = 0; a < f.z().length; a++) sx += g[3 * a];
        assertEquals(0, sx, 1e-9, "translational invariance");
    }
}
