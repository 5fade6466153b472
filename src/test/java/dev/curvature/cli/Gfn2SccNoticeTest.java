package dev.curvature.cli;

import dev.curvature.registry.EnergyModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a user sees when the GFN2-xTB SCC needs its fallbacks: H, C and N 10-30 Å apart, where xtb
 * 6.5.1 stops with an error, still gives an energy, and the engine's notice reaches standard error
 * as one line, once, although the command evaluates the molecule twice (energy, then its terms).
 */
class Gfn2SccNoticeTest {

    @Test
    void fallbackIsOneLineOnStandardErrorAndTheEnergyIsPrinted(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("scattered.xyz");
        Files.writeString(in, "3\nscattered\nH -2.312 -0.117 9.352\nC 2.193 0.996 -20.794\nN 0.749 -1.385 -12.797\n");
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream old = System.err;
        CliHarness.Run run;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            run = CliHarness.run(EnergyModels.registry(), "energy", in.toString(), "--model", "gfn2");
        } finally {
            System.setErr(old);
        }
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("GFN2-xTB"), run.out());
        List<String> notices = captured.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("GFN2-xTB:")).toList();
        assertEquals(1, notices.stream().filter(l -> l.contains("retrying with damped mixing")).count(), notices.toString());
        for (String l : notices) assertTrue(l.endsWith("(reported once)"), l);
    }
}
