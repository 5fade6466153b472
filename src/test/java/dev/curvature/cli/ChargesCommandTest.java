package dev.curvature.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.curvature.charges.ChargeEquilibration;
import dev.curvature.charges.EemModel;
import dev.curvature.charges.EquilibratedCharges;
import dev.curvature.charges.QeqModel;
import dev.curvature.io.ReadOptions;
import dev.curvature.io.Record;
import dev.curvature.io.StructureReader;
import dev.curvature.structure.Structure;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChargesCommandTest {
    private static final String WATER = "examples/water.sdf";

    private static Structure readOne(String file) throws Exception {
        try (StructureReader r = StructureReader.open(Path.of(file), ReadOptions.DEFAULT)) {
            Record rec = r.next();
            assertTrue(rec.isOk());
            return rec.structure();
        }
    }

    private static JsonObject json(CliHarness.Run run) {
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.outLines().size());
        return JsonParser.parseString(run.outLines().get(0)).getAsJsonObject();
    }

    private static double[] doubles(JsonArray a) {
        double[] d = new double[a.size()];
        for (int i = 0; i < d.length; i++) d[i] = a.get(i).getAsDouble();
        return d;
    }

    @Test void qeqAndEemJsonMatchTheLibrary() throws Exception {
        Structure s = readOne(WATER);
        for (String method : List.of("qeq", "eem")) {
            JsonObject o = json(CliHarness.run("charges", WATER, "--method", method, "--json"));
            for (String f : List.of("name", "method", "charges", "dipole", "dipole_magnitude", "polarizability", "charge_response"))
                assertTrue(o.has(f), "missing " + f);
            assertEquals("water", o.get("name").getAsString());
            assertEquals(method, o.get("method").getAsString());
            EquilibratedCharges q = new ChargeEquilibration(method.equals("qeq") ? QeqModel.rappeGoddard1991() : EemModel.bultinck2002()).solve(s);
            assertArrayEquals(q.charges(), doubles(o.getAsJsonArray("charges")), 1e-12);
            assertArrayEquals(q.dipoleDebye(), doubles(o.getAsJsonArray("dipole")), 1e-12);
            assertEquals(q.dipoleMagnitudeDebye(), o.get("dipole_magnitude").getAsDouble(), 1e-12);
            assertArrayEquals(q.chargesPerTotalCharge(), doubles(o.getAsJsonArray("charge_response")), 1e-12);
            JsonArray alpha = o.getAsJsonArray("polarizability");
            assertEquals(3, alpha.size());
            double[] a = q.polarizabilityAngstrom3();
            for (int i = 0; i < 3; i++) assertArrayEquals(new double[] {a[3 * i], a[3 * i + 1], a[3 * i + 2]}, doubles(alpha.get(i).getAsJsonArray()), 1e-12);
            double sum = 0;
            for (double c : doubles(o.getAsJsonArray("charges"))) sum += c;
            assertEquals(0, sum, 1e-10);
        }
    }

    @Test void mmff94ChargesAreFixedWithNullResponse() {
        JsonObject o = json(CliHarness.run("charges", WATER, "--method", "mmff94", "--json"));
        assertArrayEquals(new double[] {-0.86, 0.43, 0.43}, doubles(o.getAsJsonArray("charges")), 1e-12);
        assertTrue(o.get("polarizability").isJsonNull());
        assertTrue(o.get("charge_response").isJsonNull());
        assertTrue(o.get("dipole_magnitude").getAsDouble() > 2);
    }

    @Test void textOutputAndErrors() {
        CliHarness.Run text = CliHarness.run("charges", WATER);
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("QEq") && text.out().contains("dipole") && text.out().contains("polarizability"), text.out());
        CliHarness.Run xenon = CliHarness.run("charges", "[Xe]");
        assertEquals(Main.FAILED, xenon.exitCode());
        assertTrue(xenon.err().contains("no parameters for atoms 1 (Xe)"), xenon.err());
        assertEquals("", xenon.out());
        assertEquals(Main.USAGE, CliHarness.run("charges", WATER, "--method", "gasteiger").exitCode());
    }
}
