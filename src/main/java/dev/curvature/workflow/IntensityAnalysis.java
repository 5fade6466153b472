package dev.curvature.workflow;

import dev.curvature.model.DipoleModel;
import dev.curvature.model.FiniteDifferenceModel;
import dev.curvature.model.Potential;
import dev.curvature.model.Property;

import dev.curvature.charges.ChargeModelException;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.registry.ChargeMethods;
import dev.curvature.spectrum.VibrationalIntensities;
import dev.curvature.vibration.NormalModes;

/**
 * The spectrum job that {@code curvature freq} and the plugin's frequency action share: IR
 * intensities (and Raman activities) of a set of normal modes, with dipoles from a charge method of
 * {@link ChargeMethods}.
 */
public final class IntensityAnalysis {
    private IntensityAnalysis() {}

    /** Whether the method has a polarizability, i.e. can give Raman activities. */
    public static boolean supportsRaman(String chargeMethod) {
        return ChargeMethods.get(chargeMethod).polarizable();
    }

    /**
     * @param chargeMethod id or alias of a charge method ("qeq", "eem", "fixed-mmff94")
     * @throws IllegalArgumentException      for an unknown method
     * @throws UnsupportedOperationException if Raman is asked of a method without polarizability
     * @throws UnsupportedStructureException if the method cannot describe the molecule; one line
     */
    public static VibrationalIntensities run(NormalModes modes, String chargeMethod, boolean raman)
            throws UnsupportedStructureException {
        return run(modes, chargeMethod, raman, () -> false);
    }

    /** The intensity model "the energy model's own dipoles", and "that if the model has them, else QEq". */
    public static final String MODEL = "model", AUTO = "auto";

    /**
     * Intensities from the energy model itself: atomic polar tensors by central differences
     * (±0.005 Å) of its analytic dipole, and for Raman its polarizability (analytic, or from dipoles
     * in finite fields when the model takes a field).
     *
     * @throws UnsupportedStructureException if the model computes no dipole, or Raman is asked of a
     *                                       model with neither a polarizability nor a field
     */
    public static VibrationalIntensities fromModel(NormalModes modes, Potential potential, boolean raman,
                                                   java.util.function.BooleanSupplier cancelled) throws UnsupportedStructureException {
        if (!potential.implementedProperties().contains(Property.DIPOLE))
            throw new UnsupportedStructureException("the energy model " + potential.modelName()
                    + " computes no dipole moment; use --intensity-model qeq or eem");
        Potential source = potential;
        if (raman && !potential.implementedProperties().contains(Property.POLARIZABILITY)) {
            if (!potential.acceptsField())
                throw new UnsupportedStructureException("the energy model " + potential.modelName()
                        + " gives no polarizability, so no Raman activities; use --intensity-model qeq or eem");
            source = FiniteDifferenceModel.differencing(potential, FiniteDifferenceModel.DEFAULT_STEPS, Property.POLARIZABILITY);
        }
        return VibrationalIntensities.compute(modes, DipoleModel.fromPotential(source, MODEL_DIPOLE_STEP_ANGSTROM), raman, cancelled);
    }

    /** Central-difference step of the model's dipole: its error O(h²) is far below the SCC's noise over h. */
    private static final double MODEL_DIPOLE_STEP_ANGSTROM = 0.005;

    /** "auto" resolved for a potential: its own dipoles if it has them, else QEq. */
    public static String resolve(String intensityModel, Potential potential) {
        if (!AUTO.equalsIgnoreCase(intensityModel)) return intensityModel;
        return potential.implementedProperties().contains(Property.DIPOLE) ? MODEL : "qeq";
    }

    /** As {@link #run(NormalModes, String, boolean)}, stopping with a CancellationException once {@code cancelled} says so. */
    public static VibrationalIntensities run(NormalModes modes, String chargeMethod, boolean raman,
                                             java.util.function.BooleanSupplier cancelled) throws UnsupportedStructureException {
        try {
            return VibrationalIntensities.compute(modes, ChargeMethods.model(chargeMethod), raman, cancelled);
        } catch (ChargeModelException e) {
            throw new UnsupportedStructureException(e.getMessage());
        }
    }
}
