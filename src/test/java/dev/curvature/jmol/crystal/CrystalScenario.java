package dev.curvature.jmol.crystal;

import dev.curvature.jmol.ActionRunner;
import dev.curvature.jmol.CurvatureJmol;
import dev.curvature.jmol.CurvatureSession;
import dev.curvature.jmol.GuiSteps;
import dev.curvature.workflow.ElasticAnalysis;
import dev.curvature.workflow.PhononAnalysis;
import org.jmol.viewer.Viewer;
import org.openscience.jmol.app.Jmol;

import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import java.awt.Window;
import java.io.File;
import java.util.Arrays;

import static dev.curvature.jmol.GuiSteps.*;

/**
 * The crystal actions in the real Jmol window (own JVM with a display; CrystalGuiTest starts it):
 * Si loaded packed, Curvature → Elastic constants… → the potential typed into the dialog → the
 * tensor window; then Phonons… → the mode table, a row chosen, the mode animated on the cell; a
 * molecule refused in one dialog line; Cancel in both actions on a rattled 1000-atom cell;
 * screenshots for the README. Prints KEY=value lines. Arguments: the CIF, the potential parameter
 * file, the screenshot directory, a molecule, the rattled cell's CIF, the output directory.
 */
public final class CrystalScenario {
    private static Jmol jmol;
    private static Viewer vwr;
    private static CrystalActions crystal;

    public static void main(String[] args) {
        GuiSteps.runScenario(() -> run(args));
    }

    private static void run(String[] args) throws Exception {
        File cif = new File(args[0]), potential = new File(args[1]), shots = new File(args[2]), water = new File(args[3]), rattled = new File(args[4]);
        shots.mkdirs();
        jmol = CurvatureJmol.launch(new String[] {"-g", "400x440"});
        vwr = jmol.vwr;
        waitFor(() -> jmol.frame.isShowing() && CurvatureSession.of(vwr) != null, 30_000, "the Jmol window");
        crystal = CurvatureSession.of(vwr).actions().crystal();
        SwingUtilities.invokeAndWait(() -> jmol.frame.setLocation(0, 0));
        vwr.scriptWait("load \"" + cif.getAbsolutePath() + "\" packed; unitcell on; rotate x 10; rotate y 15");
        waitFor(() -> vwr.ms != null && vwr.ms.ac > 8, 30_000, "the crystal to load");
        System.out.println("JMOL_ATOMS=" + vwr.ms.ac);

        // elastic constants: menu item, potential typed into the dialog, OK
        menu(jmol.frame, "Elastic constants…");
        answerPotentialDialog(potential.getAbsolutePath());
        waitFor(() -> crystal.elasticWindow() != null && crystal.elasticWindow().isShowing(), 120_000, "the elastic window");
        Thread.sleep(800);
        ElasticWindow w = crystal.elasticWindow();
        System.out.println("RELAXED=" + Arrays.deepToString(w.relaxedShown()));
        System.out.println("CLAMPED=" + Arrays.deepToString(w.clampedShown()));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 6; i++) for (int j = 0; j < 6; j++) text.append(i == 0 && j == 0 ? "" : ",").append(w.relaxedText(i, j));
        System.out.println("RELAXED_TEXT=" + text);
        System.out.println("ELASTIC_SUMMARY=" + w.summary().replace('\n', '|'));
        SwingUtilities.invokeAndWait(() -> w.setLocation(jmol.frame.getWidth(), 0));
        Thread.sleep(600);
        screen(new File(shots, "jmol-elastic-si.png"), jmol.frame, w);

