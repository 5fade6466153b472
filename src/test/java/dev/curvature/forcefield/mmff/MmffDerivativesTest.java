package dev.curvature.forcefield.mmff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.forcefield.Term;
import dev.curvature.forcefield.TermPotential;
import dev.curvature.structure.Structure;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Analytic gradients and Hessians of every MMFF94 term on every validation-suite molecule, as bound
 * by {@link MmffForceField} (MMFF94 and MMFF94s), against
 * central finite differences: gradient vs differences of the energy (≤ 1e-5 kcal/mol/Å), Hessian
 * vs differences of the analytic gradient (≤ 1e-4 kcal/mol/Å²), Hessian symmetry, and invariance of
 * the total energy under a random rigid rotation + translation. Each molecule is first displaced
 * randomly by up to 0.03 Å per coordinate so that no term sits at its own minimum.
 */
class MmffDerivativesTest {
    static final double GRADIENT_TOLERANCE = 1e-5;
    static final double HESSIAN_TOLERANCE = 1e-4;
    /** Step for energy differences: roundoff ~ 1e-16 |E| / h stays below 1e-8 for |E| < 1000. */
    static final double STEP_ENERGY = 1e-5;
    static final double STEP_GRADIENT = 1e-5;

    @ParameterizedTest
    @CsvSource({
            "MMFF94, MMFF94_hypervalent.sdf, 761",
            "MMFF94S, MMFF94s_hypervalent.sdf, 265"})
    void analyticDerivativesMatchFiniteDifferencesOnEverySuiteMolecule(MmffVariant variant, String sdf, int molecules) throws Exception {
        List<Structure> structures = MmffSuiteFiles.readSdf(sdf);
        assertEquals(molecules, structures.size());
        MmffForceField ff = new MmffForceField(variant);
        // every 10th molecule also with the distance-dependent dielectric (D = 4), which the suite does not use
        MmffForceField distance = new MmffForceField(variant, MmffDielectric.distanceDependent(4.0));
        Random random = new Random(20260424L);
        StringBuilder failures = new StringBuilder();
        int failed = 0;
        double worstGradient = 0, worstHessian = 0, worstAsymmetry = 0, worstRigid = 0;
        for (int m = 0; m < molecules; m++) {
            Structure s = structures.get(m);
            double[] x = s.positions();
            for (int c = 0; c < x.length; c++) x[c] += 0.03 * (2 * random.nextDouble() - 1);
            TermPotential p = ff.bind(s);
            List<Term> terms = new ArrayList<>(p.terms());
            if (m % 10 == 0) terms.add(distance.bind(s).terms().get(SuiteReference.TERMS.indexOf("electrostatic")));
            StringBuilder line = new StringBuilder();
            for (Term t : terms) {
                double[] dev = check(t, x);
                worstGradient = Math.max(worstGradient, dev[0]);
                worstHessian = Math.max(worstHessian, dev[1]);
                worstAsymmetry = Math.max(worstAsymmetry, dev[2]);
                if (dev[0] > GRADIENT_TOLERANCE || dev[1] > HESSIAN_TOLERANCE || dev[2] > 1e-9)
                    line.append(String.format(" %s: |Δg| %.2e, |ΔH| %.2e, asym %.2e;", t.name(), dev[0], dev[1], dev[2]));
            }
            double sumMismatch = potentialIsTheSumOfItsTerms(p, x);
            if (sumMismatch > 1e-9) line.append(String.format(" potential differs from the sum of its terms by %.2e;", sumMismatch));
            double rigid = rigidMotionChange(p.terms(), x, random);
            worstRigid = Math.max(worstRigid, rigid);
            if (rigid > 1e-8) line.append(String.format(" rigid motion changes E by %.2e;", rigid));
            if (line.length() > 0) {
                failed++;
                failures.append('\n').append(s.name()).append(':').append(line);
            }
        }
        assertTrue(failed == 0, String.format("%d of %d molecules fail (worst |Δg| %.2e, |ΔH| %.2e, asym %.2e, rigid %.2e)%s",
                failed, molecules, worstGradient, worstHessian, worstAsymmetry, worstRigid, failures));
    }

    /** Largest difference between the potential's energy, gradient and Hessian and the sums over its terms. */
    static double potentialIsTheSumOfItsTerms(TermPotential p, double[] x) {
        int n3 = x.length;
        double[] g = new double[n3], h = new double[n3 * n3];
        java.util.Arrays.fill(g, 7.0);      // evaluate must overwrite, not add
        java.util.Arrays.fill(h, 7.0);
        double e = p.evaluate(x, g, h);
        double[] gs = new double[n3], hs = new double[n3 * n3];
        double es = 0;
        for (Term t : p.terms()) es += t.accumulate(x, gs, hs);
        double worst = Math.abs(e - es);
        for (int c = 0; c < n3; c++) worst = Math.max(worst, Math.abs(g[c] - gs[c]));
        for (int c = 0; c < n3 * n3; c++) worst = Math.max(worst, Math.abs(h[c] - hs[c]));
        return worst;
    }

