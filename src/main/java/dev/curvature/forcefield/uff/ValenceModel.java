package dev.curvature.forcefield.uff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The periodic-table conventions RDKit's UFF typer rests on: outer-shell electron counts, default
 * and allowed valences (resource {@code rdkit-valence.tsv}), and RDKit's list of "early" elements
 * whose formal charge counts against valence the other way round.
 */
final class ValenceModel {
    private static final String RESOURCE = "rdkit-valence.tsv";
    /** The heaviest element tabulated (Lr); UFF's table ends there too. */
    static final int MAX_Z = 103;
    private static final int[] EARLY = {3, 4, 5, 11, 12, 13, 19, 20, 21, 22, 30, 31, 32, 37, 38, 39, 40, 41,
            48, 49, 50, 51, 55, 56, 57, 58, 59, 60, 61, 72, 73, 80, 81, 82, 83, 87, 88, 89, 90, 91, 92, 93};
    private static final ValenceModel INSTANCE = load();

    private final int[] outer = new int[120];
    private final int[] defaultValence = new int[120];
    private final int[][] valences = new int[120][];
    private final String[] symbols = new String[120];

    static ValenceModel get() { return INSTANCE; }

    int outerElectrons(int z) { return outer[z]; }
    /** RDKit's default valence, -1 meaning "any" (metals). */
    int defaultValence(int z) { return defaultValence[z]; }
    int[] allowedValences(int z) { return valences[z]; }
    String symbol(int z) { return symbols[z]; }
    boolean isEarly(int z) { return Arrays.binarySearch(EARLY, z) >= 0; }

    private static ValenceModel load() {
        ValenceModel m = new ValenceModel();
        try (InputStream in = ValenceModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) { header = false; continue; }
                String[] c = line.split("\t");
                int z = Integer.parseInt(c[0]);
                m.symbols[z] = c[1];
                m.outer[z] = Integer.parseInt(c[2]);
                m.defaultValence[z] = Integer.parseInt(c[3]);
                m.valences[z] = Arrays.stream(c[4].split(",")).mapToInt(Integer::parseInt).toArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return m;
    }
}
