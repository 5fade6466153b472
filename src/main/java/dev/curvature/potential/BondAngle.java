package dev.curvature.potential;

/**
 * Chain rule for a function E(a, b, c) of two bond vectors u, v sharing their first atom, with
 * a = |u|, b = |v|, c = cos θ = u·v/(ab) — the three-body terms of Stillinger–Weber and Tersoff.
 * With p = ∂c/∂u = (v̂ − c û)/a and q = ∂c/∂v = (û − c v̂)/b:
 * <pre>
 *   ∂²c/∂u²   = −(p ûᵀ + û pᵀ)/a − c (I − ûûᵀ)/a²
 *   ∂²c/∂u∂v  = (I − v̂v̂ᵀ)/(ab) − û qᵀ/a
 * </pre>
 * and ∂²a/∂u² = (I − ûûᵀ)/a; the blocks of E follow by the product rule.
 */
public final class BondAngle {
    public double a, b, c;
    private final double[] uh = new double[3], vh = new double[3], p = new double[3], q = new double[3];

    /** Sets the two bond vectors. */
    public void set(double ux, double uy, double uz, double la, double vx, double vy, double vz, double lb) {
        a = la;
        b = lb;
        uh[0] = ux / a; uh[1] = uy / a; uh[2] = uz / a;
        vh[0] = vx / b; vh[1] = vy / b; vh[2] = vz / b;
        c = uh[0] * vh[0] + uh[1] * vh[1] + uh[2] * vh[2];
        for (int k = 0; k < 3; k++) {
            p[k] = (vh[k] - c * uh[k]) / a;
            q[k] = (uh[k] - c * vh[k]) / b;
        }
    }

    /** g[3iu..] += ∂E/∂u, g[3iv..] += ∂E/∂v for first partials Ea, Eb, Ec. */
    public void addGradient(double[] g, int iu, int iv, double ea, double eb, double ec) {
        for (int k = 0; k < 3; k++) {
            g[3 * iu + k] += ea * uh[k] + ec * p[k];
            g[3 * iv + k] += eb * vh[k] + ec * q[k];
        }
    }

    /** K (row stride n) += the (u, v) second-derivative blocks of E, bonds iu and iv. */
    public void addHessian(double[] kk, int n, int iu, int iv, double ea, double eb, double ec,
                           double eaa, double ebb, double ecc, double eab, double eac, double ebc) {
        int ou = 3 * iu, ov = 3 * iv;
        for (int x = 0; x < 3; x++)
            for (int y = 0; y < 3; y++) {
                double dxy = x == y ? 1 : 0;
                double projU = dxy - uh[x] * uh[y], projV = dxy - vh[x] * vh[y];
                double cuu = -(p[x] * uh[y] + uh[x] * p[y]) / a - c * projU / (a * a);
                double cvv = -(q[x] * vh[y] + vh[x] * q[y]) / b - c * projV / (b * b);
                double cuv = projV / (a * b) - uh[x] * q[y] / a;
                double kuu = eaa * uh[x] * uh[y] + ea * projU / a + eac * (uh[x] * p[y] + p[x] * uh[y]) + ecc * p[x] * p[y] + ec * cuu;
                double kvv = ebb * vh[x] * vh[y] + eb * projV / b + ebc * (vh[x] * q[y] + q[x] * vh[y]) + ecc * q[x] * q[y] + ec * cvv;
                double kuv = uh[x] * (eab * vh[y] + eac * q[y]) + p[x] * (ebc * vh[y] + ecc * q[y]) + ec * cuv;
                kk[(ou + x) * n + ou + y] += kuu;
                kk[(ov + x) * n + ov + y] += kvv;
                kk[(ou + x) * n + ov + y] += kuv;
                kk[(ov + y) * n + ou + x] += kuv;
            }
    }
}
