package dev.curvature.jmol;

import org.jmol.api.JmolStatusListener;
import org.jmol.viewer.Viewer;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 5, spectrum part: Frequency analysis stores IR intensities and Raman activities with the
 * modes; Show spectrum writes a JDX-MOL file that Jmol loads as the molecule plus one frame per
 * mode, each with vibration vectors and its linked JSpecView peak, and asks Jmol to open JSpecView.
 */
class SpectrumActionTest {

    /** Every callback Jmol's status manager sends, as "TYPE: data…" (the SYNC of "JSpecView:" among them). */
    private static List<String> recordCallbacks(Viewer vwr) {
        List<String> calls = new CopyOnWriteArrayList<>();
        JmolStatusListener listener = (JmolStatusListener) Proxy.newProxyInstance(JmolStatusListener.class.getClassLoader(),
                new Class<?>[] {JmolStatusListener.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "notifyEnabled": return Boolean.TRUE;
                        case "notifyCallback":
                            StringBuilder b = new StringBuilder(String.valueOf(args[0])).append(':');
                            if (args[1] instanceof Object[] data) for (Object o : data) b.append(' ').append(o);
                            calls.add(b.toString());
                            return null;
                        case "hashCode": return System.identityHashCode(proxy);
                        case "equals": return proxy == args[0];
                        case "toString": return "recording status listener";
                        default:
                            Class<?> r = method.getReturnType();
                            return r == boolean.class ? Boolean.FALSE : r == int.class ? 0 : null;
                    }
                });
        vwr.setJmolStatusListener(listener);
        return calls;
    }

    @Test
    void frequencyAnalysisOfWaterStoresIntensitiesAndShowSpectrumLoadsLinkedModeFrames() throws Exception {
        Viewer vwr = HeadlessJmol.viewer();
        vwr.loadInline(Files.readString(Path.of("examples", "water.sdf")));
        RecordingFeedback fb = new RecordingFeedback(false);
        CurvatureSession s = CurvatureSession.attach(vwr, null, new ActionRunner(fb, true));

        assertEquals("done", s.actions().start("freq"));
        assertEquals(List.of(), fb.errors);
        assertEquals(List.of(), fb.infos);
        ModeSet modes = s.actions().modes();
        assertEquals(3, modes.count());
        double[] ir = modes.irIntensityKmPerMol(), raman = modes.ramanActivity();
        assertNotNull(ir, "IR intensities computed with the modes");
        assertNotNull(raman, "Raman activities computed with the modes");
        assertEquals(3, ir.length);
        assertEquals(3, raman.length);
        for (int k = 0; k < 3; k++) {
            assertTrue(ir[k] > 0, "water: every mode is IR active, mode " + (k + 1) + ": " + ir[k]);
            assertTrue(raman[k] > 0, "water: every mode is Raman active, mode " + (k + 1) + ": " + raman[k]);
        }
        assertTrue(modes.intensities().infrared().chargeModelName().toLowerCase().contains("qeq"),
                modes.intensities().infrared().chargeModelName());
        // the table shows them instead of "—"
        ModeTableModel table = new ModeTableModel(modes);
        assertEquals(String.format(java.util.Locale.ROOT, "%.2f", ir[2]), table.getValueAt(2, 2));
        assertEquals(String.format(java.util.Locale.ROOT, "%.2f", raman[0]), table.getValueAt(0, 3));

        List<String> callbacks = recordCallbacks(vwr);
        String status = s.actions().start("spectrum");
        vwr.scriptWait("delay 0.05");
        assertEquals(List.of(), fb.errors);
        Path file = s.actions().lastSpectrumFile();
        assertNotNull(file, status);
        assertTrue(file.isAbsolute() && Files.isRegularFile(file), file.toString());
        assertTrue(file.getFileName().toString().endsWith("-ir.jdx"), file.toString());
        assertTrue(Files.readString(file).contains("<Peaks type=\"IR\""));
        assertEquals(1, fb.infos.size(), fb.infos.toString());
        assertTrue(fb.infos.get(0).contains("replaced what Jmol held"), fb.infos.get(0));

        // Jmol now holds the spectrum file: the base molecule and one frame per mode, linked to its peak
        assertEquals(file.toString(), vwr.getModelSetPathName(), "loaded from its real path, as JSpecView needs");
        assertEquals("jcampdx", String.valueOf(vwr.evaluateExpression("_modelType")));
        assertEquals(1 + 3, vwr.ms.mc, "base model + 3 mode frames");
        for (int k = 1; k <= 3; k++) {
            int m = k; // model index k = mode k
            assertTrue(vwr.modelHasVibrationVectors(m), "frame of mode " + k + " has vibration vectors");
            for (int a = 0; a < 3; a++) {
                int atom = vwr.ms.am[m].firstAtomIndex + a;
                assertNotNull(vwr.ms.at[atom].getVibrationVector(), "mode " + k + ", atom " + (a + 1));
            }
            Object peak = vwr.ms.getInfo(m, "jdxModelSelect");
            assertNotNull(peak, "mode " + k + " frame is linked to a peak");
            assertTrue(peak.toString().contains("model=\"vib." + k + "\""), peak.toString());
            assertTrue(peak.toString().contains("mode " + k + ": " + String.format(java.util.Locale.ROOT, "%.1f", modes.frequenciesCm1()[k - 1])),
                    peak.toString());
            assertEquals("vib." + k, String.valueOf(vwr.ms.getInfo(m, "modelID")).replaceFirst("^.*#", ""));
        }
        assertFalse(vwr.modelHasVibrationVectors(0), "the base molecule has no vectors");
        // "sync on; sync . \"JSpecView:\"": scripts are synced and JSpecView was asked for
        assertEquals(org.jmol.viewer.StatusManager.SYNC_DRIVER, vwr.sm.getSyncMode(), "sync on");
        assertTrue(callbacks.stream().anyMatch(c -> c.startsWith("SYNC") && c.contains("JSpecView")), callbacks.toString());
        // the modes of the replaced molecule are gone with it
        assertNull(s.actions().modes());

        // a second spectrum never overwrites the first file
        // Curvature works on frame 1, the molecule the spectrum file carries
        assertEquals(0, vwr.am.cmi, "Jmol shows frame 1 after the load");
        assertEquals("done", s.actions().start("freq"));
        assertEquals(List.of(), fb.errors);
        assertEquals(0, s.actions().modes().model().modelIndex());
        assertEquals(3, s.actions().modes().count());
        s.actions().start("spectrum-raman");
        Path second = s.actions().lastSpectrumFile();
        assertNotEquals(file, second);
        assertTrue(Files.isRegularFile(file) && Files.isRegularFile(second));
        assertTrue(Files.readString(second).contains("<Peaks type=\"RAMAN\""));
    }

    @Test
    void showSpectrumWithoutModesSaysSoAndChangesNothing() throws Exception {
        Viewer vwr = HeadlessJmol.viewer();
        vwr.loadInline(HeadlessJmol.WATER_MOL);
        RecordingFeedback fb = new RecordingFeedback(false);
        CurvatureSession s = CurvatureSession.attach(vwr, null, new ActionRunner(fb, true));
        assertEquals("no modes", s.actions().start("spectrum"));
        assertEquals(1, fb.infos.size());
        assertTrue(fb.infos.get(0).contains("Frequency analysis first"), fb.infos.toString());
        assertEquals(1, vwr.ms.mc);
        assertNull(s.actions().lastSpectrumFile());
    }
}
