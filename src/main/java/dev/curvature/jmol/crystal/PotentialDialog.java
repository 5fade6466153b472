package dev.curvature.jmol.crystal;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import java.awt.BorderLayout;
import java.awt.Component;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Asks which LAMMPS potential to use for a crystal action, pointing at Debian's
 * {@code /usr/share/lammps/potentials} (package lammps-data); remembers the last choice.
 */
final class PotentialDialog implements CrystalActions.PotentialAsk {
    static final String HELP = "A LAMMPS potential: either a file with pair_style and pair_coeff lines (what "
            + "'curvature elastic --potential FILE' takes), or a LAMMPS parameter file ending in .sw, .tersoff or .eam.alloy, "
            + "for which Curvature writes those two lines. Debian's lammps-data package installs many in "
            + PotentialChoice.DEBIAN_POTENTIALS + " (e.g. Si.sw, SiC.tersoff, Cu_zhou.eam.alloy).";
    private final Component parent;
    private Path last;

    PotentialDialog(Component parent) { this.parent = parent; }

    @Override public Path ask(String title, JmolCrystal crystal) {
        if (!SwingUtilities.isEventDispatchThread()) {
            AtomicReference<Path> answer = new AtomicReference<>();
            try {
                SwingUtilities.invokeAndWait(() -> answer.set(ask(title, crystal)));
            } catch (Exception e) {
                return null;
            }
            return answer.get();
        }
        JTextField path = new JTextField(last != null ? last.toString() : Files.isDirectory(PotentialChoice.DEBIAN_POTENTIALS)
                ? PotentialChoice.DEBIAN_POTENTIALS + "/" : "", 40);
        path.setName("curvaturePotentialPath");
        JButton browse = new JButton("Browse…");
        browse.addActionListener(e -> {
            Path start = path.getText().isBlank() ? PotentialChoice.DEBIAN_POTENTIALS : Path.of(path.getText().strip());
            JFileChooser chooser = new JFileChooser(Files.isDirectory(start) ? start.toFile() : start.getParent() == null ? null : start.getParent().toFile());
            chooser.setDialogTitle("LAMMPS potential");
            if (chooser.showOpenDialog(browse) == JFileChooser.APPROVE_OPTION) path.setText(chooser.getSelectedFile().getPath());
        });
        JTextArea help = new JTextArea(HELP);
        help.setLineWrap(true);
        help.setWrapStyleWord(true);
        help.setEditable(false);
        help.setOpaque(false);
        help.setColumns(44);
        help.setFont(new JLabel().getFont());
        JPanel row = new JPanel(new BorderLayout(6, 0));
        row.add(path, BorderLayout.CENTER);
        row.add(browse, BorderLayout.EAST);
        JPanel p = new JPanel(new BorderLayout(0, 8));
        p.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        p.add(new JLabel("Potential for " + crystal.structure().formula() + " (" + crystal.structure().atomCount() + " atoms in the cell):"),
                BorderLayout.NORTH);
        p.add(row, BorderLayout.CENTER);
        p.add(help, BorderLayout.SOUTH);
        int choice = JOptionPane.showConfirmDialog(parent, p, title + ": potential", JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE);
        if (choice != JOptionPane.OK_OPTION || path.getText().isBlank()) return null;
        last = Path.of(path.getText().strip());
        return last;
    }
}
