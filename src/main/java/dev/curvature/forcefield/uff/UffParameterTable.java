package dev.curvature.forcefield.uff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The UFF atomic parameter table, read once from the resource {@code uff-params.tsv}. */
public final class UffParameterTable {
    private static final String RESOURCE = "uff-params.tsv";
    private static volatile UffParameterTable instance;

    private final Map<String, UffAtomParameters> byLabel;

    private UffParameterTable(Map<String, UffAtomParameters> byLabel) {
        this.byLabel = Collections.unmodifiableMap(byLabel);
    }

    /** The published table (Rappé et al. 1992 as tabulated by RDKit). */
    public static UffParameterTable standard() {
        UffParameterTable t = instance;
        if (t == null) {
            synchronized (UffParameterTable.class) {
                if (instance == null) instance = load();
                t = instance;
            }
        }
        return t;
    }

    /** Parameters of a type label, or null if the table has no such type. */
    public UffAtomParameters get(String label) { return byLabel.get(label); }

    /** All labels in table order. */
    public Map<String, UffAtomParameters> all() { return byLabel; }

    private static UffParameterTable load() {
        try (InputStream in = UffParameterTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, UffAtomParameters> map = new LinkedHashMap<>();
            String line;
            int lineNo = 0;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) { header = false; continue; }
                String[] c = line.split("\t");
                if (c.length != 12) throw new IllegalStateException(RESOURCE + " line " + lineNo + ": expected 12 columns, found " + c.length);
                double[] v = new double[11];
                for (int k = 0; k < 11; k++) v[k] = Double.parseDouble(c[k + 1]);
                map.put(c[0], new UffAtomParameters(c[0], v[0], v[1] * Math.PI / 180.0, v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]));
            }
            return new UffParameterTable(map);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
