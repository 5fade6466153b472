package dev.curvature.elastic;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.curvature.model.Potential;
import dev.curvature.optimize.CrystalRelaxation;
import dev.curvature.potential.lammps.PotentialFile;
import dev.curvature.structure.Structure;
import dev.curvature.testing.Crystals;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Relaxed-ion elastic constants, lattice constant and energy per atom of Tersoff Si (Si.tersoff,
 * Tersoff PRB 37, 6991 (1988)) and EAM Cu (Cu_u3.eam, Foiles, Baskes &amp; Daw PRB 33, 7983 (1986))
 * and Tosi–Fumi NaCl against LAMMPS's finite-strain ELASTIC example on the same Debian lammps-data files
 * (fixture by tools/fixtures/make_elastic_lammps.py): C_ij to 1e-5 relative (the issue asks 0.1 %;
 * entries that vanish by symmetry to 1e-4 GPa), energies to 1e-6 eV/atom.
 */
class ElasticLammpsReferenceTest {
    @TempDir Path dir;

    static JsonObject reference() throws Exception {
        try (var in = ElasticLammpsReferenceTest.class.getResourceAsStream("/crystal/elastic_lammps.json")) {
            return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject().getAsJsonObject("cases");
        }
    }

    private Potential bind(String text, Structure s) throws Exception {
        Path f = dir.resolve("p.pot");
        Files.writeString(f, text);
        return PotentialFile.read(f).bind(s);
    }

    private void compare(String name, Structure start) throws Exception {
        compare(name, start, 1e-5, 1e-6);
    }

    private void compare(String name, Structure start, double relative, double energyPerAtom) throws Exception {
        JsonObject ref = reference().getAsJsonObject(name);
        String potential = ref.get("potential").getAsString();
        if (potential.contains("/usr/")) {
            Path file = Path.of(potential.substring(potential.indexOf("/usr/")).split("\\s+")[0]);
            Assumptions.assumeTrue(Files.exists(file), "Debian lammps-data is not installed: " + file);
        }
        Structure s = CrystalRelaxation.tight().cell(bind(potential, start), start, 0.0, null).structure();
        assertEquals(ref.get("lattice_constant_A").getAsDouble(), Math.cbrt(s.cell().volume()), 1e-6, name + " lattice constant");
        Potential p = bind(potential, s);
        dev.curvature.model.Results r = dev.curvature.model.Results.request(s.atomCount(), dev.curvature.model.Property.ENERGY);
        p.compute(dev.curvature.model.Configuration.periodic(s.positions(), s.cell()), r, p.newWorkspace());
        assertEquals(ref.get("energy_per_atom_eV").getAsDouble(), r.energy() / s.atomCount(), energyPerAtom, name + " energy per atom");
        ElasticTensor c = ElasticConstants.analytic(p, s).relaxed();
        JsonObject cij = ref.getAsJsonObject("cij_GPa");
        for (String k : cij.keySet()) {
            double expected = cij.get(k).getAsDouble();
            assertEquals(expected, c.c(k.charAt(1) - '0', k.charAt(2) - '0'), Math.max(1e-4, relative * Math.abs(expected)), name + " " + k);
        }
    }

    @Test
    void tersoffSilicon() throws Exception {
        compare("tersoff_si", Crystals.diamond("Si", 5.43));
    }

    /** Tosi–Fumi NaCl (born/coul/long, Ewald 1e-10): Cauchy C12 = C44 holds in both codes. */
    @Test
    void tosiFumiSodiumChloride() throws Exception {
        double a = 5.64;
        double[][] f = {{0, 0, 0}, {0, .5, .5}, {.5, 0, .5}, {.5, .5, 0}, {.5, 0, 0}, {.5, .5, .5}, {0, 0, .5}, {0, .5, 0}};
        dev.curvature.structure.Element[] e = new dev.curvature.structure.Element[8];
        double[] x = new double[24];
        for (int i = 0; i < 8; i++) {
            e[i] = dev.curvature.structure.Element.of(i < 4 ? "Na" : "Cl");
            for (int k = 0; k < 3; k++) x[3 * i + k] = f[i][k] * a;
        }
        Structure s = new Structure("NaCl", e, x, new int[8], java.util.List.of(), 0,
                new dev.curvature.structure.Cell(new double[][]{{a, 0, 0}, {0, a, 0}, {0, 0, a}}));
        compare("born_nacl", s, 1e-5, 1e-6);
    }

    @Test
    void eamCopperAndItsPaper() throws Exception {
        compare("eam_cu", Crystals.fcc("Cu", 3.615));
    }
}
