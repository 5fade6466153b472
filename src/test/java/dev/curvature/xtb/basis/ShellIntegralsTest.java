package dev.curvature.xtb.basis;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShellIntegralsTest {

    /** H2 in STO-3G (ζ = 1.24) at R = 1.4 bohr: S12 = 0.6593 (Szabo & Ostlund, Modern Quantum Chemistry, eq. 3.229). */
    @Test
    void hydrogenMoleculeOverlapMatchesTextbook() {
        Shell h = Shell.slater(3, 1, 0, 1.24);
        double[] s = new double[1];
        ShellIntegrals.overlapOnly(h, new double[] {0, 0, 0}, h, new double[] {0, 0, 1.4}, s);
        assertEquals(0.6593, s[0], 5e-5);
    }

    @Test
    void everyShellIsNormalizedAndSameCentreFunctionsAreOrthogonal() {
        for (Shell sh : new Shell[] {Shell.slater(4, 2, 1, 1.7), Shell.slater(3, 3, 2, 2.1), Shell.slater(6, 6, 0, 1.3)}) {
            int n = sh.size();
            double[] s = new double[n * n];
            ShellIntegrals.overlapOnly(sh, new double[] {0.3, -0.2, 0.1}, sh, new double[] {0.3, -0.2, 0.1}, s);
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++) assertEquals(i == j ? 1 : 0, s[i * n + j], 1e-10, "l=" + sh.l + " " + i + "," + j);
        }
    }

    /** The one-pass moment kernel: values equal the separate routine's, B-derivatives equal central differences. */
    @Test
    void momentKernelMatchesMultipolesAndItsDerivativesMatchDifferences() {
        Shell[] shells = {Shell.slater(4, 2, 0, 1.5), Shell.slater(4, 2, 1, 1.2), Shell.slater(3, 3, 2, 1.9)};
        double[] ra = {0.1, -0.3, 0.25}, rb = {1.2, 0.9, -1.4};
        double h = 1e-5;
        double[] work = new double[40 * 36];
        for (Shell a : shells)
            for (Shell b : shells) {
                int nn = a.size() * b.size();
                double[] m = new double[40 * nn], mp = new double[40 * nn], mm = new double[40 * nn];
                ShellIntegrals.moments(a, ra, b, rb, true, m, work);
                double[] s = new double[nn], d = new double[3 * nn], q = new double[6 * nn];
                ShellIntegrals.multipoles(a, ra, b, rb, s, d, q);
                for (int i = 0; i < nn; i++) {
                    assertEquals(s[i], m[i], 1e-13);
                    for (int k = 0; k < 3; k++) assertEquals(d[k * nn + i], m[(1 + k) * nn + i], 1e-13);
                    for (int k = 0; k < 6; k++) assertEquals(q[k * nn + i], m[(4 + k) * nn + i], 1e-13);
                }
                for (int k = 0; k < 3; k++) {
                    double[] p = rb.clone(), n = rb.clone();
                    p[k] += h;
                    n[k] -= h;
                    ShellIntegrals.moments(a, ra, b, p, false, mp, work);
                    ShellIntegrals.moments(a, ra, b, n, false, mm, work);
                    for (int c = 0; c < 10; c++)
                        for (int i = 0; i < nn; i++)
                            assertEquals((mp[c * nn + i] - mm[c * nn + i]) / (2 * h), m[(10 + 10 * k + c) * nn + i], 1e-8,
                                    "l=" + a.l + "," + b.l + " moment " + c + " d/dB" + k);
                }
            }
    }

    @Test
    void overlapGradientMatchesCentralDifferences() {
        Shell[] shells = {Shell.slater(4, 2, 0, 1.5), Shell.slater(4, 2, 1, 1.2), Shell.slater(3, 3, 2, 1.9)};
        double[] ra = {0.1, -0.3, 0.25}, rb = {1.2, 0.9, -1.4};
        double h = 1e-5;
        for (Shell a : shells)
            for (Shell b : shells) {
                int nn = a.size() * b.size();
                double[] s = new double[nn], g = new double[3 * nn], sp = new double[nn], sm = new double[nn];
                ShellIntegrals.overlapGradient(a, ra, b, rb, s, g);
                for (int k = 0; k < 3; k++) {
                    double[] p = ra.clone(), m = ra.clone();
                    p[k] += h;
                    m[k] -= h;
                    ShellIntegrals.overlapOnly(a, p, b, rb, sp);
                    ShellIntegrals.overlapOnly(a, m, b, rb, sm);
                    for (int i = 0; i < nn; i++)
                        assertEquals((sp[i] - sm[i]) / (2 * h), g[k * nn + i], 1e-8, "l=" + a.l + "," + b.l + " k=" + k);
                }
            }
    }

    /** ⟨a|x−A_x|b⟩ equals the overlap of a with b displaced … checked as ⟨a|x|b⟩ − A_x⟨a|b⟩ from a shifted origin. */
    @Test
    void dipoleIntegralsAreConsistentWithTranslation() {
        Shell a = Shell.slater(4, 2, 1, 1.2), b = Shell.slater(3, 3, 2, 1.9);
        double[] ra = {0.1, -0.3, 0.25}, rb = {1.2, 0.9, -1.4}, shift = {0.7, -1.1, 2.0};
        int nn = a.size() * b.size();
        double[] s1 = new double[nn], d1 = new double[3 * nn], q1 = new double[6 * nn];
        double[] s2 = new double[nn], d2 = new double[3 * nn], q2 = new double[6 * nn];
        ShellIntegrals.multipoles(a, ra, b, rb, s1, d1, q1);
        double[] ra2 = ra.clone(), rb2 = rb.clone();
        for (int k = 0; k < 3; k++) { ra2[k] += shift[k]; rb2[k] += shift[k]; }
        ShellIntegrals.multipoles(a, ra2, b, rb2, s2, d2, q2);
        for (int i = 0; i < 3 * nn; i++) assertEquals(d1[i], d2[i], 1e-12);
        for (int i = 0; i < 6 * nn; i++) assertEquals(q1[i], q2[i], 1e-12);
        // the x dipole about A of an s function with itself vanishes and its second moment is 1/(2·...) > 0
        Shell s = Shell.slater(3, 1, 0, 1.0);
        double[] ss = new double[1], sd = new double[3], sq = new double[6];
        ShellIntegrals.multipoles(s, ra, s, ra, ss, sd, sq);
        assertEquals(0, sd[0], 1e-14);
        assertEquals(sq[0], sq[1], 1e-14);
    }
}
