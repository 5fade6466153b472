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
 * </ul>
 */
public final class EquilibratedCharges extends ChargeDistribution {
    private final double chemicalPotentialEV;
    private final int iterations;
    private final double[] response;
    private final double[] perTotalCharge;
    private final double[] pairSlope;
    private double[] flux;

    EquilibratedCharges(Structure structure, double[] positions, double[] charges, double totalCharge, double chemicalPotentialEV,
                        int iterations, double[] response, double[] perTotalCharge, double[] pairSlope) {
        super(structure, positions, charges, totalCharge);
        this.chemicalPotentialEV = chemicalPotentialEV;
        this.iterations = iterations;
        this.response = response;
        this.perTotalCharge = perTotalCharge;
        this.pairSlope = pairSlope;
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
}
