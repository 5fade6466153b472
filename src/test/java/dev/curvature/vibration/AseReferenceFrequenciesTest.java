package dev.curvature.vibration;

import static org.junit.jupiter.api.Assertions.*;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Same Hessians, same masses: our frequencies must match ASE's VibrationsData (fixture written by
 * tools/fixtures/make_vib_ase_reference.py). The Hessians are exactly rigid-invariant, so ASE's
 * unprojected spectrum contains six zeros plus the 3N − 6 values we compute after projection.
 */
class AseReferenceFrequenciesTest {

    static double[] doubles(JsonArray a) {
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) v[i] = a.get(i).getAsDouble();
        return v;
    }

    @Test
    void frequenciesMatchAse() throws Exception {
        JsonArray all;
        try (var in = getClass().getResourceAsStream("/vibration/ase_spring_networks.json")) {
            assertNotNull(in, "fixture missing");
            all = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonArray();
        }
        assertEquals(4, all.size());
        for (JsonElement e : all) {
            JsonObject m = e.getAsJsonObject();
            JsonArray sym = m.getAsJsonArray("symbols");
            Element[] el = new Element[sym.size()];
            for (int i = 0; i < el.length; i++) el[i] = Element.of(sym.get(i).getAsString());
            Structure s = Structure.of(m.get("name").getAsString(), el, doubles(m.getAsJsonArray("positions_angstrom")), new int[el.length], List.of());
            NormalModes modes = NormalModes.of(s, doubles(m.getAsJsonArray("masses_amu")), doubles(m.getAsJsonArray("hessian_kcal_per_mol_a2")));
            double[] ase = doubles(m.getAsJsonArray("ase_frequencies_cm1_all"));
            double[] ours = modes.frequenciesCm1();
            assertEquals(ase.length - 6, ours.length, s.name());
            for (int k = 0; k < 6; k++) assertEquals(0, ase[k], 1e-2, "ASE rigid modes are zero for " + s.name());
            for (int k = 0; k < ours.length; k++) assertEquals(ase[k + 6], ours[k], 1e-3, s.name() + " mode " + (k + 1));
            for (double r : modes.unprojectedRigidFrequenciesCm1()) assertEquals(0, r, 1e-2);
        }
    }
}
