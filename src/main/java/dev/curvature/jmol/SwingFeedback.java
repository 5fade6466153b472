package dev.curvature.jmol;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Window;

/** Dialogs over the Jmol frame: errors, notes, and a progress dialog with a Cancel button. */
final class SwingFeedback implements ActionRunner.Feedback {
    private final Component parent;

    SwingFeedback(Component parent) {
        this.parent = parent;
    }

    @Override public void error(String title, String message) {
        SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(parent, message, title, JOptionPane.ERROR_MESSAGE));
    }

    @Override public void info(String title, String message) {
        SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(parent, message, title, JOptionPane.INFORMATION_MESSAGE));
    }

    @Override public ActionRunner.ProgressView open(String title, Runnable cancel) {
        JDialog[] dialog = new JDialog[1];
        JLabel line = new JLabel("Starting…");
        SwingUtilities.invokeLater(() -> {
            Window owner = parent == null ? null : SwingUtilities.getWindowAncestor(parent);
            if (owner == null && parent instanceof Window) owner = (Window) parent;
            JDialog d = new JDialog(owner, "Curvature: " + title);
            JProgressBar bar = new JProgressBar();
            bar.setIndeterminate(true);
            JButton cancelButton = new JButton("Cancel");
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
            d.setSize(Math.max(380, d.getWidth()), d.getHeight());
            d.setLocationRelativeTo(owner);
            dialog[0] = d;
            d.setVisible(true);
        });
        return new ActionRunner.ProgressView() {
            @Override public void status(String text) { SwingUtilities.invokeLater(() -> line.setText(text)); }
            @Override public void close() {
                SwingUtilities.invokeLater(() -> { if (dialog[0] != null) dialog[0].dispose(); });
            }
        };
    }
}
