package dev.curvature.cli;

import dev.curvature.model.ModelRegistry;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * main builds only the subcommand its first argument names (start-up time); everything a user
 * sees must be what the command line with every subcommand gives: output, messages, exit code.
 */
class LazySubcommandsTest {
    private static final String WATER = Path.of("examples/water.sdf").toString();

    @Test
    void onlyTheNamedSubcommandIsBuilt() {
        ModelRegistry r = CliHarness.testRegistry();
        assertEquals(List.of("freq", "help"), sorted(Main.commandLine(r, new String[]{"freq", WATER}).getSubcommands().keySet()));
        assertTrue(Main.commandLine(r, new String[]{"--help"}).getSubcommands().size() > 10);
        assertTrue(Main.commandLine(r, new String[]{"frq", WATER}).getSubcommands().size() > 10);
        assertTrue(Main.commandLine(r, new String[0]).getSubcommands().size() > 10);
    }

    @Test
    void sameResultsAsWithEverySubcommand() {
        ModelRegistry r = CliHarness.testRegistry();
        List<String[]> cases = List.of(
                new String[]{"energy", WATER},
                new String[]{"energy", "--json", WATER},
                new String[]{"freq", "--no-opt", WATER},
                new String[]{"optimize", "--fmax", "0", WATER},
                new String[]{"freq", "--bogus", WATER},
                new String[]{"freq", "--help"},
                new String[]{"freq"},
                new String[]{"frq", WATER},
                new String[]{"help", "freq"},
                new String[]{"--help"},
                new String[]{"--version"},
                new String[0]);
        for (String[] args : cases) {
            CliHarness.Run lazy = CliHarness.run(r, args), full = CliHarness.runFull(r, args);
            String what = String.join(" ", args);
            assertEquals(full.exitCode(), lazy.exitCode(), what);
            assertEquals(full.out(), lazy.out(), what);
            assertEquals(full.err(), lazy.err(), what);
            assertFalse(lazy.err().contains("Exception"), what);
        }
    }

    private static List<String> sorted(java.util.Set<String> names) {
        return names.stream().sorted().toList();
    }
}
