package dev.curvature.elastic;

import dev.curvature.model.Potential;
import dev.curvature.optimize.CrystalRelaxation;
import dev.curvature.potential.lammps.PotentialFile;
import dev.curvature.structure.Structure;
import dev.curvature.testing.Crystals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stillinger–Weber silicon (parameters of Phys. Rev. B 31, 5262 (1985), as LAMMPS's Si.sw):
 * relaxed-ion C11/C12/C44 = 151.4/76.4/56.4 GPa and clamped-ion C44 = 109.8 GPa (Cowley, Phys.
 * Rev. B 38, 1988, quoted in issue 11). The published values have one decimal: ±0.15 GPa.
 */
class StillingerWeberElasticTest {
    static final String SI_SW = dev.curvature.testing.Crystals.SI_SW;

    @TempDir Path dir;

    Potential bind(Structure s) throws Exception {
        Files.writeString(dir.resolve("Si.sw"), SI_SW);
        Path f = dir.resolve("si.pot");
        Files.writeString(f, "pair_style sw\npair_coeff * * Si.sw Si\n");
        return PotentialFile.read(f).bind(s);
    }

    @Test
    void publishedConstantsOfDiamondSilicon() throws Exception {
        Structure start = Crystals.diamond("Si", 5.40);
        Structure si = CrystalRelaxation.tight().cell(bind(start), start, 0.0, null).structure();
        assertEquals(5.431, Math.cbrt(si.cell().volume()), 1e-3, "SW lattice constant 5.431 Å");
        ElasticConstants.Result r = ElasticConstants.analytic(bind(si), si);
        ElasticTensor c = r.relaxed();
        assertEquals(151.4, c.c(1, 1), 0.15);
        assertEquals(76.4, c.c(1, 2), 0.15);
        assertEquals(56.4, c.c(4, 4), 0.15);
        assertEquals(109.8, r.clamped().c(4, 4), 0.15);
        assertEquals(c.c(1, 1), r.clamped().c(1, 1), 1e-6, "no internal relaxation under normal strains");
        for (int i = 1; i <= 6; i++)
            for (int j = 1; j <= 6; j++) {
                double expected = i <= 3 && j <= 3 ? (i == j ? c.c(1, 1) : c.c(1, 2)) : (i == j ? c.c(4, 4) : 0.0);
                assertEquals(expected, c.c(i, j), 1e-6, "cubic pattern C" + i + j);
            }
        assertTrue(BornStability.of(c).stable());
        // the same numbers by finite differences of the stress with the ions relaxed per strain
        ElasticConstants.Result fd = ElasticConstants.finiteDifference(bind(si), si, 1e-4, new CrystalRelaxation(1e-9, 20000));
        for (int i = 1; i <= 6; i++)
            for (int j = 1; j <= 6; j++) assertEquals(c.c(i, j), fd.relaxed().c(i, j), 5e-3, "finite differences C" + i + j);
    }

    /** The same 192-atom cell and potential as LAMMPS's stock ELASTIC example (tools/fixtures/make_sw_si_elastic_lammps.sh). */
    @Test
    void agreesWithLammpsElasticExample() throws Exception {
        com.google.gson.JsonObject ref;
        try (var in = getClass().getResourceAsStream("/crystal/sw_si_elastic_lammps.json")) {
            ref = com.google.gson.JsonParser.parseString(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).getAsJsonObject();
        }
        Structure start = dev.curvature.periodic.Supercell.of(Crystals.diamond("Si", 5.43), 2, 3, 4);
        Structure si = CrystalRelaxation.tight().cell(bind(start), start, 0.0, null).structure();
        ElasticTensor c = ElasticConstants.analytic(bind(si), si).relaxed();
        for (String k : new String[] {"C11", "C22", "C33", "C12", "C13", "C23", "C44", "C55", "C66", "C14", "C15", "C16", "C45", "C56"}) {
            double expected = ref.get(k).getAsDouble();
            assertEquals(expected, c.c(k.charAt(1) - '0', k.charAt(2) - '0'), 1e-4, k + " vs LAMMPS");
        }
    }
}
