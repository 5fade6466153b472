package dev.curvature.io.molden;

import static org.junit.jupiter.api.Assertions.*;

import dev.curvature.structure.MassModel;
import dev.curvature.testing.vib.VibTestMolecules;
import dev.curvature.vibration.NormalModes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MoldenNormalModeWriterTest {

    /** Minimal independent reader: section name (upper case) → its lines. */
    static java.util.Map<String, List<String>> sections(List<String> lines) {
        java.util.Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        List<String> current = null;
        for (String l : lines) {
            String t = l.trim();
            if (t.startsWith("[")) {
                String name = t.substring(0, t.indexOf(']') + 1).toUpperCase();
                current = new ArrayList<>();
                m.put(name, current);
                if (t.length() > name.length()) current.add(t.substring(name.length()).trim()); // e.g. "Angs"
            } else if (current != null) current.add(t);
        }
        return m;
    }

    static double[] numbers(String line, int from) {
        String[] p = line.trim().split("\\s+");
        double[] v = new double[p.length - from];
        for (int i = from; i < p.length; i++) v[i - from] = Double.parseDouble(p[i]);
        return v;
    }

    @Test
    void waterRoundTrips(@TempDir Path dir) throws IOException {
        var c = VibTestMolecules.water();
        NormalModes modes = NormalModes.of(c.structure(), MassModel.STANDARD_ATOMIC_WEIGHT, c.model());
        Path file = dir.resolve("water.molden");
        MoldenNormalModeWriter.write(modes, file);
        MoldenNormalModeWriter.write(modes, file); // overwrite works
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(file), listing.toList(), "no temporary file left behind");
        }
        var sec = sections(Files.readAllLines(file));
        assertEquals(List.of("[MOLDEN FORMAT]", "[ATOMS]", "[FREQ]", "[FR-COORD]", "[FR-NORM-COORD]"), new ArrayList<>(sec.keySet()));
        double[] x = c.structure().positions();

        List<String> atoms = sec.get("[ATOMS]");
        assertEquals("Angs", atoms.get(0));
        assertEquals(4, atoms.size());
        String[] sym = {"O", "H", "H"};
        int[] z = {8, 1, 1};
        for (int a = 0; a < 3; a++) {
            String[] p = atoms.get(a + 1).split("\\s+");
            assertEquals(sym[a], p[0]);
            assertEquals(a + 1, Integer.parseInt(p[1]));
            assertEquals(z[a], Integer.parseInt(p[2]));
            double[] v = numbers(atoms.get(a + 1), 3);
            for (int k = 0; k < 3; k++) assertEquals(x[3 * a + k], v[k], 1e-9);
        }

        List<String> freq = sec.get("[FREQ]");
        assertEquals(3, freq.size());
        for (int k = 0; k < 3; k++) assertEquals(modes.frequencyCm1(k), Double.parseDouble(freq.get(k)), 1e-5);

        List<String> fr = sec.get("[FR-COORD]");
        assertEquals(3, fr.size());
        for (int a = 0; a < 3; a++) {
            assertTrue(fr.get(a).startsWith(sym[a] + " "));
            double[] v = numbers(fr.get(a), 1);
            for (int k = 0; k < 3; k++) assertEquals(x[3 * a + k] / 0.529177210903, v[k], 1e-9, "bohr");
        }

        List<String> nc = sec.get("[FR-NORM-COORD]");
        assertEquals(3 * 4, nc.size());
        for (int k = 0; k < 3; k++) {
            assertEquals("vibration " + (k + 1), nc.get(4 * k));
            double[] d = modes.displacement(k);
            for (int a = 0; a < 3; a++) {
                double[] v = numbers(nc.get(4 * k + 1 + a), 0);
                for (int q = 0; q < 3; q++) assertEquals(d[3 * a + q], v[q], 1e-9);
            }
        }
    }

    @Test
    void imaginaryFrequencyIsWrittenNegative() {
        var c = VibTestMolecules.planarAmmoniaSaddle();
        NormalModes modes = NormalModes.of(c.structure(), MassModel.STANDARD_ATOMIC_WEIGHT, c.model());
        var sec = sections(List.of(MoldenNormalModeWriter.format(modes).split("\n")));
        assertTrue(Double.parseDouble(sec.get("[FREQ]").get(0)) < -100);
    }

    @Test
    void unwritableTargetNamesTheFile(@TempDir Path dir) {
        var c = VibTestMolecules.water();
        NormalModes modes = NormalModes.of(c.structure(), MassModel.STANDARD_ATOMIC_WEIGHT, c.model());
        Path bad = dir.resolve("missing-dir").resolve("w.molden");
        IOException e = assertThrows(IOException.class, () -> MoldenNormalModeWriter.write(modes, bad));
        assertTrue(e.getMessage().contains("w.molden"), e.getMessage());
    }
}
