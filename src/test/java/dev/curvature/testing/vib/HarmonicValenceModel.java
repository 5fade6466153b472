package dev.curvature.testing.vib;

import dev.curvature.model.Potential;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-only analytic potential with analytic gradient and Hessian: harmonic bonds ½k(r − r₀)²,
 * angle terms ½k(cos θ − cos θ₀)² (or k(1 + cos θ) for a linear reference angle, which is harmonic
 * in θ − π in both bending directions), and "volume" terms ½k(V − V₀)² with V = (b−a)·((c−a)×(d−a))
 * (out-of-plane / torsional stiffness; V₀ = 0 for planar references). All reference values are
 * taken from a reference geometry, so that geometry is a stationary point by construction.
 * A negative force constant makes the reference a saddle point along that coordinate.
 */
public final class HarmonicValenceModel extends dev.curvature.model.MolecularPotential {

    /** A coordinate written in difference vectors z_α = Σ_A coef[α][A] x_A of its atoms. */
    private abstract static class Term {
        final int[] atoms;
        final int[][] coef; // [variable][atom]
        final double k;
        double reference;

        Term(int[] atoms, int[][] coef, double k) {
            this.atoms = atoms;
            this.coef = coef;
            this.k = k;
        }

        /** value; fills gz (3m) and hz (3m×3m) in the difference-vector variables. */
        abstract double coordinate(double[][] z, double[] gz, double[] hz);

        /** energy f(q) and its first and second derivatives. */
        double[] energy(double q) {
            double dq = q - reference;
            return new double[] {0.5 * k * dq * dq, k * dq, k};
        }
    }

    private static final class Linear extends Term { // k(1 + cos θ), reference θ = π
        Linear(int[] atoms, int[][] coef, double k) { super(atoms, coef, k); }
        @Override double coordinate(double[][] z, double[] gz, double[] hz) { return cosAngle(z, gz, hz); }
        @Override double[] energy(double q) { return new double[] {k * (1 + q), k, 0}; }
    }

    private final List<Term> terms = new ArrayList<>();
    private final int atomCount;

    public HarmonicValenceModel(int atomCount) { this.atomCount = atomCount; }

    public HarmonicValenceModel bond(int i, int j, double k) {
        terms.add(new Term(new int[] {i, j}, new int[][] {{-1, 1}}, k) {
            @Override double coordinate(double[][] z, double[] gz, double[] hz) { return distance(z[0], gz, hz); }
        });
        return this;
    }

    /** Angle a–vertex–c; becomes the linear form when the reference angle is within 1e-6 rad of π. */
    public HarmonicValenceModel angle(int a, int vertex, int c, double k, double[] reference) {
        int[] atoms = {a, vertex, c};
        int[][] coef = {{1, -1, 0}, {0, -1, 1}};
        double[][] z = vars(reference, atoms, coef);
        double cos0 = cosAngle(z, null, null);
        if (cos0 < Math.cos(Math.PI - 1e-6)) terms.add(new Linear(atoms, coef, k));
        else terms.add(new Term(atoms, coef, k) {
            @Override double coordinate(double[][] zz, double[] gz, double[] hz) { return cosAngle(zz, gz, hz); }
        });
        return this;
    }

    /** V = (b−a)·((c−a)×(d−a)). */
    public HarmonicValenceModel volume(int a, int b, int c, int d, double k) {
        terms.add(new Term(new int[] {a, b, c, d}, new int[][] {{-1, 1, 0, 0}, {-1, 0, 1, 0}, {-1, 0, 0, 1}}, k) {
            @Override double coordinate(double[][] z, double[] gz, double[] hz) { return tripleProduct(z, gz, hz); }
        });
        return this;
    }

    /** Sets every term's reference value from this geometry (call after adding terms). */
    public HarmonicValenceModel referenceAt(double[] x) {
        for (Term t : terms) if (!(t instanceof Linear)) t.reference = t.coordinate(vars(x, t.atoms, t.coef), null, null);
        return this;
    }

    @Override public int atomCount() { return atomCount; }
    @Override public String modelName() { return "harmonic-valence (test)"; }
    @Override protected boolean analyticHessian() { return true; }

