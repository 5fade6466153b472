package dev.curvature.batch;

import dev.curvature.charges.ChargeModelException;
import dev.curvature.forcefield.mmff.MmffTopology;
import dev.curvature.forcefield.mmff.MmffVariant;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.spectrum.IntensityModel;
import dev.curvature.spectrum.VibrationalIntensities;
import dev.curvature.vibration.NormalModes;

import java.util.ArrayList;
import java.util.List;

/** IR intensities (and Raman activities) of a freq row, from the intensity model the spec names. */
final class BatchIntensities {
    private BatchIntensities() {}

    static void fill(BatchSpec spec, NormalModes modes, BatchRow row) {
        if (modes.modeCount() == 0) return;
        IntensityModel model = IntensityModel.parse(spec.intensityModel());
        try {
            VibrationalIntensities vi = VibrationalIntensities.compute(modes, model.chargeModel(s -> {
                try {
                    return MmffTopology.build(s, MmffVariant.MMFF94).partialCharges();
                } catch (UnsupportedStructureException e) {
                    throw new ChargeModelException("fixed-mmff94: " + e.getMessage());
                }
            }), spec.raman());
            row.set("intensity_model", vi.infrared().chargeModelName());
            row.set("ir_intensities", vi.infrared().intensitiesKmPerMol());
            if (vi.hasRaman()) row.set("raman_activities", vi.raman().activitiesA4PerAmu());
        } catch (ChargeModelException e) {
            // as the CLI: frequencies stand without intensities, with a warning
            List<String> w = new ArrayList<>();
            Object old = row.get("warnings");
            if (old != null) w.addAll(List.of((String[]) old));
            w.add("no IR intensities: " + e.getMessage());
            row.set("warnings", w.toArray(new String[0]));
        }
    }
}
