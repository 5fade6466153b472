package dev.curvature.jmol;

import org.jmol.viewer.Viewer;

import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import java.awt.Window;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The plugin attached to one Jmol viewer: the SERVICE bridge that popup items call, the partial
 * popup menu structure (Computation → Curvature), and a "Curvature" menu in the frame's menu bar,
 * all built from plugin.xml. Attaching twice to the same viewer returns the first session, so the
 * launcher and Jmol's Plugins menu can both ask for it.
 */
public final class CurvatureSession {
    private static final Map<Viewer, CurvatureSession> SESSIONS = new WeakHashMap<>();

    private final Viewer vwr;
    private final PluginManifest manifest;
    private final CurvatureActions actions;

    private CurvatureSession(Viewer vwr, PluginManifest manifest, CurvatureActions actions) {
        this.vwr = vwr;
        this.manifest = manifest;
        this.actions = actions;
    }

    /** Attaches to a viewer in the Jmol application: dialogs over {@code frame}, work off the event thread. */
    public static CurvatureSession attach(Viewer vwr, JFrame frame) {
        synchronized (SESSIONS) {
            CurvatureSession s = SESSIONS.get(vwr);
            if (s != null) return s;
            s = attach(vwr, frame, new ActionRunner(new SwingFeedback(frame), false));
            JSpecViewSettings.redirect(); // JSpecView would otherwise write into the working directory
            if (frame != null) {
                CurvatureSession session = s;
                Runnable addMenu = () -> session.addMenuBarMenu(frame);
                if (SwingUtilities.isEventDispatchThread()) addMenu.run();
                else SwingUtilities.invokeLater(addMenu);
            }
            return s;
        }
    }

    /** Attaches with a given runner (tests run it synchronously with recorded feedback). */
    public static CurvatureSession attach(Viewer vwr, Window owner, ActionRunner runner) {
        PluginManifest manifest = PluginManifest.bundled();
        CurvatureActions actions = new CurvatureActions(vwr, manifest, runner, owner);
        ServiceBridge.install(vwr, actions);
        vwr.setMenu(manifest.popupMenuStructure(), false);
        CurvatureSession s = new CurvatureSession(vwr, manifest, actions);
        synchronized (SESSIONS) {
            SESSIONS.put(vwr, s);
        }
        return s;
    }

    public static CurvatureSession of(Viewer vwr) {
        synchronized (SESSIONS) {
            return SESSIONS.get(vwr);
        }
    }

    public CurvatureActions actions() { return actions; }

    public Viewer viewer() { return vwr; }

    /** Adds the "Curvature" menu (actions with menubar="true") before the frame's Help menu. */
    void addMenuBarMenu(JFrame frame) {
        JMenuBar bar = frame.getJMenuBar() != null ? frame.getJMenuBar() : findMenuBar(frame.getContentPane());
        if (bar == null) return;
        for (int i = 0; i < bar.getMenuCount(); i++)
            if (bar.getMenu(i) != null && "curvatureMenu".equals(bar.getMenu(i).getName())) return;
        JMenu menu = new JMenu(manifest.name());
        menu.setName("curvatureMenu");
        for (PluginManifest.Action a : manifest.actions()) {
            if (!a.menubar()) continue;
            JMenuItem item = new JMenuItem(a.label());
            if (!a.shortcut().isEmpty()) item.setAccelerator(KeyStroke.getKeyStroke(a.shortcut()));
            item.addActionListener(e -> actions.start(a.id()));
            menu.add(item);
        }
        int help = -1;
        for (int i = 0; i < bar.getMenuCount(); i++) {
            JMenu m = bar.getMenu(i);
            if (m != null && m.getText() != null && m.getText().toLowerCase(java.util.Locale.ROOT).contains("help")) help = i;
        }
        if (help >= 0) bar.add(menu, help);
        else bar.add(menu);
        bar.revalidate();
    }

    /** Jmol puts its menu bar inside its panel rather than on the frame. */
    private static JMenuBar findMenuBar(java.awt.Component c) {
        if (c instanceof JMenuBar) return (JMenuBar) c;
        if (c instanceof java.awt.Container)
            for (java.awt.Component child : ((java.awt.Container) c).getComponents()) {
                JMenuBar found = findMenuBar(child);
                if (found != null) return found;
            }
        return null;
    }
}
