package dev.curvature.jmol;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Window;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Dialogs over the Jmol frame: errors, notes, questions, and a progress dialog with a stage name,
 * a percentage and Cancel. Messages wrap at a readable width (a long engine message once made a
 * dialog wider than the screen); closing the progress dialog gives the keyboard back to Jmol.
 */
final class SwingFeedback implements ActionRunner.Feedback {
    /** Width (pixels) messages wrap at. */
    static final int MESSAGE_WIDTH = 480;
    private final Component parent;

    SwingFeedback(Component parent) {
        this.parent = parent;
    }

    @Override public void error(String title, String message) {
        SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(parent, wrapped(message), title, JOptionPane.ERROR_MESSAGE));
    }

    @Override public void info(String title, String message) {
        SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(parent, wrapped(message), title, JOptionPane.INFORMATION_MESSAGE));
    }

    @Override public boolean confirm(String title, String message, String accept, String reject) {
        if (!SwingUtilities.isEventDispatchThread()) {
            AtomicBoolean answer = new AtomicBoolean();
            try {
                SwingUtilities.invokeAndWait(() -> answer.set(confirm(title, message, accept, reject)));
            } catch (Exception e) {
                return false;
            }
            return answer.get();
        }
        Object[] options = {accept, reject};
        int choice = JOptionPane.showOptionDialog(parent, wrapped(message), title, JOptionPane.YES_NO_OPTION,
                JOptionPane.WARNING_MESSAGE, null, options, options[1]);
        return choice == 0;
    }

    /** The message as a wrapping, read-only text block of bounded width (scrolls if very long). */
    static JComponent wrapped(String message) {
        JTextArea text = new JTextArea(message);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setEditable(false);
        text.setOpaque(false);
        text.setBorder(null);
        text.setFont(new JLabel().getFont());
        text.setSize(new Dimension(MESSAGE_WIDTH, Short.MAX_VALUE));
        Dimension d = text.getPreferredSize();
        text.setPreferredSize(new Dimension(MESSAGE_WIDTH, d.height));
        if (d.height <= 400) return text;
        JScrollPane scroll = new JScrollPane(text);
        scroll.setPreferredSize(new Dimension(MESSAGE_WIDTH + 20, 400));
        return scroll;
    }

    @Override public ActionRunner.ProgressView open(String title, Runnable cancel) {
        JDialog[] dialog = new JDialog[1];
        JLabel line = new JLabel("Starting…");
        JProgressBar bar = new JProgressBar(0, 1000);
        Window owner = ownerWindow();
        SwingUtilities.invokeLater(() -> {
            JDialog d = new JDialog(owner, "Curvature: " + title);
            d.setName("curvatureProgress");
            bar.setStringPainted(true);
            bar.setString("0 %");
            JButton cancelButton = new JButton("Cancel");
            cancelButton.setName("curvatureCancel");
            cancelButton.addActionListener(e -> {
                cancel.run();
                line.setText("Cancelling…");
                cancelButton.setEnabled(false);
            });
            JPanel p = new JPanel(new BorderLayout(8, 8));
            p.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
            p.add(line, BorderLayout.NORTH);
            p.add(bar, BorderLayout.CENTER);
            p.add(cancelButton, BorderLayout.EAST);
            d.setContentPane(p);
            d.setDefaultCloseOperation(JDialog.DO_NOTHING_ON_CLOSE);
            d.pack();
            d.setSize(Math.max(560, d.getWidth()), d.getHeight());
            d.setLocationRelativeTo(owner);
            dialog[0] = d;
            d.setVisible(true);
        });
        return new ActionRunner.ProgressView() {
            @Override public void status(String text) { SwingUtilities.invokeLater(() -> line.setText(text)); }
            @Override public void progress(String text, double fraction) {
                int permille = (int) Math.round(1000 * Math.max(0, Math.min(1, fraction)));
                SwingUtilities.invokeLater(() -> {
                    line.setText(text);
                    bar.setValue(permille);
                    bar.setString(permille / 10 + " %");
                });
            }
            @Override public void close() {
                SwingUtilities.invokeLater(() -> {
                    if (dialog[0] != null) dialog[0].dispose();
                    returnFocus(owner);
                });
            }
        };
    }

    private Window ownerWindow() {
        Window owner = parent == null ? null : SwingUtilities.getWindowAncestor(parent);
        if (owner == null && parent instanceof Window) owner = (Window) parent;
        return owner;
    }

    /** Gives the keyboard back to Jmol's window (its display panel) once a dialog has gone. */
    static void returnFocus(Window owner) {
        if (owner == null || !owner.isShowing()) return;
        owner.toFront();
        owner.requestFocus();
        Component display = findDisplay(owner);
        if (display != null) display.requestFocusInWindow();
    }

    /** Jmol's drawing panel: the largest focusable component of its window. */
    private static Component findDisplay(Component c) {
        if (c.getClass().getName().startsWith("org.openscience.jmol.app.jmolpanel.DisplayPanel")) return c;
        if (c instanceof java.awt.Container container)
            for (Component child : container.getComponents()) {
                Component found = findDisplay(child);
                if (found != null) return found;
            }
        return null;
    }
}
