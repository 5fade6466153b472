package dev.curvature.jmol;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.curvature.jmol.crystal.CrystalScenario;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The crystal actions in the real Jmol window (CrystalScenario in a child JVM under a display, via
 * GuiHarness) on diamond Si with Debian's Stillinger-Weber file: the tensor the window shows is the
 * CLI's {@code elastic --json} for the same CIF and potential, the Γ modes are the CLI's
 * {@code phonons --json}, Cancel stops the engine within a second and leaves nothing behind, and
 * a molecule is refused in one line.
 */
class CrystalGuiTest {
    static final Path DEBIAN_SI_SW = Path.of("/usr/share/lammps/potentials/Si.sw");
    static final Path SI = Path.of("examples/crystals/si-diamond.cif").toAbsolutePath();

    @TempDir Path dir;

    @Test
    void elasticAndPhononWindowsShowTheClisNumbers() throws Exception {
        if (!Files.isRegularFile(DEBIAN_SI_SW)) {
            String why = "CRYSTAL REAL-WINDOW TEST SKIPPED: " + DEBIAN_SI_SW + " is missing; install Debian's lammps-data "
                    + "(apt-get install -y lammps-data) to run it.";
            System.err.println("\n*** " + why + " ***\n");
            Assumptions.assumeTrue(false, why);
        }
        Path shots = Path.of("target", "jmol-crystal-shots").toAbsolutePath();
        Path rattled = dir.resolve("si1000-rattled.cif");
        Files.writeString(rattled, rattledSilicon(5, 0.3, 11));
        Map<String, String> seen = GuiHarness.run(CrystalScenario.class, null, "jmol-crystal", 420, SI.toString(),
                DEBIAN_SI_SW.toString(), shots.toString(), Path.of("examples/water.sdf").toAbsolutePath().toString(), rattled.toString());
        String tail = seen.get("LOG_TAIL");
        assertEquals("1", seen.get("DONE"), tail);
        assertEquals("true", seen.get("DIALOG_MENTIONS_DEBIAN"), "the dialog points at Debian's potentials");
        assertEquals(DEBIAN_SI_SW.toString(), seen.get("DIALOG_PROPOSED"), "the second action proposes the last potential");

        Path pot = dir.resolve("si-sw.pot");
        Files.writeString(pot, "pair_style sw\npair_coeff * * " + DEBIAN_SI_SW + " Si\n");
        JsonObject cli = cli("elastic", SI.toString(), "--potential", pot.toString(), "--json");
        double[][] relaxed = matrix(seen.get("RELAXED")), clamped = matrix(seen.get("CLAMPED"));
        String[] text = seen.get("RELAXED_TEXT").split(",");
        JsonArray cij = cli.getAsJsonArray("cij"), cijClamped = cli.getAsJsonArray("cij_clamped");
        for (int i = 0; i < 6; i++)
            for (int j = 0; j < 6; j++) {
                double c = cij.get(i).getAsJsonArray().get(j).getAsDouble();
                assertEquals(c, relaxed[i][j], 1e-3, "relaxed C" + (i + 1) + (j + 1));
                assertEquals(cijClamped.get(i).getAsJsonArray().get(j).getAsDouble(), clamped[i][j], 1e-3, "clamped C" + (i + 1) + (j + 1));
                assertEquals(String.format(Locale.ROOT, "%.2f", Math.abs(c) < 0.005 ? 0.0 : c), text[6 * i + j], "shown C" + (i + 1) + (j + 1));
            }
        String summary = seen.get("ELASTIC_SUMMARY");
        assertTrue(summary.contains("STABLE") && summary.contains(String.format(Locale.ROOT, "%.2f", cli.getAsJsonObject("bulk_modulus").get("hill").getAsDouble())), summary);

        JsonObject phonons = cli("phonons", SI.toString(), "--potential", pot.toString(), "--path", "none", "--json");
        JsonArray gamma = phonons.getAsJsonArray("gamma_thz");
        double[] shown = vector(seen.get("GAMMA_THZ"));
        assertEquals(gamma.size(), shown.length);
        for (int k = 0; k < shown.length; k++) assertEquals(gamma.get(k).getAsDouble(), shown[k], 1e-4, "Γ mode " + (k + 1));
        assertEquals("24", seen.get("PHONON_ROWS"));
        assertEquals("3", seen.get("FIRST_SHOWN"), "the first optical mode is animated first");
        assertEquals("23", seen.get("MODE_SHOWN"), "choosing a row animates that mode");
        assertEquals("true", seen.get("VIBRATION_ON"));
        assertEquals(seen.get("JMOL_ATOMS"), seen.get("ATOMS_MOVING"), "every copy Jmol draws moves");
        // Cancel during the relaxation of a 1000-atom cell: the engine stops within about one evaluation,
        // shows nothing, leaves no vibration; the menu works again at once
        for (String job : new String[] {"ELASTIC", "PHONONS"}) {
            assertTrue(seen.get(job + "_STAGE_AT_CANCEL").startsWith("Relaxing the ions"), job + ": " + seen.get(job + "_STAGE_AT_CANCEL"));
            assertEquals("1", seen.get(job + "_COMPUTING_AT_CANCEL"), job + ": the job was computing when Cancel was pressed");
            long ms = Long.parseLong(seen.get(job + "_ENGINE_STOPPED_MS"));
            assertTrue(ms < 1000, job + ": the engine computed on for " + ms + " ms after Cancel");
        }
        assertEquals("true", seen.get("RESULTS_KEPT_AFTER_CANCEL"), "a cancelled job replaces no result and opens no window");
        assertEquals("0", seen.get("VIBRATING_AFTER_CANCEL"));
        assertEquals("1000", seen.get("ELASTIC_ATOMS_AFTER"), "after the cancels the menu runs the job to its end");
        long full = Long.parseLong(seen.get("ELASTIC_FULL_MS"));
        assertTrue(full > 2 * Long.parseLong(seen.get("ELASTIC_ENGINE_STOPPED_MS")) + 300,
                "the uncancelled job (" + full + " ms) is much longer than what Cancel left running: Cancel cut real work");
        String refusal = seen.get("MOLECULE_REFUSAL");
        assertTrue(refusal.contains("molecule") && !refusal.contains("|"), refusal);
    }

