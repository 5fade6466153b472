package dev.curvature.ml;

import dev.curvature.model.EnergyModel;
import dev.curvature.model.ModelRegistry;
import dev.curvature.registry.EnergyModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A MODEL.json named again (the same registry, a fresh registry as each plugin action and batch
 * executor makes, another spelling of the path) is parsed once; a file re-trained in place is read
 * again, by the cache and by a registry that already holds the old model.
 */
class MlModelCacheTest {
    @TempDir Path dir;

    @Test void theSameUnchangedFileIsParsedOnceAndAChangedOneAgain() throws Exception {
        Path f = dir.resolve("sic.json");
        MlModel first = new MlModel(MlFixtures.SIC, MlFixtures.randomTheta(MlFixtures.SIC, 3, 0.05), Map.of(), "sic.json");
        first.write(f);
        long before = MlModelCache.parses();
        Files.createDirectories(dir.resolve("x"));
        ModelRegistry one = EnergyModels.registry();
        EnergyModel a = one.model("ml:" + f);
        assertSame(a, one.model("ml:" + f), "the same registry");
        assertSame(a, EnergyModels.registry().model("ml:" + f), "a fresh registry");
        assertSame(a, EnergyModels.registry().model("ml:" + dir.resolve("x").resolve("..").resolve("sic.json")), "another spelling of the path");
        Files.createSymbolicLink(dir.resolve("link.json"), f);
        assertSame(a, EnergyModels.registry().model("ml:" + dir.resolve("link.json")), "a symbolic link to it");
        assertEquals(1, MlModelCache.parses() - before, "parsed once");

        // re-trained into the same file (same size possible: the time stamp alone must tell)
        MlModel second = new MlModel(MlFixtures.SIC, MlFixtures.randomTheta(MlFixtures.SIC, 4, 0.05), Map.of(), "sic.json");
        second.write(f);
        Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 5000));
        EnergyModel b = one.model("ml:" + f);
        assertNotSame(a, b, "the registry holding the old model reads the new file");
        assertArrayEquals(second.parameters(), ((MlModel) b).parameters(), 0.0);
        assertSame(b, EnergyModels.registry().model("ml:" + f));
        assertEquals(2, MlModelCache.parses() - before);
    }

    @Test void aMissingFileIsStillOneLineAndNotCached() {
        Path missing = dir.resolve("none.json");
        String m = assertThrows(dev.curvature.model.UnsupportedStructureException.class,
                () -> EnergyModels.registry().model("ml:" + missing)).getMessage();
        assertTrue(m.contains("no such file") && !m.contains("\n"), m);
    }
}
