package dev.curvature.io.crystal;

import dev.curvature.io.StructureInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Learned-potential data in extended XYZ: stress and virial conventions converted once at the
 * reader (σ = (1/V) ∂E/∂ε, ASE's sign; W = −V σ), 3×3 and Voigt forms, frames lacking a property,
 * molecular frames, and one-line errors naming the line and frame.
 */
class LabelledFramesTest {
    @TempDir Path dir;

    private static final String CELL = "Lattice=\"2 0 0 0 2 0 0 0 2\" ";   // V = 8 Å³

    private static String frame(String keys, String properties, String... atoms) {
        StringBuilder sb = new StringBuilder().append(atoms.length).append('\n').append(keys).append(" Properties=").append(properties).append('\n');
        for (String a : atoms) sb.append(a).append('\n');
        return sb.toString();
    }

    private List<LabelledFrame> read(String text) throws Exception {
        Path f = dir.resolve("d.extxyz");
        Files.writeString(f, text);
        return LabelledFrames.read(f);
    }

    private String error(String text) {
        return assertThrows(StructureInputException.class, () -> read(text)).getMessage();
    }

    @Test void stressAndVirialInEveryFormGiveTheSameSignedStress() throws Exception {
        String p = "species:S:1:pos:R:3:forces:R:3";
        String a = "Si 0 0 0 0.1 -0.2 0.3";
        List<LabelledFrame> f = read(
                frame(CELL + "energy=-4.5 stress=\"0.01 0.004 0.005 0.004 0.02 0.006 0.005 0.006 0.03\" pbc=\"T T T\"", p, a)
                + frame(CELL + "stress=\"0.01 0.02 0.03 0.006 0.005 0.004\" config_type=voigt", p, a)
                // W = −V σ with V = 8: the same stress as a virial, 3×3
                + frame(CELL + "virial=\"-0.08 -0.032 -0.04 -0.032 -0.16 -0.048 -0.04 -0.048 -0.24\"", p, a)
                + frame(CELL + "virial=\"-0.08 -0.16 -0.24 -0.048 -0.04 -0.032\"", p, a));
        double[] expected = {0.01, 0.004, 0.005, 0.004, 0.02, 0.006, 0.005, 0.006, 0.03};
        for (LabelledFrame fr : f) assertArrayEquals(expected, fr.stress(), 1e-15, "frame " + fr.index());
        assertEquals(-4.5, f.get(0).energy());
        assertNull(f.get(1).energy(), "a frame without energy= keeps none");
        assertEquals("voigt", f.get(1).configType());
        assertEquals("default", f.get(0).configType());
        assertArrayEquals(new double[] {0.1, -0.2, 0.3}, f.get(0).forces(), 0);
    }

    @Test void moleculesAndFramesWithoutLabelsAreKept() throws Exception {
        List<LabelledFrame> f = read(frame("energy=-1.0 pbc=\"F F F\"", "species:S:1:pos:R:3", "H 0 0 0", "H 0 0 0.74")
                + frame(CELL + "pbc=\"T T T\"", "species:S:1:pos:R:3", "Si 0 0 0"));
        assertFalse(f.get(0).structure().isPeriodic());
        assertTrue(f.get(1).structure().isPeriodic());
        assertFalse(f.get(1).hasEnergy() || f.get(1).hasForces() || f.get(1).hasStress());
    }

    @Test void writtenFramesReadBackUnchanged() throws Exception {
        List<LabelledFrame> f = read(frame(CELL + "energy=-4.5 stress=\"0.01 0.02 0.03 0.006 0.005 0.004\" config_type=md", "species:S:1:pos:R:3:forces:R:3",
                "Si 0.1 0.2 0.3 1 2 3"));
        Path out = dir.resolve("out.extxyz");
        LabelledFrames.write(out, f);
        LabelledFrame g = LabelledFrames.read(out).get(0);
        assertEquals(f.get(0).energy(), g.energy(), 1e-10);
        assertArrayEquals(f.get(0).stress(), g.stress(), 1e-15);
        assertArrayEquals(f.get(0).forces(), g.forces(), 1e-10);
        assertEquals("md", g.configType());
    }

    @Test void declaredEnergyUnitsAreConvertedToEvOnceAndMixedUnitsRefused() throws Exception {
        String p = "species:S:1:pos:R:3:forces:R:3";
        // 1 Hartree = 27.211386 eV (CODATA 2018); forces per Å and stress per Å³ in the same unit
        List<LabelledFrame> f = read(frame(CELL + "units=Hartree energy=-2 stress=\"0.001 0.002 0.003 0 0 0\"", p, "Si 0 0 0 0.1 0 0")
                + frame(CELL + "units=hartree energy=-1", p, "Si 0 0 0 0 0 0"));
        assertEquals(-2 * 27.211386245988, f.get(0).energy(), 1e-8);
        assertEquals(0.1 * 27.211386245988, f.get(0).forces()[0], 1e-9);
        assertEquals(0.003 * 27.211386245988, f.get(0).stress()[8], 1e-11);
        assertEquals(-1 / 23.060547830619, read(frame("energy_units=kcal/mol energy=-1", p, "H 0 0 0 0 0 0")).get(0).energy(), 1e-12);
        // a file whose frames use different units (two data sets concatenated) is refused, naming the frame
        String m = error(frame(CELL + "energy=-4", p, "Si 0 0 0 0 0 0") + frame(CELL + "units=kcal/mol energy=-90", p, "Si 0 0 0 0 0 0"));
        assertTrue(m.contains("frame 2") && m.contains("kcal/mol") && m.contains("eV") && !m.contains("\n"), m);
        m = error(frame(CELL + "units=furlongs energy=-4", p, "Si 0 0 0 0 0 0"));
        assertTrue(m.contains("frame 1") && m.contains("unknown energy unit"), m);
    }

    @Test void badInputIsOneLineNamingLineAndFrame() {
        String ok = frame(CELL, "species:S:1:pos:R:3", "Si 0 0 0");
        String m = error(ok + frame(CELL, "species:S:1:pos:R", "Si 0 0 0"));
        assertTrue(m.contains("line 5") && m.contains("frame 2") && m.contains("name:type:count"), m);
        m = error(ok + frame(CELL, "species:S:1:pos:R:2", "Si 0 0 0"));
        assertTrue(m.contains("frame 2") && m.contains("R:3"), m);
        // count says 2 but only one atom line follows before the next frame
        m = error("2\n" + CELL + "Properties=species:S:1:pos:R:3\nSi 0 0 0\n" + ok);
        assertTrue(m.contains("frame 1") && m.contains("columns"), m);
        m = error(ok + "1\n" + CELL + "Properties=species:S:1:pos:R:3\nSi 0 0 0\nSi 1 1 1\n");
        assertTrue(m.contains("frame 3") && m.contains("more atom lines"), m);
        m = error(frame(CELL + "stress=\"1 2 3 4\"", "species:S:1:pos:R:3", "Si 0 0 0"));
        assertTrue(m.contains("frame 1") && m.contains("9 values"), m);
        m = error(frame(CELL + "stress=\"0.01 0.02 0.03 0 0 0\" virial=\"0.08 0.16 0.24 0 0 0\"", "species:S:1:pos:R:3", "Si 0 0 0"));
        assertTrue(m.contains("disagree"), m);
        m = error(frame("pbc=\"F F F\" stress=\"1 1 1 0 0 0\"", "species:S:1:pos:R:3", "H 0 0 0"));
        assertTrue(m.contains("non-periodic"), m);
        for (String msg : List.of(m)) assertFalse(msg.contains("\n"));
    }
}
