package dev.curvature.jmol;

import org.jmol.viewer.Viewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The crystal actions are reached from Jmol's right-click popup (Computation → Curvature) through
 * the SERVICE bridge, like the molecular ones; and a molecular action refuses a crystal.
 */
class CrystalPopupTest {
    @TempDir Path dir;

    @Test
    void elasticConstantsFromThePopup() throws Exception {
        Viewer vwr = HeadlessJmol.viewer();
        vwr.scriptWait("load \"" + Path.of("examples/crystals/si-diamond.cif").toAbsolutePath() + "\" {1 1 1}");
        RecordingFeedback fb = new RecordingFeedback(false);
        CurvatureSession s = CurvatureSession.attach(vwr, null, new ActionRunner(fb, true));
        Path sw = dir.resolve("Si.sw");
        Files.writeString(sw, dev.curvature.jmol.crystal.CrystalActionsTest.SI_SW);
        s.actions().crystal().potentialAsk((title, crystal) -> sw);
        JPopupMenu popup = (JPopupMenu) ((org.jmol.awt.AwtSwingComponent) vwr.getProperty("DATA_API", "getPopupMenu", null)).jc;
        for (String label : new String[] {"Elastic constants…", "Phonons…"}) assertNotNull(PopupItems.find(popup, label), label);
        JMenuItem elastic = PopupItems.find(popup, "Elastic constants…");
        elastic.doClick();
        long end = System.currentTimeMillis() + 60_000;
        while (s.actions().crystal().lastElastic() == null && fb.errors.isEmpty() && System.currentTimeMillis() < end) Thread.sleep(20);
        assertEquals(java.util.List.of(), fb.errors);
        assertEquals(56.45, s.actions().crystal().lastElastic().result().relaxed().c(4, 4), 0.01);

        // the molecular actions still refuse the crystal, in one line
        s.actions().start("optimize");
        assertTrue(fb.errors.size() == 1 && fb.errors.get(0).contains("periodic crystal"), fb.errors.toString());
    }
}
