package dev.curvature.charges;

import dev.curvature.structure.Structure;

/**
 * Charges from {@link ChargeEquilibration} together with their linear response, all from the
 * constrained inverse hardness T (the N×N block of the inverse bordered matrix, e²/eV):
 * <ul>
 * <li>dq = −T dχ for a change of the electronegativities (the charge-response matrix);</li>
 * <li>dq/dQ = J⁻¹1/(1ᵀJ⁻¹1) for a change of the total charge (sums to 1);</li>
 * <li>dq/dF_β = T r_β for a uniform field (E += −Σ q_i F·r_i), hence the polarizability
 *     α_αβ = r_αᵀ T r_β · e²/(4πε₀) in Å³;</li>
 * <li>∂q/∂R_aβ = −T (∂J/∂R_aβ) q (charge flux; O(N³) in all), which enters the atomic polar tensors.</li>
 * <li>∂α/∂R_aβ from ∂T = −T (∂J_eff) T (the border of the bordered matrix is constant), see
 *     {@link #polarizabilityDerivatives()}.</li>
 * </ul>
 */
public final class EquilibratedCharges extends ChargeDistribution {
    private final double chemicalPotentialEV;
    private final int iterations;
    private final double[] response;
    private final double[] perTotalCharge;
    private final double[] pairSlope;
    private final double[] selfCurvature;
    private double[] flux;

    EquilibratedCharges(Structure structure, double[] positions, double[] charges, double totalCharge, double chemicalPotentialEV,
                        int iterations, double[] response, double[] perTotalCharge, double[] pairSlope, double[] selfCurvature) {
        super(structure, positions, charges, totalCharge);
        this.chemicalPotentialEV = chemicalPotentialEV;
        this.iterations = iterations;
        this.response = response;
        this.perTotalCharge = perTotalCharge;
        this.pairSlope = pairSlope;
        this.selfCurvature = selfCurvature;
    }

    /** The equalised electronegativity μ = ∂E/∂q_i (eV), the same for every atom. */
    public double chemicalPotentialEV() { return chemicalPotentialEV; }

    /** Linear solves used (1 for charge-independent hardness, Newton steps otherwise). */
    public int iterations() { return iterations; }

    /**
     * The constrained inverse hardness T (N×N, row-major, e²/eV): dq = −T dχ. Symmetric, T·1 = 0,
     * positive semi-definite when J is positive definite on Σ dq = 0.
     */
    public double[] chargeResponseMatrix() { return response.clone(); }

    /** dq_i/dQ: how one added electron's worth of charge (+1 e) distributes over the atoms; sums to 1. */
    public double[] chargesPerTotalCharge() { return perTotalCharge.clone(); }

    /** dq_i/dF_β in e/(V/Å) as an N×3 row-major matrix. */
    public double[] chargesPerField() {
        int n = atomCount();
        double[] x = positions(), out = new double[n * 3];
        for (int i = 0; i < n; i++)
            for (int b = 0; b < 3; b++) {
                double s = 0;
                for (int j = 0; j < n; j++) s += response[i * n + j] * x[3 * j + b];
                out[3 * i + b] = s;
            }
        return out;
    }

    @Override public boolean respondsToField() { return true; }

    @Override public double[] polarizabilityAngstrom3() {
        int n = atomCount();
        double[] x = positions(), dqdf = chargesPerField(), alpha = new double[9];
        for (int a = 0; a < 3; a++)
            for (int b = 0; b < 3; b++) {
                double s = 0;
                for (int i = 0; i < n; i++) s += x[3 * i + a] * dqdf[3 * i + b];
                alpha[3 * a + b] = s * ChargeEquilibration.COULOMB_EV_ANGSTROM;
            }
        return alpha;
    }

    @Override public synchronized double[] chargeFlux() {
        if (flux == null) flux = computeFlux();
        return flux.clone();
    }

