package dev.curvature.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrystalCommandsTest {
    /** Stillinger & Weber (1985) silicon, as LAMMPS's Si.sw. */
    static final String SI_SW = dev.curvature.testing.Crystals.SI_SW;

    static String siliconCif(double a) {
        return """
                data_Si
                _cell_length_a %s
                _cell_length_b %s
                _cell_length_c %s
                _cell_angle_alpha 90
                _cell_angle_beta 90
                _cell_angle_gamma 90
                loop_
                _symmetry_equiv_pos_as_xyz
                'x,y,z' 'x,y+1/2,z+1/2' 'x+1/2,y,z+1/2' 'x+1/2,y+1/2,z'
                loop_
                _atom_site_label
                _atom_site_fract_x
                _atom_site_fract_y
                _atom_site_fract_z
                Si1 0 0 0
                Si2 0.25 0.25 0.25
                """.formatted(a, a, a);
    }

    @TempDir Path dir;
    Path pot, cif;

    @BeforeEach
    void files() throws Exception {
        Files.writeString(dir.resolve("Si.sw"), SI_SW);
        pot = dir.resolve("si.pot");
        Files.writeString(pot, "pair_style sw\npair_coeff * * Si.sw Si\n");
        cif = dir.resolve("si.cif");
        Files.writeString(cif, siliconCif(5.40));
    }

    @Test
    void elasticJsonHasTheTensorModuliStabilityAndUnits() throws Exception {
        Path plot = dir.resolve("young.svg"), relaxed = dir.resolve("relaxed.extxyz");
        CliHarness.Run run = CliHarness.run(dev.curvature.registry.EnergyModels.registry(), "elastic", cif.toString(), "--potential", pot.toString(), "--relax-cell", "--json",
                "--plot", plot.toString(), "-o", relaxed.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
        JsonArray c = o.getAsJsonArray("cij");
        assertEquals(151.42, c.get(0).getAsJsonArray().get(0).getAsDouble(), 0.01);
        assertEquals(56.45, c.get(3).getAsJsonArray().get(3).getAsDouble(), 0.01);
        assertEquals(109.76, o.getAsJsonArray("cij_clamped").get(3).getAsJsonArray().get(3).getAsDouble(), 0.01);
        assertEquals(101.42, o.getAsJsonObject("bulk_modulus").get("hill").getAsDouble(), 0.01);
        assertTrue(o.get("stable").getAsBoolean());
        assertEquals("cubic", o.get("laue_class").getAsString());
        assertEquals(5.431, o.getAsJsonObject("lattice").get("a").getAsDouble(), 1e-3);
        assertEquals(-4.3366, o.get("energy_per_atom").getAsDouble(), 1e-4);
        assertEquals("GPa", o.getAsJsonObject("units").get("cij").getAsString());
        assertTrue(Files.readString(plot).contains("<svg"));
        assertTrue(Files.readString(relaxed).contains("Lattice="));
    }

    @Test
    void energyReportsStressPositiveUnderTension() {
        // materials-conventions.md: 8-atom SW Si at a = 1.01 a0 has σ_xx = +0.018090 eV/Å³ (LAMMPS pxx = −28983 bar)
        CliHarness.Run run;
        try {
            Files.writeString(cif, siliconCif(5.43095 * 1.01));
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
        run = CliHarness.run(dev.curvature.registry.EnergyModels.registry(), "energy", cif.toString(), "--potential", pot.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
        double sxx = o.getAsJsonArray("stress").get(0).getAsJsonArray().get(0).getAsDouble();
        assertEquals(0.018090 * 160.21766208, sxx, 0.003);
        assertEquals(2.8983, sxx, 0.003, "−pxx of LAMMPS in GPa");
        assertTrue(o.getAsJsonObject("units").get("stress").getAsString().startsWith("GPa"));
        assertEquals(8, o.getAsJsonArray("forces").size());
    }

    @Test
    void phononsJsonAndPlot() throws Exception {
        Path plot = dir.resolve("bands.png");
        Files.writeString(cif, siliconCif(5.43095)); // phonons relax the ions, not the cell
        CliHarness.Run run = CliHarness.run(dev.curvature.registry.EnergyModels.registry(), "phonons", cif.toString(), "--potential", pot.toString(), "--json", "--plot", plot.toString(),
                "--mesh", "4");
        assertEquals(0, run.exitCode(), run.err());
        JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
        JsonArray g = o.getAsJsonArray("gamma_thz");
        for (int k = 0; k < 3; k++) assertEquals(0.0, g.get(k).getAsDouble(), 0.0);
        assertEquals(17.83, g.get(23).getAsDouble(), 0.01);
        assertEquals("fcc", o.getAsJsonObject("dispersion").get("lattice").getAsString());
        assertTrue(Files.size(plot) > 1000);
    }

    @Test
    void badInputsAreOneLineErrorsAndWriteNothing() throws Exception {
        Path plot = dir.resolve("never.png");
        Path water = dir.resolve("water.xyz");
        Files.writeString(water, "3\nwater\nO 0 0 0\nH 0.96 0 0\nH -0.24 0.93 0\n");
        CliHarness.Run run = CliHarness.run(dev.curvature.registry.EnergyModels.registry(), "elastic", water.toString(), "--potential", pot.toString(), "--plot", plot.toString());
        assertEquals(1, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("not a crystal"), run.err());
        Path broken = dir.resolve("broken.cif");
        Files.writeString(broken, "data_x\nloop_\n_atom_site_label\n");
        run = CliHarness.run(dev.curvature.registry.EnergyModels.registry(), "elastic", broken.toString(), "--potential", pot.toString(), "--plot", plot.toString());
        assertEquals(1, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("broken.cif"), run.err());
        Path badPot = dir.resolve("bad.pot");
        Files.writeString(badPot, "pair_style morse 5.0\npair_coeff * * 1 1 1\n");
        run = CliHarness.run(dev.curvature.registry.EnergyModels.registry(), "elastic", cif.toString(), "--potential", badPot.toString(), "--plot", plot.toString());
        assertEquals(1, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertFalse(Files.exists(plot));
        run = CliHarness.run(dev.curvature.registry.EnergyModels.registry(), "elastic", cif.toString(), "--potential", pot.toString(), "--supercell", "2,2");
        assertEquals(2, run.exitCode());
        // a potential for other elements: the silicon crystal with an argon Lennard-Jones file
        Path argon = dir.resolve("ar.pot");
        Files.writeString(argon, "labelmap atom 1 Ar\npair_style lj/cut 8.5\npair_coeff 1 1 0.0104 3.40\n");
        run = CliHarness.run(dev.curvature.registry.EnergyModels.registry(), "elastic", cif.toString(), "--potential", argon.toString(), "--plot", plot.toString());
        assertEquals(1, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("Si"), run.err());
        assertFalse(Files.exists(plot));
    }

    @Test
    void anUnstableCrystalIsReportedInOneWarningLine() throws Exception {
        // bcc Lennard-Jones argon: central pair forces make the bcc lattice soft to the Bain (tetragonal) shear, C11 < C12
        Path argon = dir.resolve("ar.pot");
        Files.writeString(argon, "labelmap atom 1 Ar\npair_style lj/cut 8.5\npair_coeff 1 1 0.0104 3.40\n");
        Path bcc = dir.resolve("bcc.cif");
        Files.writeString(bcc, """
                data_bcc
                _cell_length_a 4.20
                _cell_length_b 4.20
                _cell_length_c 4.20
                _cell_angle_alpha 90
                _cell_angle_beta 90
                _cell_angle_gamma 90
                loop_
                _symmetry_equiv_pos_as_xyz
                'x,y,z' 'x+1/2,y+1/2,z+1/2'
                loop_
                _atom_site_label
                _atom_site_fract_x
                _atom_site_fract_y
                _atom_site_fract_z
                Ar1 0 0 0
                """);
        CliHarness.Run run = CliHarness.run(dev.curvature.registry.EnergyModels.registry(), "elastic", bcc.toString(), "--potential", argon.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("mechanically unstable"), run.err());
        assertEquals(1, run.err().lines().filter(l -> l.contains("unstable")).count(), run.err());
        assertTrue(run.out().contains("UNSTABLE"), run.out());
    }
}
