package dev.curvature.testing;

import dev.curvature.model.Configuration;
import dev.curvature.model.HomogeneousStrain;
import dev.curvature.model.Property;
import dev.curvature.model.Results;
import dev.curvature.periodic.Deformation;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The test pair potential is only useful if its derivatives are right: check them by differences. */
class PeriodicPairPotentialTest {
    final Structure s;
    final PeriodicPairPotential p;

    PeriodicPairPotentialTest() {
        Structure h = Crystals.hcp("Ar", 3.75, 6.2);
        double[] x = h.positions();
        Random rnd = new Random(3);
        for (int i = 0; i < x.length; i++) x[i] += 0.05 * rnd.nextGaussian();
        // a sheared cell so off-diagonal terms are exercised
        s = Deformation.strained(h.withPositions(x), new double[] {0.01, 0.02, -0.01, 0.02, -0.015, 0.03, -0.01, 0.03, 0.02});
        p = new PeriodicPairPotential(s.atomCount(), 0.0104, 3.40, 8.5);
    }

    Results all(double[] x, Structure st) {
        Results r = Results.request(st.atomCount(), p.implementedProperties());
        p.compute(Configuration.periodic(x, st.cell()), r, null);
        return r;
    }

    @Test
    void everyBlockMatchesDifferences() {
        double[] x = s.positions();
        Results r = all(x, s);
        int n3 = x.length;
        double h = 1e-5;
        for (int k = 0; k < n3; k++) {
            double[] xp = x.clone(), xm = x.clone();
            xp[k] += h; xm[k] -= h;
            Results a = all(xp, s), b = all(xm, s);
            assertEquals((a.energy() - b.energy()) / (2 * h), r.gradient()[k], 1e-8, "gradient " + k);
            for (int j = 0; j < n3; j++)
                assertEquals((a.gradient()[j] - b.gradient()[j]) / (2 * h), r.hessian()[k * n3 + j], 1e-6, "Hessian " + k + "," + j);
        }
        for (int v = 0; v < 6; v++) {
            double[] e = HomogeneousStrain.unitStrain(v);
            double[] ep = new double[9], em = new double[9];
            for (int q = 0; q < 9; q++) { ep[q] = h * e[q]; em[q] = -h * e[q]; }
            Structure sp = Deformation.strained(s, ep), sm = Deformation.strained(s, em);
            Results a = all(sp.positions(), sp), b = all(sm.positions(), sm);
            int pa = HomogeneousStrain.VOIGT_PAIRS[v][0], pb = HomogeneousStrain.VOIGT_PAIRS[v][1];
            double sd = pa == pb ? r.strainDerivative()[4 * pa] : 0.5 * (r.strainDerivative()[3 * pa + pb] + r.strainDerivative()[3 * pb + pa]);
            assertEquals((a.energy() - b.energy()) / (2 * h), sd, 1e-7, "strain derivative " + v);
            for (int j = 0; j < n3; j++)
                assertEquals((a.gradient()[j] - b.gradient()[j]) / (2 * h), r.strainPosition()[v * n3 + j], 1e-6, "strain-position " + v + "," + j);
            for (int u = 0; u < 6; u++) {
                // E depends on η through x → (I + η_u E_u + η_v E_v)x, linear: second differences
                double d = 1e-4;
                double second = (strainedEnergy(u, d, v, d) - strainedEnergy(u, d, v, -d) - strainedEnergy(u, -d, v, d)
                        + strainedEnergy(u, -d, v, -d)) / (4 * d * d);
                assertEquals(second, r.strainStrain()[6 * u + v], 1e-5 * (1 + Math.abs(second)), "strain-strain " + u + "," + v);
            }
        }
    }

    double strainedEnergy(int u, double hu, int v, double hv) {
        double[] e = new double[9], eu = HomogeneousStrain.unitStrain(u), ev = HomogeneousStrain.unitStrain(v);
        for (int q = 0; q < 9; q++) e[q] = hu * eu[q] + hv * ev[q];
        Structure st = Deformation.strained(s, e);
        return all(st.positions(), st).energy();
    }
}
