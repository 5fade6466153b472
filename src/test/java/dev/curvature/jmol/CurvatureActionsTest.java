package dev.curvature.jmol;

import dev.curvature.registry.EnergyModels;
import dev.curvature.model.ModelRegistry;
import dev.curvature.structure.Structure;
import org.jmol.util.C;
import org.jmol.viewer.Viewer;
import org.junit.jupiter.api.Test;

import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The plugin's actions driven as a user drives them: a click on the right-click popup item runs
 * its script, the SERVICE bridge starts the action, the runner computes and applies it (here
 * synchronously, with recorded dialogs), and we look at what Jmol now holds.
 */
class CurvatureActionsTest {

    private static Viewer viewerWith(String example) throws Exception {
        Viewer vwr = HeadlessJmol.viewer();
        if (example != null) vwr.loadInline(Files.readString(Path.of("examples", example)));
        return vwr;
    }

    private static CurvatureSession attach(Viewer vwr, RecordingFeedback feedback) {
        return CurvatureSession.attach(vwr, null, new ActionRunner(feedback, true));
    }

    /** Clicks the popup item with this label and waits until the queued script has run. */
    private static void click(Viewer vwr, String label, BooleanSupplier done) throws Exception {
        JPopupMenu popup = (JPopupMenu) ((org.jmol.awt.AwtSwingComponent) vwr.getProperty("DATA_API", "getPopupMenu", null)).jc;
        JMenuItem item = PopupItems.find(popup, label);
        assertNotNull(item, "no popup item '" + label + "'");
        item.doClick();
        long end = System.currentTimeMillis() + 30_000;
        while (!done.getAsBoolean() && System.currentTimeMillis() < end) Thread.sleep(20);
        vwr.scriptWait("delay 0.05");
    }

    private static double[] coordinates(Viewer vwr) {
        double[] x = new double[3 * vwr.ms.ac];
        for (int i = 0; i < vwr.ms.ac; i++) {
            x[3 * i] = vwr.ms.at[i].x; x[3 * i + 1] = vwr.ms.at[i].y; x[3 * i + 2] = vwr.ms.at[i].z;
        }
        return x;
    }

    @Test
    void frequencyAnalysisFromThePopupGivesJmolOneVectorPerAtomForEachMode() throws Exception {
        Viewer vwr = viewerWith("ethane_staggered.sdf");
        RecordingFeedback fb = new RecordingFeedback(false);
        CurvatureSession s = attach(vwr, fb);
        assertFalse(vwr.modelHasVibrationVectors(0));

        click(vwr, "Frequency analysis", () -> s.actions().modes() != null || !fb.errors.isEmpty());

        assertEquals(List.of(), fb.errors);
        ModeSet modes = s.actions().modes();
        assertEquals(3 * 8 - 6, modes.count(), "3N-6 frequencies for ethane");
        assertEquals(0, modes.frequenciesCm1()[0] < 0 ? 1 : 0, "staggered ethane is a minimum");
        assertTrue(modes.frequenciesCm1()[17] > 2800 && modes.frequenciesCm1()[17] < 3400, "C-H stretch range");
        assertTrue(vwr.modelHasVibrationVectors(0));

        // each mode, as a row selection in the table would show it: one vector per atom, the mode's own
        for (int k : new int[] {0, 7, 17}) {
            s.actions().showMode(k);
            double[] expected = modes.displayVectors(k, CurvatureActions.MODE_MAX_ATOM_ANGSTROM);
            for (int a = 0; a < 8; a++) {
                javajs.util.T3 v = vwr.ms.at[a].getVibrationVector();
                assertNotNull(v, "atom " + (a + 1) + " has no vibration vector for mode " + (k + 1));
                assertEquals(expected[3 * a], v.x, 1e-5);
                assertEquals(expected[3 * a + 1], v.y, 1e-5);
                assertEquals(expected[3 * a + 2], v.z, 1e-5);
            }
        }
        assertEquals(17, s.actions().modeOnDisplay());
        assertTrue(vwr.tm.vibrationOn, "Jmol animates the mode");

        click(vwr, "Clear", () -> s.actions().modes() == null);
        assertFalse(vwr.tm.vibrationOn);
    }

