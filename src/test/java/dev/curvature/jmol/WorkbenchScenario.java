package dev.curvature.jmol;

import org.jmol.viewer.Viewer;
import org.openscience.jmol.app.Jmol;

import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.Point;
import java.awt.Robot;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.io.File;
import java.util.concurrent.atomic.AtomicReference;

import static dev.curvature.jmol.GuiSteps.*;

/**
 * The defects of issue 10 in the real Jmol window (own JVM, a display; WorkbenchGuiTest starts
 * it): Clear/Undo after colouring, vibration after Optimize, a failed saddle search, focus after
 * the progress dialog, spectra without replacing the model, Cancel during each stage of a
 * 153-atom job; screenshots for the README. Prints KEY=value lines.
 */
public final class WorkbenchScenario {
    private static Jmol jmol;
    private static Viewer vwr;
    private static CurvatureSession session;
    private static Robot robot;
    private static File out;

    public static void main(String[] args) {
        GuiSteps.runScenario(() -> run(args));
    }

    private static void run(String[] args) throws Exception {
        File examples = new File(args[0]);
        out = new File(args[1]);
        out.mkdirs();
        jmol = CurvatureJmol.launch(new String[] {"-g", "640x520", new File(examples, "water.sdf").getPath()});
        vwr = jmol.vwr;
        waitFor(() -> vwr.ms != null && vwr.ms.ac == 3, 30_000, "water to load");
        waitFor(() -> jmol.frame.isShowing(), 10_000, "the Jmol window");
        session = CurvatureSession.of(vwr);
        robot = new Robot();
        Thread.sleep(1000);

        if (System.getenv("WORKBENCH_ONLY_CANCEL") != null) {
            cancelPart(examples);
            return;
        }
        // 1. Color by charge, then Clear: every atom back to CPK
        short[] cpk = colours();
        menu(jmol.frame, "Color by charge (QEq)");
        idle();
        System.out.println("COLOURED_BY_CHARGE=" + changed(cpk));
        menu(jmol.frame, "Clear");
        idle();
        System.out.println("CHANGED_AFTER_CLEAR=" + changed(cpk));
        // 2. response after an Optimize, then Undo: CPK and no vectors; focus back in Jmol after the progress dialog
        vwr.scriptWait("{atomno=2}.x = {atomno=2}.x + 0.15");
        menu(jmol.frame, "Optimize geometry");
        idle();
        Thread.sleep(500);
        AtomicReference<Window> active = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> active.set(KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow()));
        System.out.println("FOCUS_AFTER_OPTIMIZE=" + (active.get() == jmol.frame));
        menu(jmol.frame, "Color by charge response (QEq)");
        idle();
        System.out.println("COLOURED_BY_RESPONSE=" + changed(cpk));
        menu(jmol.frame, "Undo coordinate change");
        idle();
        System.out.println("CHANGED_AFTER_UNDO=" + changed(cpk));
        System.out.println("VECTORS_AFTER_UNDO=" + vectorsShown());

        // 3. a mode vibrating, then Optimize: no vibration
        menu(jmol.frame, "Frequency analysis");
        waitFor(() -> session.actions().modeWindow() != null && session.actions().modeWindow().isShowing(), 60_000, "the mode table");
        SwingUtilities.invokeAndWait(() -> session.actions().modeWindow().select(2));
        Thread.sleep(300);
        System.out.println("VIBRATION_BEFORE_OPTIMIZE=" + vwr.tm.vibrationOn);
        vwr.scriptWait("{atomno=3}.y = {atomno=3}.y + 0.1");
        menu(jmol.frame, "Optimize geometry");
        idle();
        Thread.sleep(300);
        System.out.println("VIBRATION_AFTER_OPTIMIZE=" + vwr.tm.vibrationOn);
        System.out.println("MODE_WINDOW_AFTER_OPTIMIZE=" + (session.actions().modeWindow() != null));

