package dev.curvature.phonon;

import dev.curvature.linalg.SymmetricEigenDecomposition;
import dev.curvature.linalg.SymmetricEigenSolvers;
import dev.curvature.model.Configuration;
import dev.curvature.model.Potential;
import dev.curvature.model.Property;
import dev.curvature.model.Results;
import dev.curvature.structure.MassModel;
import dev.curvature.structure.Structure;

/**
 * Γ-point phonons of a periodic cell from its Hessian (which, with every image summed, is the
 * dynamical matrix at q = 0 times the masses). The three rigid translations are projected out of
 * the mass-weighted Hessian, so the acoustic modes are exactly zero, not ±noise.
 *
 * @param frequenciesThz  3N frequencies, ascending (negative = imaginary), THz
 * @param modes           mass-weighted eigenvectors, mode k at [3N·k, 3N·(k+1)), unit norm
 * @param negativeModes   modes below −0.01 THz other than the translations
 */
public record GammaPhonons(double[] frequenciesThz, double[] modes, int negativeModes) {

    public static GammaPhonons of(Potential p, Structure s, MassModel masses) {
        if (!s.isPeriodic()) throw new IllegalArgumentException(s.name() + " has no cell: Γ phonons need a periodic structure");
        int n3 = 3 * s.atomCount();
        Results r = Results.request(s.atomCount(), Property.HESSIAN);
        p.compute(Configuration.periodic(s.positions(), s.cell()), r, null);
        return ofHessian(r.hessian(), s.masses(masses));
    }

    /** From a Hessian in eV/Å² and masses in amu. */
    public static GammaPhonons ofHessian(double[] hessian, double[] massesAmu) {
        int n = massesAmu.length, n3 = 3 * n;
        double[] d = new double[n3 * n3];
        for (int r = 0; r < n3; r++)
            for (int c = 0; c < n3; c++) d[r * n3 + c] = hessian[r * n3 + c] / Math.sqrt(massesAmu[r / 3] * massesAmu[c / 3]);
        // translations in mass-weighted space: t_a(i, b) = sqrt(m_i) δ_ab / sqrt(Σm)
        double total = 0;
        for (double m : massesAmu) total += m;
        double[][] t = new double[3][n3];
        for (int a = 0; a < 3; a++) for (int i = 0; i < n; i++) t[a][3 * i + a] = Math.sqrt(massesAmu[i] / total);
        project(d, t, n3);
        SymmetricEigenDecomposition e = SymmetricEigenSolvers.decompose(d, n3);
        boolean[] translation = mostLike(e, t, n3);
        double[] f = new double[n3], modes = new double[n3 * n3];
        int negative = 0;
        for (int k = 0; k < n3; k++) {
            f[k] = translation[k] ? 0.0 : PhononUnits.terahertz(e.value(k));
            if (f[k] < -0.01) negative++;
            System.arraycopy(e.vector(k), 0, modes, k * n3, n3);
        }
        return new GammaPhonons(f, modes, negative);
    }

    /** D ← P D P, P = 1 − Σ t tᵀ. */
    static void project(double[] d, double[][] t, int n) {
        for (double[] v : t) {
            double[] dv = new double[n];
            for (int r = 0; r < n; r++) { double s = 0; for (int c = 0; c < n; c++) s += d[r * n + c] * v[c]; dv[r] = s; }
            double vdv = 0;
            for (int r = 0; r < n; r++) vdv += v[r] * dv[r];
            for (int r = 0; r < n; r++)
                for (int c = 0; c < n; c++) d[r * n + c] += -dv[r] * v[c] - v[r] * dv[c] + vdv * v[r] * v[c];
        }
    }

    private static boolean[] mostLike(SymmetricEigenDecomposition e, double[][] t, int n) {
        double[] w = new double[n];
        for (int k = 0; k < n; k++) {
            double[] v = e.vector(k);
            for (double[] tv : t) { double s = 0; for (int r = 0; r < n; r++) s += v[r] * tv[r]; w[k] += s * s; }
        }
        boolean[] chosen = new boolean[n];
        for (int pick = 0; pick < Math.min(3, n); pick++) {
            int best = -1;
            for (int k = 0; k < n; k++) if (!chosen[k] && (best < 0 || w[k] > w[best])) best = k;
            chosen[best] = true;
        }
        return chosen;
    }

    /** Frequencies in cm⁻¹. */
    public double[] wavenumbersCm1() {
        double[] w = frequenciesThz.clone();
        for (int k = 0; k < w.length; k++) w[k] *= PhononUnits.CM1_PER_THZ;
        return w;
    }
}
