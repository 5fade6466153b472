package dev.curvature.jmol;

import javax.swing.table.AbstractTableModel;
import java.util.Locale;

/**
 * The rows of the mode table: number, irrep, frequency, reduced mass, force constant, IR
 * intensity, Raman activity, depolarization ratio, and what the selection rules allow. Number
 * columns hold Doubles so sorting is by value; the renderer formats them.
 */
final class ModeTableModel extends AbstractTableModel {
    static final String[] COLUMNS = {"#", "Irrep", "Frequency (cm⁻¹)", "Red. mass (amu)", "Force const. (mdyn/Å)",
            "IR (km/mol)", "Raman (Å⁴/amu)", "Depol. ratio", "Allowed (symmetry)"};
    static final int NUMBER = 0, IRREP = 1, FREQUENCY = 2, REDUCED_MASS = 3, FORCE_CONSTANT = 4, IR = 5, RAMAN = 6, DEPOLARIZATION = 7,
            ALLOWED = 8;
    /** CSV column order: the old columns first (scripts read them by position), the symmetry ones after. */
    private static final int[] CSV_ORDER = {NUMBER, FREQUENCY, REDUCED_MASS, FORCE_CONSTANT, IR, RAMAN, DEPOLARIZATION, IRREP, ALLOWED};
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
        return c == NUMBER ? Integer.class : c == IRREP || c == ALLOWED ? String.class : Double.class;
    }

    @Override public Object getValueAt(int row, int column) {
        switch (column) {
            case NUMBER: return row + 1;
            case IRREP: return symmetry(row) ? modes.symmetry().label(row) : null;
            case ALLOWED: return symmetry(row) ? modes.symmetry().activity(row) : null;
            case FREQUENCY: return modes.frequenciesCm1()[row];
            case REDUCED_MASS: return value(modes.reducedMassesAmu(), row);
            case FORCE_CONSTANT: return value(modes.forceConstantsMdynPerA(), row);
            case IR: return value(ir, row);
            case RAMAN: return value(raman, row);
            default: return value(depolarization, row);
        }
    }

    private boolean symmetry(int row) {
        return modes.symmetry() != null && modes.symmetry().available() && row < modes.symmetry().modeCount();
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
                + "ir_intensity_km_per_mol,raman_activity_A4_per_amu,depolarization_ratio,irrep,allowed_by_symmetry\n");
        for (int r = 0; r < getRowCount(); r++) {
            for (int i = 0; i < CSV_ORDER.length; i++) {
                Object v = getValueAt(r, CSV_ORDER[i]);
                if (i > 0) b.append(',');
                if (v == null) continue;
                b.append(v instanceof Double d ? String.format(Locale.ROOT, "%.6g", d)
                        : v instanceof String t && t.contains(",") ? '"' + t + '"' : v.toString());
            }
            b.append('\n');
        }
        return b.toString();
    }
}
