package dev.curvature.io.molden;

import dev.curvature.io.AtomicFile;

import dev.curvature.structure.Structure;
import dev.curvature.units.Units;
import dev.curvature.vibration.NormalModes;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes normal modes in the Molden format read by Molden, Jmol and Avogadro:
 * <pre>
 * [Molden Format]
 * [Atoms] Angs                 symbol, 1-based index, Z, x y z in Å
 * [FREQ]                       one wavenumber per mode (cm⁻¹), imaginary as negative
 * [FR-COORD]                   symbol, x y z in bohr
 * [FR-NORM-COORD]              per mode: "vibration k", then one line dx dy dz per atom
 * </pre>
 * Displacements are {@link NormalModes}' unit-norm Cartesian vectors (viewers rescale them).
 * No blank lines are written between sections (some readers treat one as end of section).
 */
public final class MoldenNormalModeWriter {
    private MoldenNormalModeWriter() {}

    /** The Molden text for these modes. */
    public static String format(NormalModes modes) {
        StringWriter sw = new StringWriter();
        try {
            write(modes, sw);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen for an in-memory writer
        }
        return sw.toString();
    }

    /** Writes the Molden text to a stream (not closed). */
    public static void write(NormalModes modes, Writer out) throws IOException {
        Structure s = modes.structure();
        int n = s.atomCount();
        double[] x = s.positions();
        out.write("[Molden Format]\n");
        out.write("[Atoms] Angs\n");
        for (int a = 0; a < n; a++)
            out.write(String.format(Locale.ROOT, "%-3s %5d %3d %16.10f %16.10f %16.10f%n",
                    s.element(a).symbol(), a + 1, s.atomicNumber(a), x[3 * a], x[3 * a + 1], x[3 * a + 2]));
        out.write("[FREQ]\n");
        double[] f = modes.frequenciesCm1();
        for (double v : f) out.write(String.format(Locale.ROOT, "%14.6f%n", v));
        out.write("[FR-COORD]\n");
        for (int a = 0; a < n; a++)
            out.write(String.format(Locale.ROOT, "%-3s %16.10f %16.10f %16.10f%n", s.element(a).symbol(),
                    x[3 * a] / Units.ANGSTROM_PER_BOHR, x[3 * a + 1] / Units.ANGSTROM_PER_BOHR, x[3 * a + 2] / Units.ANGSTROM_PER_BOHR));
        out.write("[FR-NORM-COORD]\n");
        for (int k = 0; k < f.length; k++) {
            out.write(String.format(Locale.ROOT, " vibration %d%n", k + 1));
            double[] d = modes.displacement(k);
            for (int a = 0; a < n; a++)
                out.write(String.format(Locale.ROOT, "%14.10f %14.10f %14.10f%n", clean(d[3 * a]), clean(d[3 * a + 1]), clean(d[3 * a + 2])));
        }
        out.flush();
    }

    /** Roundoff-level components print as 0 rather than "-0.0000000000". */
    private static double clean(double v) { return Math.abs(v) < 5e-11 ? 0.0 : v; }

    /**
     * Writes the file atomically: the text goes to a temporary file in the same directory which is
     * then moved over the target, so readers never see a half-written file.
     *
     * @throws IOException naming the file if it cannot be written
     */
    public static void write(NormalModes modes, Path file) throws IOException {
        AtomicFile.write(file, format(modes));
    }
}
