package dev.curvature.jmol.crystal;

import dev.curvature.io.crystal.CrystalReader;
import dev.curvature.jmol.ActionRunner;
import dev.curvature.registry.EnergyModels;
import dev.curvature.model.ModelRegistry;
import dev.curvature.workflow.CrystalModel;
import dev.curvature.workflow.ElasticAnalysis;
import dev.curvature.workflow.PhononAnalysis;
import dev.curvature.jmol.HeadlessJmol;
import org.jmol.viewer.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The crystal actions on a headless Jmol viewer with a synchronous runner: the elastic tensor and
 * Γ modes are the workflow's on the CIF reader's structure; refusals are one dialog line each.
 */
public class CrystalActionsTest {
    /** Stillinger & Weber (1985) silicon in LAMMPS's Si.sw format (the parameters of Debian's file). */
    public static final String SI_SW = dev.curvature.testing.Crystals.SI_SW;

    @TempDir Path dir;
    Viewer vwr;
    final List<String> errors = new CopyOnWriteArrayList<>();
    CrystalActions actions;
    Path siSw;

    @BeforeEach
    void setUp() throws Exception {
        vwr = HeadlessJmol.viewer();
        ActionRunner runner = new ActionRunner(new ActionRunner.Feedback() {
            @Override public void error(String title, String message) { errors.add(title + ": " + message); }
            @Override public void info(String title, String message) {}
            @Override public ActionRunner.ProgressView open(String title, Runnable cancel) {
                return new ActionRunner.ProgressView() {
                    @Override public void status(String text) {}
                    @Override public void close() {}
                };
            }
            @Override public boolean confirm(String title, String message, String accept, String reject) { return false; }
        }, true);
        actions = new CrystalActions(vwr, runner, null);
        siSw = dir.resolve("Si.sw");
        Files.writeString(siSw, SI_SW);
        actions.potentialAsk((title, crystal) -> siSw);
    }

    @Test
    void elasticConstantsAreTheWorkflowsOnTheCifReadersCrystal() throws Exception {
        vwr.scriptWait("load \"" + JmolCrystalReaderTest.SI.toString() + "\"");
        assertEquals("done", actions.elastic("Elastic constants…"), errors.toString());
        assertTrue(errors.isEmpty(), errors.toString());
        ElasticAnalysis.Outcome shown = actions.lastElastic();
        Path pot = dir.resolve("si.pot");
        Files.writeString(pot, "pair_style sw\npair_coeff * * Si.sw Si\n");
        ElasticAnalysis.Outcome cli = ElasticAnalysis.defaults().run(CrystalReader.read(JmolCrystalReaderTest.SI).get(0),
                CrystalModel.of(EnergyModels.registry().model(ModelRegistry.POTENTIAL_SCHEME + ":" + pot)));
        double[][] a = shown.result().relaxed().matrix(), b = cli.result().relaxed().matrix();
        double[][] ac = shown.result().clamped().matrix(), bc = cli.result().clamped().matrix();
        for (int i = 0; i < 6; i++)
            for (int j = 0; j < 6; j++) {
                assertEquals(b[i][j], a[i][j], 1e-3, "relaxed C" + (i + 1) + (j + 1));
                assertEquals(bc[i][j], ac[i][j], 1e-3, "clamped C" + (i + 1) + (j + 1));
            }
        // Stillinger-Weber Si (Cowley 1988): relaxed C11 151.4, C12 76.4, C44 56.4; clamped C44 109.8 GPa
        assertEquals(151.4, a[0][0], 0.5);
        assertEquals(76.4, a[0][1], 0.5);
        assertEquals(56.4, a[3][3], 0.5);
        assertEquals(109.8, ac[3][3], 0.5);
        assertTrue(shown.stability().stable());
    }

    @Test
    void cancelAppliesNothing() throws Exception {
        ActionRunner cancelling = new ActionRunner(new ActionRunner.Feedback() {
            @Override public void error(String title, String message) { errors.add(title + ": " + message); }
            @Override public void info(String title, String message) {}
            @Override public ActionRunner.ProgressView open(String title, Runnable cancel) {
                cancel.run(); // the user presses Cancel as soon as the progress dialog shows
                return new ActionRunner.ProgressView() {
                    @Override public void status(String text) {}
                    @Override public void close() {}
                };
            }
            @Override public boolean confirm(String title, String message, String accept, String reject) { return false; }
        }, false); // asynchronous, as in Jmol: the job runs on the worker thread and its result is dropped
        CrystalActions a = new CrystalActions(vwr, cancelling, null);
        a.potentialAsk((title, crystal) -> siSw);
        vwr.scriptWait("load \"" + JmolCrystalReaderTest.SI.toString() + "\" {1 1 1}");
        assertEquals("started", a.elastic("Elastic constants…"));
        assertEquals("started", a.phonons("Phonons…"), "Cancel frees the runner at once for the next action");
        long end = System.currentTimeMillis() + 60_000;
        while (cancelling.computing() > 0 && System.currentTimeMillis() < end) Thread.sleep(20);
        assertEquals(0, cancelling.computing());
        javax.swing.SwingUtilities.invokeAndWait(() -> {}); // anything the jobs might have queued for the event thread has run
        assertNull(a.lastElastic());
        assertNull(a.lastPhonons());
        assertEquals(-1, a.phononOnDisplay());
        assertTrue(errors.isEmpty(), errors.toString());
        for (int i = 0; i < vwr.ms.ac; i++) assertNull(vwr.ms.getVibration(i, false), "no vectors after Cancel");
    }