        // phonons: the dialog remembers the potential; choose the highest mode
        menu(jmol.frame, "Phonons…");
        answerPotentialDialog(null);
        waitFor(() -> crystal.phononWindow() != null && crystal.phononWindow().isShowing(), 180_000, "the phonon window");
        Thread.sleep(500);
        PhononWindow p = crystal.phononWindow();
        System.out.println("PHONON_ROWS=" + p.rows());
        System.out.println("FIRST_SHOWN=" + crystal.phononOnDisplay());
        int top = p.rows() - 1;
        SwingUtilities.invokeAndWait(() -> p.select(top));
        Thread.sleep(500);
        System.out.println("MODE_SHOWN=" + crystal.phononOnDisplay());
        System.out.println("GAMMA_THZ=" + Arrays.toString(crystal.lastPhonons().gamma().frequenciesThz()));
        System.out.println("VIBRATION_ON=" + vwr.tm.vibrationOn);
        int moving = 0;
        for (int i = 0; i < vwr.ms.ac; i++) {
            javajs.util.T3 v = vwr.ms.getVibration(i, false);
            if (v != null && v.length() > 0.05) moving++;
        }
        System.out.println("ATOMS_MOVING=" + moving);
        System.out.println("PHONON_SUMMARY=" + p.summary().replace('\n', '|'));
        SwingUtilities.invokeAndWait(() -> { w.setVisible(false); p.setLocation(jmol.frame.getWidth(), 0); });
        Thread.sleep(800);
        screen(new File(shots, "jmol-phonons-si.png"), jmol.frame, p);

        cancelPart(rattled);

