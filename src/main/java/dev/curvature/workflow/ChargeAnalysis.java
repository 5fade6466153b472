package dev.curvature.workflow;

import dev.curvature.charges.ChargeDistribution;
import dev.curvature.charges.ChargeModelException;
import dev.curvature.charges.EquilibratedCharges;
import dev.curvature.model.Configuration;
import dev.curvature.model.Potential;
import dev.curvature.model.Property;
import dev.curvature.model.Results;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.registry.ChargeMethods;
import dev.curvature.structure.Structure;
import dev.curvature.units.Units;

/**
 * The charge job that {@code curvature charges} and the plugin's colour-by-charge actions share:
 * a charge method from {@link ChargeMethods} applied to a structure at its geometry, or the
 * charges an energy model computes itself ({@link #fromModel}).
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

    /** Whether an energy model computes atomic charges itself (GFN2-xTB: Mulliken charges of its SCC). */
    public static boolean hasOwnCharges(Potential p) {
        return p.implementedProperties().contains(Property.CHARGES);
    }

    /**
     * The charges an energy model computes itself at the structure's geometry (total charge from the
     * structure), with its own dipole when it has one; no polarizability or response (method id
     * "model", label the model's name).
     *
     * @throws IllegalArgumentException if the model has no charges of its own ({@link #hasOwnCharges})
     */
    public static Result fromModel(Potential p, Structure structure) {
        if (!hasOwnCharges(p)) throw new IllegalArgumentException(p.modelName() + " computes no atomic charges");
        int n = structure.atomCount();
        boolean dipole = p.implementedProperties().contains(Property.DIPOLE);
        Results r = dipole ? Results.request(n, Property.CHARGES, Property.DIPOLE) : Results.request(n, Property.CHARGES);
        p.compute(new Configuration(structure.positions(), null, structure.totalCharge(), 1, null), r, null);
        double[] mu = null;
        double magnitude = Double.NaN;
        if (dipole) {
            mu = new double[3];
            for (int k = 0; k < 3; k++) mu[k] = r.dipole()[k] / Units.E_ANGSTROM_PER_DEBYE;
            magnitude = Math.sqrt(mu[0] * mu[0] + mu[1] * mu[1] + mu[2] * mu[2]);
        }
        return new Result("model", p.modelName(), r.charges().clone(), mu, magnitude, null, null);
    }
}
