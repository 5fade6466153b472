package dev.curvature.spectrum;

import dev.curvature.model.Potential;
import dev.curvature.registry.EnergyModels;
import dev.curvature.structure.Structure;
import dev.curvature.workflow.FrequencyAnalysis;
import dev.curvature.workflow.IntensityAnalysis;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.*;

/**
 * IR spectra from our GFN2-xTB's own dipoles (the default intensity model for gfn2) against Debian
 * xtb 6.5.1 for the molecules of {@link XtbSpectrumComparisonTest}, at xtb's optimized geometry
 * (for acetone a saddle of the methyl torsions: xtb reports a −62 cm⁻¹ mode, and so must we), our
 * Hessian from differences of our analytic gradient, the atomic polar tensors from differences of
 * our analytic dipole. Modes paired in order of frequency.
 * <p>Issue 13's target is checked against xtb's {@code --hess --acc 0.0001} at that geometry
 * (tools/validation/run_xtb_hess_tight.sh): frequencies within 1 cm⁻¹, each IR intensity within 2 %
 * or 0.5 km/mol. The {@code --ohess} run at xtb's default accuracy is compared loosely: its displaced
 * gradients carry the SCC's convergence error (charges to 1e-4 e), up to 2 cm⁻¹ on O–H stretches.
 * What remains against the tight run is recipe, not model ({@link XtbHessianRecipeTest}).
 */
class Gfn2SpectrumTest {

    @Test
    void frequenciesAndIntensitiesMatchXtb() throws Exception {
        StringBuilder table = new StringBuilder();
        double worstTightF = 0, worstTightIr = 0;
        for (Structure s : XtbSpectrumComparisonTest.molecules()) {
            XtbSpectrumComparisonTest.XtbResult ref = XtbSpectrumComparisonTest.xtb(s);
            XtbSpectrumComparisonTest.XtbResult tight = XtbSpectrumComparisonTest.xtb(s, "vibspectrum_acc1e-4");
            Potential p = EnergyModels.registry().bind("gfn2", ref.structure()).potential();
            assertEquals(IntensityAnalysis.MODEL, IntensityAnalysis.resolve(IntensityAnalysis.AUTO, p));
            FrequencyAnalysis.Result r = FrequencyAnalysis.run(p, ref.structure(), FrequencyAnalysis.Options.defaults().withOptimize(false), null);
            assertTrue(r.converged(), s.name());
            VibrationalIntensities vi = IntensityAnalysis.fromModel(r.modes(), p, false, () -> false);
            double[] f = r.modes().frequenciesCm1(), ir = vi.infrared().intensitiesKmPerMol();
            assertEquals(ref.freq().length, f.length, s.name());
            for (int k = 0; k < f.length; k++) {
                table.append(String.format(Locale.ROOT, "%s mode %d: %.2f vs %.2f (tight %.2f) cm-1, %.3f vs %.3f (tight %.3f) km/mol%n",
                        s.name(), k + 1, f[k], ref.freq()[k], tight.freq()[k], ir[k], ref.ir()[k], tight.ir()[k]));
                worstTightF = Math.max(worstTightF, Math.abs(f[k] - tight.freq()[k]));
                worstTightIr = Math.max(worstTightIr, Math.abs(ir[k] - tight.ir()[k]) / Math.max(0.5, 0.02 * tight.ir()[k]));
                // xtb differences its gradient with its own step and prints 2 decimals
                assertEquals(ref.freq()[k], f[k], 3.0, s.name() + " mode " + (k + 1));
                // near-degenerate CH3/CH2 deformations and stretches share their intensity differently
                // with the two Hessians' small differences: per mode loosely, in total tightly
                assertEquals(ref.ir()[k], ir[k], Math.max(3.0, 0.10 * ref.ir()[k]), s.name() + " IR of mode " + (k + 1) + "\n" + table);
            }
            double ours = java.util.Arrays.stream(ir).sum(), theirs = java.util.Arrays.stream(ref.ir()).sum();
            assertEquals(theirs, ours, 0.02 * theirs, s.name() + " total IR intensity");
        }
        System.out.print(table);
        System.out.printf(Locale.ROOT, "against xtb --hess --acc 0.0001: worst |dnu| %.2f cm-1; worst IR difference / max(0.5 km/mol, 2 %%) = %.2f%n",
                worstTightF, worstTightIr);
        assertTrue(worstTightF <= 1.0, "frequencies against the tight xtb Hessian\n" + table);
        assertTrue(worstTightIr <= 1.0, "IR intensities against the tight xtb Hessian\n" + table);
    }
}
