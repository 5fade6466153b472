package dev.curvature.spectrum;

import dev.curvature.linalg.SymmetricEigenDecomposition;
import dev.curvature.linalg.SymmetricEigenSolvers;
import dev.curvature.xtb.D4Seam;
import dev.curvature.xtb.param.Gfn2Parameters;
import dev.curvature.xtb.scc.Gfn2Calculator;
import dev.curvature.xtb.scc.Gfn2Result;

import java.util.Arrays;

/**
 * xtb 6.5.1's harmonic analysis redone step by step on our GFN2-xTB gradients and dipoles, to
 * separate what differs between the two programs' recipes from what differs in the model. Facts
 * read from xtb's sources (src/hessian.F90, src/type/calculator.f90, src/freq/project.f90,
 * src/param/atomicmass.f90, src/mctc/convert.f90 at tag v6.5.1):
 * <ul>
 *   <li>Hessian and dipole derivatives by central differences of the analytic gradient and of the
 *       dipole, ±0.005 bohr per Cartesian coordinate; then symmetrized (H + Hᵀ)/2;</li>
 *   <li>translations and rotations projected out of the <em>Cartesian</em> (not mass-weighted)
 *       Hessian, P H P with P = 1 − F Fᵀ, F the orthonormalized translation and rotation vectors
 *       about the unweighted centroid; no projection at all for linear molecules;</li>
 *   <li>then mass weighting with xtb's own table (NIST average masses, e.g. H 1.00794075);</li>
 *   <li>ν = 219474.63067 √λ / √(amu→m_e) cm⁻¹ with amu→m_e = 1.660539040e-27 / 9.10938356e-31;</li>
 *   <li>IR: |Σ_j ∂μ/∂x_j L_jk / √(m_j·amu→m_e)|² × 1.7770969e6 km/mol (dipoles in e·bohr).</li>
 * </ul>
 * xtb also turns the molecule by (1, 2, 3)e-4 rad first; that changes nothing here and is skipped.
 */
final class XtbHessianRecipe {
    static final double STEP_BOHR = 0.005;
    static final double AU_TO_RCM = 219474.63067, AMU_TO_AU = 1.660539040e-27 / 9.10938356e-31, AU_TO_KMMOL = 1.7770969e6;
    static final double ANGSTROM_PER_BOHR = 0.529177210903;

    /** xtb 6.5.1's atomic masses (amu), H–Kr. */
    private static final double[] MASS = {0, 1.00794075, 4.00260193, 6.94003660, 9.01218307, 10.81102805,
            12.01073590, 14.00670321, 15.99940492, 18.99840316, 20.18004638, 22.98976928, 24.30505162,
            26.98153853, 28.08549871, 30.97376200, 32.06478741, 35.45293758, 39.94779856, 39.09830091,
            40.07802251, 44.95590828, 47.86674496, 50.94146504, 51.99613176, 54.93804391, 55.84514443,
            58.93319429, 58.69334711, 63.54603995, 65.37778253, 69.72306607, 72.62755016, 74.92159457,
            78.95938856, 79.90352778, 83.79800000};

    record Result(double[] frequencies, double[] ir) { }

    /**
     * The three ingredients in which Curvature's {@code freq} differs from xtb (step, projection,
     * masses), so that each can be switched to Curvature's alone.
     */
    record Recipe(double stepBohr, boolean massWeightedProjection, java.util.function.IntToDoubleFunction mass) {
        static final Recipe XTB = new Recipe(STEP_BOHR, false, XtbHessianRecipe::xtbMass);
        Recipe withStep(double bohr) { return new Recipe(bohr, massWeightedProjection, mass); }
        Recipe withMassWeightedProjection() { return new Recipe(stepBohr, true, mass); }
        Recipe withMasses(java.util.function.IntToDoubleFunction m) { return new Recipe(stepBohr, massWeightedProjection, m); }
    }

    private XtbHessianRecipe() { }

    static double xtbMass(int z) { return MASS[z]; }

    /** @param angstrom positions as xtb read them (xyz in Å, converted with CODATA 2018) */
    static Result run(int[] z, double[] angstrom, int charge, int unpaired, boolean linear) {
        return run(z, angstrom, charge, unpaired, linear, Recipe.XTB);
    }

