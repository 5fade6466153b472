package dev.curvature.spectrum;

import dev.curvature.registry.ChargeMethods;
import static org.junit.jupiter.api.Assertions.*;

import dev.curvature.charges.ChargeModel;
import dev.curvature.forcefield.mmff.MmffForceField;
import dev.curvature.model.Potential;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Element;
import dev.curvature.structure.MassModel;
import dev.curvature.structure.Structure;
import dev.curvature.vibration.NormalModes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The selection rules again, now with MMFF94 normal modes at MMFF94 minima (instead of test springs). */
class MmffIntensitiesTest {
    static NormalModes mmffModes(Structure s) throws Exception {
        Potential p = new MmffForceField().bind(s);
        Structure min = XtbSpectrumComparisonTest.minimise(s, p);
        return NormalModes.of(min, MassModel.STANDARD_ATOMIC_WEIGHT, p);
    }

    static Structure carbonDioxide() {
        double r = 1.16;
        return Structure.of("carbon dioxide", new Element[] {Element.of("O"), Element.of("C"), Element.of("O")},
                new double[] {0, 0, -r, 0, 0, 0, 0, 0, r}, new int[3], List.of(new Bond(0, 1, 2), new Bond(1, 2, 2)));
    }

    /** Kekulé benzene, D6h, centred at the origin. */
    static Structure benzene() {
        Element[] el = new Element[12];
        double[] x = new double[36];
        List<Bond> bonds = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            double phi = Math.PI / 3 * i;
            el[i] = Element.of("C");
            el[i + 6] = Element.of("H");
            x[3 * i] = 1.39 * Math.cos(phi);
            x[3 * i + 1] = 1.39 * Math.sin(phi);
            x[3 * (i + 6)] = 2.47 * Math.cos(phi);
            x[3 * (i + 6) + 1] = 2.47 * Math.sin(phi);
            bonds.add(new Bond(i, (i + 1) % 6, i % 2 == 0 ? 2 : 1));
            bonds.add(new Bond(i, i + 6, 1));
        }
        return Structure.of("benzene", el, x, new int[12], bonds);
    }

    @Test
    void carbonDioxideMutualExclusionWithMmffModes() throws Exception {
        NormalModes m = mmffModes(carbonDioxide());
        assertTrue(m.isLinear());
        for (String model : new String[] {"qeq", "eem"}) {
            VibrationalIntensities v = VibrationalIntensities.compute(m, ChargeMethods.model(model), true);
            double[] ir = v.infrared().intensitiesKmPerMol(), raman = v.raman().activitiesA4PerAmu();
            double irMax = IntensitiesTest.max(ir), ramanMax = IntensitiesTest.max(raman);
            for (int k = 0; k < 4; k++) {
                if (IntensitiesTest.inversionParity(m, k) > 0) {
                    assertEquals(0, ir[k], 1e-6 * irMax);
                    assertTrue(raman[k] > 1e-3 * ramanMax);
                } else {
                    assertEquals(0, raman[k], 1e-6 * ramanMax);
                    assertTrue(ir[k] > 1e-3 * irMax, model + " mode " + k);
                }
            }
        }
    }

    @Test
    void benzeneSelectionRulesWithMmffModes() throws Exception {
        NormalModes m = mmffModes(benzene());
        assertEquals(30, m.modeCount());
        assertEquals(0, m.significantImaginaryModeCount(NormalModes.DEFAULT_IMAGINARY_NOISE_CM1));
        ChargeModel eem = ChargeMethods.model("eem");
        VibrationalIntensities v = VibrationalIntensities.compute(m, eem, true);
        double[] ir = v.infrared().intensitiesKmPerMol(), raman = v.raman().activitiesA4PerAmu();
        double irMax = IntensitiesTest.max(ir), ramanMax = IntensitiesTest.max(raman);
        int irActive = 0, ramanActive = 0;
        for (int k = 0; k < 30; k++) {
            boolean irOn = ir[k] > 1e-6 * irMax, ramanOn = raman[k] > 1e-6 * ramanMax;
            assertFalse(irOn && ramanOn, "mode " + k);
            if (irOn) irActive++;
            if (ramanOn) ramanActive++;
        }
        assertEquals(7, irActive);
        assertEquals(12, ramanActive);
    }
}