    /**
     * P[3a+β, α] = q_a δ_αβ + Σ_i r_iα ∂q_i/∂R_aβ without the N × 3N charge flux: with
     * ∂q/∂R_aβ = −T g_aβ, g_aβ = (∂J/∂R_aβ) q, and T symmetric, the flux term is
     * −r_αᵀ T g_aβ = −u_αᵀ g_aβ with u_α = T r_α (= dq/dF_α, three columns). g_aβ has only row a and
     * column a of ∂J, so each of the 3N coordinates costs O(N): O(N²) in all instead of O(N³).
     * Equal to the charge-flux form to rounding (EquilibratedChargesTest).
     */
    @Override public double[] atomicPolarTensors() {
        int n = atomCount(), n3 = 3 * n;
        double[] x = positions(), q = charges(), u = chargesPerField(), p = new double[n3 * 3];
        for (int a = 0; a < n; a++) {
            int rowA = a * n;
            for (int b = 0; b < 3; b++) {
                // s_α = u_αᵀ g_ab = Σ_j dJ_aj (u_α[a] q_j + u_α[j] q_a)
                double s0 = 0, s1 = 0, s2 = 0;
                for (int j = 0; j < n; j++) {
                    if (j == a) continue;
                    double slope = pairSlope[rowA + j];
                    if (slope == 0) continue;
                    double r = ChargeEquilibration.distance(x, a, j);
                    double dJ = slope * (x[3 * a + b] - x[3 * j + b]) / r;
                    s0 += dJ * (u[3 * a] * q[j] + u[3 * j] * q[a]);
                    s1 += dJ * (u[3 * a + 1] * q[j] + u[3 * j + 1] * q[a]);
                    s2 += dJ * (u[3 * a + 2] * q[j] + u[3 * j + 2] * q[a]);
                }
                int c = 3 * a + b;
                p[3 * c] = -s0;
                p[3 * c + 1] = -s1;
                p[3 * c + 2] = -s2;
                p[3 * c + b] += q[a];
            }
        }
        return p;
    }

    private double[] computeFlux() {
        int n = atomCount(), n3 = 3 * n;
        double[] x = positions(), q = charges(), out = new double[n * n3], g = new double[n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < 3; b++) {
                // g = (∂J/∂R_ab) q: only row a and column a of J depend on atom a.
                java.util.Arrays.fill(g, 0);
                for (int j = 0; j < n; j++) {
                    if (j == a) continue;
                    double r = ChargeEquilibration.distance(x, a, j);
                    double dJ = pairSlope[a * n + j] * (x[3 * a + b] - x[3 * j + b]) / r;
                    g[a] += dJ * q[j];
                    g[j] += dJ * q[a];
                }
                int c = 3 * a + b;
                for (int i = 0; i < n; i++) {
                    double s = 0;
                    for (int j = 0; j < n; j++) s += response[i * n + j] * g[j];
                    out[i * n3 + c] = -s;
                }
            }
        }
        return out;
    }

    /**
     * Analytic ∂α_ab/∂R_kγ in Å² as a 3N × 9 row-major matrix (row 3k+γ, column 3a+b). With
     * u_b = T r_b (= dq/dF_b) and α_ab = K r_aᵀ T r_b (K = e²/(4πε₀)):
     * ∂α_ab/∂R_kγ = K [δ_aγ u_b,k + δ_bγ u_a,k − u_aᵀ (∂J_eff/∂R_kγ) u_b], where ∂J_eff/∂R_kγ has the
     * pair terms of row and column k (dJ_kj/dr · (x_kγ − x_jγ)/r) and, for charge-dependent
     * self-hardness, the diagonal d(J_eff,ii)/dq_i · ∂q_i/∂R_kγ (the charge flux). O(N²) after the
     * flux (O(N³)); replaces four re-equilibrations per normal mode. Checked against central
     * differences of {@link #polarizabilityAngstrom3()} in EquilibratedChargesTest.
     */
    public double[] polarizabilityDerivatives() {
        int n = atomCount(), n3 = 3 * n;
        double[] x = positions(), u = chargesPerField(), out = new double[n3 * 9];
        boolean dependent = false;
        for (double c : selfCurvature) dependent |= c != 0;
        double[] fl = dependent ? chargeFlux() : null;
        double k = ChargeEquilibration.COULOMB_EV_ANGSTROM;
        double[] s = new double[9];
        for (int atom = 0; atom < n; atom++) {
            for (int g = 0; g < 3; g++) {
                java.util.Arrays.fill(s, 0);
                for (int j = 0; j < n; j++) {
                    if (j == atom) continue;
                    double r = ChargeEquilibration.distance(x, atom, j);
                    double dJ = pairSlope[atom * n + j] * (x[3 * atom + g] - x[3 * j + g]) / r;
                    if (dJ == 0) continue;
                    for (int a = 0; a < 3; a++)
                        for (int b = 0; b < 3; b++)
                            s[3 * a + b] += dJ * (u[3 * atom + a] * u[3 * j + b] + u[3 * j + a] * u[3 * atom + b]);
                }
                int c = 3 * atom + g;
                if (dependent)
                    for (int i = 0; i < n; i++) {
                        double w = selfCurvature[i] * fl[i * n3 + c];
                        if (w == 0) continue;
                        for (int a = 0; a < 3; a++)
                            for (int b = 0; b < 3; b++) s[3 * a + b] += w * u[3 * i + a] * u[3 * i + b];
                    }
                for (int a = 0; a < 3; a++)
                    for (int b = 0; b < 3; b++) {
                        double v = -s[3 * a + b];
                        if (a == g) v += u[3 * atom + b];
                        if (b == g) v += u[3 * atom + a];
                        out[9 * c + 3 * a + b] = k * v;
                    }
            }
        }
        return out;
    }
}