    @Override
    public Map<String, Double> energyTerms(double[] x) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("valence", energy(x));
        return m;
    }

    @Override protected double energy(double[] x, double[] gradient, double[] hessian) {
        int n3 = 3 * atomCount;
        if (gradient != null) java.util.Arrays.fill(gradient, 0);
        if (hessian != null) java.util.Arrays.fill(hessian, 0);
        double e = 0;
        for (Term t : terms) {
            int m = t.coef.length;
            double[][] z = vars(x, t.atoms, t.coef);
            double[] gz = new double[3 * m], hz = new double[9 * m * m];
            double q = t.coordinate(z, gz, hz);
            double[] f = t.energy(q);
            e += f[0];
            int na = t.atoms.length;
            // gradient/Hessian with respect to the atoms: chain rule through z = C x
            double[] gx = new double[3 * na];
            for (int al = 0; al < m; al++)
                for (int A = 0; A < na; A++)
                    for (int c = 0; c < 3; c++) gx[3 * A + c] += t.coef[al][A] * gz[3 * al + c];
            if (gradient != null)
                for (int A = 0; A < na; A++)
                    for (int c = 0; c < 3; c++) gradient[3 * t.atoms[A] + c] += f[1] * gx[3 * A + c];
            if (hessian != null) {
                for (int A = 0; A < na; A++)
                    for (int B = 0; B < na; B++)
                        for (int c = 0; c < 3; c++)
                            for (int d = 0; d < 3; d++) {
                                double hq = 0;
                                for (int al = 0; al < m; al++)
                                    for (int be = 0; be < m; be++)
                                        hq += t.coef[al][A] * t.coef[be][B] * hz[(3 * al + c) * 3 * m + 3 * be + d];
                                hessian[(3 * t.atoms[A] + c) * n3 + 3 * t.atoms[B] + d] += f[2] * gx[3 * A + c] * gx[3 * B + d] + f[1] * hq;
                            }
            }
        }
        return e;
    }

    private static double[][] vars(double[] x, int[] atoms, int[][] coef) {
        double[][] z = new double[coef.length][3];
        for (int al = 0; al < coef.length; al++)
            for (int A = 0; A < atoms.length; A++)
                for (int c = 0; c < 3; c++) z[al][c] += coef[al][A] * x[3 * atoms[A] + c];
        return z;
    }

    static double distance(double[] d, double[] g, double[] h) {
        double r = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
        if (g != null)
            for (int i = 0; i < 3; i++) {
                g[i] = d[i] / r;
                for (int j = 0; j < 3; j++) h[3 * i + j] = ((i == j ? 1 : 0) - d[i] * d[j] / (r * r)) / r;
            }
        return r;
    }

    /** cos θ between u = z[0] and w = z[1]; variables ordered (u, w). */
    static double cosAngle(double[][] z, double[] g, double[] h) {
        double[] u = z[0], w = z[1];
        double p = dot(u, w), a = Math.sqrt(dot(u, u)), b = Math.sqrt(dot(w, w));
        double f = p / (a * b);
        if (g == null) return f;
        double a3b = a * a * a * b, ab3 = a * b * b * b;
        for (int i = 0; i < 3; i++) {
            g[i] = w[i] / (a * b) - p * u[i] / a3b;
            g[3 + i] = u[i] / (a * b) - p * w[i] / ab3;
        }
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++) {
                double id = i == j ? 1 : 0;
                double huu = -(w[i] * u[j] + u[i] * w[j]) / a3b + 3 * p * u[i] * u[j] / (a3b * a * a) - p * id / a3b;
                double hww = -(u[i] * w[j] + w[i] * u[j]) / ab3 + 3 * p * w[i] * w[j] / (ab3 * b * b) - p * id / ab3;
                double huw = id / (a * b) - w[i] * w[j] / ab3 - u[i] * u[j] / a3b + p * u[i] * w[j] / (a3b * b * b);
                h[i * 6 + j] = huu;
                h[(3 + i) * 6 + 3 + j] = hww;
                h[i * 6 + 3 + j] = huw;
                h[(3 + j) * 6 + i] = huw;
            }
        return f;
    }

    /** V = p·(q×s) with variables (p, q, s). */
    static double tripleProduct(double[][] z, double[] g, double[] h) {
        double[] p = z[0], q = z[1], s = z[2];
        double[] qs = cross(q, s), sp = cross(s, p), pq = cross(p, q);
        if (g != null) {
            for (int i = 0; i < 3; i++) {
                g[i] = qs[i];
                g[3 + i] = sp[i];
                g[6 + i] = pq[i];
            }
            java.util.Arrays.fill(h, 0);
            // d²V/dp dq = E(s), d²V/dq ds = E(p), d²V/ds dp = E(q), with E(v)_ab = ε_abc v_c
            block(h, 0, 1, s);
            block(h, 1, 2, p);
            block(h, 2, 0, q);
        }
        return dot(p, qs);
    }

    private static void block(double[] h, int r, int c, double[] v) {
        double[][] e = {{0, v[2], -v[1]}, {-v[2], 0, v[0]}, {v[1], -v[0], 0}};
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++) {
                h[(3 * r + i) * 9 + 3 * c + j] = e[i][j];
                h[(3 * c + j) * 9 + 3 * r + i] = e[i][j];
            }
    }

    private static double dot(double[] a, double[] b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }
}
