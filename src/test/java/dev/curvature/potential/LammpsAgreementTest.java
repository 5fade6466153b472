package dev.curvature.potential;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.curvature.model.Configuration;
import dev.curvature.model.Property;
import dev.curvature.model.Results;
import dev.curvature.potential.lammps.PotentialFile;
import dev.curvature.structure.Cell;
import dev.curvature.structure.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Energy, forces and stress against Debian LAMMPS on the same cells and potential files
 * (fixtures made by tools/fixtures/make_lammps_potential_fixtures.py). Cases whose parameter file
 * (Debian lammps-data) is missing are skipped with the reason.
 */
class LammpsAgreementTest {
    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"lj_argon", "sw_si_stretched", "sw_si", "sw_gan", "tersoff_si", "tersoff_sic",
            "eam_cu_u3", "eam_alloy_cu", "eam_alloy_cuni", "eam_cu_ni_funcfl", "buck_coul_nacl", "born_coul_nacl"})
    void agreesWithLammps(String name) throws Exception {
        JsonObject f;
        var in = getClass().getResourceAsStream("lammps/" + name + ".json");
        assertNotNull(in, "fixture " + name);
        try (var r = new InputStreamReader(in, StandardCharsets.UTF_8)) { f = JsonParser.parseReader(r).getAsJsonObject(); }
        String potential = f.get("potential").getAsString();
        Matcher m = Pattern.compile("(?<=\\s)(/\\S+)").matcher(potential);
        while (m.find())
            Assumptions.assumeTrue(Files.isRegularFile(Path.of(m.group(1))), "skipped: " + m.group(1) + " missing (Debian lammps-data)");
        Path pot = dir.resolve(name + ".pot");
        Files.writeString(pot, potential);
        JsonArray el = f.getAsJsonArray("elements");
        Element[] elements = new Element[el.size()];
        for (int i = 0; i < elements.length; i++) elements[i] = Element.of(el.get(i).getAsString());
        double[][] cell = new double[3][3];
        for (int r = 0; r < 3; r++) for (int c = 0; c < 3; c++) cell[r][c] = f.getAsJsonArray("cell").get(r).getAsJsonArray().get(c).getAsDouble();
        int n = elements.length;
        double[] x = new double[3 * n];
        for (int i = 0; i < n; i++) for (int c = 0; c < 3; c++) x[3 * i + c] = f.getAsJsonArray("positions").get(i).getAsJsonArray().get(c).getAsDouble();
        Results res = Results.request(n, Property.GRADIENT, Property.STRAIN_DERIVATIVE);
        Cell cl = new Cell(cell);
        PeriodicPotential p = PotentialFile.read(pot).bind(elements, cl);
        p.compute(Configuration.periodic(x, cl), res, null);
        // LAMMPS's coul/long evaluates erfc by a polynomial (Abramowitz-Stegun 7.1.26, ±1.5e-7): on perfect NaCl it is
        // 3.0e-6 eV/atom above the exact Madelung energy, which IonicPotentialTest reproduces to 1e-7 relative
        boolean coulomb = name.contains("coul");
        double tolE = coulomb ? 4e-6 : 1e-8, tolF = coulomb ? 1e-6 : 1e-7, tolS = coulomb ? 1e-7 : 1e-9;
        double de = Math.abs(f.get("energy_eV").getAsDouble() - res.energy()) / n, df = 0, ds = 0;
        assertEquals(f.get("energy_eV").getAsDouble() / n, res.energy() / n, tolE, name + " energy per atom (eV)");
        for (int i = 0; i < n; i++)
            for (int c = 0; c < 3; c++) {
                double ref = f.getAsJsonArray("forces_eV_per_A").get(i).getAsJsonArray().get(c).getAsDouble();
                df = Math.max(df, Math.abs(ref + res.gradient()[3 * i + c]));
                assertEquals(ref, -res.gradient()[3 * i + c], tolF, name + " force on atom " + i);
            }
        double v = cl.volume();
        for (int a = 0; a < 3; a++)
            for (int b = 0; b < 3; b++)
                // in eV/Å³ with LAMMPS's own bar conversion, so the comparison is not limited by 160.21765 vs 160.21766208
            {
                double ref = f.getAsJsonArray("stress_eV_per_A3").get(a).getAsJsonArray().get(b).getAsDouble();
                ds = Math.max(ds, Math.abs(ref - res.strainDerivative()[3 * a + b] / v));
                assertEquals(ref, res.strainDerivative()[3 * a + b] / v, tolS, name + " stress " + a + b + " (eV/Å³)");
            }
        // the worst deviations, for VALIDATION.md
        System.out.printf(java.util.Locale.ROOT, "LAMMPS %s: |ΔE|/atom %.1e eV, |ΔF| %.1e eV/Å, |Δσ| %.1e eV/Å³%n", name, de, df, ds);
    }
}
