package dev.curvature.jmol;

import dev.curvature.jmol.crystal.CrystalActions;
import org.jmol.viewer.Viewer;
import org.openscience.jmol.app.Jmol;

import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.SwingUtilities;
import java.io.File;
import java.util.Arrays;

import static dev.curvature.jmol.GuiSteps.*;

/**
 * "Use ML potential…" in the real Jmol window (own JVM with a display; MlPotentialGuiTest starts
 * it): on water, a silicon model picked in the file dialog is refused in one dialog line; on the Si
 * crystal it is accepted and Elastic constants… then runs on it without asking for a potential;
 * loading water again forgets it (Optimize says so and runs nothing). Prints KEY=value lines.
 * Arguments: water, the Si CIF, the Si MODEL.json, the output directory.
 */
public final class MlPotentialScenario {
    private static final String CHOOSER = "MODEL.json";
    private static final String ACTION = "Use ML potential…";

    public static void main(String[] args) {
        GuiSteps.runScenario(() -> run(args));
    }

    private static void run(String[] args) throws Exception {
        File water = new File(args[0]), cif = new File(args[1]), model = new File(args[2]);
        Jmol jmol = CurvatureJmol.launch(new String[] {"-g", "480x440", water.getPath()});
        Viewer vwr = jmol.vwr;
        waitFor(() -> vwr.ms != null && vwr.ms.ac == 3 && jmol.frame.isShowing() && CurvatureSession.of(vwr) != null, 30_000, "water in the Jmol window");
        CurvatureActions actions = CurvatureSession.of(vwr).actions();
        CrystalActions crystal = actions.crystal();

        // water + a silicon model: one line, nothing changed
        menu(jmol.frame, ACTION);
        pick(model);
        waitFor(() -> message(ACTION) != null, 20_000, "the refusal");
        JDialog refusal = message(ACTION);
        System.out.println("WATER_REFUSAL=" + text(refusal).strip().replace('\n', '|'));
        press(button(refusal, "OK"));
        System.out.println("MODEL_AFTER_REFUSAL=" + actions.settings().modelId());

        // the Si crystal: accepted, and the event thread answers while the model is read
        vwr.scriptWait("load \"" + cif.getAbsolutePath() + "\" packed; unitcell on");
        waitFor(() -> vwr.ms != null && vwr.ms.ac > 8, 30_000, "the crystal to load");
        menu(jmol.frame, ACTION);
        pick(model);
        long t0 = System.nanoTime();
        SwingUtilities.invokeAndWait(() -> {});
        System.out.println("EVENT_THREAD_ANSWERED_MS=" + (System.nanoTime() - t0) / 1_000_000);
        waitFor(() -> actions.settings().modelId().startsWith("ml:"), 20_000, "the model to be chosen");
        System.out.println("MODEL_CHOSEN=" + actions.settings().modelId());

        menu(jmol.frame, "Elastic constants…");
        waitFor(() -> crystal.lastElastic() != null || dialog("potential") != null, 120_000, "the elastic result");
        System.out.println("POTENTIAL_DIALOG_SHOWN=" + (dialog("potential") != null));
        waitFor(() -> crystal.lastElastic() != null && !runner(vwr).isBusy(), 120_000, "the elastic result");
        System.out.println("RELAXED=" + Arrays.deepToString(crystal.lastElastic().result().relaxed().matrix()));
        Thread.sleep(300);
        waitFor(() -> message("Elastic") == null || !message("Elastic").isShowing(), 10_000, "the elastic progress to close");

        // another file: forgotten, said, nothing run
        vwr.scriptWait("load \"" + water.getAbsolutePath() + "\"");
        waitFor(() -> vwr.ms != null && vwr.ms.ac == 3, 30_000, "water again");
        double x0 = vwr.ms.at[1].x;
        menu(jmol.frame, "Optimize geometry");
        waitFor(() -> message("Optimize geometry") != null, 20_000, "the note");
        JDialog note = message("Optimize geometry");
        System.out.println("STALE_NOTE=" + text(note).strip().replace('\n', '|'));
        press(button(note, "OK"));
        System.out.println("MODEL_AFTER_RELOAD=" + actions.settings().modelId());
        System.out.println("WATER_UNCHANGED=" + (vwr.ms.at[1].x == x0));
        System.out.println("DONE=1");
    }

    /** The showing message dialog whose title contains {@code titlePart} (not a progress dialog), or null. */
    private static JDialog message(String titlePart) {
        for (java.awt.Window w : java.awt.Window.getWindows())
            if (w instanceof JDialog d && d.isShowing() && d.getTitle() != null && d.getTitle().contains(titlePart)
                    && !"curvatureProgress".equals(d.getName())) return d;
        return null;
    }

    /** Waits for the file dialog, selects the file as a person would, and presses Open. */
    private static void pick(File file) throws Exception {
        waitFor(() -> dialog(CHOOSER) != null, 10_000, "the file dialog");
        JFileChooser chooser = find(dialog(CHOOSER), JFileChooser.class);
        SwingUtilities.invokeAndWait(() -> {
            chooser.setSelectedFile(file);
            chooser.approveSelection();
        });
        waitFor(() -> dialog(CHOOSER) == null, 10_000, "the file dialog to close");
    }
}
