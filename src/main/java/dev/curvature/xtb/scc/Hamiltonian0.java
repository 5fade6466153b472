package dev.curvature.xtb.scc;

import dev.curvature.xtb.basis.Basis;
import dev.curvature.xtb.basis.Shell;
import dev.curvature.xtb.basis.ShellIntegrals;
import dev.curvature.xtb.param.ElementParameters;
import dev.curvature.xtb.param.Gfn2Parameters;

/**
 * Overlap S and zeroth-order Hamiltonian H0 of GFN2-xTB (dense, nao × nao, row-major, atomic
 * units). Diagonal: shell levels shifted by the coordination number, h_l = E_l − k_CN,l CN.
 * Off-diagonal between atoms A ≠ B:
 * H_μν = ½ (h_μ + h_ν) · K_ll' · (1 + k_EN ΔEN²) · (2√(ζζ')/(ζ+ζ'))^½ · Π_l(R) Π_l'(R) · S_μν with
 * Π_l(R) = 1 + k_poly,l √(R / (R_A + R_B)), R_A the atomic radii.
 */
public final class Hamiltonian0 {
    private Hamiltonian0() {}

    /** Shell levels h_l (Eh) including the CN shift. */
    public static double[] levels(Gfn2Parameters par, Basis basis, int[] z, double[] cn) {
        double[] h = new double[basis.shellCount];
        for (int sh = 0; sh < basis.shellCount; sh++) {
            int a = basis.shellAtom[sh], s = basis.shellIndexInAtom[sh];
            ElementParameters e = par.element(z[a]);
            h[sh] = e.selfEnergy()[s] - e.kcn()[s] * cn[a];
        }
        return h;
    }

    /** The pair factor K_ll' (1 + k_EN ΔEN²) (exponent ratio)^½ for two shells on different atoms. */
    static double pairScale(Gfn2Parameters par, ElementParameters ea, int sa, ElementParameters eb, int sb) {
        double den = ea.electronegativity() - eb.electronegativity();
        double za = ea.slaterExponent()[sa], zb = eb.slaterExponent()[sb];
        double zij = Math.pow(2 * Math.sqrt(za * zb) / (za + zb), par.exponentRatioPower);
        return par.shellPairScale(ea.angular()[sa], eb.angular()[sb]) * (1 + par.enScale * den * den) * zij;
    }

    /**
     * Fills s and h0 (length nao²). If dip/quad are not null (3·nao², 6·nao²), also fills the
     * dipole and second-moment integrals ⟨μ|(r−R_A)…|ν⟩ about the atom A of the row function μ.
     */
    public static void build(Gfn2Parameters par, Basis basis, int[] z, double[] xyz, double[] level,
                             double[] s, double[] h0, double[] dip, double[] quad) {
        int nao = basis.aoCount, nn = nao * nao;
        java.util.Arrays.fill(s, 0);
        java.util.Arrays.fill(h0, 0);
        double[] blk = new double[ShellIntegrals.MOMENTS * 25], work = new double[ShellIntegrals.MOMENTS * 36];
        double[] d = new double[3];
        // each unordered shell pair once: the transposed block has the same overlap and H0, and
        // moments about the other atom, ⟨ν|(r−B)|μ⟩ = ⟨μ|(r−A)|ν⟩ + (A−B)⟨μ|ν⟩ and likewise for
        // the second moments
        for (int sa = 0; sa < basis.shellCount; sa++) {
            int a = basis.shellAtom[sa];
            ElementParameters ea = par.element(z[a]);
            Shell shA = basis.shells[sa];
            double[] ra = {xyz[3 * a], xyz[3 * a + 1], xyz[3 * a + 2]};
            for (int sb = 0; sb <= sa; sb++) {
                int b = basis.shellAtom[sb];
                ElementParameters eb = par.element(z[b]);
                Shell shB = basis.shells[sb];
                double[] rb = {xyz[3 * b], xyz[3 * b + 1], xyz[3 * b + 2]};
                int na = shA.size(), nb = shB.size(), ns = na * nb;
                double hij;
                if (a == b) {
                    hij = 0.5 * (level[sa] + level[sb]);
                } else {
                    double r = Math.sqrt(dist2(xyz, a, b));
                    double rr = Math.sqrt(r / (ea.atomicRadius() + eb.atomicRadius()));
                    int ia = basis.shellIndexInAtom[sa], ib = basis.shellIndexInAtom[sb];
                    double poly = (1 + ea.shellPoly()[ia] * rr) * (1 + eb.shellPoly()[ib] * rr);
                    hij = 0.5 * (level[sa] + level[sb]) * pairScale(par, ea, ia, eb, ib) * poly;
                    // far apart: overlap and moments vanish (no primitive pair within e^-50)
                    if (dip == null && farApart(shA, shB, r * r)) continue;
                }
                if (dip != null) ShellIntegrals.moments(shA, ra, shB, rb, false, blk, work);
                else ShellIntegrals.overlapOnly(shA, ra, shB, rb, blk);
                for (int k = 0; k < 3; k++) d[k] = ra[k] - rb[k];
                int oa = basis.shellAo[sa], ob = basis.shellAo[sb];
                for (int m = 0; m < na; m++)
                    for (int n = 0; n < nb; n++) {
                        int e = m * nb + n;
                        int idx = (oa + m) * nao + ob + n, tdx = (ob + n) * nao + oa + m;
                        double v = blk[e];
                        s[idx] = v;
                        s[tdx] = v;
                        h0[idx] = hij * v;
                        h0[tdx] = hij * v;
                        if (dip == null) continue;
                        double dx = blk[ns + e], dy = blk[2 * ns + e], dz = blk[3 * ns + e];
                        dip[idx] = dx;
                        dip[nn + idx] = dy;
                        dip[2 * nn + idx] = dz;
                        for (int c = 0; c < 6; c++) quad[c * nn + idx] = blk[(4 + c) * ns + e];
                        if (tdx == idx) continue;
                        double[] dd = {dx, dy, dz};
                        for (int k = 0; k < 3; k++) dip[k * nn + tdx] = dd[k] + d[k] * v;
                        for (int c = 0; c < 6; c++) {
                            int u = SECOND[c][0], w = SECOND[c][1];
                            quad[c * nn + tdx] = blk[(4 + c) * ns + e] + d[u] * dd[w] + d[w] * dd[u] + d[u] * d[w] * v;
                        }
                    }
            }
        }
    }

    /** Cartesian index pairs of the second moments xx, yy, zz, xy, xz, yz. */
    static final int[][] SECOND = {{0, 0}, {1, 1}, {2, 2}, {0, 1}, {0, 2}, {1, 2}};

    /** Whether every primitive pair of two shells at squared distance r2 is below e^-50. */
    static boolean farApart(Shell a, Shell b, double r2) {
        double amin = Double.POSITIVE_INFINITY, bmin = Double.POSITIVE_INFINITY;
        for (double x : a.exponents) amin = Math.min(amin, x);
        for (double x : b.exponents) bmin = Math.min(bmin, x);
        return amin * bmin / (amin + bmin) * r2 > 50;
    }

    static double dist2(double[] xyz, int a, int b) {
        double dx = xyz[3 * a] - xyz[3 * b], dy = xyz[3 * a + 1] - xyz[3 * b + 1], dz = xyz[3 * a + 2] - xyz[3 * b + 2];
        return dx * dx + dy * dy + dz * dz;
    }
}