    @Test
    void colorByChargeColorsAtomsInTheOrderOfTheirCharges() throws Exception {
        Viewer vwr = viewerWith("caffeine.sdf");
        RecordingFeedback fb = new RecordingFeedback(false);
        CurvatureSession s = attach(vwr, fb);
        int n = vwr.ms.ac;
        short[] before = new short[n];
        for (int i = 0; i < n; i++) before[i] = vwr.ms.at[i].colixAtom;

        click(vwr, "Color by charge (QEq)", () -> vwr.ms.at[0].getPartialCharge() != 0 || !fb.errors.isEmpty());
        assertEquals(List.of(), fb.errors);

        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) order.add(i);
        order.sort(Comparator.comparingDouble(i -> vwr.ms.at[i].getPartialCharge()));
        int changed = 0;
        double previousBlueness = Double.NEGATIVE_INFINITY;
        for (int i : order) {
            if (vwr.ms.at[i].colixAtom != before[i]) changed++;
            int argb = C.getArgb(vwr.ms.at[i].colixAtom);
            double blueness = (argb & 0xff) - ((argb >> 16) & 0xff); // rwb: red (negative) → white → blue (positive)
            assertTrue(blueness >= previousBlueness - 8, "colour out of charge order at atom " + (i + 1));
            previousBlueness = blueness;
        }
        assertTrue(changed > n / 2, "colours changed on " + changed + " of " + n + " atoms");
        int most = order.get(0), least = order.get(n - 1);
        int neg = C.getArgb(vwr.ms.at[most].colixAtom), pos = C.getArgb(vwr.ms.at[least].colixAtom);
        assertTrue(((neg >> 16) & 0xff) > (neg & 0xff), "most negative atom is red");
        assertTrue((pos & 0xff) > ((pos >> 16) & 0xff), "most positive atom is blue");
        assertTrue(vwr.ms.at[most].getPartialCharge() < 0 && vwr.ms.at[least].getPartialCharge() > 0);

        String legend = echoText(vwr, "curvatureLegend");
        assertNotNull(legend, "a colour legend is shown");
        assertTrue(legend.startsWith("QEq charges (e): red -"), legend);
        assertTrue(legend.contains("white 0"), legend);
        assertTrue(legend.length() < 70, "the legend fits a 640-pixel window at 12 pt: " + legend);
        assertEquals(0, vwr.bsA().cardinality() == n ? 0 : 1, "the user's selection (all) is given back");