    static Result run(int[] z, double[] angstrom, int charge, int unpaired, boolean linear, Recipe recipe) {
        int n = z.length, n3 = 3 * n;
        double step = recipe.stepBohr();
        double[] mass = new double[n];
        for (int a = 0; a < n; a++) mass[a] = recipe.mass().applyAsDouble(z[a]);
        double[] x = new double[n3];
        for (int i = 0; i < n3; i++) x[i] = angstrom[i] / ANGSTROM_PER_BOHR;
        // the reference ran with --acc 0.0001, which tightens xtb's SCC 100-fold; at our default charge
        // tolerance (1e-7) the FD noise alone moves formaldehyde's IR by 0.01 km/mol
        Gfn2Calculator calc = new Gfn2Calculator(Gfn2Parameters.bundled(), z, D4Seam.GFN2).chargeTolerance(1e-9);
        double[] h = new double[n3 * n3], dipd = new double[3 * n3];
        for (int i = 0; i < n3; i++) {
            double[] xp = x.clone(), xm = x.clone();
            xp[i] += step;
            xm[i] -= step;
            Gfn2Result rp = calc.compute(xp, charge, unpaired, true, null), rm = calc.compute(xm, charge, unpaired, true, null);
            for (int j = 0; j < n3; j++) h[j * n3 + i] = (rp.gradient()[j] - rm.gradient()[j]) / (2 * step);
            for (int k = 0; k < 3; k++) dipd[k * n3 + i] = (rp.dipole()[k] - rm.dipole()[k]) / (2 * step);
        }
        for (int i = 0; i < n3; i++)
            for (int j = 0; j < i; j++) h[i * n3 + j] = h[j * n3 + i] = 0.5 * (h[i * n3 + j] + h[j * n3 + i]);
        if (!linear && !recipe.massWeightedProjection()) h = project(h, x, n, null);
        double[] mw = new double[n3 * n3];
        for (int i = 0; i < n3; i++)
            for (int j = 0; j < n3; j++) mw[i * n3 + j] = h[i * n3 + j] / Math.sqrt(mass[i / 3] * mass[j / 3]);
        if (recipe.massWeightedProjection()) mw = project(mw, x, n, mass); // as Curvature's NormalModes, also for linear
        SymmetricEigenDecomposition e = SymmetricEigenSolvers.decompose(mw, n3);
        int rigid = linear ? 5 : 6;
        // the rigid-body eigenvalues are the ones closest to zero (as xtb picks |ν| < 0.01 cm-1)
        Integer[] order = new Integer[n3];
        for (int k = 0; k < n3; k++) order[k] = k;
        Arrays.sort(order, (a, b) -> Double.compare(Math.abs(e.value(a)), Math.abs(e.value(b))));
        int[] vib = Arrays.stream(order).skip(rigid).mapToInt(Integer::intValue).sorted().toArray();
        double[] freq = new double[vib.length], ir = new double[vib.length];
        for (int m = 0; m < vib.length; m++) {
            double lambda = e.value(vib[m]);
            freq[m] = AU_TO_RCM * Math.signum(lambda) * Math.sqrt(Math.abs(lambda)) / Math.sqrt(AMU_TO_AU);
            double sum = 0;
            for (int k = 0; k < 3; k++) {
                double t = 0;
                for (int j = 0; j < n3; j++) t += dipd[k * n3 + j] * e.component(vib[m], j) / Math.sqrt(mass[j / 3] * AMU_TO_AU);
                sum += t * t;
            }
            ir[m] = AU_TO_KMMOL * sum;
        }
        return new Result(freq, ir);
    }

    /**
     * P H P with P = 1 − F Fᵀ over translations and rotations: xtb's about the unweighted centroid
     * in Cartesian space (mass null), or the usual one in mass-weighted space (vectors √m·(t, ω×r)).
     */
    private static double[] project(double[] h, double[] x, int n, double[] mass) {
        int n3 = 3 * n;
        double[] c = new double[3];
        double total = 0;
        for (int a = 0; a < n; a++) total += mass == null ? 1 : mass[a];
        for (int a = 0; a < n; a++) for (int k = 0; k < 3; k++) c[k] += (mass == null ? 1 : mass[a]) * x[3 * a + k] / total;
        double[][] f = new double[6][n3];
        for (int a = 0; a < n; a++) {
            double rx = x[3 * a] - c[0], ry = x[3 * a + 1] - c[1], rz = x[3 * a + 2] - c[2];
            for (int k = 0; k < 3; k++) f[k][3 * a + k] = 1;
            f[3][3 * a + 1] = -rz; f[3][3 * a + 2] = ry;
            f[4][3 * a] = rz;      f[4][3 * a + 2] = -rx;
            f[5][3 * a] = -ry;     f[5][3 * a + 1] = rx;
            if (mass != null) for (double[] v : f) for (int k = 0; k < 3; k++) v[3 * a + k] *= Math.sqrt(mass[a]);
        }
        int kept = 0; // Gram–Schmidt, twice for round-off
        for (int v = 0; v < 6; v++) {
            double[] u = f[v];
            for (int pass = 0; pass < 2; pass++)
                for (int w = 0; w < kept; w++) {
                    double d = 0;
                    for (int i = 0; i < n3; i++) d += u[i] * f[w][i];
                    for (int i = 0; i < n3; i++) u[i] -= d * f[w][i];
                }
            double norm = 0;
            for (double ui : u) norm += ui * ui;
            if (norm < 1e-12) continue;
            norm = Math.sqrt(norm);
            for (int i = 0; i < n3; i++) u[i] /= norm;
            f[kept++] = u;
        }
        double[] p = new double[n3 * n3];
        for (int i = 0; i < n3; i++) {
            p[i * n3 + i] = 1;
            for (int w = 0; w < kept; w++) for (int j = 0; j < n3; j++) p[i * n3 + j] -= f[w][i] * f[w][j];
        }
        return multiply(multiply(p, h, n3), p, n3);
    }

    private static double[] multiply(double[] a, double[] b, int n) {
        double[] c = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int k = 0; k < n; k++) {
                double aik = a[i * n + k];
                if (aik == 0) continue;
                for (int j = 0; j < n; j++) c[i * n + j] += aik * b[k * n + j];
            }
        return c;
    }
}
