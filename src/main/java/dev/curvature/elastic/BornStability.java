package dev.curvature.elastic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Born mechanical stability of a crystal from its elastic tensor. The necessary and sufficient
 * condition for every class is that C is positive definite (all eigenvalues positive); the
 * class-specific inequalities of Mouhat &amp; Coudert (Phys. Rev. B 90, 224104, 2014) say which
 * combination fails, and are listed for the classes where they are closed forms.
 *
 * @param laueClass   the tensor's symmetry pattern
 * @param stable      C positive definite
 * @param criteria    each class criterion as text with its value, e.g. "C11 - C12 > 0 (75.0)"
 * @param failed      the criteria that do not hold (empty when stable)
 * @param eigenvalues eigenvalues of C, ascending (GPa)
 */
public record BornStability(LaueClass laueClass, boolean stable, List<String> criteria, List<String> failed,
                            double[] eigenvalues) {

    /** Relative tolerance for recognising the Laue class from the tensor's pattern. */
    public static final double PATTERN_TOLERANCE = 1e-4;

    public static BornStability of(ElasticTensor t) {
        LaueClass lc = LaueClass.of(t, PATTERN_TOLERANCE);
        double[] ev = t.eigenvalues();
        List<String> all = new ArrayList<>(), failed = new ArrayList<>();
        Checks k = new Checks(all, failed);
        double c11 = t.c(1, 1), c12 = t.c(1, 2), c13 = t.c(1, 3), c33 = t.c(3, 3), c44 = t.c(4, 4), c66 = t.c(6, 6);
        switch (lc) {
            case CUBIC -> {
                k.positive("C11 - C12", c11 - c12);
                k.positive("C11 + 2 C12", c11 + 2 * c12);
                k.positive("C44", c44);
            }
            case HEXAGONAL, TETRAGONAL, TRIGONAL -> {
                k.positive("C11 - |C12|", c11 - Math.abs(c12));
                k.positive("C33 (C11 + C12) - 2 C13^2", c33 * (c11 + c12) - 2 * c13 * c13);
                k.positive("C44", c44);
                if (lc == LaueClass.TETRAGONAL) {
                    k.positive("C66", c66);
                    double c16 = t.c(1, 6);
                    k.positive("C66 (C11 - C12) - 2 C16^2", c66 * (c11 - c12) - 2 * c16 * c16);
                }
                if (lc == LaueClass.TRIGONAL) {
                    double c14 = t.c(1, 4), c15 = t.c(1, 5);
                    k.positive("C44 C66 - C14^2 - C15^2", c44 * c66 - c14 * c14 - c15 * c15);
                }
            }
            default -> {
                // orthorhombic and lower: the leading principal minors of C (Sylvester)
                double[] c = t.values();
                for (int n = 1; n <= 6; n++) k.positive("leading minor " + n, leadingMinor(c, n));
            }
        }
        boolean stable = ev[0] > 0;
        if (!stable && failed.isEmpty())
            failed.add(String.format(Locale.ROOT, "smallest eigenvalue of C > 0 (%.4g GPa)", ev[0]));
        return new BornStability(lc, stable, List.copyOf(all), List.copyOf(failed), ev);
    }

    static double leadingMinor(double[] c, int n) {
        double[] m = new double[n * n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) m[i * n + j] = c[6 * i + j];
        double det = 1;
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int r = col + 1; r < n; r++) if (Math.abs(m[r * n + col]) > Math.abs(m[piv * n + col])) piv = r;
            if (m[piv * n + col] == 0) return 0;
            if (piv != col) {
                for (int q = 0; q < n; q++) { double tmp = m[col * n + q]; m[col * n + q] = m[piv * n + q]; m[piv * n + q] = tmp; }
                det = -det;
            }
            det *= m[col * n + col];
            for (int r = col + 1; r < n; r++) {
                double f = m[r * n + col] / m[col * n + col];
                for (int q = col; q < n; q++) m[r * n + q] -= f * m[col * n + q];
            }
        }
        return det;
    }

    private record Checks(List<String> all, List<String> failed) {
        void positive(String what, double value) {
            String s = String.format(Locale.ROOT, "%s > 0 (%.6g)", what, value);
            all.add(s);
            if (!(value > 0)) failed.add(s);
        }
    }
}
