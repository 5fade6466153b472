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
    /** d radius_A / d CN_A. */
    public final double[] radiusDerivative;
    private final double a3, a5;

    public AnisotropicElectrostatics(Gfn2Parameters par, int[] z, double[] xyz, double[] cn) {
        n = z.length;
        radius = new double[n];
        radiusDerivative = new double[n];
        a3 = par.multipoleDamp3;
        a5 = par.multipoleDamp5;
        dkernel = new double[n];
        qkernel = new double[n];
        for (int a = 0; a < n; a++) {
            ElementParameters e = par.element(z[a]);
            double arg = cn[a] - e.valenceCN() - par.multipoleShift;
            double ex = Math.exp(-par.multipoleSteepness * arg);
            double t2 = (par.multipoleRmax - e.multipoleRadius()) / (1 + ex);
            radius[a] = e.multipoleRadius() + t2;
            radiusDerivative[a] = t2 * par.multipoleSteepness * ex / (1 + ex);
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

    /**
     * Adds the explicit geometry derivative of the electrostatic energy at fixed multipoles to
     * grad (3N) and its derivative with respect to each atom's multipole radius to dEdRadius (N).
     */
    public void addExplicitGradient(double[] xyz, double[] q, double[] dp, double[] qp, double[] grad, double[] dEdRadius) {
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                if (i == j) continue;
                double[] v = {xyz[3 * i] - xyz[3 * j], xyz[3 * i + 1] - xyz[3 * j + 1], xyz[3 * i + 2] - xyz[3 * j + 2]};
                double r = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
                double r0 = 0.5 * (radius[i] + radius[j]);
                double rho = r0 / r;
                double p3 = 6 * Math.pow(rho, a3), p5 = 6 * Math.pow(rho, a5);
                double f3 = 1 / (1 + p3), f5 = 1 / (1 + p5);
                // df/dr and df/dR0
                double f3r = f3 * f3 * a3 * p3 / r, f5r = f5 * f5 * a5 * p5 / r;
                double f3R = -f3 * f3 * a3 * p3 / r0, f5R = -f5 * f5 * a5 * p5 / r0;
                double r3 = 1 / (r * r * r), r5 = r3 / (r * r);
                double[] dv = new double[3];
                double dR0 = 0;
                // charge (i) - dipole (j): q_i μ_j·v r^-3 f3
                double[] c = {q[i] * dp[3 * j], q[i] * dp[3 * j + 1], q[i] * dp[3 * j + 2]};
                double cv = c[0] * v[0] + c[1] * v[1] + c[2] * v[2];
                for (int l = 0; l < 3; l++)
                    dv[l] += c[l] * r3 * f3 + cv * (-3 * r5 * f3 + r3 * f3r / r) * v[l];
                dR0 += cv * r3 * f3R;
                // dipole (j) - dipole (i), this ordered pair carries ½
                double[] a = {dp[3 * j], dp[3 * j + 1], dp[3 * j + 2]}, b = {dp[3 * i], dp[3 * i + 1], dp[3 * i + 2]};
                double ab = a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
                double av = a[0] * v[0] + a[1] * v[1] + a[2] * v[2], bv = b[0] * v[0] + b[1] * v[1] + b[2] * v[2];
                double g = r3 * f5, h = r5 * f5;
                double gr = -3 * r3 / r * f5 + r3 * f5r, hr = -5 * r5 / r * f5 + r5 * f5r;
                for (int l = 0; l < 3; l++)
                    dv[l] += 0.5 * (ab * gr * v[l] / r - 3 * (a[l] * bv + b[l] * av) * h - 3 * av * bv * hr * v[l] / r);
                dR0 += 0.5 * (ab * r3 * f5R - 3 * av * bv * r5 * f5R);
                // charge (i) - quadrupole (j): q_i h(r) vᵀMv
                double[] m = {qp[6 * j], qp[6 * j + 1], qp[6 * j + 3], qp[6 * j + 1], qp[6 * j + 2], qp[6 * j + 4],
                        qp[6 * j + 3], qp[6 * j + 4], qp[6 * j + 5]};
                double[] mv = new double[3];
                for (int k = 0; k < 3; k++) mv[k] = m[3 * k] * v[0] + m[3 * k + 1] * v[1] + m[3 * k + 2] * v[2];
                double vmv = v[0] * mv[0] + v[1] * mv[1] + v[2] * mv[2];
                for (int l = 0; l < 3; l++) dv[l] += q[i] * (hr * vmv * v[l] / r + h * 2 * mv[l]);
                dR0 += q[i] * vmv * r5 * f5R;
                for (int l = 0; l < 3; l++) {
                    grad[3 * i + l] += dv[l];
                    grad[3 * j + l] -= dv[l];
                }
                dEdRadius[i] += 0.5 * dR0;
                dEdRadius[j] += 0.5 * dR0;
            }
    }
}