        click(vwr, "Clear", () -> { String t = echoText(vwr, "curvatureLegend"); return t == null || t.isBlank(); });
        String after = echoText(vwr, "curvatureLegend");
        assertTrue(after == null || after.isBlank(), "Clear removes the legend: " + after);
        for (int i = 0; i < n; i++) assertEquals(before[i], vwr.ms.at[i].colixAtom, "CPK colour back on atom " + (i + 1));
    }

    /**
     * "Color by charge (energy model)" follows Settings: with gfn2 the atoms carry GFN2-xTB's own
     * Mulliken charges (Debian's xtb 6.5.1 on this water: tools/fixtures/make_water_gfn2_charges.sh),
     * with a force field QEq's; the legend names which.
     */
    @Test
    void colourByChargeFollowsTheModelChosenInSettings() throws Exception {
        Viewer vwr = HeadlessJmol.viewer();
        vwr.loadInline(HeadlessJmol.WATER_MOL);
        RecordingFeedback fb = new RecordingFeedback(false);
        CurvatureSession s = attach(vwr, fb);
        double[] xtb = {-0.56350193, 0.28175097, 0.28175097};

        s.actions().settings(new PluginSettings("gfn2", false, 1e-4, 5000));
        assertEquals("done", s.actions().start("charge-model"));
        assertEquals(List.of(), fb.errors);
        for (int i = 0; i < 3; i++) assertEquals(xtb[i], vwr.ms.at[i].getPartialCharge(), 1e-6, "GFN2 Mulliken charge of atom " + (i + 1));
        String legend = legendAfterScripts(vwr);
        assertTrue(legend.startsWith("GFN2"), legend);

        s.actions().settings(new PluginSettings("mmff94", false, 1e-4, 5000));
        assertEquals("done", s.actions().start("charge-model"));
        Structure water = JmolModelReader.readCurrent(vwr, false).structure();
        double[] qeq = dev.curvature.workflow.ChargeAnalysis.run(water, "qeq").charges();
        for (int i = 0; i < 3; i++) assertEquals(qeq[i], vwr.ms.at[i].getPartialCharge(), 1e-6, "QEq charge of atom " + (i + 1));
        assertTrue(Math.abs(qeq[0] - xtb[0]) > 0.05, "the two models differ on oxygen: QEq " + qeq[0] + ", GFN2 " + xtb[0]);
        legend = legendAfterScripts(vwr);
        assertTrue(legend.startsWith("QEq charges"), legend);
        assertEquals(List.of(), fb.errors);
    }

    /** Clear and Undo after every colouring give every atom its CPK colour back, whatever was selected. */
    @Test
    void clearAndUndoAfterEachColouringRestoreCpkColoursOnEveryAtom() throws Exception {
        Viewer vwr = viewerWith("caffeine.sdf");
        vwr.scriptWait("{atomno=3}.x = {atomno=3}.x + 0.2");
        RecordingFeedback fb = new RecordingFeedback(false);
        CurvatureSession s = attach(vwr, fb);
        int n = vwr.ms.ac;
        short[] cpk = new short[n];
        for (int i = 0; i < n; i++) cpk[i] = vwr.ms.at[i].colixAtom;
        for (String colouring : new String[] {"charge-qeq", "charge-eem", "charge-mmff94", "response-qeq"})
            for (String reset : new String[] {"clear", "revert"}) {
                if (reset.equals("revert")) assertEquals("done", s.actions().start("optimize"));
                vwr.scriptWait("select none"); // what the charge actions once left behind
                assertEquals("done", s.actions().start(colouring));
                vwr.scriptWait("delay 0.01");
                int coloured = 0;
                for (int i = 0; i < n; i++) if (vwr.ms.at[i].colixAtom != cpk[i]) coloured++;
                assertTrue(coloured > n / 2, colouring + " coloured " + coloured + " atoms");
                assertEquals(0, vwr.bsA().cardinality(), colouring + " keeps the user's (empty) selection");
                s.actions().start(reset);
                vwr.scriptWait("delay 0.01");
                for (int i = 0; i < n; i++)
                    assertEquals(cpk[i], vwr.ms.at[i].colixAtom, reset + " after " + colouring + ": CPK colour on atom " + (i + 1));
            }
        assertEquals(List.of(), fb.errors);
    }

    @Test
    void chargeResponseOfOneSignIsOnASequentialScaleFromWhiteAtZero() throws Exception {
        Viewer vwr = viewerWith("water.sdf");
        RecordingFeedback fb = new RecordingFeedback(false);
        CurvatureSession s = attach(vwr, fb);
        assertEquals("done", s.actions().start("response-qeq"));
        vwr.scriptWait("delay 0.01");
        String legend = echoText(vwr, "curvatureLegend");
        assertTrue(legend.startsWith("QEq dq/dQ"), legend);
        assertTrue(legend.contains("white 0.000 → brown"), "sequential from 0: " + legend);
        ColourScale scale = ColourScale.forResponse(new double[] {0.1, 0.45, 0.45});
        assertEquals(0, scale.low(), 0);
        assertFalse(scale.diverging());
        ColourScale mixed = ColourScale.forResponse(new double[] {-0.2, 0.7, 0.5});
        assertTrue(mixed.diverging());
        assertEquals(-0.7, mixed.low(), 0);
        assertEquals(0.7, mixed.high(), 0, "diverging scales are symmetric about 0");
    }

    @Test
    void chargeLabelsAndDipoleNeedCurvaturesCharges() throws Exception {
        Viewer vwr = viewerWith("water.sdf");
        RecordingFeedback fb = new RecordingFeedback(false);
        CurvatureSession s = attach(vwr, fb);
        assertEquals("no charges", s.actions().start("charge-labels"));
        assertTrue(fb.infos.get(0).contains("Colour by charge"), fb.infos.toString());
        assertEquals("done", s.actions().start("charge-qeq"));
        assertEquals("labels", s.actions().start("charge-labels"));
        vwr.scriptWait("delay 0.01");
        String label = vwr.ms.at[0].atomPropertyString(vwr, org.jmol.script.T.label);
        assertTrue(label.matches("-0\\.\\d\\d"), "oxygen labelled with its QEq charge: " + label);
        assertEquals("dipole", s.actions().start("dipole"));
        vwr.scriptWait("delay 0.01");
        assertNotNull(vwr.shm.getShape(org.jmol.viewer.JC.SHAPE_DRAW), "a dipole arrow is drawn");
        String status = echoText(vwr, "curvatureStatus");
        assertTrue(status != null && status.matches("QEq dipole \\d+\\.\\d\\d D.*"), status);
        assertEquals(List.of(), fb.errors);
    }

    /** Several coordinate changes are undone one at a time, newest first. */
    @Test
    void undoHasSeveralLevels() throws Exception {
        Viewer vwr = viewerWith("ethane_eclipsed.sdf");
        vwr.scriptWait("{atomno=3}.x = {atomno=3}.x + 0.2");
        RecordingFeedback fb = new RecordingFeedback(false);
        CurvatureSession s = attach(vwr, fb);
        double[] x0 = coordinates(vwr);
        assertEquals("done", s.actions().start("optimize"));
        double[] x1 = coordinates(vwr);
        vwr.scriptWait("{atomno=5}.y = {atomno=5}.y + 0.3");
        double[] x1b = coordinates(vwr);
        assertEquals("done", s.actions().start("freq"));
        assertEquals(2, s.actions().undoLevels());
        assertFalse(java.util.Arrays.equals(x1b, coordinates(vwr)));
        assertEquals("reverted", s.actions().start("revert"));
        assertArrayEquals(x1b, coordinates(vwr), 0);
        assertNull(s.actions().modes(), "modes of the undone geometry are gone");
        assertEquals("reverted", s.actions().start("revert"));
        assertArrayEquals(x0, coordinates(vwr), 0);
        assertEquals("nothing", s.actions().start("revert"));
        assertArrayEquals(x0, coordinates(vwr), 0);
        assertTrue(x1.length > 0);
    }

    @Test
    void optimizeAfterAModeWasChosenStopsTheVibration() throws Exception {
        Viewer vwr = viewerWith("water.sdf");
        RecordingFeedback fb = new RecordingFeedback(false);
        CurvatureSession s = attach(vwr, fb);
        assertEquals("done", s.actions().start("freq"));
        s.actions().showMode(2);
        vwr.scriptWait("delay 0.01");
        assertTrue(vwr.tm.vibrationOn);
        vwr.scriptWait("{atomno=2}.x = {atomno=2}.x + 0.1");
        assertEquals("done", s.actions().start("optimize"));
        vwr.scriptWait("delay 0.01");
        assertFalse(vwr.tm.vibrationOn, "no vibration after Optimize");
        assertNull(s.actions().modes());
        for (int i = 0; i < vwr.ms.ac; i++) {
            javajs.util.T3 v = vwr.ms.at[i].getVibrationVector();
            assertTrue(v == null || v.length() == 0, "old mode's vectors are gone from atom " + (i + 1));
        }
    }

    /** Water has no transition state: the search fails and nothing changes unless the user keeps it. */
    @Test
    void failedTransitionStateSearchIsNeverAppliedSilently() throws Exception {
        Viewer vwr = viewerWith("water.sdf");
        RecordingFeedback fb = new RecordingFeedback(false);
        CurvatureSession s = attach(vwr, fb);
        double[] x0 = coordinates(vwr);
        fb.acceptAnswer = false;
        assertEquals("done", s.actions().start("ts"));
        assertEquals(1, fb.questions.size(), fb.infos.toString());
        String q = fb.questions.get(0);
        assertTrue(q.contains("failed"), q);
        assertTrue(q.contains("residual force") || q.contains("imaginary modes") || q.contains("apart"), q);
        assertArrayEquals(x0, coordinates(vwr), 0);
        assertNull(s.actions().modes());
        assertEquals(0, s.actions().undoLevels());
        // keeping it is the user's choice, and then Undo takes it back
        fb.acceptAnswer = true;
        assertEquals("done", s.actions().start("ts"));
        assertEquals(2, fb.questions.size());
        assertNotNull(s.actions().modes());
        assertEquals("reverted", s.actions().start("revert"));
        assertArrayEquals(x0, coordinates(vwr), 0);
    }

    @Test
    void unconvergedOptimizationAsksBeforeChangingCoordinates() throws Exception {
        dev.curvature.optimize.OptimizationResult r = new dev.curvature.optimize.OptimizationResult(new double[3], 1, new double[3], "RFO",
                200, 1, 1, 1, 125.3, 40, 0.1, 0.05, false, dev.curvature.optimize.StopReason.MAX_ITERATIONS, 6, 1, null);
        String d = CurvatureActions.describe(r);
        assertTrue(d.contains("200 iterations") && d.contains("125"), d);
    }

    @Test
    void heavyAtomOnlyModelsWarnThatHydrogensAreMissing() throws Exception {
        Viewer vwr = HeadlessJmol.viewer();
        vwr.loadInline("6\nbenzene carbons only\nC 1.39 0 0\nC 0.695 1.204 0\nC -0.695 1.204 0\nC -1.39 0 0\nC -0.695 -1.204 0\nC 0.695 -1.204 0\n");
        RecordingFeedback fb = new RecordingFeedback(false);
        fb.acceptAnswer = true;
        CurvatureSession s = attach(vwr, fb);
        s.actions().start("optimize");
        assertTrue(fb.infos.stream().anyMatch(i -> i.contains("hydrogens seem to be missing")), fb.infos + " " + fb.errors);
    }

    @Test
    void fallbackToUffIsSaid() throws Exception {
        Viewer vwr = HeadlessJmol.viewer();
        vwr.loadInline("3\nhydrogen selenide\nSe 0 0 0\nH 1.46 0 0\nH -0.03 1.46 0\n");
        RecordingFeedback fb = new RecordingFeedback(false);
        fb.acceptAnswer = true;
        CurvatureSession s = attach(vwr, fb);
        s.actions().start("optimize");
        assertTrue(fb.infos.stream().anyMatch(i -> i.contains("Used UFF")), fb.infos + " " + fb.errors);
    }

    /** The text of a Jmol echo by id, or null if there is none. */
    /** The legend once Jmol has run the scripts an action queued. */
    private static String legendAfterScripts(Viewer vwr) {
        vwr.scriptWait("delay 0.05");
        return String.valueOf(echoText(vwr, "curvatureLegend"));
    }

    private static String echoText(Viewer vwr, String id) {
        org.jmol.shape.Echo echo = (org.jmol.shape.Echo) vwr.shm.getShape(org.jmol.viewer.JC.SHAPE_ECHO);
        if (echo == null) return null;
        for (java.util.Map.Entry<String, org.jmol.modelset.Text> e : echo.objects.entrySet())
            if (e.getKey().equalsIgnoreCase(id)) return e.getValue().text;
        return null;
    }

    @Test
    void optimizeReplacesCoordinatesAndLowersTheMmffEnergyRevertRestoresThem() throws Exception {
        Viewer vwr = viewerWith("ethane_eclipsed.sdf");
        vwr.scriptWait("{atomno=3}.x = {atomno=3}.x + 0.2"); // off the (saddle) geometry
        RecordingFeedback fb = new RecordingFeedback(false);
        CurvatureSession s = attach(vwr, fb);
        ModelRegistry registry = EnergyModels.registry();
        Structure start = JmolModelReader.readCurrent(vwr, false).structure();
        double e0 = registry.bind("mmff94", start).potential().evaluate(start.positions(), null, null);
        double[] x0 = coordinates(vwr);

        click(vwr, "Optimize geometry", () -> !java.util.Arrays.equals(coordinates(vwr), x0) || !fb.errors.isEmpty());
        assertEquals(List.of(), fb.errors);

        Structure end = JmolModelReader.readCurrent(vwr, false).structure();
        double e1 = registry.bind("mmff94", end).potential().evaluate(end.positions(), null, null);
        assertTrue(e1 < e0 - 0.1, "MMFF94 energy " + e0 + " → " + e1);

        click(vwr, "Undo coordinate change", () -> java.util.Arrays.equals(coordinates(vwr), x0));
        assertArrayEquals(x0, coordinates(vwr), 0);
    }

    @Test
    void findTransitionStateOnEclipsedEthaneGivesOneImaginaryMode() throws Exception {
        Viewer vwr = viewerWith("ethane_eclipsed.sdf");
        RecordingFeedback fb = new RecordingFeedback(false);
        CurvatureSession s = attach(vwr, fb);
        click(vwr, "Find transition state", () -> s.actions().modes() != null || !fb.errors.isEmpty());
        assertEquals(List.of(), fb.errors);
        assertEquals(List.of(), fb.infos, "a first-order saddle: no warning");
        ModeSet modes = s.actions().modes();
        assertEquals(18, modes.count());
        assertTrue(modes.imaginary(0) && !modes.imaginary(1), "exactly one imaginary mode: " + modes.frequencyText(0) + ", " + modes.frequencyText(1));
        assertTrue(modes.frequencyText(0).endsWith("i"));
        assertEquals(0, s.actions().modeOnDisplay(), "the imaginary mode is shown first");
    }

    @Test
    void chargeResponseIsStoredAsPropertyDqSummingToOne() throws Exception {
        Viewer vwr = viewerWith("caffeine.sdf");
        RecordingFeedback fb = new RecordingFeedback(false);
        attach(vwr, fb);
        short before = vwr.ms.at[0].colixAtom;
        click(vwr, "Color by charge response (QEq)", () -> vwr.ms.at[0].colixAtom != before || !fb.errors.isEmpty());
        assertEquals(List.of(), fb.errors);
        double sum = Double.parseDouble(vwr.evaluateExpression("{*}.property_dq.sum").toString());
        assertEquals(1.0, sum, 1e-3, "dq/dQ over all atoms");
        assertNotEquals(before, vwr.ms.at[0].colixAtom);
        assertTrue(echoText(vwr, "curvatureLegend").contains("dq/dQ"));
    }

    @Test
    void modesAndRevertNeverLandOnAMoleculeLoadedAfterwards() throws Exception {
        Viewer vwr = viewerWith("water.sdf");
        RecordingFeedback fb = new RecordingFeedback(false);
        CurvatureSession s = attach(vwr, fb);
        assertEquals("done", s.actions().start("freq"));
        assertEquals(3, s.actions().modes().count());
        vwr.loadInline(Files.readString(Path.of("examples", "ammonia.sdf")));
        double[] x0 = coordinates(vwr);
        s.actions().showMode(1);
        assertFalse(vwr.modelHasVibrationVectors(0), "water's mode was not written onto ammonia");
        assertNull(s.actions().modes());
        s.actions().start("revert");
        assertArrayEquals(x0, coordinates(vwr), 0);
        assertEquals(List.of(), fb.errors);
        assertEquals(2, fb.infos.size(), fb.infos.toString());
    }

    @Test
    void noModelGivesAMessageAndChangesNothing() throws Exception {
        Viewer vwr = viewerWith(null);
        RecordingFeedback fb = new RecordingFeedback(false);
        CurvatureSession s = attach(vwr, fb);
        assertEquals("refused: No molecule is loaded.", s.actions().start("freq"));
        assertEquals(1, fb.errors.size());
        assertTrue(fb.errors.get(0).contains("No molecule is loaded"), fb.errors.toString());
        assertNull(s.actions().modes());
        assertEquals(0, vwr.ms.ac);
    }

    @Test
    void modelsOverFiveThousandAtomsAreRefusedUnchanged() throws Exception {
        StringBuilder xyz = new StringBuilder("5001\nargon grid\n");
        for (int k = 0; k < 5001; k++)
            xyz.append(String.format(java.util.Locale.ROOT, "Ar %.1f %.1f %.1f%n", 4.0 * (k % 20), 4.0 * ((k / 20) % 20), 4.0 * (k / 400)));
        Viewer vwr = HeadlessJmol.viewer();
        vwr.loadInline(xyz.toString());
        assertEquals(5001, vwr.ms.ac);
        RecordingFeedback fb = new RecordingFeedback(false);
        CurvatureSession s = attach(vwr, fb);
        double[] x0 = coordinates(vwr);

        click(vwr, "Optimize geometry", () -> !fb.errors.isEmpty());
        assertEquals(1, fb.errors.size());
        assertTrue(fb.errors.get(0).contains("5001 atoms"), fb.errors.toString());
        assertArrayEquals(x0, coordinates(vwr), 0);
        assertTrue(fb.progressOpened.isEmpty(), "no engine work was started");
    }

    @Test
    void periodicCrystalIsRefusedUnchanged() throws Exception {
        String cif = String.join("\n", "data_nacl", "_cell_length_a 5.64", "_cell_length_b 5.64", "_cell_length_c 5.64",
                "_cell_angle_alpha 90", "_cell_angle_beta 90", "_cell_angle_gamma 90",
                "_symmetry_space_group_name_H-M 'P 1'", "loop_", "_atom_site_label", "_atom_site_type_symbol",
                "_atom_site_fract_x", "_atom_site_fract_y", "_atom_site_fract_z",
                "Na1 Na 0 0 0", "Cl1 Cl 0.5 0.5 0.5", "");
        Viewer vwr = HeadlessJmol.viewer();
        vwr.loadInline(cif);
        assertTrue(vwr.ms.ac > 0);
        RecordingFeedback fb = new RecordingFeedback(false);
        CurvatureSession s = attach(vwr, fb);
        double[] x0 = coordinates(vwr);
        s.actions().start("optimize");
        assertEquals(1, fb.errors.size());
        assertTrue(fb.errors.get(0).contains("periodic"), fb.errors.toString());
        assertArrayEquals(x0, coordinates(vwr), 0);
    }

    @Test
    void cancelLeavesTheModelAsItWas() throws Exception {
        Viewer vwr = viewerWith("caffeine.sdf");
        vwr.scriptWait("{atomno=1}.x = {atomno=1}.x + 0.3");
        RecordingFeedback fb = new RecordingFeedback(true); // presses Cancel as soon as the progress dialog opens
        ActionRunner runner = new ActionRunner(fb, false);
        CurvatureSession s = CurvatureSession.attach(vwr, null, runner);
        double[] x0 = coordinates(vwr);
        assertEquals("started", s.actions().start("freq"));
        long end = System.currentTimeMillis() + 30_000;
        while (runner.isBusy() && System.currentTimeMillis() < end) Thread.sleep(20);
        javax.swing.SwingUtilities.invokeAndWait(() -> {});
        assertFalse(runner.isBusy());
        assertEquals(List.of("Frequency analysis"), fb.progressOpened);
        assertEquals(List.of(), fb.errors);
        assertNull(s.actions().modes());
        assertArrayEquals(x0, coordinates(vwr), 0);
        assertFalse(vwr.modelHasVibrationVectors(0));
    }
}
