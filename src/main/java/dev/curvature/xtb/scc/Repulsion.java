package dev.curvature.xtb.scc;

import dev.curvature.xtb.param.Gfn2Parameters;

/**
 * GFN2-xTB's classical repulsion: Σ_{A<B} Z_A Z_B / R · exp(−√(α_A α_B) R^k), k = 1.5, or 1 when
 * both atoms are H or He. Atomic units.
 */
public final class Repulsion {
    private Repulsion() {}

    /** Energy (Eh); adds dE/dx (Eh/bohr) to gradient if not null. */
    public static double energy(Gfn2Parameters par, int[] z, double[] xyz, double[] gradient) {
        double e = 0;
        for (int a = 0; a < z.length; a++) {
            var pa = par.element(z[a]);
            for (int b = 0; b < a; b++) {
                var pb = par.element(z[b]);
                double dx = xyz[3 * a] - xyz[3 * b], dy = xyz[3 * a + 1] - xyz[3 * b + 1], dz = xyz[3 * a + 2] - xyz[3 * b + 2];
                double r = Math.sqrt(dx * dx + dy * dy + dz * dz);
                double k = (z[a] <= 2 && z[b] <= 2) ? par.repulsionExponentLight : par.repulsionExponent;
                double alpha = Math.sqrt(pa.repulsionAlpha() * pb.repulsionAlpha());
                double rk = Math.pow(r, k);
                double ex = Math.exp(-alpha * rk);
                double zz = pa.repulsionZeff() * pb.repulsionZeff();
                double term = zz * ex / r;
                e += term;
                if (gradient != null) {
                    double dedr = -term * (alpha * k * rk / r + 1 / r);
                    double[] d = {dedr * dx / r, dedr * dy / r, dedr * dz / r};
                    for (int c = 0; c < 3; c++) {
                        gradient[3 * a + c] += d[c];
                        gradient[3 * b + c] -= d[c];
                    }
                }
            }
        }
        return e;
    }
}
