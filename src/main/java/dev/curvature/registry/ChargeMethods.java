package dev.curvature.registry;

import dev.curvature.charges.ChargeEquilibration;
import dev.curvature.charges.ChargeModel;
import dev.curvature.charges.ChargeModelException;
import dev.curvature.charges.EemModel;
import dev.curvature.charges.QeqModel;
import dev.curvature.forcefield.mmff.MmffTopology;
import dev.curvature.forcefield.mmff.MmffVariant;
import dev.curvature.model.UnsupportedStructureException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The charge methods the programs offer, by id: the one place where "qeq", "eem" and "mmff94" turn
 * into charge models, for {@code curvature charges --method}, {@code freq --intensity-model} and
 * the Jmol plugin's colour-by-charge and intensity actions alike.
 */
public final class ChargeMethods {

    /**
     * @param id          lower-case id
     * @param alias       another accepted spelling ({@code fixed-mmff94} for intensities), or ""
     * @param label       what text output shows, e.g. "QEq (Rappé-Goddard 1991)"
     * @param polarizable whether the charges respond to a field (polarizability, Raman, dq/dQ)
     */
    public record Method(String id, String alias, String label, boolean polarizable, Supplier<ChargeModel> factory) {
        /** A fresh charge model (they are cheap and immutable). */
        public ChargeModel model() { return factory.get(); }
    }

    private static final List<Method> METHODS = List.of(
            new Method("qeq", "", "QEq (Rappé-Goddard 1991)", true,
                    () -> new ChargeEquilibration(QeqModel.rappeGoddard1991())),
            new Method("eem", "", "EEM (Bultinck et al. 2002)", true,
                    () -> new ChargeEquilibration(EemModel.bultinck2002())),
            new Method("mmff94", "fixed-mmff94", "MMFF94 partial charges", false,
                    () -> ChargeModel.fixed("MMFF94 fixed charges (no flux)", ChargeMethods::mmff94Charges)));

    private ChargeMethods() {}

    /** Every method, in the order they are listed to users. */
    public static List<Method> all() { return METHODS; }

    /** The ids, e.g. for a usage message. */
    public static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (Method m : METHODS) ids.add(m.id());
        return ids;
    }

    /**
     * The method with this id or alias (case and surrounding blanks ignored).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Method get(String idOrAlias) {
        String key = idOrAlias.strip().toLowerCase(Locale.ROOT);
        for (Method m : METHODS) if (m.id().equals(key) || m.alias().equals(key)) return m;
        throw new IllegalArgumentException("unknown charge method '" + idOrAlias + "' (expected " + String.join(", ", ids())
                + "; fixed-mmff94 is mmff94)");
    }

    /** The charge model of a method. */
    public static ChargeModel model(String idOrAlias) { return get(idOrAlias).model(); }

    /** MMFF94 partial charges; a structure MMFF94 cannot type is a charge-model failure naming the atom. */
    private static double[] mmff94Charges(dev.curvature.structure.Structure s) {
        try {
            return MmffTopology.build(s, MmffVariant.MMFF94).partialCharges();
        } catch (UnsupportedStructureException e) {
            throw new ChargeModelException("MMFF94 charges: " + e.getMessage());
        }
    }
}
