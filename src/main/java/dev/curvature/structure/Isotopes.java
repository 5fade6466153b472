package dev.curvature.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Isotope masses (amu) by atomic number and mass number, from the resource {@code isotopes.tsv}
 * (see tools/fixtures/make_isotopes.py for its source). A structure labels an atom with a mass
 * number only when its input named one (D, T, [2H], M  ISO); the others keep the mass model's mass.
 */
public final class Isotopes {
    private static final Map<Long, Double> MASS = new HashMap<>();

    static {
        try (InputStream in = Isotopes.class.getResourceAsStream("isotopes.tsv")) {
            if (in == null) throw new IllegalStateException("resource isotopes.tsv missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("Z\t")) continue;
                String[] f = line.split("\t");
                MASS.put(key(Integer.parseInt(f[0]), Integer.parseInt(f[1])), Double.parseDouble(f[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Isotopes() {}

    private static long key(int z, int a) { return (long) z << 20 | a; }

    /** Whether the isotope of element z with mass number a is in the table. */
    public static boolean isKnown(int z, int massNumber) { return MASS.containsKey(key(z, massNumber)); }

    /** The mass (amu) of the isotope; throws naming the isotope if the table lacks it. */
    public static double mass(int z, int massNumber) {
        Double m = MASS.get(key(z, massNumber));
        if (m == null) throw new IllegalArgumentException("no isotope " + massNumber + Element.of(z).symbol() + " is known");
        return m;
    }
}