        // a molecule: one clear line, no window (the last job's progress dialog, whose title also
        // names the action, must be gone first or it would be taken for the refusal)
        waitFor(() -> progressDialog() == null, 10_000, "the last progress dialog to close");
        vwr.scriptWait("load \"" + water.getAbsolutePath() + "\"");
        menu(jmol.frame, "Elastic constants…");
        waitFor(() -> refusal() != null, 10_000, "the refusal");
        JDialog refusal = refusal();
        System.out.println("MOLECULE_REFUSAL=" + text(refusal).replace('\n', '|'));
        AbstractButton ok = button(refusal, "OK");
        press(ok);
        System.out.println("DONE=1");
    }

    /**
     * Cancel in both actions on a 1000-atom cell with its atoms moved off the lattice (the
     * relaxation alone takes seconds): the engine's CPU work stops within the time of one
     * evaluation, nothing of the cancelled job is shown, and the menu works again at once.
     */
    private static void cancelPart(File rattled) throws Exception {
        ElasticAnalysis.Outcome elasticBefore = crystal.lastElastic();
        PhononAnalysis.Outcome phononsBefore = crystal.lastPhonons();
        ElasticWindow elasticWindowBefore = crystal.elasticWindow();
        PhononWindow phononWindowBefore = crystal.phononWindow();
        vwr.scriptWait("load \"" + rattled.getAbsolutePath() + "\"; unitcell on");
        waitFor(() -> vwr.ms != null && vwr.ms.ac == 1000, 30_000, "the rattled cell to load");
        cancelDuring("Elastic constants…", "Relaxing the ions", "ELASTIC");
        cancelDuring("Phonons…", "Relaxing the ions", "PHONONS");
        System.out.println("RESULTS_KEPT_AFTER_CANCEL=" + (crystal.lastElastic() == elasticBefore && crystal.lastPhonons() == phononsBefore
                && crystal.elasticWindow() == elasticWindowBefore && crystal.phononWindow() == phononWindowBefore));
        int vibrating = 0;
        for (int i = 0; i < vwr.ms.ac; i++) {
            javajs.util.T3 v = vwr.ms.getVibration(i, false);
            if (v != null && v.length() > 0) vibrating++;
        }
        System.out.println("VIBRATING_AFTER_CANCEL=" + vibrating);
        // the menu works at once: the whole job on the same cell, for the record of how long it takes
        long t0 = System.nanoTime();
        menu(jmol.frame, "Elastic constants…");
        answerPotentialDialog(null);
        waitFor(() -> crystal.elasticWindow() != elasticWindowBefore && crystal.elasticWindow() != null && crystal.elasticWindow().isShowing(),
                180_000, "the elastic window of the rattled cell");
        System.out.println("ELASTIC_FULL_MS=" + (System.nanoTime() - t0) / 1_000_000);
        System.out.println("ELASTIC_ATOMS_AFTER=" + crystal.lastElastic().structure().atomCount());
        SwingUtilities.invokeAndWait(() -> crystal.elasticWindow().dispose());
    }

    /**
     * Starts an action, waits until the progress line names {@code stage} and the job has computed
     * there for a moment, presses Cancel, and reports how long the engine went on computing (the
     * worker's CPU time after the press, and the wall time until no engine job is left).
     */
    private static void cancelDuring(String item, String stage, String key) throws Exception {
        ActionRunner runner = GuiSteps.runner(vwr);
        menu(jmol.frame, item);
        answerPotentialDialog(null);
        waitFor(() -> progressLine() != null && progressLine().startsWith(stage), 60_000, key + ": the stage " + stage);
        Thread.sleep(CANCEL_AFTER_MS);
        JDialog progress = progressDialog();
        System.out.println(key + "_STAGE_AT_CANCEL=" + progressLine());
        System.out.println(key + "_COMPUTING_AT_CANCEL=" + runner.computing());
        AbstractButton cancel = find(progress, AbstractButton.class, "curvatureCancel");
        long cpu0 = workerCpuNanos();
        long t0 = System.nanoTime();
        press(cancel);
        waitFor(() -> runner.computing() == 0, 60_000, key + ": the engine to stop after Cancel");
        long stopped = System.nanoTime();
        System.out.println(key + "_ENGINE_STOPPED_MS=" + (stopped - t0) / 1_000_000);
        System.out.println(key + "_CPU_AFTER_CANCEL_MS=" + (workerCpuNanos() - cpu0) / 1_000_000);
        waitFor(() -> progressDialog() == null, 5_000, key + ": the progress dialog to close");
        SwingUtilities.invokeAndWait(() -> {});
    }

    /** Pause between entering the stage and pressing Cancel, so the press lands in computation under way. */
    private static final long CANCEL_AFTER_MS = 50;

    /** The action's message dialog (not its progress dialog). */
    private static JDialog refusal() {
        for (Window w : Window.getWindows())
            if (w instanceof JDialog d && d.isShowing() && d.getTitle() != null && d.getTitle().contains("Elastic constants")
                    && !"curvatureProgress".equals(d.getName())) return d;
        return null;
    }

    private static JDialog progressDialog() {
        for (Window w : Window.getWindows())
            if (w instanceof JDialog d && d.isShowing() && "curvatureProgress".equals(d.getName())) return d;
        return null;
    }

    private static String progressLine() {
        JDialog d = progressDialog();
        javax.swing.JLabel l = d == null ? null : find(d, javax.swing.JLabel.class);
        return l == null ? null : l.getText();
    }

    /** CPU time of the plugin's worker threads (the engine), ns. */
    private static long workerCpuNanos() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet())
            if (t.getName().startsWith("curvature-worker")) sum += Math.max(0, mx.getThreadCpuTime(t.getId()));
        return sum;
    }

    /** Waits for the potential dialog, types the path (null: keep what it proposes) and presses OK. */
    private static void answerPotentialDialog(String path) throws Exception {
        waitFor(() -> dialog("potential") != null, 10_000, "the potential dialog");
        JDialog d = dialog("potential");
        Thread.sleep(300);
        JTextField field = find(d, JTextField.class, "curvaturePotentialPath");
        System.out.println("DIALOG_PROPOSED=" + field.getText());
        System.out.println("DIALOG_MENTIONS_DEBIAN=" + text(d).contains("/usr/share/lammps/potentials"));
        if (path != null) SwingUtilities.invokeAndWait(() -> field.setText(path));
        AbstractButton ok = button(d, "OK");
        SwingUtilities.invokeLater(ok::doClick);
        waitFor(() -> dialog("potential") == null, 10_000, "the potential dialog to close");
    }

    /** The screen area covering both windows, as a person sees it. */
    private static void screen(File file, Window a, Window b) throws Exception {
        capture(file, a.getBounds().union(b.getBounds()));
    }
}
