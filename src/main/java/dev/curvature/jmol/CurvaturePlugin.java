package dev.curvature.jmol;

import org.jmol.c.CBK;
import org.jmol.viewer.Viewer;
import org.openscience.jmol.app.JmolPlugin;
import org.openscience.jmol.app.jmolpanel.JmolPanel;

import javax.swing.ImageIcon;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.util.Map;

/**
 * Curvature as a Jmol plugin, listed in plugin.properties so Jmol's Plugins menu shows it when our
 * jar comes before Jmol's on the class path. Jmol hands a plugin the viewer only when the user picks
 * it from that menu, so the constructor also looks for open Jmol windows and attaches to them at
 * once (Jmol 14.31 creates plugins while building its menu bar; 14.32 when the Plugins menu is
 * first opened). The {@link CurvatureJmol} launcher attaches before any file is loaded instead.
 */
public final class CurvaturePlugin implements JmolPlugin {
    public static final String VERSION = "0.1.0";

    private CurvatureSession session;

    public CurvaturePlugin() {
        // Jmol creates plugins while it builds the panel, before the panel is in its frame: look
        // again every half second for up to 20 s.
        int[] tries = {0};
        javax.swing.Timer timer = new javax.swing.Timer(500, null);
        timer.addActionListener(e -> {
            if (attachToOpenJmolWindows() > 0 || ++tries[0] >= 40) timer.stop();
        });
        SwingUtilities.invokeLater(timer::start);
    }

    /** Attaches a session to every Jmol panel in an open frame; returns how many it found. */
    static int attachToOpenJmolWindows() {
        int found = 0;
        try {
            for (Frame f : Frame.getFrames()) {
                JmolPanel panel = find(f);
                if (panel != null && panel.vwr != null && f instanceof JFrame) {
                    CurvatureSession.attach(panel.vwr, (JFrame) f);
                    found++;
                }
            }
        } catch (RuntimeException e) {
            org.jmol.util.Logger.error("Curvature: could not attach to the Jmol window: " + e);
        }
        return found;
    }

    private static JmolPanel find(Component c) {
        if (c instanceof JmolPanel) return (JmolPanel) c;
        if (c instanceof Container)
            for (Component child : ((Container) c).getComponents()) {
                JmolPanel p = find(child);
                if (p != null) return p;
            }
        return null;
    }

    @Override public void start(JFrame frame, Viewer vwr, Map<String, Object> jmolOptions) {
        session = CurvatureSession.attach(vwr, frame);
    }

    @Override public void destroy() { session = null; }
    @Override public String getVersion() { return VERSION; }
    @Override public String getName() { return "Curvature"; }

    /** Jmol calls this when the user picks Curvature in the Plugins menu: bring back the mode table. */
    @Override public void setVisible(boolean b) {
        if (b && session != null) session.actions().showModeWindow();
    }

    @Override public void notifyCallback(CBK type, Object[] data) {
        // Requests arrive through ServiceBridge, which also works in Jmol 14.31 (no plugin callbacks there).
    }

    @Override public ImageIcon getMenuIcon() { return null; }
    @Override public String getMenuText() { return "Curvature (modes window)"; }
    @Override public boolean isStarted() { return session != null; }
    @Override public String getWebSite() { return "https://github.com/curvature"; }
}
