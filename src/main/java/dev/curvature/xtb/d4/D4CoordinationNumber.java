package dev.curvature.xtb.d4;

import org.apache.commons.math3.special.Erf;

/**
 * D4's covalent coordination number (Caldeweyher et al. 2019, eq. 4): CN_A = Σ_B δ_AB ·
 * ½(1 + erf(−k(R_AB − Rcov_AB)/Rcov_AB)), with the electronegativity weight
 * δ_AB = k4·exp(−(|EN_A − EN_B| + k5)²/k6) and Rcov_AB the sum of D3 covalent radii (×4/3).
 * Positions in bohr, flat [x0 y0 z0 x1 ...].
 */
final class D4CoordinationNumber {
    private static final double K_ERF = 7.5;
    private static final double K4 = 4.10451;
    private static final double K5 = 19.08857;
    private static final double K6 = 2 * 11.28174 * 11.28174;
    private static final double SQRT_PI = Math.sqrt(Math.PI);

    private D4CoordinationNumber() {}

    static double[] compute(D4ElementModel model, int[] z, double[] xyz) {
        int n = z.length;
        double[] cn = new double[n];
        double cut2 = model.parameters.cnCutoff() * model.parameters.cnCutoff();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double r2 = distance2(xyz, i, j);
                if (r2 > cut2) continue;
                double rc = model.covalentRadiusBohr(z[i]) + model.covalentRadiusBohr(z[j]);
                double c = enWeight(model, z[i], z[j]) * count(Math.sqrt(r2), rc);
                cn[i] += c;
                cn[j] += c;
            }
        }
        return cn;
    }

    /** Adds Σ_A dE/dCN_A · ∂CN_A/∂x to gradient (Eh/bohr). */
    static void addChainRule(D4ElementModel model, int[] z, double[] xyz, double[] dEdCn, double[] gradient) {
        int n = z.length;
        double cut2 = model.parameters.cnCutoff() * model.parameters.cnCutoff();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double r2 = distance2(xyz, i, j);
                if (r2 > cut2) continue;
                double r = Math.sqrt(r2);
                double rc = model.covalentRadiusBohr(z[i]) + model.covalentRadiusBohr(z[j]);
                double dcdr = enWeight(model, z[i], z[j]) * countDerivative(r, rc);
                double f = (dEdCn[i] + dEdCn[j]) * dcdr / r;
                for (int d = 0; d < 3; d++) {
                    double g = f * (xyz[3 * i + d] - xyz[3 * j + d]);
                    gradient[3 * i + d] += g;
                    gradient[3 * j + d] -= g;
                }
            }
        }
    }

    private static double enWeight(D4ElementModel model, int zi, int zj) {
        double x = Math.abs(model.electronegativity(zi) - model.electronegativity(zj)) + K5;
        return K4 * Math.exp(-x * x / K6);
    }

    private static double count(double r, double rc) {
        return 0.5 * (1 + Erf.erf(-K_ERF * (r - rc) / rc));
    }

    private static double countDerivative(double r, double rc) {
        double x = K_ERF * (r - rc) / rc;
        return -K_ERF / (SQRT_PI * rc) * Math.exp(-x * x);
    }

    static double distance2(double[] xyz, int i, int j) {
        double dx = xyz[3 * i] - xyz[3 * j], dy = xyz[3 * i + 1] - xyz[3 * j + 1], dz = xyz[3 * i + 2] - xyz[3 * j + 2];
        return dx * dx + dy * dy + dz * dz;
    }
}
