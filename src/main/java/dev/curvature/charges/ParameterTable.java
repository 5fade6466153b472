package dev.curvature.charges;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated parameter resources of this package ('#' starts a comment line). */
final class ParameterTable {
    private ParameterTable() {}

    static List<String[]> read(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ParameterTable.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("resource " + resource + " missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(line.trim().split("\\s+"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }

    static String missingAtoms(dev.curvature.structure.Structure s, List<Integer> atoms) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < atoms.size(); k++) {
            if (k > 0) sb.append(", ");
            if (k == 8) { sb.append("... (").append(atoms.size()).append(" atoms)"); break; }
            sb.append(ChargeEquilibration.label(s, atoms.get(k)));
        }
        return sb.toString();
    }
}
