package dev.curvature.jmol;

import org.jmol.viewer.JC;
import org.jmol.viewer.Viewer;
import org.openscience.jmol.app.Jmol;

import javax.imageio.ImageIO;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.SwingUtilities;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.concurrent.atomic.AtomicReference;

import static dev.curvature.jmol.GuiSteps.*;

/**
 * Runs in its own JVM with a display (JmolGuiTest starts it, under xvfb-run when needed): the real
 * Jmol application through our launcher, a right-click on the molecule, "Frequency analysis" from
 * the popup, then screenshots and what a person would see, printed as KEY=value lines.
 */
public final class GuiScenario {
    public static void main(String[] args) {
        GuiSteps.runScenario(() -> run(args));
    }

    private static void run(String[] args) throws Exception {
        String file = args[0];
        File outDir = new File(args[1]);
        outDir.mkdirs();
        Jmol jmol = CurvatureJmol.launch(new String[] {"-g", "640x520", file});
        Viewer vwr = jmol.vwr;
        waitFor(() -> vwr.ms != null && vwr.ms.ac > 0, 30_000, "the file to load");
        waitFor(() -> jmol.frame.isShowing(), 10_000, "the Jmol window");
        Thread.sleep(1500);

        File beforePng = new File(outDir, "before.png");
        vwr.scriptWait("write image 640 480 PNG \"" + beforePng.getAbsolutePath() + "\"");
        System.out.println("BEFORE_GOLD_PIXELS=" + goldPixels(ImageIO.read(beforePng)));

        // a right-click on the molecule, as a person opens the popup
        Robot robot = new Robot();
        AtomicReference<Point> centre = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            java.awt.Component display = vwr.display instanceof java.awt.Component ? (java.awt.Component) vwr.display : jmol;
            Point p = display.getLocationOnScreen();
            centre.set(new Point(p.x + display.getWidth() / 2, p.y + display.getHeight() / 2));
        });
        JPopupMenu popup = null;
        for (int attempt = 0; attempt < 4 && (popup == null || !popup.isShowing()); attempt++) {
            // on a loaded machine the first click may come before Jmol's window takes mouse events
            robot.mouseMove(centre.get().x, centre.get().y);
            robot.mousePress(InputEvent.BUTTON3_DOWN_MASK);
            robot.mouseRelease(InputEvent.BUTTON3_DOWN_MASK);
            Thread.sleep(800 + 700 * attempt);
            // the popup on the screen: Jmol may have rebuilt its popup since DATA_API last handed one out
            popup = showingPopup();
            if (popup == null) popup = (JPopupMenu) ((org.jmol.awt.AwtSwingComponent) vwr.getProperty("DATA_API", "getPopupMenu", null)).jc;
        }
        System.out.println("POPUP_SHOWN_BY_RIGHT_CLICK=" + popup.isShowing());
        if (!popup.isShowing()) { // say what was under the mouse instead
            ImageIO.write(robot.createScreenCapture(new Rectangle(java.awt.Toolkit.getDefaultToolkit().getScreenSize())), "png",
                    new File(outDir, "no-popup.png"));
            for (Window win : Window.getWindows())
                if (win.isShowing()) System.out.println("WINDOW=" + win.getClass().getName() + " " + win.getBounds());
            System.out.println("CLICK_AT=" + centre.get());
        }
        // then through Computation > Curvature > Frequency analysis with the mouse: Jmol 14.32 fills
        // submenus only when they open, so the item exists only after a person has opened them
        hover(robot, PopupItems.findMenu(popup, "Computation"));
        hover(robot, PopupItems.findMenu(popup, "Curvature"));
        JMenuItem item = PopupItems.find(popup, "Frequency analysis");
        if (item == null) throw new IllegalStateException("no 'Frequency analysis' in the popup");
        Point at = pointOnScreen(item);
        robot.mouseMove(at.x, at.y);
        Thread.sleep(300);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        System.out.println("CLICKED_WITH_MOUSE=true");

        CurvatureSession session = CurvatureSession.of(vwr);
        waitFor(() -> session.actions().modeWindow() != null && session.actions().modeWindow().isShowing(), 60_000, "the mode table");
        Thread.sleep(400);
        // choose the highest mode in the table, as a person would, and let Jmol animate it
        SwingUtilities.invokeAndWait(() -> session.actions().modeWindow().select(session.actions().modes().count() - 1));
        Thread.sleep(1500);

        ModeTableWindow w = session.actions().modeWindow();
        System.out.println("JMOL_VERSION=" + Viewer.getJmolVersion());
        System.out.println("ATOMS=" + vwr.ms.ac);
        System.out.println("ROWS=" + w.table().getRowCount());
        System.out.println("TABLE_SHOWING=" + w.isShowing());
        System.out.println("MODE_ON_DISPLAY=" + session.actions().modeOnDisplay());
        System.out.println("VIBRATION_ON=" + vwr.tm.vibrationOn);
        System.out.println("VECTOR_SHAPE=" + (vwr.shm.getShape(JC.SHAPE_VECTORS) != null));
        int withVector = 0;
        for (int i = 0; i < vwr.ms.ac; i++) if (vwr.ms.at[i].getVibrationVector() != null) withVector++;
        System.out.println("ATOMS_WITH_VECTORS=" + withVector);

        File viewerPng = new File(outDir, "viewer.png");
        // the mode animates: a frame may catch the vectors mid-redraw, so look at up to ten frames
        BufferedImage viewerImage = snapshot(vwr, viewerPng);
        for (int frame = 1; frame < 10 && goldPixels(viewerImage) <= 200; frame++) {
            Thread.sleep(200);
            viewerImage = snapshot(vwr, viewerPng);
        }
        System.out.println("VIEWER_PNG=" + viewerPng.getAbsolutePath());
        System.out.println("VIEWER_STDDEV=" + stddev(viewerImage));
        System.out.println("VIEWER_GOLD_PIXELS=" + goldPixels(viewerImage));

        Rectangle screen = new Rectangle(java.awt.Toolkit.getDefaultToolkit().getScreenSize());
        Rectangle both = jmol.frame.getBounds().union(w.getBounds()).intersection(screen);
        BufferedImage shot = robot.createScreenCapture(both);
        File screenPng = new File(outDir, "screen.png");
        ImageIO.write(shot, "png", screenPng);
        System.out.println("SCREEN_PNG=" + screenPng.getAbsolutePath());
        System.out.println("SCREEN_STDDEV=" + stddev(shot));
        System.out.println("SCREEN_GOLD_PIXELS=" + goldPixels(shot));
        AtomicReference<String> menus = new AtomicReference<>("");
        SwingUtilities.invokeAndWait(() -> menus.set(menuBarTitles(jmol.frame)));
        System.out.println("MENUBAR=" + menus.get());
        System.out.flush();

        for (Window win : Window.getWindows()) win.dispose();
        Runtime.getRuntime().halt(0); // Jmol's own exit hooks may ask questions; the scenario is over
    }

    /** The menu bar's menus and, for Curvature's and the Plugins menu, their items. */
    private static String menuBarTitles(javax.swing.JFrame frame) {
        StringBuilder sb = new StringBuilder();
        javax.swing.JMenuBar bar = find(frame.getContentPane(), javax.swing.JMenuBar.class);
        if (bar == null) return "none";
        for (int i = 0; i < bar.getMenuCount(); i++) {
            javax.swing.JMenu m = bar.getMenu(i);
            if (m == null) continue;
            sb.append(m.getText());
            if ("curvatureMenu".equals(m.getName())) {
                sb.append('[');
                for (int k = 0; k < m.getItemCount(); k++) sb.append(k > 0 ? ";" : "").append(m.getItem(k).getText());
                sb.append(']');
            }
            sb.append('|');
        }
        return sb.toString();
    }

    /**
     * Jmol's own image of the viewer. Written while a mode vibrates, the export sometimes races the
     * animation's renderer (Jmol 14.31 logs "rendering error? … zb is null" and writes a black
     * image): try again, and at the last attempt with the vibration paused (vectors stay drawn).
     */
    private static BufferedImage snapshot(Viewer vwr, File png) throws Exception {
        BufferedImage img = null;
        for (int attempt = 0; attempt < 4; attempt++) {
            boolean pause = attempt == 3;
            if (pause) vwr.scriptWait("vibration off");
            vwr.scriptWait("write image 640 480 PNG \"" + png.getAbsolutePath() + "\"");
            if (pause) vwr.scriptWait("vibration on");
            img = ImageIO.read(png);
            System.out.println("SNAPSHOT_ATTEMPTS=" + (attempt + 1));
            if (stddev(img) > 10) break;
            Thread.sleep(300);
        }
        return img;
    }

    private static void hover(Robot robot, JMenuItem menu) throws Exception {
        if (menu == null) throw new IllegalStateException("menu not found in the popup");
        Point p = pointOnScreen(menu);
        robot.mouseMove(p.x, p.y);
        Thread.sleep(700);
    }

    /** Standard deviation of the grey level: near zero for a blank image. */
    static double stddev(BufferedImage img) {
        double s = 0, s2 = 0;
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++)
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                double g = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3.0;
                s += g; s2 += g * g; n++;
            }
        double m = s / n;
        return Math.sqrt(Math.max(0, s2 / n - m * m));
    }

    /** Pixels in the colour the plugin gives vibration vectors (gold 255,215,0, allowing for shading). */
    static int goldPixels(BufferedImage img) {
        int c = 0;
        for (int y = 0; y < img.getHeight(); y++)
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                if (r > 120 && g > 0.6 * r && g < 0.95 * r && b < 0.35 * r) c++;
            }
        return c;
    }
}
