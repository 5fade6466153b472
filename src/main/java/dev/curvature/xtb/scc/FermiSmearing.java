package dev.curvature.xtb.scc;

/**
 * Fermi-Dirac occupation of one spin channel at electronic temperature kT: f_i =
 * 1/(1+exp((ε_i−μ)/kT)) with μ chosen so that Σ f_i equals the electron count.
 */
public final class FermiSmearing {
    /** Boltzmann constant in Eh/K (as xtb). */
    public static final double KB_HARTREE = 3.166808578545117e-06;

    private FermiSmearing() {}

    /**
     * Fills f (one electron per orbital at most) and returns the free-energy term −kT·S of this
     * channel (Eh).
     */
    public static double occupy(double[] eps, double electrons, double kT, double[] f) {
        int n = eps.length;
        java.util.Arrays.fill(f, 0);
        if (electrons <= 0) return 0;
        if (electrons > n + 1e-9) throw new IllegalArgumentException("more electrons (" + electrons + ") than orbitals (" + n + ")");
        // bracket the chemical potential by the spectrum and bisect: Σf is monotone in μ
        double lo = eps[0] - 50 * kT - 1, hi = eps[n - 1] + 50 * kT + 1;
        double mu = 0;
        for (int it = 0; it < 200; it++) {
            mu = 0.5 * (lo + hi);
            double sum = fill(eps, mu, kT, f);
            if (Math.abs(sum - electrons) < 1e-13) break;
            if (sum > electrons) hi = mu; else lo = mu;
            if (hi - lo < 1e-16 * Math.max(1, Math.abs(mu))) break;
        }
        fill(eps, mu, kT, f);
        double s = 0;
        for (double fi : f) {
            if (fi > 1e-300 && fi < 1) s -= fi * Math.log(fi);
            double gi = 1 - fi;
            if (gi > 1e-300 && gi < 1) s -= gi * Math.log(gi);
        }
        return -kT * s;
    }

    private static double fill(double[] eps, double mu, double kT, double[] f) {
        double sum = 0;
        for (int i = 0; i < eps.length; i++) {
            double x = (eps[i] - mu) / kT;
            f[i] = x > 700 ? 0 : 1 / (1 + Math.exp(x));
            sum += f[i];
        }
        return sum;
    }
}
