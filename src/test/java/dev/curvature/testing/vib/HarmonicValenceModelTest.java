package dev.curvature.testing.vib;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The test potential itself must be right before it can test anything. */
class HarmonicValenceModelTest {

    @Test
    void derivativesMatchFiniteDifferencesAwayFromTheReference() {
        Random rnd = new Random(11);
        for (VibTestMolecules.Case c : List.of(VibTestMolecules.water(), VibTestMolecules.carbonDioxide(), VibTestMolecules.benzene(),
                VibTestMolecules.planarAmmoniaSaddle(), VibTestMolecules.methane())) {
            double[] x = c.structure().positions();
            for (int i = 0; i < x.length; i++) x[i] += 0.05 * rnd.nextGaussian();
            int n3 = x.length;
            double[] g = new double[n3], h = new double[n3 * n3];
            c.model().evaluate(x, g, h);
            double step = 1e-5;
            for (int i = 0; i < n3; i++) {
                double[] xp = x.clone(), xm = x.clone();
                xp[i] += step;
                xm[i] -= step;
                double fd = (c.model().energy(xp) - c.model().energy(xm)) / (2 * step);
                assertEquals(fd, g[i], 1e-5, c.structure().name() + " gradient " + i);
                double[] gp = new double[n3], gm = new double[n3];
                c.model().evaluate(xp, gp, null);
                c.model().evaluate(xm, gm, null);
                for (int j = 0; j < n3; j++)
                    assertEquals((gp[j] - gm[j]) / (2 * step), h[i * n3 + j], 1e-4, c.structure().name() + " Hessian " + i + "," + j);
            }
            for (int i = 0; i < n3; i++)
                for (int j = 0; j < n3; j++) assertEquals(h[i * n3 + j], h[j * n3 + i], 1e-9, "symmetric");
        }
    }

    @Test
    void referenceGeometryIsStationary() {
        for (VibTestMolecules.Case c : List.of(VibTestMolecules.water(), VibTestMolecules.ammonia(), VibTestMolecules.carbonDioxide(),
                VibTestMolecules.benzene(), VibTestMolecules.methane(), VibTestMolecules.hydrogenChloride(), VibTestMolecules.planarAmmoniaSaddle())) {
            double[] x = c.structure().positions();
            double[] g = new double[x.length];
            double e = c.model().evaluate(x, g, null);
            assertEquals(0, e, 1e-10, c.structure().name());
            for (double gi : g) assertEquals(0, gi, 1e-9, c.structure().name() + " gradient");
        }
    }
}
