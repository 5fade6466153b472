package dev.curvature.xtb.scc;

import dev.curvature.xtb.param.ElementParameters;
import dev.curvature.xtb.param.Gfn2Parameters;

/**
 * GFN2-xTB's anisotropic electrostatics (AES) and exchange-correlation (AXC) between atomic
 * charges q_A, dipoles μ_A and traceless quadrupoles Θ_A (components xx, xy, yy, xz, yz, zz,
 * Θ = −Σ P (3/2 r r − ½ r² 1)). Damped charge-dipole, dipole-dipole and charge-quadrupole kernels
 * with f_n(R) = 1/(1 + 6 (R₀/R)^{a_n}), R₀ the mean of CN-dependent multipole radii
 * r_A = r₀ + (r_max − r₀)/(1 + exp(−k (CN_A − N_val − shift))); on-site AXC
 * Σ_A f_μ,A |μ_A|² + f_Θ,A Θ_A:Θ_A. Atomic units.
 */
public final class AnisotropicElectrostatics {
    /** Weights of the unique quadrupole components in Θ:Θ (off-diagonals count twice). */
    static final double[] QSCALE = {1, 2, 1, 2, 2, 1};
    private final int n;
    /** sd[i][j][k]: charge at i → dipole at j; dd[i][j][k*3+l]; sq[i][j][c]. */
    private final double[][][] sd, dd, sq;
    private final double[] dkernel, qkernel;
    public final double[] radius;

    public AnisotropicElectrostatics(Gfn2Parameters par, int[] z, double[] xyz, double[] cn) {
        n = z.length;
        radius = new double[n];
        dkernel = new double[n];
        qkernel = new double[n];
        for (int a = 0; a < n; a++) {
            ElementParameters e = par.element(z[a]);
            double arg = cn[a] - e.valenceCN() - par.multipoleShift;
            radius[a] = e.multipoleRadius() + (par.multipoleRmax - e.multipoleRadius()) / (1 + Math.exp(-par.multipoleSteepness * arg));
            dkernel[a] = e.dipoleKernel();
            qkernel[a] = e.quadrupoleKernel();
        }
        sd = new double[n][n][3];
        dd = new double[n][n][9];
        sq = new double[n][n][6];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                if (i == j) continue;
                double[] v = {xyz[3 * i] - xyz[3 * j], xyz[3 * i + 1] - xyz[3 * j + 1], xyz[3 * i + 2] - xyz[3 * j + 2]};
                double r = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
                double g1 = 1 / r, g3 = g1 * g1 * g1, g5 = g3 * g1 * g1;
                double rr = 0.5 * (radius[i] + radius[j]) * g1;
                double f3 = 1 / (1 + 6 * Math.pow(rr, par.multipoleDamp3));
                double f5 = 1 / (1 + 6 * Math.pow(rr, par.multipoleDamp5));
                for (int k = 0; k < 3; k++) {
                    sd[i][j][k] = v[k] * g3 * f3;
                    for (int l = 0; l < 3; l++)
                        dd[i][j][3 * k + l] = ((k == l ? g3 : 0) - 3 * v[k] * v[l] * g5) * f5;
                }
                sq[i][j][0] = v[0] * v[0] * g5 * f5;
                sq[i][j][1] = 2 * v[0] * v[1] * g5 * f5;
                sq[i][j][2] = v[1] * v[1] * g5 * f5;
                sq[i][j][3] = 2 * v[0] * v[2] * g5 * f5;
                sq[i][j][4] = 2 * v[1] * v[2] * g5 * f5;
                sq[i][j][5] = v[2] * v[2] * g5 * f5;
            }
    }

    /** Electrostatic part: Σ q_i μ_j·sd_ij + ½ Σ μ_i dd_ij μ_j + Σ q_i Θ_j·sq_ij. */
    public double electrostaticEnergy(double[] q, double[] dp, double[] qp) {
        double e = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                if (i == j) continue;
                for (int k = 0; k < 3; k++) {
                    e += q[i] * dp[3 * j + k] * sd[i][j][k];
                    for (int l = 0; l < 3; l++) e += 0.5 * dp[3 * j + k] * dd[i][j][3 * k + l] * dp[3 * i + l];
                }
                for (int c = 0; c < 6; c++) e += q[i] * qp[6 * j + c] * sq[i][j][c];
            }
        return e;
    }

    /** On-site exchange-correlation part. */
    public double exchangeCorrelationEnergy(double[] dp, double[] qp) {
        double e = 0;
        for (int a = 0; a < n; a++) {
            for (int k = 0; k < 3; k++) e += dkernel[a] * dp[3 * a + k] * dp[3 * a + k];
            for (int c = 0; c < 6; c++) e += qkernel[a] * QSCALE[c] * qp[6 * a + c] * qp[6 * a + c];
        }
        return e;
    }

    /** dE/dq_A (added to vat), dE/dμ_A (vdp, 3N) and dE/dΘ_A (vqp, 6N), overwritten. */
    public void potential(double[] q, double[] dp, double[] qp, double[] vat, double[] vdp, double[] vqp) {
        java.util.Arrays.fill(vat, 0);
        java.util.Arrays.fill(vdp, 0);
        java.util.Arrays.fill(vqp, 0);
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                if (i == j) continue;
                for (int k = 0; k < 3; k++) {
                    vdp[3 * j + k] += sd[i][j][k] * q[i];
                    vat[i] += sd[i][j][k] * dp[3 * j + k];
                    for (int l = 0; l < 3; l++) vdp[3 * j + k] += dd[i][j][3 * k + l] * dp[3 * i + l];
                }
                for (int c = 0; c < 6; c++) {
                    vqp[6 * j + c] += sq[i][j][c] * q[i];
                    vat[i] += sq[i][j][c] * qp[6 * j + c];
                }
            }
        for (int a = 0; a < n; a++) {
            for (int k = 0; k < 3; k++) vdp[3 * a + k] += 2 * dkernel[a] * dp[3 * a + k];
            for (int c = 0; c < 6; c++) vqp[6 * a + c] += 2 * qkernel[a] * QSCALE[c] * qp[6 * a + c];
        }
    }
}
