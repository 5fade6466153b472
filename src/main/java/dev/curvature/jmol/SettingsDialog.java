package dev.curvature.jmol;

import dev.curvature.model.ModelRegistry;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import java.util.List;

/**
 * Curvature's Settings: energy model (every model of the registry, and SCHEME:FILE for file-based
 * ones, typed into the editable box), add missing hydrogens, optimizer convergence. Modal; OK checks
 * the fields and keeps the dialog open with a message when one is wrong.
 */
final class SettingsDialog extends JDialog {
    private PluginSettings chosen;

    private SettingsDialog(Window owner, ModelRegistry models, PluginSettings current) {
        super(owner, "Curvature: settings", ModalityType.APPLICATION_MODAL);
        List<String> choices = PluginSettings.choices(models);
        JComboBox<String> model = new JComboBox<>(choices.toArray(new String[0]));
        model.setName("curvatureModel");
        model.setEditable(true); // SCHEME:FILE models (ml:model.json, potential:file) are typed in
        String shown = choices.stream().filter(c -> c.equals(current.modelId()) || c.startsWith(current.modelId() + " "))
                .findFirst().orElse(current.modelId());
        model.setSelectedItem(shown);
        model.setToolTipText("auto: MMFF94 where it types every atom, else UFF (a warning says so). File-based: SCHEME:FILE");
        JCheckBox hydrogens = new JCheckBox("Add missing hydrogens before computing (Jmol's calculate hydrogens)", current.addHydrogens());
        hydrogens.setName("curvatureAddHydrogens");
        JTextField force = new JTextField(String.valueOf(current.maxForce()), 8), steps = new JTextField(String.valueOf(current.maxIterations()), 8);
        force.setName("curvatureMaxForce");
        steps.setName("curvatureMaxIterations");

        JPanel form = new JPanel(new GridBagLayout());
        form.setBorder(BorderFactory.createEmptyBorder(10, 10, 4, 10));
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(3, 3, 3, 3);
        c.anchor = GridBagConstraints.WEST;
        row(form, c, 0, "Energy model", model);
        c.gridx = 0; c.gridy = 1; c.gridwidth = 2;
        form.add(hydrogens, c);
        c.gridwidth = 1;
        row(form, c, 2, "Converged below (max force, kcal/mol/Å)", force);
        row(form, c, 3, "Optimizer steps at most", steps);
        c.gridx = 0; c.gridy = 4; c.gridwidth = 2;
        form.add(new JLabel("<html>RMS force and step sizes are held to the same proportions as the defaults (1e-4, 5e-5).<br>"
                + "A run that does not converge is never applied silently.</html>"), c);

        JButton ok = new JButton("OK"), cancel = new JButton("Cancel"), defaults = new JButton("Defaults");
        ok.addActionListener(e -> {
            try {
                chosen = PluginSettings.parse(models, String.valueOf(model.getEditor().getItem()), hydrogens.isSelected(),
                        force.getText(), steps.getText());
                dispose();
            } catch (IllegalArgumentException ex) {
                JOptionPane.showMessageDialog(this, ex.getMessage(), "Curvature: settings", JOptionPane.WARNING_MESSAGE);
            }
        });
        cancel.addActionListener(e -> dispose());
        defaults.addActionListener(e -> {
            PluginSettings d = PluginSettings.DEFAULTS;
            model.setSelectedItem(choices.get(0));
            hydrogens.setSelected(d.addHydrogens());
            force.setText(String.valueOf(d.maxForce()));
            steps.setText(String.valueOf(d.maxIterations()));
        });
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(defaults);
        buttons.add(cancel);
        buttons.add(ok);
        getRootPane().setDefaultButton(ok);
        getContentPane().add(form, BorderLayout.CENTER);
        getContentPane().add(buttons, BorderLayout.SOUTH);
        pack();
        setLocationRelativeTo(owner);
    }

    private static void row(JPanel form, GridBagConstraints c, int y, String label, java.awt.Component field) {
        c.gridx = 0; c.gridy = y;
        form.add(new JLabel(label), c);
        c.gridx = 1;
        form.add(field, c);
    }

    /** Shows the dialog (on the event thread) and returns the new settings, or null when cancelled. */
    static PluginSettings ask(Window owner, ModelRegistry models, PluginSettings current) {
        SettingsDialog d = new SettingsDialog(owner, models, current);
        d.setVisible(true); // modal: returns when closed
        return d.chosen;
    }
}
