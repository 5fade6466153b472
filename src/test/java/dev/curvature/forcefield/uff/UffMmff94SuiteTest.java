package dev.curvature.forcefield.uff;

import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * UFF typing and energies against RDKit over the 761 molecules of the MMFF94 validation suite (a
 * broad sample of organic chemistry). Coordinates come from the shared suite file; the fixture
 * uff-mmff94-suite.tsv gives the bond orders and charges RDKit read (aromatic bonds as 4), its
 * labels and energies, and the molecules RDKit cannot type.
 */
class UffMmff94SuiteTest {
    private record Row(String name, boolean typed, double energy, int beyondCutoff, String orders, int[] charges, String[] labels) { }

    @Test
    void labelsAndEnergiesMatchRdkitOnTheMmff94Suite() throws Exception {
        List<Row> rows = readFixture();
        List<Structure> raw = readSuite();
        assertEquals(raw.size(), rows.size());

        UffForceField uff = new UffForceField();
        List<String> failures = new ArrayList<>();
        int compared = 0;
        for (int m = 0; m < raw.size(); m++) {
            Row row = rows.get(m);
            Structure s = asRdkitReadIt(raw.get(m), row);
            assertEquals(row.name(), s.name());
            if (!row.typed()) {
                try {
                    uff.bind(s);
                    failures.add(row.name() + ": RDKit cannot type it, we did");
                } catch (UnsupportedStructureException e) {
                    List<Integer> expected = new ArrayList<>();
                    for (int a = 0; a < row.labels().length; a++) if (row.labels()[a].equals("-")) expected.add(a);
                    if (!e.atoms().equals(expected)) failures.add(row.name() + ": untyped atoms " + e.atoms() + " vs RDKit " + expected);
                }
                continue;
            }
            UffTyping t;
            try {
                t = uff.type(s);
            } catch (UnsupportedStructureException e) {
                failures.add(row.name() + ": " + e.getMessage());
                continue;
            }
            if (!Arrays.equals(t.labels(), row.labels())) {
                failures.add(row.name() + ": labels " + Arrays.toString(t.labels()) + " vs RDKit " + Arrays.toString(row.labels()));
                continue;
            }
            if (row.beyondCutoff() > 0) continue;  // RDKit would drop pairs beyond 10 x_ij; none in this suite
            double e = uff.bind(s).energy(s.positions());
            if (Math.abs(e - row.energy()) > 1e-3) failures.add(row.name() + ": energy " + e + " vs RDKit " + row.energy());
            compared++;
        }
        assertEquals(List.of(), failures);
        assertEquals(756, compared);
    }

    @Test
    void fileInputIsCleanedAndAromatizedAsRdkitDoes() throws Exception {
        assertReadLikeRdkit("MMFF94_dative.sdf", "uff-mmff94-suite.tsv");
    }

    @Test
    void hypervalentDrawingsAreCleanedAsRdkitDoes() throws Exception {
        assertReadLikeRdkit("MMFF94_hypervalent.sdf", "uff-mmff94-hypervalent.tsv");
    }

    /**
     * The suite file exactly as stored (Kekulé bonds, its own charges, hypervalent N/P/Cl where so
     * drawn) must come out of clean-up and aromaticity perception with RDKit's bond orders and
     * charges, and then with RDKit's labels and energies.
     */
    private static void assertReadLikeRdkit(String sdfName, String fixture) throws Exception {
        List<Row> rows = readFixture(fixture);
        List<Structure> raw = readSuite(sdfName);
        UffForceField uff = new UffForceField();
        AromaticityPerception perception = new AromaticityPerception();
        List<String> failures = new ArrayList<>();
        int aromaticMolecules = 0, compared = 0;
        for (int m = 0; m < raw.size(); m++) {
            Row row = rows.get(m);
            Structure cleaned = RdkitCleanup.apply(raw.get(m));
            int[] orders = perception.bondOrders(cleaned);
            StringBuilder sb = new StringBuilder();
            for (int o : orders) sb.append(o);
            if (!sb.toString().equals(row.orders())) {
                failures.add(row.name() + ": bond orders " + sb + " vs RDKit " + row.orders());
                continue;
            }
            for (int a = 0; a < cleaned.atomCount(); a++)
                if (cleaned.formalCharge(a) != row.charges()[a])
                    failures.add(row.name() + ": charge of atom " + (a + 1) + " " + cleaned.formalCharge(a) + " vs RDKit " + row.charges()[a]);
            if (row.orders().indexOf('4') >= 0) aromaticMolecules++;
            if (!row.typed()) continue;
            UffTyping t = uff.type(raw.get(m));
            if (!Arrays.equals(t.labels(), row.labels())) {
                failures.add(row.name() + ": labels " + Arrays.toString(t.labels()) + " vs RDKit " + Arrays.toString(row.labels()));
                continue;
            }
            double e = uff.bind(raw.get(m)).energy(raw.get(m).positions());
            if (Math.abs(e - row.energy()) > 1e-3) failures.add(row.name() + ": energy " + e + " vs RDKit " + row.energy());
            compared++;
        }
        assertEquals(List.of(), failures);
        assertTrue(aromaticMolecules > 200, "only " + aromaticMolecules + " aromatic molecules");
        assertEquals(756, compared);
    }

