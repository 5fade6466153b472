package dev.curvature.xtb;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.curvature.cli.CliHarness;
import dev.curvature.registry.EnergyModels;
import dev.curvature.units.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The total charge and unpaired electrons reach GFN2-xTB from the command line (--charge/--chrg,
 * --uhf, as xtb's options) and from the input's formal charges: the energies of an anion, a
 * radical cation and triplet O2 equal xtb 6.5.1's (fixtures of tools/xtb/make_scc_fixtures.py),
 * and the options override what the reader perceived.
 */
class Gfn2ChargeAndSpinCliTest {
    private static final double EH_TOLERANCE = 1e-6;

    @Test
    void chargeAndUhfOptionsGiveXtbsEnergies(@TempDir Path dir) throws IOException {
        check(dir, "hydroxide", "--charge", "-1");
        check(dir, "ammonia_cation", "--chrg", "1", "--uhf", "1");
        check(dir, "o2_triplet", "--uhf", "2");
    }

    @Test
    void chargeOptionOverridesTheChargePerceivedFromTheXyz(@TempDir Path dir) throws IOException {
        SccFixture f = SccFixture.load("hydroxide");
        // O-H alone is read with the formal charge that fills oxygen's valence: the anion
        assertEquals(f.energy(), energyEh(dir, f), EH_TOLERANCE);
        double radical = energyEh(dir, f, "--charge", "0");
        assertTrue(Math.abs(radical - f.energy()) > 0.1, "--charge 0 should give the OH radical, not the anion: " + radical);
    }

    @Test
    void chargeFromAnSdfsFormalCharges(@TempDir Path dir) throws IOException {
        SccFixture f = SccFixture.load("hydroxide");
        double a = Units.ANGSTROM_PER_BOHR;
        String sdf = "hydroxide\n  test\n\n  2  1  0  0  0  0  0  0  0  0999 V2000\n"
                + String.format(Locale.ROOT, "%10.4f%10.4f%10.4f O   0  5%n", f.xyz()[0] * a, f.xyz()[1] * a, f.xyz()[2] * a)
                + String.format(Locale.ROOT, "%10.4f%10.4f%10.4f H   0  0%n", f.xyz()[3] * a, f.xyz()[4] * a, f.xyz()[5] * a)
                + "  1  2  1  0\nM  CHG  1   1  -1\nM  END\n$$$$\n";
        Path in = dir.resolve("hydroxide.sdf");
        Files.writeString(in, sdf);
        CliHarness.Run run = CliHarness.run(EnergyModels.registry(), "energy", in.toString(), "--model", "gfn2", "--json");
        assertEquals(0, run.exitCode(), run.err());
        // the SDF holds 4 decimals of Å: compare loosely, the point is the charge (0.1 Eh apart)
        assertEquals(f.energy(), energy(run), 1e-4);
    }

    @Test
    void impossibleSpinIsOneLineAndNegativeUhfIsAUsageError(@TempDir Path dir) throws IOException {
        Path in = write(dir, SccFixture.load("hydroxide"));
        CliHarness.Run odd = CliHarness.run(EnergyModels.registry(), "energy", in.toString(), "--model", "gfn2", "--charge", "-1", "--uhf", "1");
        assertEquals(1, odd.exitCode(), odd.out() + odd.err());
        assertEquals(1, odd.err().strip().lines().count(), odd.err());
        assertTrue(odd.err().contains("cannot have 1 unpaired"), odd.err());
        assertFalse(odd.err().contains("Exception"), odd.err());
        CliHarness.Run negative = CliHarness.run(EnergyModels.registry(), "energy", in.toString(), "--model", "gfn2", "--uhf", "-1");
        assertEquals(2, negative.exitCode(), negative.err());
        assertTrue(negative.err().contains("--uhf must be 0 or more"), negative.err());
    }

    private static void check(Path dir, String fixture, String... options) throws IOException {
        SccFixture f = SccFixture.load(fixture);
        assertEquals(f.energy(), energyEh(dir, f, options), EH_TOLERANCE, fixture);
    }

    private static double energyEh(Path dir, SccFixture f, String... options) throws IOException {
        Path in = write(dir, f);
        String[] args = new String[5 + options.length];
        args[0] = "energy"; args[1] = in.toString(); args[2] = "--model"; args[3] = "gfn2"; args[4] = "--json";
        System.arraycopy(options, 0, args, 5, options.length);
        CliHarness.Run run = CliHarness.run(EnergyModels.registry(), args);
        assertEquals(0, run.exitCode(), run.err());
        return energy(run);
    }

    private static double energy(CliHarness.Run run) {
        JsonObject o = JsonParser.parseString(run.out().strip().lines().findFirst().orElseThrow()).getAsJsonObject();
        assertEquals("kcal/mol", o.getAsJsonObject("units").get("energy").getAsString());
        return o.get("energy").getAsDouble() / Units.KCAL_PER_MOL_PER_HARTREE;
    }

    private static Path write(Path dir, SccFixture f) throws IOException {
        StringBuilder xyz = new StringBuilder().append(f.z().length).append('\n').append(f.name()).append('\n');
        String[] symbol = {"", "H", "He", "Li", "Be", "B", "C", "N", "O"};
        for (int a = 0; a < f.z().length; a++)
            xyz.append(String.format(Locale.ROOT, "%s %.10f %.10f %.10f%n", symbol[f.z()[a]],
                    f.xyz()[3 * a] * Units.ANGSTROM_PER_BOHR, f.xyz()[3 * a + 1] * Units.ANGSTROM_PER_BOHR, f.xyz()[3 * a + 2] * Units.ANGSTROM_PER_BOHR));
        Path p = dir.resolve(f.name() + ".xyz");
        Files.writeString(p, xyz);
        return p;
    }
}
