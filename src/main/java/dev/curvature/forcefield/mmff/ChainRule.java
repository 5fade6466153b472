package dev.curvature.forcefield.mmff;

/** Second derivatives of E(q(x)) from those of the internal coordinate q. */
final class ChainRule {
    private ChainRule() {}

    /**
     * out = d2E/dq2 · ∇q ∇qᵀ + dE/dq · ∇²q, for a coordinate over k atoms (n = 3k).
     */
    static void hessian(int n, double dEdq, double d2Edq2, double[] gradQ, double[] hessQ, double[] out) {
        for (int a = 0; a < n; a++) {
            double ga = d2Edq2 * gradQ[a];
            int row = a * n;
            for (int b = 0; b < n; b++) out[row + b] = ga * gradQ[b] + dEdq * hessQ[row + b];
        }
    }
}
