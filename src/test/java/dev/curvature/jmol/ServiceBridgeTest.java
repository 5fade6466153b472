package dev.curvature.jmol;

import org.jmol.viewer.Viewer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ServiceBridgeTest {

    @Test
    void popupScriptReachesTheHandlerAndReturnsItsStatus() throws Exception {
        Viewer vwr = HeadlessJmol.viewer();
        vwr.loadInline(HeadlessJmol.WATER_MOL);
        List<String> started = new ArrayList<>();
        ServiceBridge.install(vwr, id -> { started.add(id); return "started " + id; });

        // exactly the script a popup item of the generated menu runs
        PluginManifest manifest = PluginManifest.bundled();
        String menu = manifest.popupMenuStructure();
        String freqLine = menu.lines().filter(l -> l.startsWith("curvatureFreq ")).findFirst().orElseThrow();
        String script = freqLine.substring(freqLine.indexOf('=') + 1).trim();
        vwr.scriptWait(script + "; print x.ret");
        assertEquals(List.of("freq"), started);
        assertEquals("started freq", vwr.evaluateExpression("x.ret").toString());
    }

    @Test
    void manifestDeclaresTheIssueActionsAndTheMenuMergesIntoJmol() {
        PluginManifest m = PluginManifest.bundled();
        for (String id : List.of("optimize", "freq", "ts", "charge-qeq", "charge-eem", "charge-mmff94", "response-qeq", "spectrum", "clear"))
            assertEquals(id, m.action(id).id());
    }

    @Test
    void clickingThePopupItemRunsTheAction() throws Exception {
        Viewer vwr = HeadlessJmol.viewer();
        vwr.loadInline(HeadlessJmol.WATER_MOL);
        List<String> started = new ArrayList<>();
        ServiceBridge.install(vwr, id -> { started.add(id); return "ok"; });
        vwr.setMenu(PluginManifest.bundled().popupMenuStructure(), false);
        javax.swing.JPopupMenu popup = (javax.swing.JPopupMenu) ((org.jmol.awt.AwtSwingComponent)
                vwr.getProperty("DATA_API", "getPopupMenu", null)).jc;
        javax.swing.JMenuItem item = findItem(popup, "Frequency analysis");
        assertNotNull(item, "the right-click popup has no 'Frequency analysis' item");
        item.doClick();
        vwr.scriptWait("delay 0.1");
        assertEquals(List.of("freq"), started);
    }

    private static javax.swing.JMenuItem findItem(java.awt.Container c, String text) {
        java.awt.Component[] children = c instanceof javax.swing.JMenu ? ((javax.swing.JMenu) c).getMenuComponents() : c.getComponents();
        for (java.awt.Component child : children) {
            if (child instanceof javax.swing.JMenuItem && text.equals(((javax.swing.JMenuItem) child).getText())
                    && !(child instanceof javax.swing.JMenu)) return (javax.swing.JMenuItem) child;
            if (child instanceof java.awt.Container) {
                javax.swing.JMenuItem found = findItem((java.awt.Container) child, text);
                if (found != null) return found;
            }
        }
        return null;
    }
}
