package dev.curvature.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A chemical element: atomic number, symbol and two masses (amu): the IUPAC standard atomic weight
 * (conventional values for elements given as intervals) and the mass of the most abundant isotope.
 * The table is the resource {@code elements.tsv}; see the script named in its header for its source.
 */
public final class Element {
    private static final Element[] BY_Z;
    private static final Map<String, Element> BY_SYMBOL = new HashMap<>();

    static {
        Map<Integer, Element> read = new HashMap<>();
        int maxZ = 0;
        try (InputStream in = Element.class.getResourceAsStream("elements.tsv")) {
            if (in == null) throw new IllegalStateException("resource elements.tsv missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("Z\t")) continue;
                String[] f = line.split("\t");
                Element e = new Element(Integer.parseInt(f[0]), f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]));
                read.put(e.atomicNumber, e);
                BY_SYMBOL.put(e.symbol.toUpperCase(Locale.ROOT), e);
                maxZ = Math.max(maxZ, e.atomicNumber);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        BY_Z = new Element[maxZ + 1];
        read.forEach((z, e) -> BY_Z[z] = e);
    }

    private final int atomicNumber;
    private final String symbol;
    private final double standardAtomicWeight;
    private final double mostAbundantIsotopeMass;

    private Element(int atomicNumber, String symbol, double standardAtomicWeight, double mostAbundantIsotopeMass) {
        this.atomicNumber = atomicNumber;
        this.symbol = symbol;
        this.standardAtomicWeight = standardAtomicWeight;
        this.mostAbundantIsotopeMass = mostAbundantIsotopeMass;
    }

    /** The element with atomic number z; throws for unknown z. */
    public static Element of(int z) {
        if (z <= 0 || z >= BY_Z.length || BY_Z[z] == null) throw new IllegalArgumentException("no element with atomic number " + z);
        return BY_Z[z];
    }

    /** The element with this symbol (case-insensitive); throws for an unknown symbol. */
    public static Element of(String symbol) {
        Element e = BY_SYMBOL.get(symbol.trim().toUpperCase(Locale.ROOT));
        if (e == null) throw new IllegalArgumentException("unknown element symbol '" + symbol + "'");
        return e;
    }

    public int atomicNumber() { return atomicNumber; }
    public String symbol() { return symbol; }
    /** IUPAC standard atomic weight in amu. */
    public double standardAtomicWeight() { return standardAtomicWeight; }
    /** Mass of the most abundant isotope in amu. */
    public double mostAbundantIsotopeMass() { return mostAbundantIsotopeMass; }

    @Override public String toString() { return symbol; }
}
