package dev.curvature.workflow;

import dev.curvature.io.InputFormat;
import dev.curvature.io.ReadOptions;
import dev.curvature.io.Record;
import dev.curvature.io.StructureReader;
import dev.curvature.model.Potential;
import dev.curvature.structure.Isotopes;
import dev.curvature.structure.MassModel;
import dev.curvature.structure.Structure;
import dev.curvature.thermo.ThermoResult;
import dev.curvature.thermo.Thermochemistry;
import dev.curvature.vibration.NormalModes;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Isotope labels of the input (SMILES [2H], SDF D and M  ISO) reach the masses of frequencies, ZPE
 * and thermochemistry: each result equals the one computed with the isotopic masses given
 * explicitly (isotope masses: RDKit's table, 2H = 2.014101778 amu, 18O = 17.999161 amu).
 */
class IsotopeFrequencyTest {
    private static final double D = 2.014101778, O_STD = 15.999, H_STD = 1.008;

    private static Structure read(String text, InputFormat format) {
        try (StructureReader r = format == InputFormat.SMILES ? StructureReader.ofSmiles(text, ReadOptions.DEFAULT)
                : StructureReader.ofText(text, format, "test", ReadOptions.DEFAULT)) {
            Record rec = r.next();
            assertTrue(rec.isOk(), rec.errorMessage());
            return rec.structure();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static FrequencyAnalysis.Result freq(Structure s) throws Exception {
        Potential p = dev.curvature.registry.EnergyModels.registry().bind("mmff94", s).potential();
        return FrequencyAnalysis.run(p, s, FrequencyAnalysis.Options.defaults(), null);
    }

    /** The same analysis at the same geometry with masses given by hand and no isotope labels. */
    private static void assertSameAsExplicit(FrequencyAnalysis.Result labelled, double[] masses) throws Exception {
        Structure s = labelled.structure();
        Structure plain = s.withMassNumbers(new int[s.atomCount()]);
        Potential p = dev.curvature.registry.EnergyModels.registry().bind("mmff94", plain).potential();
        int n3 = 3 * s.atomCount();
        double[] h = new double[n3 * n3];
        p.evaluate(plain.positions(), null, h);
        NormalModes explicit = NormalModes.of(plain, masses, h);
        assertArrayEquals(explicit.frequenciesCm1(), labelled.modes().frequenciesCm1(), 1e-6);
        ThermoResult t = Thermochemistry.compute(explicit.frequenciesCm1(), masses, plain.positions(),
                labelled.thermo().symmetryNumber(), labelled.thermo().conditions());
        assertEquals(t.zeroPointEnergyKcalPerMol(), labelled.thermo().zeroPointEnergyKcalPerMol(), 1e-9);
        assertEquals(t.entropyCalPerMolK(), labelled.thermo().entropyCalPerMolK(), 1e-9);
        assertEquals(t.gibbsEnergyKcalPerMol(), labelled.thermo().gibbsEnergyKcalPerMol(), 1e-9);
    }

    @Test void d2oFromSmilesHasHeavyWaterFrequencies() throws Exception {
        Structure d2o = read("[2H]O[2H]", InputFormat.SMILES);
        assertEquals(2, d2o.massNumber(0));
        assertEquals(0, d2o.massNumber(1));
        assertEquals(2, d2o.massNumber(2));
        FrequencyAnalysis.Result r = freq(d2o);
        assertSameAsExplicit(r, new double[] {D, O_STD, D});
        FrequencyAnalysis.Result h2o = freq(read("O", InputFormat.SMILES));
        double[] fd = r.modes().frequenciesCm1(), fh = h2o.modes().frequenciesCm1();
        // stretches scale by about sqrt(mu_OH / mu_OD) = 0.73
        double ratio = fd[2] / fh[2];
        assertTrue(ratio > 0.70 && ratio < 0.76, "D2O/H2O highest frequency ratio " + ratio);
        assertTrue(r.thermo().zeroPointEnergyKcalPerMol() < 0.8 * h2o.thermo().zeroPointEnergyKcalPerMol());
    }

    @Test void hodFromSdfDeuteriumSymbolLowersTheSymmetry() throws Exception {
        String sdf = "HOD\n  test\n\n  3  2  0  0  0  0  0  0  0  0999 V2000\n"
                + "    0.0000    0.0000    0.1173 O   0  0  0  0  0  0  0  0  0  0  0  0\n"
                + "    0.0000    0.7572   -0.4692 H   0  0  0  0  0  0  0  0  0  0  0  0\n"
                + "    0.0000   -0.7572   -0.4692 D   0  0  0  0  0  0  0  0  0  0  0  0\n"
                + "  1  2  1  0\n  1  3  1  0\nM  END\n$$$$\n";
        Structure hod = read(sdf, InputFormat.SDF);
        assertEquals(2, hod.massNumber(2));
        FrequencyAnalysis.Result r = freq(hod);
        assertSameAsExplicit(r, new double[] {O_STD, H_STD, D});
        assertEquals("Cs", r.pointGroup().schoenflies(), "an isotope breaks the C2v symmetry of the masses");
    }

    @Test void oxygen18FromMIso() throws Exception {
        String sdf = "H2-18O\n  test\n\n  3  2  0  0  0  0  0  0  0  0999 V2000\n"
                + "    0.0000    0.0000    0.1173 O   0  0  0  0  0  0  0  0  0  0  0  0\n"
                + "    0.0000    0.7572   -0.4692 H   0  0  0  0  0  0  0  0  0  0  0  0\n"
                + "    0.0000   -0.7572   -0.4692 H   0  0  0  0  0  0  0  0  0  0  0  0\n"
                + "  1  2  1  0\n  1  3  1  0\nM  ISO  1   1  18\nM  END\n$$$$\n";
        Structure s = read(sdf, InputFormat.SDF);
        assertEquals(18, s.massNumber(0));
        assertEquals(17.999161, s.masses(MassModel.STANDARD_ATOMIC_WEIGHT)[0], 1e-9);
        assertSameAsExplicit(freq(s), new double[] {Isotopes.mass(8, 18), H_STD, H_STD});
    }
}
