package dev.curvature.phonon;

import dev.curvature.model.CancellablePotential;

import java.util.function.BooleanSupplier;

/**
 * Frequencies on a Monkhorst–Pack mesh of m×m×m wavevectors (shifted off Γ for even m), the
 * density of states (Gaussian smearing, normalised to 3N states per cell) and the harmonic
 * thermodynamics per cell: F = Σ [hν/2 + kT ln(1 − e^{−hν/kT})], S = k Σ [x/(eˣ−1) − ln(1−e⁻ˣ)],
 * C_v = k Σ x² eˣ/(eˣ−1)², averaged over the mesh (x = hν/kT). Modes at or below 1e-3 THz (the
 * acoustic zeros at Γ, and imaginary ones) are left out of the sums.
 */
public record PhononMesh(int mesh, double[][] frequenciesThz, int atomsPerCell) {

    public static PhononMesh sample(ForceConstants fc, int m) {
        return sample(fc, m, null);
    }

    /** As {@link #sample(ForceConstants, int)}, asking {@code cancelled} (may be null) before each wavevector. */
    public static PhononMesh sample(ForceConstants fc, int m, BooleanSupplier cancelled) {
        if (m < 1) throw new IllegalArgumentException("mesh must be >= 1");
        double[][] f = new double[m * m * m][];
        int k = 0;
        for (int a = 0; a < m; a++)
            for (int b = 0; b < m; b++)
                for (int c = 0; c < m; c++) {
                    CancellablePotential.check(cancelled);
                    f[k++] = fc.frequencies(new double[] {(a + 0.5) / m - 0.5, (b + 0.5) / m - 0.5, (c + 0.5) / m - 0.5});
                }
        return new PhononMesh(m, f, fc.atomCount());
    }

    /** DOS (states/THz per cell) on the given frequency grid with Gaussian σ (THz). */
    public double[] dos(double[] gridThz, double sigmaThz) {
        double[] g = new double[gridThz.length];
        double norm = 1.0 / (frequenciesThz.length * sigmaThz * Math.sqrt(2 * Math.PI));
        for (double[] fq : frequenciesThz)
            for (double f : fq)
                for (int k = 0; k < g.length; k++) {
                    double u = (gridThz[k] - f) / sigmaThz;
                    if (Math.abs(u) < 8) g[k] += Math.exp(-0.5 * u * u) * norm;
                }
        return g;
    }

    /** Highest frequency on the mesh (THz). */
    public double maximumThz() {
        double m = 0;
        for (double[] fq : frequenciesThz) for (double f : fq) m = Math.max(m, f);
        return m;
    }

    /** Harmonic thermodynamics at temperature T (K) per cell: F and U−... see {@link Thermo}. */
    public Thermo thermo(double kelvin) {
        double kt = PhononUnits.BOLTZMANN_EV_PER_K * kelvin;
        double f = 0, s = 0, cv = 0, zpe = 0;
        for (double[] fq : frequenciesThz)
            for (double nu : fq) {
                if (nu <= 1e-3) continue;
                double e = PhononUnits.EV_PER_THZ * nu;
                zpe += 0.5 * e;
                if (kelvin <= 0) { f += 0.5 * e; continue; }
                double x = e / kt, em = Math.exp(-x);
                f += 0.5 * e + kt * Math.log1p(-em);
                s += x * em / (1 - em) - Math.log1p(-em);
                cv += x * x * em / ((1 - em) * (1 - em));
            }
        int q = frequenciesThz.length;
        return new Thermo(kelvin, f / q, s / q * PhononUnits.BOLTZMANN_EV_PER_K, cv / q * PhononUnits.BOLTZMANN_EV_PER_K, zpe / q);
    }

    /**
     * Per cell: free energy F (eV), entropy S and heat capacity C_v (eV/K), zero-point energy (eV).
     */
    public record Thermo(double kelvin, double freeEnergyEv, double entropyEvPerK, double heatCapacityEvPerK, double zeroPointEv) {}
}
