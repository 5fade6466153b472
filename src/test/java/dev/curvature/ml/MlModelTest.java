package dev.curvature.ml;

import dev.curvature.model.Configuration;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.potential.Crystals;
import dev.curvature.structure.Cell;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Model files round-trip exactly, refuse other versions and formats, and refuse foreign elements. */
class MlModelTest {
    @TempDir Path dir;

    @Test void roundTripGivesTheSameEnergies() throws Exception {
        MlModel m = new MlModel(MlFixtures.SIC, MlFixtures.randomTheta(MlFixtures.SIC, 9, 0.05), Map.of("note", "test"), "t");
        Path f = dir.resolve("m.json");
        m.write(f);
        MlModel back = MlModel.read(f);
        assertArrayEquals(m.parameters(), back.parameters(), 0.0);
        Cell cell = Crystals.skewed(4.36);
        Configuration c = Configuration.periodic(MlFixtures.rattledDiamond(cell, 0.1, 2), cell);
        assertEquals(m.potential(MlFixtures.SIC_TYPES).energy(c.positionsAngstrom()) , back.potential(MlFixtures.SIC_TYPES).energy(c.positionsAngstrom()), 0.0);
        assertEquals("test", back.training().get("note"));

        MlModel q = new MlModel(MlFixtures.SIC_QUADRATIC, MlFixtures.randomTheta(MlFixtures.SIC_QUADRATIC, 9, 0.01), Map.of(), "q");
        q.write(f);
        MlModel qb = MlModel.read(f);
        assertTrue(qb.basis().quadratic());
        assertArrayEquals(q.parameters(), qb.parameters(), 0.0);
        assertEquals(q.potential(MlFixtures.SIC_TYPES).energy(c.positionsAngstrom()), qb.potential(MlFixtures.SIC_TYPES).energy(c.positionsAngstrom()), 0.0);
        assertTrue(Files.readString(f).contains("\"version\": 2"), "a quadratic model is version 2 (a version-1 reader would drop its products)");
    }

    @Test void refusesOtherVersionsFormatsAndElements() throws Exception {
        MlModel m = new MlModel(MlFixtures.SIC, MlFixtures.randomTheta(MlFixtures.SIC, 9, 0.05), Map.of(), "sic.json");
        Path f = dir.resolve("m.json");
        m.write(f);
        Path v3 = dir.resolve("v3.json");
        Files.writeString(v3, Files.readString(f).replace("\"version\": 1", "\"version\": 3"));
        assertTrue(assertThrows(IOException.class, () -> MlModel.read(v3)).getMessage().contains("version 3"));
        Path other = dir.resolve("o.json");
        Files.writeString(other, "{\"format\": \"something\"}");
        assertTrue(assertThrows(IOException.class, () -> MlModel.read(other)).getMessage().contains("not a Curvature ML potential"));
        Structure ge = new Structure("germanium", new Element[] {Element.of("Si"), Element.of("Ge")}, new double[] {0, 0, 0, 1.2, 1.2, 1.2},
                new int[2], List.of(), 0, Crystals.cubic(5.6));
        String msg = assertThrows(UnsupportedStructureException.class, () -> m.bind(ge)).getMessage();
        assertTrue(msg.contains("trained on Si, C only") && msg.contains("Ge (atom 2)"), msg);
    }
}
