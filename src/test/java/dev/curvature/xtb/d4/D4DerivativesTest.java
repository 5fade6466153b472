package dev.curvature.xtb.d4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Analytic gradient and dE/dq against central differences; translation and rotation invariance. */
class D4DerivativesTest {
    private static final D4Dispersion GFN2 = D4Dispersion.gfn2();

    private static XtbDispersionFixture molecule(String name) throws Exception {
        List<XtbDispersionFixture> all = XtbDispersionFixture.load();
        return all.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    /** Max |analytic − central difference| of the position gradient at fixed charges. */
    private static double gradientError(D4Dispersion d4, int[] z, double[] xyz, double[] q, double[] analytic) {
        double h = 1e-4, worst = 0;
        for (int k = 0; k < xyz.length; k++) {
            double[] plus = xyz.clone(), minus = xyz.clone();
            plus[k] += h;
            minus[k] -= h;
            double fd = (d4.at(z, plus).energy(q) - d4.at(z, minus).energy(q)) / (2 * h);
            worst = Math.max(worst, Math.abs(fd - analytic[k]));
        }
        return worst;
    }

    @Test
    void gradientMatchesFiniteDifferencesForChargedAndHeavyMolecules() throws Exception {
        for (String name : new String[] {"guanidinium", "acetate", "tetramethyltin", "caffeine", "titanium_tetrachloride"}) {
            XtbDispersionFixture m = molecule(name);
            D4Result r = GFN2.evaluate(m.atomicNumbers(), m.positionsBohr(), m.charges());
            double scale = 0;
            for (double g : r.gradient()) scale = Math.max(scale, Math.abs(g));
            double err = gradientError(GFN2, m.atomicNumbers(), m.positionsBohr(), m.charges(), r.gradient());
            assertTrue(scale > 1e-5, name + ": gradient too small to test (" + scale + ")");
            assertTrue(err < 1e-9, name + ": gradient FD error " + err + " Eh/bohr (max |g| " + scale + ")");
        }
    }

    @Test
    void threeBodyGradientAloneMatchesFiniteDifferences() throws Exception {
        // two-body switched off so the ATM term and its CN chain carry the whole gradient
        D4Parameters g = D4Parameters.GFN2;
        D4Dispersion atmOnly = new D4Dispersion(new D4Parameters(0, 0, g.a1(), g.a2(), g.s9(), g.atmExponent(),
                g.chargeHeight(), g.chargeSteepness(), g.weightingFactor(), g.cnCutoff(), g.pairCutoff(), g.tripleCutoff()));
        XtbDispersionFixture m = molecule("dimethyl_sulfoxide");
        D4Result r = atmOnly.evaluate(m.atomicNumbers(), m.positionsBohr(), m.charges());
        assertEquals(0, r.twoBodyEnergy(), 0);
        assertTrue(r.threeBodyEnergy() > 1e-6, "ATM energy " + r.threeBodyEnergy());
        double scale = 0;
        for (double x : r.gradient()) scale = Math.max(scale, Math.abs(x));
        double err = gradientError(atmOnly, m.atomicNumbers(), m.positionsBohr(), m.charges(), r.gradient());
        assertTrue(err < 1e-6 * scale + 1e-12, "ATM gradient FD error " + err + " vs max |g| " + scale);
    }

    @Test
    void compressedGeometryExercisesTheCoordinationNumberChain() throws Exception {
        // squeeze a molecule to 70 %: CNs move far from the references, weights change fast
        XtbDispersionFixture m = molecule("phosphoric_acid");
        double[] xyz = m.positionsBohr().clone();
        for (int k = 0; k < xyz.length; k++) xyz[k] *= 0.7;
        D4Result r = GFN2.evaluate(m.atomicNumbers(), xyz, m.charges());
        double err = gradientError(GFN2, m.atomicNumbers(), xyz, m.charges(), r.gradient());
        assertTrue(err < 1e-9, "gradient FD error " + err);
    }

    @Test
    void chargeDerivativeMatchesFiniteDifferences() throws Exception {
        for (String name : new String[] {"glycine_zwitterion", "hydroxide_water", "xenon_difluoride", "sulfate"}) {
            XtbDispersionFixture m = molecule(name);
            D4Geometry geo = GFN2.at(m.atomicNumbers(), m.positionsBohr());
            double[] q = m.charges();
            double[] dEdq = new double[q.length];
            double e = geo.energy(q, dEdq);
            D4Result r = geo.evaluate(q);
            assertEquals(r.energy(), e, 1e-15, name + ": energy(q) and evaluate(q) disagree");
            double h = 1e-5, scale = 0;
            for (int i = 0; i < q.length; i++) {
                double[] plus = q.clone(), minus = q.clone();
                plus[i] += h;
                minus[i] -= h;
                double fd = (geo.energy(plus) - geo.energy(minus)) / (2 * h);
                scale = Math.max(scale, Math.abs(fd));
                assertEquals(fd, dEdq[i], 1e-10, name + " atom " + (i + 1) + " dE/dq");
                assertEquals(dEdq[i], r.chargeDerivative()[i], 1e-15, name + " atom " + (i + 1));
            }
            assertTrue(scale > 1e-5, name + ": dE/dq too small to test (" + scale + ")");
        }
    }

    @Test
    void energyIsTranslationAndRotationInvariantAndGradientCarriesNoNetForceOrTorque() throws Exception {
        XtbDispersionFixture m = molecule("caffeine");
        int[] z = m.atomicNumbers();
        double[] xyz = m.positionsBohr(), q = m.charges();
        D4Result r = GFN2.evaluate(z, xyz, q);
        double[] moved = new double[xyz.length];
        // rotation by 0.7 rad about (1,2,3)/|.| then translation by (3,-2,5) bohr
        double[] axis = {1 / Math.sqrt(14), 2 / Math.sqrt(14), 3 / Math.sqrt(14)};
        double[][] rot = rotation(axis, 0.7);
        for (int i = 0; i < z.length; i++)
            for (int a = 0; a < 3; a++) {
                double s = 0;
                for (int b = 0; b < 3; b++) s += rot[a][b] * xyz[3 * i + b];
                moved[3 * i + a] = s + new double[] {3, -2, 5}[a];
            }
        D4Result r2 = GFN2.evaluate(z, moved, q);
        assertEquals(r.energy(), r2.energy(), 1e-14);
        double[] force = new double[3], torque = new double[3];
        for (int i = 0; i < z.length; i++) {
            for (int a = 0; a < 3; a++) {
                force[a] += r.gradient()[3 * i + a];
                double s = 0;
                for (int b = 0; b < 3; b++) s += rot[a][b] * r.gradient()[3 * i + b];
                assertEquals(s, r2.gradient()[3 * i + a], 1e-12, "rotated gradient atom " + (i + 1));
            }
            double x = xyz[3 * i], y = xyz[3 * i + 1], w = xyz[3 * i + 2];
            double gx = r.gradient()[3 * i], gy = r.gradient()[3 * i + 1], gz = r.gradient()[3 * i + 2];
            torque[0] += y * gz - w * gy;
            torque[1] += w * gx - x * gz;
            torque[2] += x * gy - y * gx;
        }
        for (int a = 0; a < 3; a++) {
            assertEquals(0, force[a], 1e-14, "net force");
            assertEquals(0, torque[a], 1e-13, "net torque");
        }
    }

    @Test
    void unsupportedElementIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GFN2.at(new int[] {1, 87}, new double[6]));
        assertTrue(e.getMessage().contains("87") && e.getMessage().contains("atom 2"), e.getMessage());
    }

    private static double[][] rotation(double[] u, double angle) {
        double c = Math.cos(angle), s = Math.sin(angle), t = 1 - c;
        return new double[][] {
                {c + u[0] * u[0] * t, u[0] * u[1] * t - u[2] * s, u[0] * u[2] * t + u[1] * s},
                {u[1] * u[0] * t + u[2] * s, c + u[1] * u[1] * t, u[1] * u[2] * t - u[0] * s},
                {u[2] * u[0] * t - u[1] * s, u[2] * u[1] * t + u[0] * s, c + u[2] * u[2] * t}};
    }
}
