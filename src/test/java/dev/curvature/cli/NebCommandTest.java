package dev.curvature.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.curvature.io.ReadOptions;
import dev.curvature.io.StructureReader;
import dev.curvature.io.StructureWriter;
import dev.curvature.registry.EnergyModels;
import dev.curvature.structure.Structure;
import dev.curvature.workflow.ReactionPathTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class NebCommandTest {
    @TempDir Path dir;

    private Path[] ends() throws Exception {
        Path start = dir.resolve("start.sdf");
        CliHarness.Run opt = CliHarness.run(EnergyModels.registry(), "optimize", "examples/ethane_staggered.sdf", "--model", "mmff94",
                "-o", start.toString());
        assertEquals(0, opt.exitCode(), opt.err());
        Structure s;
        try (StructureReader r = StructureReader.open(start, ReadOptions.DEFAULT)) {
            s = r.next().structure();
        }
        Path end = dir.resolve("end.xyz");
        StructureWriter.write(end, List.of(ReactionPathTest.turned(s, 120)), List.of(start));
        return new Path[] {start, end};
    }

    @Test
    void ethaneTorsionPathWithItsSaddle() throws Exception {
        Path[] ends = ends();
        Path path = dir.resolve("path.xyz"), saddle = dir.resolve("ts.sdf");
        CliHarness.Run run = CliHarness.run(EnergyModels.registry(), "neb", ends[0].toString(), ends[1].toString(), "--model", "mmff94",
                "--images", "5", "--json", "-o", path.toString(), "--saddle", saddle.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonObject o = JsonParser.parseString(run.out().strip()).getAsJsonObject();
        assertEquals("kcal/mol", o.getAsJsonObject("units").get("energy").getAsString());
        assertEquals("Å", o.getAsJsonObject("units").get("length").getAsString());
        assertEquals("kcal/mol/Å", o.getAsJsonObject("units").get("force").getAsString());
        assertEquals(7, o.getAsJsonArray("images").size());
        assertTrue(o.get("band_converged").getAsBoolean());
        JsonObject s = o.getAsJsonObject("saddle");
        assertTrue(s.get("confirmed").getAsBoolean());
        assertEquals(1, s.get("imaginary_modes").getAsInt());
        assertTrue(s.get("lowest_frequency").getAsDouble() < 0);
        double barrier = s.get("barrier_from_start").getAsDouble();
        assertTrue(barrier > 2 && barrier < 4, "MMFF94's ethane barrier is about 2.9 kcal/mol: " + barrier);
        assertEquals(barrier, s.get("barrier_from_end").getAsDouble(), 1e-5, "the two ends are the same conformer");
        assertEquals(7, Files.readAllLines(path).stream().filter(l -> l.startsWith("image ")).count());
        assertTrue(Files.readString(saddle).startsWith("saddle point"));
    }

    @Test
    void badEndsAndOptionsGetOneLine() throws Exception {
        Path[] ends = ends();
        CliHarness.Run mismatch = CliHarness.run(EnergyModels.registry(), "neb", ends[0].toString(), "examples/water.sdf");
        assertEquals(1, mismatch.exitCode());
        assertEquals(1, mismatch.errLines().size(), mismatch.err());
        assertTrue(mismatch.err().contains("different numbers of atoms"), mismatch.err());

        CliHarness.Run images = CliHarness.run(EnergyModels.registry(), "neb", ends[0].toString(), ends[1].toString(), "--images", "0");
        assertEquals(2, images.exitCode());
        assertTrue(images.err().contains("--images"), images.err());

        byte[] before = Files.readAllBytes(ends[1]);
        CliHarness.Run onto = CliHarness.run(EnergyModels.registry(), "neb", ends[0].toString(), ends[1].toString(), "-o", ends[1].toString());
        assertEquals(2, onto.exitCode(), onto.err());
        assertArrayEquals(before, Files.readAllBytes(ends[1]), "the END file is untouched");

        CliHarness.Run missing = CliHarness.run(EnergyModels.registry(), "neb", ends[0].toString(), dir.resolve("nope.xyz").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("nope.xyz"), missing.err());
    }
}
