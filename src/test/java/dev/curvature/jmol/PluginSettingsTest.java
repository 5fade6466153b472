package dev.curvature.jmol;

import dev.curvature.model.ModelRegistry;
import dev.curvature.registry.EnergyModels;
import org.jmol.viewer.Viewer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Settings: the model list comes from the registry; the chosen model, hydrogens and convergence reach the actions. */
class PluginSettingsTest {

    private static CurvatureSession attach(Viewer vwr, RecordingFeedback fb) {
        return CurvatureSession.attach(vwr, null, new ActionRunner(fb, true));
    }

    @Test
    void everyRegistryModelAndEveryFileSchemeIsOffered() {
        ModelRegistry models = EnergyModels.registry();
        List<String> choices = PluginSettings.choices(models);
        assertTrue(choices.get(0).startsWith("auto"), choices.toString());
        for (ModelRegistry.Entry e : models.entries())
            assertTrue(choices.contains(e.id() + " — " + e.description()), e.id() + " missing from " + choices);
        for (String scheme : models.schemes()) assertTrue(choices.contains(scheme + ":FILE"), scheme + " missing from " + choices);
        assertEquals(1 + models.entries().size() + models.schemes().size(), choices.size());
    }

    @Test
    void fieldsAreCheckedWithAMessage() {
        ModelRegistry models = EnergyModels.registry();
        PluginSettings s = PluginSettings.parse(models, "mmff94s — MMFF94s (planar conjugated N)", true, "0.001", "300");
        assertEquals(new PluginSettings("mmff94s", true, 0.001, 300), s);
        assertEquals(0.001, s.optimization().maxForce());
        assertEquals(0.0005, s.optimization().rmsForce());
        assertEquals(300, s.optimization().maxIterations());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PluginSettings.parse(models, "gaff", false, "1e-4", "10"));
        assertTrue(e.getMessage().contains("Unknown energy model 'gaff'") && e.getMessage().contains("mmff94"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PluginSettings.parse(models, "uff", false, "tight", "10"));
        assertTrue(e.getMessage().contains("'tight'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PluginSettings.parse(models, "uff", false, "-1", "10"));
        assertThrows(IllegalArgumentException.class, () -> PluginSettings.parse(models, "uff", false, "1e-4", "0"));
    }

    @Test
    void theChosenModelIsUsedAndAnUnsuitableChoiceIsRefusedNamingSettings() throws Exception {
        Viewer vwr = HeadlessJmol.viewer();
        vwr.loadInline(HeadlessJmol.WATER_MOL);
        RecordingFeedback fb = new RecordingFeedback(false);
        CurvatureSession s = attach(vwr, fb);
        s.actions().settings(new PluginSettings("uff", false, 1e-4, 5000));
        assertEquals("done", s.actions().start("freq"));
        assertEquals(List.of(), fb.errors);
        assertTrue(s.actions().modes().summary().startsWith("UFF"), s.actions().modes().summary());
        assertTrue(fb.infos.stream().noneMatch(i -> i.contains("Used UFF")), "UFF chosen, not a fallback: " + fb.infos);

        Viewer se = HeadlessJmol.viewer();
        se.loadInline("3\nhydrogen selenide\nSe 0 0 0\nH 1.46 0 0\nH -0.03 1.46 0\n");
        RecordingFeedback fb2 = new RecordingFeedback(false);
        CurvatureSession s2 = attach(se, fb2);
        s2.actions().settings(new PluginSettings("mmff94", false, 1e-4, 5000));
        s2.actions().start("optimize");
        assertEquals(1, fb2.errors.size(), fb2.errors.toString());
        assertTrue(fb2.errors.get(0).contains("chosen in Settings (mmff94)"), fb2.errors.get(0));
    }

    @Test
    void tooFewStepsIsNotConvergedAndAskedAbout() throws Exception {
        Viewer vwr = HeadlessJmol.viewer();
        vwr.loadInline("3\nbent water\nO 0 0 0\nH 1.2 0 0\nH -0.1 0.9 0\n");
        RecordingFeedback fb = new RecordingFeedback(false);
        CurvatureSession s = attach(vwr, fb);
        s.actions().settings(new PluginSettings("auto", false, 1e-4, 2));
        float x0 = vwr.ms.at[1].x;
        s.actions().start("optimize");
        assertEquals(1, fb.questions.size(), fb.questions + " " + fb.errors);
        assertTrue(fb.questions.get(0).contains("after 2 iterations"), fb.questions.get(0));
        assertEquals(x0, vwr.ms.at[1].x, "coordinates kept (the test answers Keep my coordinates)");
    }

    @Test
    void missingHydrogensAreAddedWhenChosen() throws Exception {
        Viewer vwr = HeadlessJmol.viewer();
        vwr.loadInline(String.join("\n", "ethanol heavy atoms", "  test", "",
                "  3  2  0  0  0  0  0  0  0  0999 V2000",
                "    0.0000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0",
                "    1.5200    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0",
                "    2.0300    1.3400    0.0000 O   0  0  0  0  0  0  0  0  0  0  0  0",
                "  1  2  1  0  0  0  0", "  2  3  1  0  0  0  0", "M  END", ""));
        RecordingFeedback fb = new RecordingFeedback(false);
        CurvatureSession s = attach(vwr, fb);
        s.actions().settings(new PluginSettings("auto", true, 1e-4, 5000));
        s.actions().start("freq");
        assertEquals(List.of(), fb.errors);
        assertEquals(9, vwr.ms.ac, "C2H6O after adding hydrogens");
        assertTrue(fb.infos.stream().anyMatch(i -> i.contains("Added 6 hydrogens")), fb.infos.toString());
        assertTrue(fb.infos.stream().noneMatch(i -> i.contains("hydrogens seem to be missing")), fb.infos.toString());
        assertEquals(3 * 9 - 6, s.actions().modes().count());
        assertTrue(s.actions().modes().summary().startsWith("MMFF94"), s.actions().modes().summary());
    }
}
