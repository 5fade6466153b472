package dev.curvature.jmol;

import javax.swing.table.AbstractTableModel;
import java.util.Locale;

/** The rows of the mode table: number, frequency, IR intensity, Raman activity. */
final class ModeTableModel extends AbstractTableModel {
    static final String[] COLUMNS = {"#", "Frequency (cm⁻¹)", "IR intensity (km/mol)", "Raman activity (Å⁴/amu)"};
    private final ModeSet modes;
    private final double[] ir, raman; // copied once: the record's accessors copy on every call

    ModeTableModel(ModeSet modes) {
        this.modes = modes;
        this.ir = modes.irIntensityKmPerMol();
        this.raman = modes.ramanActivity();
    }

    ModeSet modes() { return modes; }

    @Override public int getRowCount() { return modes.count(); }
    @Override public int getColumnCount() { return COLUMNS.length; }
    @Override public String getColumnName(int c) { return COLUMNS[c]; }

    @Override public Object getValueAt(int row, int column) {
        switch (column) {
            case 0: return row + 1;
            case 1: return modes.frequencyText(row);
            case 2: return number(ir, row);
            default: return number(raman, row);
        }
    }

    private static String number(double[] values, int row) {
        return values == null ? "—" : String.format(Locale.ROOT, "%.2f", values[row]);
    }
}
