package dev.curvature.charges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EemModelTest {
    private final ChargeEquilibration eem = new ChargeEquilibration(EemModel.bultinck2002());

    @Test
    void reproducesOpenBabelEemChargesForAllFixtureMolecules() {
        Map<String, Fixtures.Molecule> all = Fixtures.eemOpenBabel();
        assertTrue(all.size() >= 20, "fixture molecules: " + all.size());
        double worst = 0;
        int anions = 0, cations = 0;
        for (Fixtures.Molecule m : all.values()) {
            EquilibratedCharges c = eem.solve(m.structure());
            double[] q = c.charges();
            for (int a = 0; a < q.length; a++) {
                assertEquals(m.openBabelEemCharges()[a], q[a], 1e-4, m.structure().name() + " atom " + (a + 1));
                worst = Math.max(worst, Math.abs(m.openBabelEemCharges()[a] - q[a]));
            }
            double sum = 0;
            for (double v : q) sum += v;
            assertEquals(m.structure().totalCharge(), sum, 1e-10, m.structure().name());
            if (m.structure().totalCharge() < 0) anions++;
            if (m.structure().totalCharge() > 0) cations++;
        }
        assertTrue(anions >= 3 && cations >= 3, "anions " + anions + ", cations " + cations);
        assertTrue(worst < 1e-8, "worst deviation from Open Babel " + worst);
    }

    @Test
    void oneLinearSolveAndTotalChargeDerivativeIsExact() {
        Structure acetate = Fixtures.structure("acetate");
        EquilibratedCharges minus = eem.solve(acetate);
        assertEquals(1, minus.iterations());
        EquilibratedCharges neutral = eem.solve(acetate, acetate.positions(), 0.0, null);
        double[] dqdQ = minus.chargesPerTotalCharge();
        double sum = 0;
        for (int a = 0; a < dqdQ.length; a++) {
            // EEM is linear in Q, so q(0) − q(−1) equals dq/dQ exactly.
            assertEquals(neutral.charge(a) - minus.charge(a), dqdQ[a], 1e-10);
            sum += dqdQ[a];
        }
        assertEquals(1.0, sum, 1e-12);
    }

    @Test
    void elementWithoutParametersIsNamed() {
        Structure h2se = new Structure("hydrogen selenide", new Element[] {Element.of("Se"), Element.of("H"), Element.of("H")},
                new double[] {0, 0, 0, 1.46, 0, 0, 0, 1.46, 0}, new int[3], List.of(), 0, null);
        ChargeModelException e = assertThrows(ChargeModelException.class, () -> eem.solve(h2se));
        assertTrue(e.getMessage().contains("1 (Se)"), e.getMessage());
        assertEquals(List.of("Li", "B", "Na", "Mg", "Si", "P", "Cl", "K", "Ca", "Fe", "Cu", "Zn"), EemModel.bultinck2002().placeholderElements());
    }
}
