package dev.curvature.jmol;

import javax.swing.table.AbstractTableModel;
import java.util.Locale;

/**
 * The rows of the mode table: number, frequency, reduced mass, force constant, IR
 * intensity, Raman activity, depolarization ratio. Number columns hold Doubles so sorting is by
 * value; the renderer formats them.
 */
final class ModeTableModel extends AbstractTableModel {
    static final String[] COLUMNS = {"#", "Frequency (cm⁻¹)", "Red. mass (amu)", "Force const. (mdyn/Å)",
            "IR (km/mol)", "Raman (Å⁴/amu)", "Depol. ratio"};
    static final int NUMBER = 0, FREQUENCY = 1, REDUCED_MASS = 2, FORCE_CONSTANT = 3, IR = 4, RAMAN = 5, DEPOLARIZATION = 6;
    private final ModeSet modes;
    private final double[] ir, raman, depolarization; // copied once: the record's accessors copy on every call

    ModeTableModel(ModeSet modes) {
        this.modes = modes;
        this.ir = modes.irIntensityKmPerMol();
        this.raman = modes.ramanActivity();
        this.depolarization = modes.intensities() == null || !modes.intensities().hasRaman() ? null
                : modes.intensities().raman().depolarizationRatios();
    }

    ModeSet modes() { return modes; }

    @Override public int getRowCount() { return modes.count(); }
    @Override public int getColumnCount() { return COLUMNS.length; }
    @Override public String getColumnName(int c) { return COLUMNS[c]; }

    @Override public Class<?> getColumnClass(int c) {
        return c == NUMBER ? Integer.class : Double.class;
    }

    @Override public Object getValueAt(int row, int column) {
        switch (column) {
            case NUMBER: return row + 1;
            case FREQUENCY: return modes.frequenciesCm1()[row];
            case REDUCED_MASS: return value(modes.reducedMassesAmu(), row);
            case FORCE_CONSTANT: return value(modes.forceConstantsMdynPerA(), row);
            case IR: return value(ir, row);
            case RAMAN: return value(raman, row);
            default: return value(depolarization, row);
        }
    }

    private static Double value(double[] values, int row) {
        return values == null || !Double.isFinite(values[row]) ? null : values[row];
    }

    /** As shown in the table: "1595.3", "412.7i", "—" for a missing value. */
    String text(int row, int column) {
        Object v = getValueAt(row, column);
        if (v == null) return "—";
        if (column == FREQUENCY) return modes.frequencyText(row);
        if (v instanceof Double d) return String.format(Locale.ROOT, column == DEPOLARIZATION ? "%.3f" : "%.2f", d);
        return v.toString();
    }

    /** The table as CSV with units in the header (for copy and export). */
    String csv() {
        StringBuilder b = new StringBuilder("mode,frequency_cm-1,reduced_mass_amu,force_constant_mdyn_per_A,"
                + "ir_intensity_km_per_mol,raman_activity_A4_per_amu,depolarization_ratio\n");
        for (int r = 0; r < getRowCount(); r++) {
            for (int c = 0; c < COLUMNS.length; c++) {
                Object v = getValueAt(r, c);
                if (c > 0) b.append(',');
                if (v == null) continue;
                b.append(v instanceof Double d ? String.format(Locale.ROOT, "%.6g", d) : v.toString());
            }
            b.append('\n');
        }
        return b.toString();
    }
}
