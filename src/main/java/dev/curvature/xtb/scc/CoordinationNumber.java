package dev.curvature.xtb.scc;

/**
 * The coordination number of GFN2-xTB's Hamiltonian: a double-exponential counting function
 * 1/(1+exp(−10(R₀/R−1))) · 1/(1+exp(−20((R₀+2)/R−1))) summed over neighbours within 40 bohr,
 * R₀ the sum of D3 covalent radii (bohr). Also the derivatives dCN_A/dR_B.
 */
public final class CoordinationNumber {
    private static final double KA = 10, KB = 20, SHIFT = 2, CUTOFF = 40;

    private CoordinationNumber() {}

    /**
     * @param rcov  covalent radius per atom (bohr)
     * @param dcndr if not null, N×3N: dcndr[A][3B+k] = dCN_A/dx_Bk
     */
    public static double[] compute(double[] xyz, double[] rcov, double[][] dcndr) {
        int n = rcov.length;
        double[] cn = new double[n];
        for (int a = 0; a < n; a++)
            for (int b = 0; b < a; b++) {
                double dx = xyz[3 * a] - xyz[3 * b], dy = xyz[3 * a + 1] - xyz[3 * b + 1], dz = xyz[3 * a + 2] - xyz[3 * b + 2];
                double r = Math.sqrt(dx * dx + dy * dy + dz * dz);
                if (r > CUTOFF) continue;
                double r0 = rcov[a] + rcov[b];
                double f1 = count(KA, r, r0), f2 = count(KB, r, r0 + SHIFT);
                double c = f1 * f2;
                cn[a] += c;
                cn[b] += c;
                if (dcndr != null) {
                    double dc = dcount(KA, r, r0) * f2 + f1 * dcount(KB, r, r0 + SHIFT);
                    double[] d = {dc * dx / r, dc * dy / r, dc * dz / r};
                    for (int k = 0; k < 3; k++) {
                        dcndr[a][3 * a + k] += d[k];
                        dcndr[a][3 * b + k] -= d[k];
                        dcndr[b][3 * a + k] += d[k];
                        dcndr[b][3 * b + k] -= d[k];
                    }
                }
            }
        return cn;
    }

    private static double count(double k, double r, double r0) {
        return 1 / (1 + Math.exp(-k * (r0 / r - 1)));
    }

    private static double dcount(double k, double r, double r0) {
        double e = Math.exp(-k * (r0 / r - 1));
        return -k * r0 * e / (r * r * (1 + e) * (1 + e));
    }
}
