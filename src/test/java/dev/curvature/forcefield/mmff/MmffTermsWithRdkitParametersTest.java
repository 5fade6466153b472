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
 * tolerances are explained in {@link SuiteComparison} (MMFF94s: 1e-4 per term and total).
 *
 * <p>ERULE_03 is held to its documented bond-parameter discrepancy ({@link SuiteComparison#ERULE_03}),
 * which RDKit shares.
 */
class MmffTermsWithRdkitParametersTest {

    @ParameterizedTest
    @CsvSource({
            "rdkit_topology_mmff94.tsv.gz, MMFF94_hypervalent.sdf, reference_energies.tsv, 761, UNROUNDED_REFERENCE_COORDINATES",
            "rdkit_topology_mmff94s.tsv.gz, MMFF94s_hypervalent.sdf, reference_energies_mmff94s.tsv, 265, PRINTED_REFERENCE_COORDINATES"})
    void everyTermOfEveryMoleculeMatchesOptimol(String fixture, String sdf, String reference, int molecules,
                                                SuiteComparison.Mode mode) throws Exception {
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
            SuiteComparison.Result r = SuiteComparison.compare(top.name, top.terms(MmffDielectric.DEFAULT), coords.get(top.name), ref, mode);
            if (!SuiteComparison.acceptable(r)) {
                failed++;
                failures.append('\n').append(r.describe(ref));
            }
        }
        assertTrue(failed == 0, failed + " of " + molecules + " molecules differ from OPTIMOL" + failures);
    }
}
