package dev.curvature.jmol;

import org.jmol.viewer.Viewer;

import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import java.awt.Component;
import java.awt.Container;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.Window;
import java.io.File;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * What every real-window scenario (a child JVM with a display, started by {@link GuiHarness})
 * does to the Swing windows: run its body and end the JVM, find dialogs, buttons and named
 * components, press Curvature menu items, wait for a condition, capture the screen. One place, so
 * the scenarios differ only in what they check.
 */
public final class GuiSteps {
    private GuiSteps() {}

    /** A scenario's body: may throw anything, which fails the scenario. */
    @FunctionalInterface
    public interface Body {
        void run() throws Exception;
    }

    /**
     * Runs the body, then ends the JVM: exit 0 after it, 2 after a failure (printed on stdout,
     * which the harness shows). Halting, because AWT's threads and Jmol's exit hooks would keep
     * the JVM alive or ask questions.
     */
    public static void runScenario(Body body) {
        try {
            body.run();
            System.out.flush();
            Runtime.getRuntime().halt(0);
        } catch (Throwable e) {
            e.printStackTrace(System.out);
            System.out.flush();
            Runtime.getRuntime().halt(2);
        }
    }

    /**
     * Polls {@code condition} (a RuntimeException counts as "not yet") until it holds; after
     * {@code millis} prints {@code TIMEOUT=what} and fails the scenario.
     */
    public static void waitFor(BooleanSupplier condition, long millis, String what) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            try {
                if (condition.getAsBoolean()) return;
            } catch (RuntimeException ignored) {
                // not ready yet
            }
            Thread.sleep(10);
        }
        System.out.println("TIMEOUT=" + what);
        System.out.flush();
        throw new IllegalStateException("timed out waiting for " + what);
    }

    /** The showing dialog whose title contains {@code titlePart}, or null. */
    public static JDialog dialog(String titlePart) {
        for (Window w : Window.getWindows())
            if (w instanceof JDialog d && d.isShowing() && d.getTitle() != null && d.getTitle().contains(titlePart)) return d;
        return null;
    }

    /** The text a person reads in a container: labels and text areas (not input fields), in order. */
    public static String text(Container c) {
        StringBuilder b = new StringBuilder();
        for (Component child : c.getComponents()) {
            if (child instanceof JLabel l && l.getText() != null) b.append(l.getText()).append(' ');
            if (child instanceof JTextComponent t && !(child instanceof JTextField)) b.append(t.getText()).append(' ');
            if (child instanceof Container k) b.append(text(k));
        }
        return b.toString();
    }

    /** The button with exactly this text inside {@code c}, or null. */
    public static AbstractButton button(Container c, String text) {
        for (Component child : c.getComponents()) {
            if (child instanceof AbstractButton b && text.equals(b.getText())) return b;
            if (child instanceof Container k) {
                AbstractButton b = button(k, text);
                if (b != null) return b;
            }
        }
        return null;
    }

    /** The first component of this type at or below {@code c} whose name is {@code name} (any name if null), or null. */
    public static <T> T find(Component c, Class<T> type, String name) {
        if (type.isInstance(c) && (name == null || name.equals(c.getName()))) return type.cast(c);
        if (c instanceof Container k) for (Component child : k.getComponents()) {
            T t = find(child, type, name);
            if (t != null) return t;
        }
        return null;
    }

    /** The first component of this type at or below {@code c}, or null. */
    public static <T> T find(Component c, Class<T> type) {
        return find(c, type, null);
    }

    /** The plugin's menu in the Jmol window's menu bar, or null. */
    public static JMenu curvatureMenu(JFrame frame) {
        return find(frame.getContentPane(), JMenu.class, "curvatureMenu");
    }

    /** Presses the Curvature menu-bar item with this label (on the event thread, not waiting for it), as a person would. */
    public static void menu(JFrame frame, String label) throws Exception {
        AtomicReference<JMenuItem> item = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            JMenu m = curvatureMenu(frame);
            if (m != null) for (int i = 0; i < m.getItemCount(); i++)
                if (m.getItem(i) != null && label.equals(m.getItem(i).getText())) item.set(m.getItem(i));
        });
        if (item.get() == null) throw new IllegalStateException("no Curvature menu item '" + label + "'");
        SwingUtilities.invokeLater(item.get()::doClick);
        Thread.sleep(150);
    }

    /** Presses a button on the event thread and waits until its listeners have run. */
    public static void press(AbstractButton b) throws Exception {
        if (b == null) throw new IllegalStateException("no such button");
        SwingUtilities.invokeAndWait(b::doClick);
    }

    /** The popup menu showing now (heavyweight popups have their own window), or null. */
    public static JPopupMenu showingPopup() throws Exception {
        AtomicReference<JPopupMenu> found = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            for (Window win : Window.getWindows())
                if (win.isShowing() && found.get() == null) {
                    JPopupMenu p = find(win, JPopupMenu.class);
                    if (p != null && p.isShowing()) found.set(p);
                }
        });
        return found.get();
    }

    /** A point on the screen inside {@code c}: its vertical centre, at most 40 px from its left edge (where menu text is). */
    public static Point pointOnScreen(Component c) throws Exception {
        AtomicReference<Point> r = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            Point p = c.getLocationOnScreen();
            r.set(new Point(p.x + Math.min(40, c.getWidth() / 2), p.y + c.getHeight() / 2));
        });
        return r.get();
    }

    /** Writes what the screen shows in {@code area} (clipped to the screen) and prints {@code SHOT=file}. */
    public static void capture(File file, Rectangle area) throws Exception {
        Rectangle r = area.intersection(new Rectangle(Toolkit.getDefaultToolkit().getScreenSize()));
        ImageIO.write(new Robot().createScreenCapture(r), "png", file);
        System.out.println("SHOT=" + file + " " + r.width + "x" + r.height);
    }

    /** The plugin's job runner in this viewer's session (how many engine jobs still compute). */
    public static ActionRunner runner(Viewer vwr) {
        return CurvatureSession.of(vwr).actions().runner();
    }
}
