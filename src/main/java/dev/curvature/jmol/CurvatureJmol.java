package dev.curvature.jmol;

import org.openscience.jmol.app.Jmol;
import org.openscience.jmol.app.JmolApp;

import javax.swing.JFrame;

/**
 * Starts the Jmol application with Curvature attached before any file or start-up script runs:
 * what {@code Jmol.main} does, with our hooks between creating the viewer and starting it. Takes
 * Jmol's own command line. Run with our jar before Jmol's on the class path:
 * {@code java -cp curvature.jar:Jmol.jar dev.curvature.jmol.CurvatureJmol [jmol options] [FILE]}.
 */
public final class CurvatureJmol {
    private CurvatureJmol() {}

    /** Set by {@code curvature jmol}: Jmol exits when the process that started it is gone (even killed). */
    public static final String PARENT_PID_PROPERTY = "curvature.parent.pid";

    public static void main(String[] args) {
        exitWithParent();
        launch(args);
    }

    /** Watches the launching process named by {@value #PARENT_PID_PROPERTY}; exits with it. */
    static void exitWithParent() {
        String pid = System.getProperty(PARENT_PID_PROPERTY);
        if (pid == null || pid.isBlank()) return;
        java.util.Optional<ProcessHandle> parent;
        try {
            parent = ProcessHandle.of(Long.parseLong(pid.trim()));
        } catch (NumberFormatException e) {
            return;
        }
        if (parent.isEmpty()) Runtime.getRuntime().halt(0);
        parent.get().onExit().thenRun(() -> Runtime.getRuntime().halt(0));
    }

    /** Opens the Jmol window and returns its panel (the viewer is {@code jmol.vwr}). */
    public static Jmol launch(String[] args) {
        JmolApp app = new JmolApp(args);
        if (!app.haveDisplay || app.isDataOnly) {
            // no window to attach to: behave exactly like Jmol
            Jmol.main(args);
            return null;
        }
        org.jmol.dialog.Dialog.setupUIManager();
        JFrame frame = new JFrame();
        if (app.jmolPosition != null) frame.setLocation(app.jmolPosition);
        Jmol jmol = Jmol.getJmol(app, frame);
        CurvatureSession.attach(jmol.vwr, frame);
        app.startViewer(jmol.vwr, jmol.splash, false);
        return jmol;
    }
}
