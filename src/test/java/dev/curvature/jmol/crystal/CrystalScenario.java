package dev.curvature.jmol.crystal;

import dev.curvature.jmol.CurvatureJmol;
import dev.curvature.jmol.CurvatureSession;
import org.jmol.viewer.Viewer;
import org.openscience.jmol.app.Jmol;

import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.io.File;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * The crystal actions in the real Jmol window (own JVM with a display; CrystalGuiTest starts it):
 * Si loaded packed, Curvature → Elastic constants… → the potential typed into the dialog → the
 * tensor window; then Phonons… → the mode table, a row chosen, the mode animated on the cell; a
 * molecule refused in one dialog line; screenshots for the README. Prints KEY=value lines.
 * Arguments: the CIF, the potential parameter file, the screenshot directory, the output directory.
 */
public final class CrystalScenario {
    private static Jmol jmol;
    private static Viewer vwr;
    private static CrystalActions crystal;

    public static void main(String[] args) {
        try {
            run(args);
            System.out.flush();
            Runtime.getRuntime().halt(0);
        } catch (Throwable e) {
            e.printStackTrace(System.out);
            System.out.flush();
            Runtime.getRuntime().halt(2); // AWT threads would keep the JVM alive
        }
    }

    private static void run(String[] args) throws Exception {
        File cif = new File(args[0]), potential = new File(args[1]), shots = new File(args[2]), water = new File(args[3]);
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
        menu("Elastic constants…");
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
        menu("Phonons…");
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

        // a molecule: one clear line, no window
        vwr.scriptWait("load \"" + water.getAbsolutePath() + "\"");
        menu("Elastic constants…");
        waitFor(() -> dialog("Elastic constants") != null, 10_000, "the refusal");
        JDialog refusal = dialog("Elastic constants");
        System.out.println("MOLECULE_REFUSAL=" + textOf(refusal).replace('\n', '|'));
        AbstractButton ok = button(refusal, "OK");
        SwingUtilities.invokeAndWait(ok::doClick);
        System.out.println("DONE=1");
    }

    /** Waits for the potential dialog, types the path (null: keep what it proposes) and presses OK. */
    private static void answerPotentialDialog(String path) throws Exception {
        waitFor(() -> dialog("potential") != null, 10_000, "the potential dialog");
        JDialog d = dialog("potential");
        Thread.sleep(300);
        JTextField field = find(d, JTextField.class, "curvaturePotentialPath");
        System.out.println("DIALOG_PROPOSED=" + field.getText());
        System.out.println("DIALOG_MENTIONS_DEBIAN=" + textOf(d).contains("/usr/share/lammps/potentials"));
        if (path != null) SwingUtilities.invokeAndWait(() -> field.setText(path));
        AbstractButton ok = button(d, "OK");
        SwingUtilities.invokeLater(ok::doClick);
        waitFor(() -> dialog("potential") == null, 10_000, "the potential dialog to close");
    }

    private static void menu(String label) throws Exception {
        AtomicReference<JMenuItem> item = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            JMenu m = find(jmol.frame.getContentPane(), JMenu.class, "curvatureMenu");
            if (m != null) for (int i = 0; i < m.getItemCount(); i++)
                if (m.getItem(i) != null && label.equals(m.getItem(i).getText())) item.set(m.getItem(i));
        });
        if (item.get() == null) throw new IllegalStateException("no Curvature menu item '" + label + "'");
        SwingUtilities.invokeLater(item.get()::doClick);
        Thread.sleep(150);
    }

    private static JDialog dialog(String titlePart) {
        for (Window w : Window.getWindows())
            if (w instanceof JDialog d && d.isShowing() && d.getTitle() != null && d.getTitle().contains(titlePart)) return d;
        return null;
    }

    private static String textOf(Container c) {
        StringBuilder b = new StringBuilder();
        for (Component child : c.getComponents()) {
            if (child instanceof javax.swing.JLabel l && l.getText() != null) b.append(l.getText()).append(' ');
            if (child instanceof JTextComponent t && !(child instanceof JTextField)) b.append(t.getText()).append(' ');
            if (child instanceof Container k) b.append(textOf(k));
        }
        return b.toString();
    }

    private static AbstractButton button(Container c, String text) {
        for (Component child : c.getComponents()) {
            if (child instanceof AbstractButton b && text.equals(b.getText())) return b;
            if (child instanceof Container k) {
                AbstractButton b = button(k, text);
                if (b != null) return b;
            }
        }
        return null;
    }

    private static <T> T find(Component c, Class<T> type, String name) {
        if (type.isInstance(c) && name.equals(c.getName())) return type.cast(c);
        if (c instanceof Container k) for (Component child : k.getComponents()) {
            T t = find(child, type, name);
            if (t != null) return t;
        }
        return null;
    }

    /** The screen area covering both windows, as a person sees it. */
    private static void screen(File file, Window a, Window b) throws Exception {
        Rectangle r = a.getBounds().union(b.getBounds());
        ImageIO.write(new Robot().createScreenCapture(r), "png", file);
        System.out.println("SHOT=" + file + String.format(Locale.ROOT, " %dx%d", r.width, r.height));
    }

    private static void waitFor(BooleanSupplier c, long millis, String what) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!c.getAsBoolean()) {
            if (System.currentTimeMillis() > end) throw new IllegalStateException("timed out waiting for " + what);
            Thread.sleep(50);
        }
    }
}
