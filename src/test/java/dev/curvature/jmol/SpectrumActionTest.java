package dev.curvature.jmol;

import org.jmol.viewer.Viewer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Frequency analysis stores IR intensities and Raman activities with the modes; Show spectrum and
 * Show Raman spectrum draw them in the plugin's own spectrum view (both at once), linked to the
 * modes, without touching the model in Jmol; the view exports JCAMP-DX, CSV, PNG and SVG.
 */
class SpectrumActionTest {

    @Test
    void co2ModesCarryD2hSubgroupLabelsAndTheResultsPanelStatesTheSelectionRules() throws Exception {
        Viewer vwr = HeadlessJmol.viewer();
        vwr.loadInline(Files.readString(Path.of("examples", "co2.sdf")));
        RecordingFeedback fb = new RecordingFeedback(false);
        CurvatureSession s = CurvatureSession.attach(vwr, null, new ActionRunner(fb, true));
        assertEquals("done", s.actions().start("freq"));
        ModeTableModel table = new ModeTableModel(s.actions().modes());
        assertEquals("B2u+B3u", table.text(0, ModeTableModel.IRREP));
        assertEquals("B2u+B3u", table.text(1, ModeTableModel.IRREP));
        assertEquals("Ag", table.text(2, ModeTableModel.IRREP));
        assertEquals("Raman", table.text(2, ModeTableModel.ALLOWED));
        assertEquals("IR", table.text(3, ModeTableModel.ALLOWED));
        String panel = ResultsPanel.describe(s.actions().lastFrequencies(), dev.curvature.thermo.ThermoConditions.STANDARD,
                new ResultsPanel.Marks());
        assertTrue(panel.contains("Γvib (D2h)  Ag + B1u + B2u + B3u"), panel);
        assertTrue(panel.contains("IR: B1u, B2u, B3u; Raman: Ag, B1g, B2g, B3g"), panel);
        assertTrue(panel.contains("D∞h molecule"), panel);
    }

    @Test
    void frequencyAnalysisOfWaterStoresIntensitiesAndShowSpectrumKeepsTheModelAndBothSpectra() throws Exception {
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
        assertEquals(String.format(java.util.Locale.ROOT, "%.2f", ir[2]), table.text(2, ModeTableModel.IR));
        assertEquals(String.format(java.util.Locale.ROOT, "%.2f", raman[0]), table.text(0, ModeTableModel.RAMAN));
        assertEquals(ir[2], (Double) table.getValueAt(2, ModeTableModel.IR), 0);
        String csv = table.csv();
        assertTrue(csv.startsWith("mode,frequency_cm-1,reduced_mass_amu,"), csv);
        assertEquals(4, csv.lines().count());
        // symmetry labels of the modes, with what the selection rules allow (C2v: all of them in both)
        assertEquals(List.of("A1", "A1", "B2"), List.of(table.text(0, ModeTableModel.IRREP), table.text(1, ModeTableModel.IRREP),
                table.text(2, ModeTableModel.IRREP)));
        assertEquals("IR, Raman", table.text(2, ModeTableModel.ALLOWED));
        assertTrue(csv.lines().skip(3).findFirst().orElseThrow().endsWith(",B2,\"IR, Raman\""), csv);

        // Show spectrum: drawn by the plugin; Jmol keeps the user's model and the modes stay
        double[] x0 = positions(vwr);
        assertEquals("shown ir", s.actions().start("spectrum"));
        assertEquals(List.of(), fb.errors);
        assertEquals(1, vwr.ms.mc, "the user's model is not replaced");
        assertArrayEquals(x0, positions(vwr), 0);
        assertSame(modes, s.actions().modes(), "the modes are kept");
        SpectrumView view = s.actions().spectrumView();
        assertTrue(view.showing(dev.curvature.spectrum.SpectrumKind.IR));
        assertFalse(view.showing(dev.curvature.spectrum.SpectrumKind.RAMAN));
        // then Raman: both shown, each with its own kind and data
        assertEquals("shown raman", s.actions().start("spectrum-raman"));
        assertSame(view, s.actions().spectrumView());
        List<dev.curvature.spectrum.Spectrum> both = view.spectra();
        assertEquals(2, both.size());
        assertEquals(dev.curvature.spectrum.SpectrumKind.IR, both.get(0).kind());
        assertEquals(dev.curvature.spectrum.SpectrumKind.RAMAN, both.get(1).kind());
        assertArrayEquals(ir, both.get(0).stickIntensities(), 1e-12);
        assertArrayEquals(raman, both.get(1).stickIntensities(), 1e-12);
        assertEquals(1, vwr.ms.mc);
        // a peak leads to its mode and back: the strongest Raman band of water
        int strongest = 0;
        for (int k = 1; k < 3; k++) if (raman[k] > raman[strongest]) strongest = k;
        assertEquals(strongest, view.modeNear(dev.curvature.spectrum.SpectrumKind.RAMAN, view.peakPosition(strongest) + 3, 10));
        view.setFrequencyScale(0.96);
        assertEquals(0.96 * modes.frequenciesCm1()[strongest], view.peakPosition(strongest), 1e-9);
        assertEquals(strongest, view.modeNear(dev.curvature.spectrum.SpectrumKind.RAMAN, 0.96 * modes.frequenciesCm1()[strongest], 1));

        // exports: JCAMP-DX (one file per spectrum, peaks linked to modes), CSV, PNG, SVG
        Path dir = Files.createTempDirectory("curvature-spectrum-export");
        List<Path> jdx = view.export(dir.resolve("water.jdx"));
        assertEquals(List.of(dir.resolve("water.jdx"), dir.resolve("water-raman.jdx")), jdx);
        assertTrue(Files.readString(jdx.get(0)).contains("<Peaks type=\"IR\""));
        assertTrue(Files.readString(jdx.get(1)).contains("<Peaks type=\"RAMAN\""));
        assertFalse(Files.readString(jdx.get(1)).contains("IR:"), "the Raman file says nothing of IR");
        assertTrue(Files.readString(view.export(dir.resolve("w.csv")).get(0)).lines().count() > 100);
        assertTrue(Files.size(view.export(dir.resolve("w.png")).get(0)) > 1000);
        assertTrue(Files.readString(view.export(dir.resolve("w.svg")).get(0)).contains("<svg"));
        assertThrows(java.io.IOException.class, () -> view.export(dir.resolve("w.txt")));
        assertEquals(List.of(), fb.errors);
    }

    private static double[] positions(Viewer vwr) {
        double[] x = new double[3 * vwr.ms.ac];
        for (int i = 0; i < vwr.ms.ac; i++) {
            x[3 * i] = vwr.ms.at[i].x; x[3 * i + 1] = vwr.ms.at[i].y; x[3 * i + 2] = vwr.ms.at[i].z;
        }
        return x;
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
        assertNull(s.actions().spectrumView());
    }
}
