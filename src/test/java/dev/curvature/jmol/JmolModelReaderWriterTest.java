package dev.curvature.jmol;

import dev.curvature.structure.Structure;
import org.jmol.viewer.Viewer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class JmolModelReaderWriterTest {

    @Test
    void readsAtomsBondsAndWritesVibrationsBack() throws Exception {
        Viewer vwr = HeadlessJmol.viewer();
        vwr.loadInline(HeadlessJmol.WATER_MOL);
        JmolModel model = JmolModelReader.readCurrent(vwr, false);
        Structure s = model.structure();
        assertEquals(3, s.atomCount());
        assertEquals(8, s.atomicNumber(0));
        assertEquals(2, s.bonds().size());
        assertEquals(0.7572, s.y(1), 1e-4);

        assertFalse(vwr.modelHasVibrationVectors(model.modelIndex()));
        JmolModelWriter.setVibration(vwr, model, new double[] {0, 0, 0.1, 0, 0.2, -0.3, 0, -0.2, -0.3});
        assertTrue(vwr.modelHasVibrationVectors(model.modelIndex()));
        assertEquals(0.2f, vwr.ms.at[1].getVibrationVector().y, 1e-6f);

        double[] moved = s.positions();
        moved[2] += 0.05;
        JmolModelWriter.setCoordinates(vwr, model, moved);
        assertEquals(0.1673f, vwr.ms.at[0].z, 1e-5f);

        JmolModelWriter.setPartialCharges(vwr, model, new double[] {-0.8, 0.4, 0.4});
        assertEquals(-0.8f, vwr.ms.at[0].getPartialCharge(), 1e-6f);
    }

    @Test
    void emptyViewerIsReportedNotCrashed() {
        Viewer vwr = HeadlessJmol.viewer();
        JmolModelReader.NoModelException e = assertThrows(JmolModelReader.NoModelException.class,
                () -> JmolModelReader.readCurrent(vwr, false));
        assertTrue(e.getMessage().contains("No molecule"));
    }
}
