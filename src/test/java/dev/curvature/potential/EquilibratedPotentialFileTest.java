package dev.curvature.potential;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.curvature.cli.CliHarness;
import dev.curvature.io.crystal.CrystalReader;
import dev.curvature.potential.coulomb.EquilibratedIonicPotential;
import dev.curvature.registry.EnergyModels;
import dev.curvature.structure.Structure;
import dev.curvature.workflow.CrystalModel;
import dev.curvature.workflow.ElasticAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The self-consistent-charge ionic potential from a potential file ({@code charge_equilibration
 * gaussian} + {@code charge_coeff}) through the CLI: {@code curvature elastic} gives the tensors
 * the Java API gives when the potential is built by hand from the test's own Gaussian hardness and
 * Buckingham (EquilibratedIonicPotentialTest, written independently of the file reader), and the
 * analytic relaxed-ion tensor equals central differences of the stress with ions and charges
 * relaxed per strain. Bad combinations are one-line errors.
 */
class EquilibratedPotentialFileTest {
    static final Path NACL = Path.of("examples/crystals/nacl-rocksalt.cif");
    /** The test's hardness: erf(r/1 Å) between any two ions, i.e. σ_i = 1/√2 Å for both elements. */
    static final String POTENTIAL = """
            labelmap atom 1 Na 2 Cl
            pair_style buck/coul/long 7.0
            pair_coeff 1 1 500.0 0.25 0.0
            pair_coeff 1 2 1000.0 0.30 2.0
            pair_coeff 2 2 3000.0 0.30 50.0
            kspace_style ewald 1e-8
            charge_equilibration gaussian
            charge_coeff 1 2.843 12.0 0.70710678118654752
            charge_coeff 2 8.564 14.0 0.70710678118654752
            """;

    @TempDir Path dir;

    static CliHarness.Run cli(String... args) {
        return CliHarness.run(EnergyModels.registry(), args);
    }

    @Test
    void cliTensorsEqualTheJavaApisAndFiniteDifferences() throws Exception {
        Path pot = Files.writeString(dir.resolve("nacl-qeq.pot"), POTENTIAL);
        CliHarness.Run run = cli("elastic", NACL.toString(), "--potential", pot.toString(), "--relax-cell", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();

        Structure s = CrystalReader.read(NACL).get(0);
        CrystalModel byHand = c -> {
            int[] type = new int[c.atomCount()];
            for (int i = 0; i < type.length; i++) type[i] = c.element(i).symbol().equals("Na") ? 0 : 1;
            return new EquilibratedIonicPotential("buck/coul/long", c, EquilibratedIonicPotentialTest.GAUSSIAN, type,
                    EquilibratedIonicPotentialTest.BUCKINGHAM, 7.0, 7.0, 1e-8);
        };
        // at zero stress (--relax-cell), where second derivatives of the energy are the stress-strain coefficients
        ElasticAnalysis.Outcome api = new ElasticAnalysis(new int[] {1, 1, 1}, true, 0.0, false, 1e-4).run(s, byHand);
        double[][] relaxed = api.result().relaxed().matrix(), clamped = api.result().clamped().matrix();
        JsonArray cij = o.getAsJsonArray("cij"), cij0 = o.getAsJsonArray("cij_clamped");
        for (int i = 0; i < 6; i++)
            for (int j = 0; j < 6; j++) {
                assertEquals(relaxed[i][j], cij.get(i).getAsJsonArray().get(j).getAsDouble(), 1e-6, "relaxed C" + (i + 1) + (j + 1));
                assertEquals(clamped[i][j], cij0.get(i).getAsJsonArray().get(j).getAsDouble(), 1e-6, "clamped C" + (i + 1) + (j + 1));
            }
        assertTrue(Math.abs(relaxed[0][0]) > 1, "a real tensor: C11 = " + relaxed[0][0]);

        CliHarness.Run fd = cli("elastic", NACL.toString(), "--potential", pot.toString(), "--relax-cell", "--method", "finite-difference", "--json");
        assertEquals(0, fd.exitCode(), fd.err());
        JsonArray cfd = JsonParser.parseString(fd.out()).getAsJsonObject().getAsJsonArray("cij");
        for (int i = 0; i < 6; i++)
            for (int j = 0; j < 6; j++)
                assertEquals(relaxed[i][j], cfd.get(i).getAsJsonArray().get(j).getAsDouble(), 2e-3 * Math.max(1, Math.abs(relaxed[0][0])),
                        "finite differences, ions and charges relaxed per strain: C" + (i + 1) + (j + 1));
    }

    @Test
    void badCombinationsAreOneLineErrors() throws Exception {
        String fixedToo = POTENTIAL + "set type 1 charge 1.0\nset type 2 charge -1.0\n";
        String missingType = POTENTIAL.replace("charge_coeff 2 8.564 14.0 0.70710678118654752\n", "");
        String onSw = "pair_style sw\npair_coeff * * Si.sw Si\ncharge_equilibration qeq\n";
        String unknownModel = POTENTIAL.replace("charge_equilibration gaussian", "charge_equilibration acks2");
        String[][] cases = {
                {fixedToo, "remove the 'set type N charge Q' lines"},
                {missingType, "no charge_coeff for type 2 (Cl)"},
                {onSw, "needs pair_style buck/coul/long or born/coul/long"},
                {unknownModel, "expected 'charge_equilibration gaussian|qeq|eem'"}};
        for (String[] c : cases) {
            Path pot = Files.writeString(dir.resolve("bad.pot"), c[0]);
            CliHarness.Run run = cli("elastic", NACL.toString(), "--potential", pot.toString());
            assertNotEquals(0, run.exitCode(), c[1]);
            String err = run.err().strip();
            assertTrue(err.contains(c[1]) && err.contains("bad.pot"), err);
            assertFalse(err.contains("\n") || err.contains("Exception"), "one line, no stack trace: " + err);
        }
    }
}