    /**
     * A P1 CIF of n×n×n conventional diamond-Si cells (a = 5.431 Å) with every atom moved by up
     * to {@code amplitude} Å along each axis (seeded): a cell whose relaxation takes many steps.
     */
    static String rattledSilicon(int n, double amplitude, long seed) {
        double a = 5.431, edge = n * a;
        double[][] basis = {{0, 0, 0}, {0, .5, .5}, {.5, 0, .5}, {.5, .5, 0}, {.25, .25, .25}, {.25, .75, .75}, {.75, .25, .75}, {.75, .75, .25}};
        java.util.Random random = new java.util.Random(seed);
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "data_si_rattled\n_symmetry_space_group_name_H-M 'P 1'\n"
                + "_cell_length_a %.6f\n_cell_length_b %.6f\n_cell_length_c %.6f\n_cell_angle_alpha 90\n_cell_angle_beta 90\n_cell_angle_gamma 90\n"
                + "loop_\n_atom_site_label\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n", edge, edge, edge));
        int k = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                for (int l = 0; l < n; l++)
                    for (double[] f : basis) {
                        double[] x = {(f[0] + i) / n, (f[1] + j) / n, (f[2] + l) / n};
                        for (int c = 0; c < 3; c++) x[c] = ((x[c] + amplitude * (2 * random.nextDouble() - 1) / edge) % 1.0 + 1.0) % 1.0;
                        b.append(String.format(Locale.ROOT, "Si%d Si %.8f %.8f %.8f%n", ++k, x[0], x[1], x[2]));
                    }
        return b.toString();
    }

    /** The CLI in its own JVM; its one JSON line. */
    private JsonObject cli(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "dev.curvature.cli.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return JsonParser.parseString(out.strip()).getAsJsonObject();
    }

    static double[][] matrix(String text) {
        String[] rows = text.replace(" ", "").replaceAll("^\\[\\[|\\]\\]$", "").split("\\],\\[");
        double[][] m = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) m[i] = vector(rows[i]);
        return m;
    }

    static double[] vector(String text) {
        String[] p = text.replace(" ", "").replace("[", "").replace("]", "").split(",");
        double[] v = new double[p.length];
        for (int i = 0; i < p.length; i++) v[i] = Double.parseDouble(p[i]);
        return v;
    }
}
