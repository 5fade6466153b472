package dev.curvature.jmol.crystal;

import dev.curvature.ml.MlModel;
import dev.curvature.ml.descriptor.BasisSpec;
import dev.curvature.potential.Crystals;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The crystal actions' potential chooser takes a learned model (MODEL.json) as the CLI's ml:MODEL.json, and refuses foreign elements in one line. */
class PotentialChoiceMlTest {
    @Test void aTrainedModelFileIsAPotentialForItsElementsOnly(@TempDir Path dir) throws Exception {
        BasisSpec spec = new BasisSpec(List.of("Si"), 3.8, 3, 2, 1);
        double[] theta = new double[spec.parameterCount()];
        theta[0] = -4.3;
        Path file = dir.resolve("si.json");
        new MlModel(spec, theta, Map.of(), "si.json").write(file);
        Structure si = crystal("Si"), carbon = crystal("C");
        var model = PotentialChoice.model(file, si);
        assertEquals(-8 * 4.3, model.bind(si).energy(si.positions()), 1e-9, "the learned model's energy: e0 per atom here");
        String msg = assertThrows(PotentialChoice.BadPotential.class, () -> PotentialChoice.model(file, carbon)).getMessage();
        assertTrue(msg.contains("trained on Si only") && !msg.contains("\n"), msg);
    }

    private static Structure crystal(String symbol) {
        Element[] el = new Element[8];
        java.util.Arrays.fill(el, Element.of(symbol));
        var cell = Crystals.cubic(5.43);
        return new Structure(symbol, el, Crystals.place(Crystals.diamondSites(), cell), new int[8], List.of(), 0, cell);
    }
}
