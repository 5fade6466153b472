package dev.curvature.xtb.d4;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GFN2-xTB's dispersion energy from Debian xtb 6.5.1, reproduced from xtb's own final charges:
 * the fixture holds, per molecule, the geometry, xtb's Mulliken charges and the dispersion energy
 * it printed (tools/xtb/make_d4_fixtures.py).
 */
class D4XtbReferenceTest {

    @Test
    void reproducesXtbDispersionEnergiesFromXtbCharges() throws Exception {
        List<XtbDispersionFixture> molecules = XtbDispersionFixture.load();
        assertTrue(molecules.size() >= 15, "fixture has " + molecules.size() + " molecules");
        D4Dispersion d4 = D4Dispersion.gfn2();
        double worst = 0;
        StringBuilder report = new StringBuilder();
        for (XtbDispersionFixture m : molecules) {
            D4Geometry g = d4.at(m.atomicNumbers(), m.positionsBohr());
            double e = g.energy(m.charges());
            double diff = e - m.dispersionEnergy();
            worst = Math.max(worst, Math.abs(diff));
            report.append(String.format("%-24s %3d atoms  xtb %.12f  d4 %.12f  diff %+.2e%n",
                    m.name(), m.atomicNumbers().length, m.dispersionEnergy(), e, diff));
        }
        System.out.print(report);
        System.out.printf("worst |E_d4 - E_xtb| = %.2e Eh over %d molecules%n", worst, molecules.size());
        assertTrue(worst <= 1e-8, "worst deviation " + worst + " Eh\n" + report);
    }
}