    @Test
    void refusalsAreOneLineEach() throws Exception {
        vwr.scriptWait("load \"" + JmolCrystalReaderTest.NACL.toString() + "\" {1 1 1}");
        assertEquals("done", actions.elastic("Elastic constants…"));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("Na"), errors.get(0));
        assertFalse(errors.get(0).contains("\n"), errors.get(0));
        errors.clear();
        Path water = dir.resolve("water.xyz");
        Files.writeString(water, "3\nwater\nO 0 0 0\nH 0.96 0 0\nH -0.24 0.93 0\n");
        vwr.scriptWait("load \"" + water + "\"");
        assertEquals("refused", actions.phonons("Phonons…"));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("molecule"), errors.get(0));
        errors.clear();
        vwr.scriptWait("load \"" + JmolCrystalReaderTest.SI.toString() + "\"");
        Path odd = dir.resolve("Si.params");
        Files.writeString(odd, SI_SW);
        actions.potentialAsk((title, crystal) -> odd);
        assertEquals("refused", actions.elastic("Elastic constants…"));
        assertTrue(errors.get(0).contains("pair_style"), errors.get(0));
        assertNull(actions.lastElastic());
    }

    @Test
    void aNonCubicCrystalGetsGammaModesOnly() throws Exception {
        // diamond Si stretched 4 % along c: tetragonal, no standard path known to the workflow
        Path cif = dir.resolve("si-tetragonal.cif");
        Files.writeString(cif, "data_Si_t\n_cell_length_a 5.431\n_cell_length_b 5.431\n_cell_length_c 5.648\n_cell_angle_alpha 90\n"
                + "_cell_angle_beta 90\n_cell_angle_gamma 90\nloop_\n_symmetry_equiv_pos_as_xyz\n'x,y,z' 'x,y+1/2,z+1/2' 'x+1/2,y,z+1/2' "
                + "'x+1/2,y+1/2,z'\nloop_\n_atom_site_label\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n"
                + "Si1 0 0 0\nSi2 0.25 0.25 0.25\n");
        vwr.scriptWait("load \"" + cif + "\" {1 1 1}");
        actions.phonons("Phonons…");
        assertTrue(errors.isEmpty(), errors.toString());
        PhononAnalysis.Outcome o = actions.lastPhonons();
        assertEquals(24, o.gamma().frequenciesThz().length);
        assertNull(o.dispersion(), "no dispersion path for a tetragonal cell");
        assertEquals(3, actions.phononOnDisplay());
    }

    @Test
    void gammaModesAreAnimatedOnEveryCopyOfTheCellAtoms() throws Exception {
        vwr.scriptWait("load \"" + JmolCrystalReaderTest.SI.toString() + "\" packed");
        actions.phonons("Phonons…");
        assertTrue(errors.isEmpty(), errors.toString());
        PhononAnalysis.Outcome o = actions.lastPhonons();
        double[] f = o.gamma().frequenciesThz();
        assertEquals(24, f.length);
        for (int k = 0; k < 3; k++) assertEquals(0.0, f[k], 0.0);
        assertEquals(17.83, f[23], 0.02); // the CLI test's value for the same cell
        assertEquals("fcc", o.lattice());
        int mode = actions.phononOnDisplay();
        assertEquals(3, mode, "the first optical mode is shown first");
        JmolCrystal c = JmolCrystalReader.readCurrent(vwr);
        double[] d = CrystalActions.displacement(o, mode);
        int[] jmol = c.jmolAtoms(), cell = c.cellAtom();
        for (int k = 0; k < jmol.length; k++) {
            javajs.util.T3 v = vwr.ms.getVibration(jmol[k], false);
            assertNotNull(v, "Jmol atom " + jmol[k] + " has a vibration vector");
            assertEquals(d[3 * cell[k]], v.x, 1e-5);
            assertEquals(d[3 * cell[k] + 1], v.y, 1e-5);
            assertEquals(d[3 * cell[k] + 2], v.z, 1e-5);
        }
    }
}