    @Test
    void derivativesMatchFiniteDifferencesAcrossTheSuite() throws Exception {
        // Gradient of every typed molecule, Hessian of every 5th. Skipped: energies above 1e6
        // kcal/mol (perchlorate, where RDKit's untyped-hybridization "Cl" gets theta0 = 180° and
        // the angle terms reach 1e10), whose finite differences lose ~1e-11 relative, i.e. 0.1 absolute.
        UffForceField uff = new UffForceField();
        List<Structure> raw = readSuite();
        double h = 1e-5;
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (int m = 0; m < raw.size(); m++) {
            Structure s = raw.get(m);
            dev.curvature.model.Potential p;
            try {
                p = uff.bind(s);
            } catch (UnsupportedStructureException e) {
                continue;
            }
            double[] x = s.positions();
            int n3 = x.length;
            double[] g = new double[n3];
            boolean withHessian = m % 5 == 0;
            double[] hess = withHessian ? new double[n3 * n3] : null;
            double e = p.evaluate(x, g, hess);
            if (Math.abs(e) > 1e6) continue;
            checked++;
            double worstG = 0, worstH = 0;
            double[] gp = new double[n3], gm = new double[n3];
            for (int k = 0; k < n3; k++) {
                double[] xp = x.clone(), xm = x.clone();
                xp[k] += h;
                xm[k] -= h;
                if (withHessian) {
                    double ep = p.evaluate(xp, gp, null), em = p.evaluate(xm, gm, null);
                    worstG = Math.max(worstG, Math.abs((ep - em) / (2 * h) - g[k]));
                    for (int q = 0; q < n3; q++) worstH = Math.max(worstH, Math.abs((gp[q] - gm[q]) / (2 * h) - hess[k * n3 + q]));
                } else {
                    worstG = Math.max(worstG, Math.abs((p.energy(xp) - p.energy(xm)) / (2 * h) - g[k]));
                }
            }
            if (worstG > 1e-5) failures.add(s.name() + ": |g - FD| = " + worstG);
            if (worstH > 1e-4) failures.add(s.name() + ": |H - FD| = " + worstH);
        }
        assertEquals(List.of(), failures);
        assertEquals(755, checked);
    }

    private static List<Structure> readSuite() throws IOException {
        return readSuite("MMFF94_dative.sdf");
    }

    private static List<Structure> readSuite(String file) throws IOException {
        String dir = System.getProperty("curvature.shared.dir");
        assertTrue(dir != null, "system property curvature.shared.dir is not set");
        Path sdf = Path.of(dir, "data", "mmff94-validation", file);
        assertTrue(Files.isReadable(sdf), "missing shared data " + sdf);
        try (BufferedReader r = Files.newBufferedReader(sdf, StandardCharsets.UTF_8)) {
            List<Structure> raw = UffFixtures.readSdf(r);
            assertEquals(761, raw.size());
            return raw;
        }
    }

    private static Structure asRdkitReadIt(Structure s, Row row) {
        List<Bond> bonds = new ArrayList<>();
        assertEquals(s.bonds().size(), row.orders().length(), row.name());
        for (int b = 0; b < s.bonds().size(); b++) {
            Bond old = s.bonds().get(b);
            bonds.add(new Bond(old.i(), old.j(), row.orders().charAt(b) - '0'));
        }
        dev.curvature.structure.Element[] el = new dev.curvature.structure.Element[s.atomCount()];
        for (int a = 0; a < el.length; a++) el[a] = s.element(a);
        return Structure.of(s.name(), el, s.positions(), row.charges(), bonds);
    }

    private static List<Row> readFixture() throws IOException {
        return readFixture("uff-mmff94-suite.tsv");
    }

    private static List<Row> readFixture(String resource) throws IOException {
        List<Row> rows = new ArrayList<>();
        java.io.InputStream in = UffMmff94SuiteTest.class.getResourceAsStream(resource);
        assertTrue(in != null, "missing test resource " + resource);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) continue;
                if (header) { header = false; continue; }
                String[] c = line.split("\t", -1);
                String[] labels = c[6].split(" ");
                int[] charges = new int[labels.length];
                if (!c[5].equals("-"))
                    for (String q : c[5].split(",")) {
                        String[] kv = q.split(":");
                        charges[Integer.parseInt(kv[0]) - 1] = Integer.parseInt(kv[1]);
                    }
                boolean typed = c[1].equals("ok");
                rows.add(new Row(c[0], typed, typed ? Double.parseDouble(c[2]) : Double.NaN,
                        typed ? Integer.parseInt(c[3]) : 0, c[4], charges, labels));
            }
        }
        return rows;
    }
}
