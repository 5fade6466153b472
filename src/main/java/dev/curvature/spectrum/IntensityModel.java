package dev.curvature.spectrum;

import dev.curvature.charges.ChargeEquilibration;
import dev.curvature.charges.ChargeModel;
import dev.curvature.charges.EemModel;
import dev.curvature.charges.QeqModel;
import dev.curvature.structure.Structure;
import java.util.Locale;
import java.util.function.Function;

/**
 * How dipoles (and polarizabilities) are obtained for intensities: the value of the
 * {@code --intensity-model} option.
 * <ul>
 * <li>{@code fixed-mmff94}: MMFF94 partial charges held fixed (no charge flux). IR only: fixed
 *     charges have no polarizability, so there are no Raman activities.</li>
 * <li>{@code qeq}: QEq charges (Rappé–Goddard 1991) re-equilibrated at every geometry (charge flux)
 *     and their polarizability.</li>
 * <li>{@code eem}: EEM charges (Bultinck et al. 2002), likewise.</li>
 * </ul>
 * The spectrum package does not depend on the force fields, so the MMFF94 charges are supplied by
 * the caller ({@link #chargeModel(Function)}).
 */
public enum IntensityModel {
    FIXED_MMFF94("fixed-mmff94", false),
    QEQ("qeq", true),
    EEM("eem", true);

    private final String optionValue;
    private final boolean polarizable;

    IntensityModel(String optionValue, boolean polarizable) {
        this.optionValue = optionValue;
        this.polarizable = polarizable;
    }

    /** The command-line spelling. */
    public String optionValue() { return optionValue; }

    /** Whether the model has a polarizability, i.e. gives Raman activities. */
    public boolean supportsRaman() { return polarizable; }

    /** Parses a command-line value (case-insensitive). */
    public static IntensityModel parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (IntensityModel m : values()) if (m.optionValue.equals(v)) return m;
        throw new IllegalArgumentException("unknown intensity model '" + value + "' (expected fixed-mmff94, qeq or eem)");
    }

    /** The charge model of {@code qeq} or {@code eem}. */
    public ChargeModel chargeModel() {
        return switch (this) {
            case QEQ -> new ChargeEquilibration(QeqModel.rappeGoddard1991());
            case EEM -> new ChargeEquilibration(EemModel.bultinck2002());
            case FIXED_MMFF94 -> throw new IllegalStateException(
                    "fixed-mmff94 needs the MMFF94 charges from the caller: use chargeModel(mmff94Charges)");
        };
    }

    /**
     * The charge model; for {@code fixed-mmff94} the given function supplies the MMFF94 partial
     * charges of a structure (ignored by the other models).
     */
    public ChargeModel chargeModel(Function<Structure, double[]> mmff94Charges) {
        if (this != FIXED_MMFF94) return chargeModel();
        return ChargeModel.fixed("MMFF94 fixed charges (no flux)", mmff94Charges);
    }
}
