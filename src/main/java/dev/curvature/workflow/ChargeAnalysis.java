package dev.curvature.workflow;

import dev.curvature.charges.ChargeDistribution;
import dev.curvature.charges.ChargeModelException;
import dev.curvature.charges.EquilibratedCharges;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.registry.ChargeMethods;
import dev.curvature.structure.Structure;

/**
 * The charge job that {@code curvature charges} and the plugin's colour-by-charge actions share:
 * a charge method from {@link ChargeMethods} applied to a structure at its geometry.
 */
public final class ChargeAnalysis {

    /**
     * @param methodId         the method's id ("qeq", "eem", "mmff94")
     * @param methodLabel      its label for text output
     * @param charges          e, per atom
     * @param dipoleDebye      about the centre of mass, D
     * @param polarizability   Å³, 3×3 row-major; null for fixed charges
     * @param chargeResponse   dq/dQ per atom (sums to 1); null for fixed charges
     */
    public record Result(String methodId, String methodLabel, double[] charges, double[] dipoleDebye,
                         double dipoleMagnitudeDebye, double[] polarizability, double[] chargeResponse) {
        public boolean polarizable() { return polarizability != null; }
    }

    private ChargeAnalysis() {}

    /**
     * @throws IllegalArgumentException      for an unknown method
     * @throws UnsupportedStructureException if the method cannot describe the structure (no parameters
     *                                       for an element, MMFF94 cannot type an atom...); one line
     */
    public static Result run(Structure structure, String method) throws UnsupportedStructureException {
        ChargeMethods.Method m = ChargeMethods.get(method);
        ChargeDistribution q;
        try {
            q = m.model().charges(structure);
        } catch (ChargeModelException e) {
            throw new UnsupportedStructureException(e.getMessage());
        }
        double[] alpha = null, response = null;
        if (q instanceof EquilibratedCharges eq) {
            alpha = eq.polarizabilityAngstrom3();
            response = eq.chargesPerTotalCharge();
        }
        return new Result(m.id(), m.label(), q.charges(), q.dipoleDebye(), q.dipoleMagnitudeDebye(), alpha, response);
    }
}
