package dev.curvature.jmol;

import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableCellRenderer;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Window;
import java.util.function.IntConsumer;

/**
 * A window listing the normal modes; choosing a row animates that mode in Jmol. Imaginary modes
 * (transition-state coordinates, or a geometry that is not a minimum) are shown on a red background.
 */
final class ModeTableWindow extends JFrame {
    static final Color IMAGINARY = new Color(255, 205, 205);
    private final JTable table;

    ModeTableWindow(Window owner, ModeSet modes, IntConsumer onSelect) {
        super("Curvature: normal modes");
        ModeTableModel model = new ModeTableModel(modes);
        table = new JTable(model);
        table.setName("curvatureModeTable");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setDefaultRenderer(Object.class, new DefaultTableCellRenderer() {
            @Override public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus, int row, int column) {
                Component c = super.getTableCellRendererComponent(t, value, selected, focus, row, column);
                if (!selected) c.setBackground(modes.imaginary(row) ? IMAGINARY : t.getBackground());
                setHorizontalAlignment(column == 0 ? CENTER : RIGHT);
                return c;
            }
        });
        table.getColumnModel().getColumn(0).setPreferredWidth(30);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && table.getSelectedRow() >= 0) onSelect.accept(table.getSelectedRow());
        });
        getContentPane().add(new JLabel(" " + modes.summary()), BorderLayout.NORTH);
        getContentPane().add(new JScrollPane(table), BorderLayout.CENTER);
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        setSize(520, Math.min(600, 90 + 18 * modes.count()));
        if (owner != null) setLocation(owner.getX() + owner.getWidth(), owner.getY());
    }

    JTable table() { return table; }

    /** Selects a row without re-running the listener's effect twice. */
    void select(int row) {
        if (row >= 0 && row < table.getRowCount()) table.setRowSelectionInterval(row, row);
    }
}