        // 4. spectra: IR then Raman, in the plugin's window; the model stays; peaks and modes linked
        menu(jmol.frame, "Frequency analysis");
        waitFor(() -> session.actions().modeWindow() != null && session.actions().modeWindow().isShowing(), 60_000, "the mode table");
        double[] x0 = coordinates();
        menu(jmol.frame, "Show IR spectrum");
        menu(jmol.frame, "Show Raman spectrum");
        waitFor(() -> session.actions().spectrumWindow() != null && session.actions().spectrumWindow().isShowing(), 10_000, "the spectrum window");
        // the window shows once IR is drawn; on a loaded machine the Raman click may still be queued
        // behind its painting: let the event thread reach it before reading what is shown
        SwingUtilities.invokeAndWait(() -> {});
        Thread.sleep(800);
        System.out.println("MODELS_AFTER_SPECTRA=" + vwr.ms.mc);
        System.out.println("COORDINATES_KEPT=" + java.util.Arrays.equals(x0, coordinates()));
        System.out.println("MODES_KEPT=" + (session.actions().modes() != null));
        SpectrumView view = session.actions().spectrumView();
        System.out.println("SPECTRA=" + view.spectra().stream().map(s -> s.kind().name()).toList());
        SpectrumWindow sw = session.actions().spectrumWindow();
        // click the Raman panel (lower half) at the peak of the strongest Raman mode
        double[] raman = session.actions().modes().ramanActivity();
        int strongest = 0;
        for (int k = 1; k < raman.length; k++) if (raman[k] > raman[strongest]) strongest = k;
        int target = strongest;
        SwingUtilities.invokeAndWait(sw::toFront); // the click must land on the spectrum, not on a window over it
        Thread.sleep(600);
        AtomicReference<Point> at = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            SpectrumWindow.Plot plot = sw.plot();
            Point p = plot.getLocationOnScreen();
            int h = plot.getHeight() - SpectrumWindow.Plot.TOP - SpectrumWindow.Plot.BOTTOM;
            at.set(new Point(p.x + plot.peakPixel(target), p.y + SpectrumWindow.Plot.TOP + h * 3 / 4));
        });
        click(at.get());
        Thread.sleep(600);
        // on a loaded machine the click reaches the event thread late: give it up to 5 s more
        for (long end = System.currentTimeMillis() + 5000; session.actions().modeOnDisplay() != target && System.currentTimeMillis() < end; )
            Thread.sleep(100);
        SwingUtilities.invokeAndWait(() -> {});
        System.out.println("STRONGEST_RAMAN_MODE=" + strongest);
        System.out.println("MODE_AFTER_PEAK_CLICK=" + session.actions().modeOnDisplay());
        System.out.println("ROW_AFTER_PEAK_CLICK=" + session.actions().modeWindow().table().convertRowIndexToModel(
                session.actions().modeWindow().table().getSelectedRow()));
        SwingUtilities.invokeAndWait(() -> session.actions().modeWindow().select(0));
        Thread.sleep(400);
        System.out.println("SPECTRUM_MARKED_AFTER_ROW=" + sw.markedMode());
        paintShot(sw, "curvature-spectrum.png");
        paintShot(session.actions().modeWindow(), "curvature-modes-results.png");
        System.out.println("RESULTS_TEXT=" + session.actions().modeWindow().results().text().replace('\n', '|'));
        System.out.println("HEADERS_FIT=" + headersFit(session.actions().modeWindow()));
        StringBuilder irreps = new StringBuilder();
        javax.swing.JTable modeTable = session.actions().modeWindow().table();
        for (int row = 0; row < modeTable.getRowCount(); row++)
            irreps.append(row > 0 ? "," : "").append(modeTable.getValueAt(row, modeTable.convertColumnIndexToView(ModeTableModel.IRREP)));
        System.out.println("TABLE_IRREPS=" + irreps);

        // 5. a transition-state search on water fails: a dialog, coordinates unchanged until the user decides
        double[] beforeTs = coordinates();
        menu(jmol.frame, "Find transition state");
        waitFor(() -> dialog("failed") != null, 60_000, "the failure dialog");
        Thread.sleep(400);
        JDialog d = dialog("failed");
        System.out.println("TS_DIALOG_TEXT=" + text(d).replace('\n', '|'));
        System.out.println("TS_DIALOG_WIDTH=" + d.getWidth());
        System.out.println("COORDINATES_UNCHANGED_DURING_DIALOG=" + java.util.Arrays.equals(beforeTs, coordinates()));
        shot(d, "ts-failed-dialog.png");
        AbstractButton keepMine = button(d, "Keep my coordinates");
        press(keepMine); // a click on the button (the robot's can land on a window above it)
        waitFor(() -> dialog("failed") == null, 10_000, "the dialog to close");
        idle();
        System.out.println("COORDINATES_UNCHANGED_AFTER_REVERT=" + java.util.Arrays.equals(beforeTs, coordinates()));

        // 6. charges as labels with the dipole arrow, on caffeine
        vwr.scriptWait("load \"" + new File(examples, "caffeine.sdf").getAbsolutePath().replace("\\", "/") + "\"");
        Thread.sleep(500);
        menu(jmol.frame, "Color by charge (QEq)");
        idle();
        menu(jmol.frame, "Label atoms with charges");
        menu(jmol.frame, "Show dipole arrow");
        Thread.sleep(800);
        shot(jmol.frame, "curvature-charge-labels.png");

        cancelPart(examples);
    }

    private static void cancelPart(File examples) throws Exception {
        // 7. Cancel in each long stage of a 153-atom job (Ala15): optimize, normal modes, intensities
        vwr.scriptWait("load \"" + new File(examples, "ala15.sdf").getAbsolutePath().replace("\\", "/") + "\"");
        waitFor(() -> vwr.ms.ac == 153, 30_000, "Ala15 to load");
        double[] ala = coordinates();
        vwr.scriptWait("select atomno<40; translateSelected {0.3 0 0}; select atomno>80 and atomno<120; translateSelected {0 0.3 0}; select all");
        cancelDuring("Optimizing", "OPTIMIZE");
        vwr.scriptWait("select atomno<40; translateSelected {-0.3 0 0}; select atomno>80 and atomno<120; translateSelected {0 -0.3 0}; select all");
        System.out.println("ALA15_RESTORED=" + (maxDifference(ala, coordinates()) < 1e-4));
        cancelDuring("Normal modes", "MODES");
        cancelDuring("IR intensities", "INTENSITIES");
        System.out.println("MODES_AFTER_CANCELS=" + (session.actions().modes() != null && session.actions().modes().count() == 453));
        // and the whole job, for the record
        long t0 = System.nanoTime();
        menu(jmol.frame, "Frequency analysis");
        waitFor(() -> session.actions().modes() != null && session.actions().modes().count() == 453
                && session.actions().modeWindow() != null && session.actions().modeWindow().isShowing(), 120_000, "Ala15's modes");
        System.out.println("ALA15_FREQ_SECONDS=" + (System.nanoTime() - t0) / 1e9);
        System.out.println("ALA15_HAS_RAMAN=" + (session.actions().modes().ramanActivity() != null));
        System.out.flush();
        for (Window w : Window.getWindows()) w.dispose();
        Runtime.getRuntime().halt(0);
    }

    /** Starts Frequency analysis, presses Cancel once the progress line names the stage, and reports how long Cancel took. */
    private static void cancelDuring(String stage, String key) throws Exception {
        menu(jmol.frame, "Frequency analysis");
        String last = "";
        long end = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < end) {
            String line = progressLine();
            if (line != null && !line.equals(last)) System.out.println("PROGRESS: " + (last = line));
            if (line != null && line.startsWith(stage)) break;
            if (line == null && !session.actions().runner().isBusy() && System.currentTimeMillis() > end - 119_000) {
                System.out.println(key + "_CANCEL_MS=missed the stage");
                for (Window w : Window.getWindows())
                    if (w instanceof JDialog dd && dd.isShowing()) System.out.println("DIALOG: " + dd.getTitle() + ": " + text(dd));
                idle();
                return;
            }
            Thread.sleep(5);
        }
        JDialog progress = dialog("Curvature: Frequency analysis");
        JProgressBar bar = find(progress, JProgressBar.class);
        System.out.println(key + "_PERCENT_SHOWN=" + (bar != null && bar.isStringPainted() && bar.getString().endsWith("%")));
        AbstractButton cancel = button(progress, "Cancel");
        long t0 = System.nanoTime();
        SwingUtilities.invokeAndWait(cancel::doClick);
        waitFor(() -> !session.actions().runner().isBusy(), 30_000, "the job to stop after Cancel");
        System.out.println(key + "_CANCEL_MS=" + (System.nanoTime() - t0) / 1_000_000);
        waitFor(() -> session.actions().runner().computing() == 0, 30_000, "the engine to stop after Cancel");
        System.out.println(key + "_ENGINE_STOPPED_MS=" + (System.nanoTime() - t0) / 1_000_000);
        waitFor(() -> dialog("Curvature: Frequency analysis") == null, 5_000, "the progress dialog to close");
    }

    private static String progressLine() {
        JDialog d = dialog("Curvature: Frequency analysis");
        if (d == null) return null;
        JLabel l = find(d, JLabel.class);
        return l == null ? null : l.getText();
    }

    private static boolean headersFit(ModeTableWindow w) {
        javax.swing.JTable t = w.table();
        for (int c = 0; c < t.getColumnCount(); c++) {
            Component r = t.getTableHeader().getDefaultRenderer().getTableCellRendererComponent(t, t.getColumnName(c), false, false, -1, c);
            if (t.getColumnModel().getColumn(c).getWidth() < r.getPreferredSize().width) {
                System.out.println("HEADER_CUT=" + t.getColumnName(c));
                return false;
            }
        }
        return true;
    }

    private static void idle() throws Exception {
        Thread.sleep(200);
        waitFor(() -> !session.actions().runner().isBusy(), 120_000, "the job to finish");
        SwingUtilities.invokeAndWait(() -> {});
        vwr.scriptWait("delay 0.05");
        SwingUtilities.invokeAndWait(() -> {});
    }

    private static short[] colours() {
        short[] c = new short[vwr.ms.ac];
        for (int i = 0; i < c.length; i++) c[i] = vwr.ms.at[i].colixAtom;
        return c;
    }

    private static int changed(short[] before) {
        int n = 0;
        for (int i = 0; i < before.length; i++) if (vwr.ms.at[i].colixAtom != before[i]) n++;
        return n;
    }

    private static boolean vectorsShown() {
        org.jmol.shape.Shape v = vwr.shm.getShape(org.jmol.viewer.JC.SHAPE_VECTORS);
        if (v == null) return false;
        for (int i = 0; i < vwr.ms.ac; i++) if (vwr.ms.at[i].getVibrationVector() != null && vwr.ms.at[i].getVibrationVector().length() > 0
                && ((org.jmol.shape.AtomShape) v).mads != null && ((org.jmol.shape.AtomShape) v).mads[i] != 0) return true;
        return false;
    }

    private static double maxDifference(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
        return m;
    }

    private static double[] coordinates() {
        double[] x = new double[3 * vwr.ms.ac];
        for (int i = 0; i < vwr.ms.ac; i++) {
            x[3 * i] = vwr.ms.at[i].x; x[3 * i + 1] = vwr.ms.at[i].y; x[3 * i + 2] = vwr.ms.at[i].z;
        }
        return x;
    }

    private static void click(Point p) throws Exception {
        robot.mouseMove(p.x, p.y);
        Thread.sleep(200);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
    }

    /** Our own Swing windows, painted off screen: whatever lies over them on the display does not matter. */
    private static void paintShot(javax.swing.JFrame w, String name) throws Exception {
        AtomicReference<java.awt.image.BufferedImage> img = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            java.awt.Container c = w.getContentPane();
            java.awt.image.BufferedImage b = new java.awt.image.BufferedImage(c.getWidth(), c.getHeight(), java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = b.createGraphics();
            c.paintAll(g);
            g.dispose();
            img.set(b);
        });
        ImageIO.write(img.get(), "png", new File(out, name));
        System.out.println("SHOT=" + new File(out, name));
    }

    private static void shot(Window w, String name) throws Exception {
        w.toFront();
        Thread.sleep(500);
        capture(new File(out, name), w.getBounds());
    }
}
