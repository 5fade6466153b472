package dev.curvature.charges;

import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads eem-openbabel.txt (written by tools/fixtures/make_eem_fixtures.py): geometries and Open Babel's EEM charges. */
final class Fixtures {
    private Fixtures() {}

    record Molecule(Structure structure, double[] openBabelEemCharges) {}

    private static Map<String, Molecule> cache;

    static synchronized Map<String, Molecule> eemOpenBabel() {
        if (cache != null) return cache;
        Map<String, Molecule> out = new LinkedHashMap<>();
        try (InputStream in = Fixtures.class.getResourceAsStream("eem-openbabel.txt")) {
            if (in == null) throw new IllegalStateException("fixture eem-openbabel.txt missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.startsWith("molecule ")) continue;
                String[] h = line.split("\\s+");
                String name = h[1];
                int charge = Integer.parseInt(h[2]), n = Integer.parseInt(h[3]);
                Element[] el = new Element[n];
                double[] x = new double[3 * n], q = new double[n];
                for (int a = 0; a < n; a++) {
                    String[] f = r.readLine().trim().split("\\s+");
                    el[a] = Element.of(f[0]);
                    for (int k = 0; k < 3; k++) x[3 * a + k] = Double.parseDouble(f[1 + k]);
                    q[a] = Double.parseDouble(f[4]);
                }
                out.put(name, new Molecule(new Structure(name, el, x, new int[n], List.of(), charge, null), q));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cache = out;
        return out;
    }

    static Structure structure(String name) {
        Molecule m = eemOpenBabel().get(name);
        if (m == null) throw new IllegalArgumentException("no fixture molecule " + name);
        return m.structure();
    }
}
