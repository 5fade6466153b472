package dev.curvature.forcefield.mmff;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The hand-written field splitter gives exactly what {@code split("\\s+")} gives, on every line we ship. */
class MmffParameterFileTest {
    private static final List<String> FILES = List.of("mmffprop.par", "mmffdef.par", "mmffbond.par", "mmffbndk.par", "mmffang.par",
            "mmffstbn.par", "mmffdfsb.par", "mmffoop.par", "mmffs_oop.par", "mmfftor.par", "mmffs_tor.par", "mmffchg.par", "mmffpbci.par",
            "mmffvdw.par");

    @Test
    void fieldsEqualRegexSplitOnEveryParameterLine() throws Exception {
        int lines = 0;
        for (String file : FILES) {
            try (InputStream in = MmffParameterFile.class.getResourceAsStream(file)) {
                assertNotNull(in, file);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
                for (String s; (s = r.readLine()) != null; lines++) {
                    String t = s.strip();
                    if (!t.isEmpty()) assertArrayEquals(t.split("\\s+"), MmffParameterFile.fields(t), file + ": " + s);
                }
            }
        }
        assertEquals(true, lines > 6000, "read " + lines + " lines");
    }

    @Test
    void fieldsSplitAtTabsAndRunsOfSpaces() {
        assertArrayEquals(new String[]{"1", "2.5", "x"}, MmffParameterFile.fields("1 \t 2.5\u000Bx"));
        assertArrayEquals(new String[]{"single"}, MmffParameterFile.fields("single"));
        assertArrayEquals(new String[0], MmffParameterFile.fields(""));
    }
}
