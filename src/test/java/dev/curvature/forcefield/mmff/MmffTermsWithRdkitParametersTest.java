package dev.curvature.forcefield.mmff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seven MMFF94 energy terms, fed with RDKit's parameter assignment (fixture written by
 * tools/fixtures/make_mmff_rdkit_topology.py), reproduce the OPTIMOL reference energies of the whole
 * validation suite. This isolates the functional forms from our own typing and parameter lookup;
 * tolerances are explained in {@link SuiteComparison}. MMFF94s is held to a flat 0.001 per term
 * (it in fact matches every term to the reference's 1e-4 printing).
 *
 * <p>One molecule is excused, for a reason outside the functional forms: ERULE_03, where RDKit's
 * empirical-rule bond parameter for the 1-2 bond differs from OPTIMOL's (RDKit's own bond energy is
 * 0.5428 vs OPTIMOL 0.5378). Every other molecule must pass, and the excused one must still fail
 * in exactly that term, so a fix on RDKit's side would be noticed.
 */
class MmffTermsWithRdkitParametersTest {

    @ParameterizedTest
    @CsvSource({
            "rdkit_topology_mmff94.tsv.gz, MMFF94_hypervalent.sdf, reference_energies.tsv, 761, true",
            "rdkit_topology_mmff94s.tsv.gz, MMFF94s_hypervalent.sdf, reference_energies_mmff94s.tsv, 265, false"})
    void everyTermOfEveryMoleculeMatchesOptimol(String fixture, String sdf, String reference, int molecules,
                                                boolean roundingAllowance) throws Exception {
        List<RdkitTopologyFixture> tops = RdkitTopologyFixture.load(fixture);
        List<SuiteReference.Energies> refs = SuiteReference.energies(reference);
        Map<String, double[]> coords = SuiteReference.sdfCoordinates(sdf);
        assertEquals(molecules, tops.size());
        assertEquals(molecules, refs.size());
        StringBuilder failures = new StringBuilder();
        int failed = 0;
        for (int m = 0; m < molecules; m++) {
            RdkitTopologyFixture top = tops.get(m);
            SuiteReference.Energies ref = refs.get(m);
            assertEquals(ref.name(), top.name);
            SuiteComparison.Result r = SuiteComparison.compare(top.name, top.terms(MmffDielectric.DEFAULT), coords.get(top.name), ref, roundingAllowance);
            if (top.name.equals("ERULE_03")) {
                assertTrue(!r.passes() && Math.abs(r.deviations()[0]) > 0.004, "ERULE_03 no longer differs in the bond term: " + r.describe(ref));
                continue;
            }
            if (!r.passes()) {
                failed++;
                failures.append('\n').append(r.describe(ref));
            }
        }
        assertTrue(failed == 0, failed + " of " + molecules + " molecules differ from OPTIMOL" + failures);
    }
}
