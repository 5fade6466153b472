package dev.curvature.forcefield.mmff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.forcefield.Term;
import dev.curvature.structure.Structure;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Single terms at the printed suite coordinates, against RDKit's energies of each term there
 * (fixture: tools/fixtures/make_mmff_rdkit_term_energies.py). OPTIMOL's MMFF94 terms cannot be used
 * for this (see {@link SuiteComparison}); RDKit, evaluated at the very same coordinates, can.
 * <ul>
 *   <li>our terms with RDKit's parameters must agree to 1e-6 kcal/mol (the fixture rounds charges to 10 digits): the functional forms and
 *       constants are the same, only rounding differs;</li>
 *   <li>{@link MmffForceField} with our own typing, charges and parameters must agree to 1e-6 (in fact they agree to 1e-8).</li>
 * </ul>
 */
class MmffAgainstRdkitTermEnergiesTest {
    static final double SAME_PARAMETERS = 1e-6;
    static final double OWN_PARAMETERS = 1e-6;

    @ParameterizedTest
    @CsvSource({
            "MMFF94, MMFF94_hypervalent.sdf, rdkit_topology_mmff94.tsv.gz, rdkit_term_energies_mmff94.tsv, 761",
            "MMFF94S, MMFF94s_hypervalent.sdf, rdkit_topology_mmff94s.tsv.gz, rdkit_term_energies_mmff94s.tsv, 265"})
    void everyTermMatchesRdkitAtTheSameCoordinates(MmffVariant variant, String sdf, String topologies, String energies,
                                                   int molecules) throws Exception {
        List<Structure> structures = MmffSuiteFiles.readSdf(sdf);
        List<RdkitTopologyFixture> tops = RdkitTopologyFixture.load(topologies);
        List<String[]> rows = rows(energies);
        assertEquals(molecules, structures.size());
        assertEquals(molecules, tops.size());
        assertEquals(molecules, rows.size());
        MmffForceField ff = new MmffForceField(variant);
        StringBuilder failures = new StringBuilder();
        int failed = 0;
        for (int m = 0; m < molecules; m++) {
            Structure s = structures.get(m);
            String[] row = rows.get(m);
            assertEquals(row[0], s.name());
            assertEquals(row[0], tops.get(m).name);
            double[] x = s.positions();
            String a = differences(tops.get(m).terms(MmffDielectric.DEFAULT), x, row, SAME_PARAMETERS);
            String b = differences(ff.bind(s).terms(), x, row, OWN_PARAMETERS);
            if (!a.isEmpty() || !b.isEmpty()) {
                failed++;
                failures.append('\n').append(s.name()).append(':');
                if (!a.isEmpty()) failures.append(" with RDKit parameters").append(a).append(';');
                if (!b.isEmpty()) failures.append(" with our parameters").append(b).append(';');
            }
        }
        assertTrue(failed == 0, failed + " of " + molecules + " molecules differ from RDKit" + failures);
    }

    private static String differences(List<Term> terms, double[] x, String[] row, double tolerance) {
        StringBuilder s = new StringBuilder();
        for (Term t : terms) {
            int k = SuiteReference.TERMS.indexOf(t.name());
            double e = t.accumulate(x, null, null), want = Double.parseDouble(row[1 + k]);
            if (Math.abs(e - want) > tolerance) s.append(String.format(" %s %.7f vs RDKit %.7f", t.name(), e, want));
        }
        return s.toString();
    }

    private static List<String[]> rows(String resource) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = MmffAgainstRdkitTermEnergiesTest.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("missing test resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = null, line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) continue;
                if (header == null) {
                    header = line;
                    assertEquals("name\t" + String.join("\t", SuiteReference.TERMS), header);
                    continue;
                }
                out.add(line.split("\t"));
            }
        }
        return out;
    }

}
