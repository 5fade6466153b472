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

    public static void main(String[] args) {
        launch(args);
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
