package dev.curvature.workflow;

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
        try {
            return VibrationalIntensities.compute(modes, ChargeMethods.model(chargeMethod), raman);
        } catch (ChargeModelException e) {
            throw new UnsupportedStructureException(e.getMessage());
        }
    }
}
