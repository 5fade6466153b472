package dev.curvature.forcefield.uff;

import dev.curvature.model.Potential;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The optional Coulomb term: off by default, a plain pair sum beyond 1-3 when on, exact derivatives. */
class UffElectrostaticsTest {
    /** Arbitrary fixed test charges (the checks do not need them to be physical). */
    private static double[] charges(Structure s) {
        double[] q = new double[s.atomCount()];
        for (int a = 0; a < q.length; a++) q[a] = 0.3 * Math.sin(1.7 * a + 0.4) + s.formalCharge(a);
        return q;
    }

    @Test
    void coulombSumBeyondOneThreeWithExactDerivatives() throws Exception {
        double dielectric = 4.0;
        UffForceField plain = new UffForceField();
        UffForceField charged = plain.withElectrostatics(UffElectrostaticsTest::charges, dielectric);
        int checked = 0;
        for (UffFixtures.Case c : UffFixtures.load()) {
            String name = c.reference().name();
            if (!name.equals("acetate") && !name.equals("guanidinium") && !name.equals("nitrobenzene") && !name.equals("hexacyanoferrate")) continue;
            checked++;
            Structure s = c.structure();
            double[] x = s.positions();
            Potential p0 = plain.bind(s), p1 = charged.bind(s);
            Map<String, Double> terms = p1.energyTerms(x);
            assertFalse(p0.energyTerms(x).containsKey("electrostatic"));
            double expected = directCoulomb(s, charges(s), dielectric);
            assertEquals(expected, terms.get("electrostatic"), 1e-8 * Math.max(1, Math.abs(expected)), name);  // CODATA 2018: 332.063713 kcal Å / mol e²
            assertEquals(p0.energy(x) + expected, p1.energy(x), 1e-7, name);

            int n3 = x.length;
            double[] g = new double[n3], hess = new double[n3 * n3], gp = new double[n3], gm = new double[n3];
            p1.evaluate(x, g, hess);
            double h = 1e-5, worstG = 0, worstH = 0;
            for (int k = 0; k < n3; k++) {
                double[] xp = x.clone(), xm = x.clone();
                xp[k] += h;
                xm[k] -= h;
                double ep = p1.evaluate(xp, gp, null), em = p1.evaluate(xm, gm, null);
                worstG = Math.max(worstG, Math.abs((ep - em) / (2 * h) - g[k]));
                for (int m = 0; m < n3; m++) worstH = Math.max(worstH, Math.abs((gp[m] - gm[m]) / (2 * h) - hess[k * n3 + m]));
            }
            assertTrue(worstG <= 1e-5, name + ": |g - FD| = " + worstG);
            assertTrue(worstH <= 1e-4, name + ": |H - FD| = " + worstH);
        }
        assertEquals(4, checked);
    }

    /** Independent reference: topological distances by Floyd–Warshall, then a plain double loop. */
    private static double directCoulomb(Structure s, double[] q, double dielectric) {
        int n = s.atomCount();
        int[][] d = new int[n][n];
        for (int[] row : d) java.util.Arrays.fill(row, 1 << 20);
        for (int i = 0; i < n; i++) d[i][i] = 0;
        for (Bond b : s.bonds()) { d[b.i()][b.j()] = 1; d[b.j()][b.i()] = 1; }
        for (int k = 0; k < n; k++)
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++) d[i][j] = Math.min(d[i][j], d[i][k] + d[k][j]);
        double e = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) {
                if (d[i][j] <= 2) continue;
                double dx = s.x(i) - s.x(j), dy = s.y(i) - s.y(j), dz = s.z(i) - s.z(j);
                e += 332.063713 * q[i] * q[j] / (dielectric * Math.sqrt(dx * dx + dy * dy + dz * dz));
            }
        return e;
    }
}
