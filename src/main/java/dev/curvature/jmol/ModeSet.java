package dev.curvature.jmol;

import dev.curvature.spectrum.VibrationalIntensities;
import dev.curvature.symmetry.ModeSymmetry;

/**
 * The normal modes the plugin keeps for the model they were computed on. Jmol holds only the
 * vectors of the mode on display (one model, rewritten on each choice), so the file the user
 * loaded stays one model and every mode is one click away without reloading.
 *
 * @param model               the Jmol atoms the modes belong to
 * @param frequenciesCm1      signed wavenumbers, negative = imaginary, ascending
 * @param displacements       per mode, the Cartesian displacement (3N, unit norm)
 * @param intensities         IR intensities and Raman activities of the modes (QEq, as the CLI's
 *                            default), or null when the charge model cannot describe the molecule
 * @param summary             one line: model, point group, classification
 * @param reducedMassesAmu    per mode, amu
 * @param forceConstantsMdynPerA per mode, mdyn/Å
 * @param symmetry            irrep and selection rules of each mode (possibly unavailable), or null
 */
public record ModeSet(JmolModel model, double[] frequenciesCm1, double[][] displacements,
                      VibrationalIntensities intensities, String summary, double[] reducedMassesAmu,
                      double[] forceConstantsMdynPerA, ModeSymmetry symmetry) {

    /** Per mode, km/mol; null without intensities. */
    public double[] irIntensityKmPerMol() {
        return intensities == null ? null : intensities.infrared().intensitiesKmPerMol();
    }

    /** Per mode, Å⁴/amu; null without Raman activities. */
    public double[] ramanActivity() {
        return intensities == null || !intensities.hasRaman() ? null : intensities.raman().activitiesA4PerAmu();
    }

    public int count() { return frequenciesCm1.length; }

    public boolean imaginary(int mode) { return frequenciesCm1[mode] < 0; }

    /**
     * The displacement of a mode scaled so that the atom moving most moves {@code maxAtomAngstrom};
     * unit-norm vectors would make the arrows of a large molecule invisibly short.
     */
    public double[] displayVectors(int mode, double maxAtomAngstrom) {
        double[] d = displacements[mode].clone();
        double max = 0;
        for (int a = 0; a < d.length / 3; a++)
            max = Math.max(max, Math.sqrt(d[3 * a] * d[3 * a] + d[3 * a + 1] * d[3 * a + 1] + d[3 * a + 2] * d[3 * a + 2]));
        if (max > 0) for (int i = 0; i < d.length; i++) d[i] *= maxAtomAngstrom / max;
        return d;
    }

    /** Frequency as a person reads it: "1595.3" or "412.7i" for an imaginary mode. */
    public String frequencyText(int mode) {
        double f = frequenciesCm1[mode];
        return f < 0 ? String.format(java.util.Locale.ROOT, "%.1fi", -f) : String.format(java.util.Locale.ROOT, "%.1f", f);
    }
}
