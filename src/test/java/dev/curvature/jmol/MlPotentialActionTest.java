package dev.curvature.jmol;

import dev.curvature.io.crystal.CrystalReader;
import dev.curvature.optimize.OptimizationResult;
import dev.curvature.registry.EnergyModels;
import dev.curvature.structure.Structure;
import dev.curvature.testing.LearnedModels;
import dev.curvature.workflow.CrystalModel;
import dev.curvature.workflow.ElasticAnalysis;
import dev.curvature.workflow.GeometryOptimization;
import org.jmol.viewer.Viewer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/**
 * "Use ML potential…" on a headless viewer with a synchronous runner, as the menu item drives it:
 * a model for other elements, a file that is no model, and Cancel change nothing (one dialog line
 * each); a model that fits becomes the energy model of Optimize (the geometry equals the
 * workflow's under that model) and of Elastic constants (no potential dialog; the tensor equals the
 * workflow's); loading another file forgets it, says so, and runs nothing with a model the user did
 * not pick for that structure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MlPotentialActionTest {
    static final Path SI_CIF = Path.of("examples/crystals/si-diamond.cif").toAbsolutePath();
    Path dir, si, water, notAModel;

    @BeforeAll void models() throws Exception {
        dir = Files.createTempDirectory("curvature-ml-plugin");
        dir.toFile().deleteOnExit();
        si = LearnedModels.silicon(dir);
        water = LearnedModels.water(dir);
        notAModel = dir.resolve("settings.json");
        Files.writeString(notAModel, "{\"theme\": \"dark\"}\n");
    }

    @Test void theChosenModelRunsTheNextAnalysesAndIsForgottenWithItsStructure() throws Exception {
        Viewer vwr = HeadlessJmol.viewer();
        vwr.loadInline(Files.readString(Path.of("examples/water.sdf")));
        RecordingFeedback fb = new RecordingFeedback(false);
        CurvatureActions actions = CurvatureSession.attach(vwr, null, new ActionRunner(fb, true)).actions();
        AtomicReference<Path> answer = new AtomicReference<>();
        actions.mlPotentialAsk((parent, last) -> answer.get());
        actions.crystal().potentialAsk((title, crystal) -> { throw new AssertionError("a learned model in force asks for no potential"); });

        // refusals: one line each, nothing changed
        answer.set(si);
        assertTrue(actions.start("ml-potential").startsWith("done"));
        assertEquals(1, fb.errors.size(), fb.errors.toString());
        String refusal = fb.errors.get(0);
        assertTrue(refusal.startsWith("Use ML potential…: ") && refusal.contains("trained on Si only") && refusal.contains("O (atom 1)")
                && !refusal.contains("\n") && !refusal.contains("Exception"), refusal);
        answer.set(notAModel);
        actions.start("ml-potential");
        assertEquals(2, fb.errors.size());
        assertTrue(fb.errors.get(1).contains("not a Curvature ML potential") && !fb.errors.get(1).contains("\n"), fb.errors.get(1));
        answer.set(null);
        assertEquals("cancelled", actions.start("ml-potential"));
        assertEquals("auto", actions.settings().modelId());
        assertNull(actions.mlPotential());

        // a water model: Optimize runs on it
        answer.set(water);
        actions.start("ml-potential");
        assertEquals(2, fb.errors.size(), fb.errors.toString());
        assertEquals("ml:" + water.toAbsolutePath(), actions.settings().modelId());
        vwr.scriptWait("select atomno=2; translateSelected {0.06 0.08 -0.05}; select *");   // off the minimum
        Structure start = JmolModelReader.readCurrent(vwr, false).structure();
        actions.start("optimize");
        assertEquals(2, fb.errors.size(), fb.errors.toString());
        OptimizationResult direct = GeometryOptimization.run(EnergyModels.registry().bind("ml:" + water, start).potential(), start,
                actions.settings().optimization(), false, null);
        assertTrue(direct.converged());
        double[] shown = JmolModelReader.readCurrent(vwr, false).structure().positions(), expected = direct.positionsAngstrom();
        double moved = 0;
        for (int k = 0; k < shown.length; k++) {
            assertEquals(expected[k], shown[k], 1e-4, "coordinate " + k + " after Optimize with the learned model");
            moved = Math.max(moved, Math.abs(shown[k] - start.positions()[k]));
        }
        assertTrue(moved > 0.02, "the optimization moved the atoms: " + moved);

        // another file: the choice is forgotten, the user told, nothing run
        vwr.scriptWait("load \"" + SI_CIF + "\"");
        assertTrue(actions.start("elastic").startsWith("refused"));
        assertEquals(1, fb.infos.stream().filter(i -> i.contains("water.json was chosen for the structure loaded before")).count(), fb.infos.toString());
        assertEquals("auto", actions.settings().modelId(), "back to the model it replaced");
        assertNull(actions.crystal().lastElastic());

        // the Si model on the crystal: Elastic constants without a potential dialog, the workflow's tensor
        answer.set(si);
        actions.start("ml-potential");
        assertEquals(2, fb.errors.size(), fb.errors.toString());
        assertEquals("done", actions.start("elastic"));
        assertEquals(2, fb.errors.size(), fb.errors.toString());
        double[][] plugin = actions.crystal().lastElastic().result().relaxed().matrix();
        double[][] cli = ElasticAnalysis.defaults().run(CrystalReader.read(SI_CIF).get(0),
                CrystalModel.of(EnergyModels.registry().model("ml:" + si))).result().relaxed().matrix();
        for (int i = 0; i < 6; i++)
            for (int j = 0; j < 6; j++) assertEquals(cli[i][j], plugin[i][j], 1e-3, "relaxed C" + (i + 1) + (j + 1));
        assertTrue(plugin[0][0] > 10, "a stiff crystal: C11 " + plugin[0][0]);
        assertEquals(List.of(), fb.questions);
    }
}