    /** Max deviations {gradient vs FD, Hessian vs FD of gradient, Hessian asymmetry} of one term. */
    static double[] check(Term t, double[] x) {
        int n3 = x.length;
        double[] g = new double[n3], h = new double[n3 * n3];
        double e = t.accumulate(x, g, h);
        double[] g0 = new double[n3];
        double e0 = t.accumulate(x, g0, null);
        double[] out = new double[3];
        out[0] = Math.abs(e - e0);
        for (int c = 0; c < n3; c++) out[0] = Math.max(out[0], Math.abs(g[c] - g0[c]));
        double[] xp = x.clone(), col = new double[n3], fine = new double[n3];
        for (int c = 0; c < n3; c++) {
            // central differences; where they miss, Richardson extrapolation (h, h/2; error O(h⁴)) decides,
            // because near-linear angles give torsions large third derivatives
            double fd = energyDifference(t, xp, c, STEP_ENERGY);
            if (Math.abs(fd - g[c]) > GRADIENT_TOLERANCE / 2)
                fd = (4 * energyDifference(t, xp, c, STEP_ENERGY / 2) - fd) / 3;
            out[0] = Math.max(out[0], Math.abs(fd - g[c]));
            gradientDifference(t, xp, c, STEP_GRADIENT, col);
            double worst = 0;
            for (int d = 0; d < n3; d++) worst = Math.max(worst, Math.abs(col[d] - h[c * n3 + d]));
            if (worst > HESSIAN_TOLERANCE / 2) {
                gradientDifference(t, xp, c, STEP_GRADIENT / 2, fine);
                worst = 0;
                for (int d = 0; d < n3; d++) worst = Math.max(worst, Math.abs((4 * fine[d] - col[d]) / 3 - h[c * n3 + d]));
            }
            out[1] = Math.max(out[1], worst);
        }
        for (int c = 0; c < n3; c++)
            for (int d = c + 1; d < n3; d++)
                out[2] = Math.max(out[2], Math.abs(h[c * n3 + d] - h[d * n3 + c]));
        return out;
    }

    private static double energyDifference(Term t, double[] x, int c, double step) {
        double x0 = x[c];
        x[c] = x0 + step;
        double ep = t.accumulate(x, null, null);
        x[c] = x0 - step;
        double em = t.accumulate(x, null, null);
        x[c] = x0;
        return (ep - em) / (2 * step);
    }

    /** out = (g(x + h e_c) − g(x − h e_c)) / 2h. */
    private static void gradientDifference(Term t, double[] x, int c, double step, double[] out) {
        int n3 = x.length;
        double[] gp = new double[n3], gm = new double[n3];
        double x0 = x[c];
        x[c] = x0 + step;
        t.accumulate(x, gp, null);
        x[c] = x0 - step;
        t.accumulate(x, gm, null);
        x[c] = x0;
        for (int d = 0; d < n3; d++) out[d] = (gp[d] - gm[d]) / (2 * step);
    }

    /** |E(R x + t) − E(x)| of the sum of the terms for a random rotation R and translation t. */
    static double rigidMotionChange(List<Term> terms, double[] x, Random random) {
        double[] q = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
        double norm = Math.sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2] + q[3] * q[3]);
        double w = q[0] / norm, a = q[1] / norm, b = q[2] / norm, c = q[3] / norm;
        double[][] r = {
                {1 - 2 * (b * b + c * c), 2 * (a * b - c * w), 2 * (a * c + b * w)},
                {2 * (a * b + c * w), 1 - 2 * (a * a + c * c), 2 * (b * c - a * w)},
                {2 * (a * c - b * w), 2 * (b * c + a * w), 1 - 2 * (a * a + b * b)}};
        double[] shift = {10 * random.nextGaussian(), 10 * random.nextGaussian(), 10 * random.nextGaussian()};
        double[] y = new double[x.length];
        for (int at = 0; at < x.length / 3; at++)
            for (int i = 0; i < 3; i++)
                y[3 * at + i] = r[i][0] * x[3 * at] + r[i][1] * x[3 * at + 1] + r[i][2] * x[3 * at + 2] + shift[i];
        double e0 = 0, e1 = 0;
        for (Term t : terms) {
            e0 += t.accumulate(x, null, null);
            e1 += t.accumulate(y, null, null);
        }
        return Math.abs(e1 - e0) / Math.max(1, Math.abs(e0));
    }
}
