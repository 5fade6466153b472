package dev.curvature.potential.manybody;

import dev.curvature.periodic.NeighbourList;
import dev.curvature.potential.Accumulator;
import dev.curvature.potential.BondAngle;
import dev.curvature.potential.BondTerm;
import dev.curvature.potential.LocalNeighbours;
import dev.curvature.potential.PeriodicPotential;
import dev.curvature.structure.Cell;

import java.util.Arrays;

/**
 * Tersoff (LAMMPS {@code pair_style tersoff}, multi-element), with LAMMPS's choice of parameters
 * per triplet:
 * <pre>
 *   E   = Σ_pairs f_C(r) A e^{−λ1 r}                                      entry (i, j, j)
 *       + ½ Σ_i Σ_{j≠i} b_ij · (−B e^{−λ2 r_ij} f_C(r_ij))               entry (i, j, j)
 *   b_ij = (1 + (β ζ_ij)^n)^{−1/2n}   (LAMMPS's asymptotic branches for tiny and huge βζ)
 *   ζ_ij = Σ_{k≠i,j} f_C(r_ik) g(θ_ijk) exp[(λ3 (r_ij − r_ik))^m]            entry (i, j, k)
 *   g(θ) = γ (1 + c²/d² − c²/(d² + (h − cos θ)²))
 * </pre>
 * Each (i, j) attractive term depends on r_ij and every r_ik: one {@link BondTerm} whose second
 * derivatives are ½f_A b'' ∂ζ∂ζᵀ + ½f_A' b' (∂r ∂ζᵀ + ∂ζ ∂rᵀ) + ½ f_A b' ∂²ζ + the radial part.
 */
public final class Tersoff extends PeriodicPotential {
    /** One entry of a LAMMPS .tersoff file. */
    public record Entry(double m, double gamma, double lambda3, double c, double d, double h, double n, double beta,
                        double lambda2, double bigB, double bigR, double bigD, double lambda1, double bigA) {
        double cut() { return bigR + bigD; }
    }

    private final int species;
    private final Entry[] entry;
    private final double maxCut;
    private final double[] c1, c2, c3, c4;   // LAMMPS's thresholds of βζ for the asymptotic forms of b

    public Tersoff(int[] type, int species, Entry[] entries) {
        super("tersoff", type);
        this.species = species;
        this.entry = entries.clone();
        double mc = 0;
        c1 = new double[entries.length]; c2 = new double[entries.length]; c3 = new double[entries.length]; c4 = new double[entries.length];
        for (int k = 0; k < entries.length; k++) {
            Entry e = entries[k];
            mc = Math.max(mc, e.cut());
            c1[k] = Math.pow(2 * e.n * 1e-16, -1 / e.n);
            c2[k] = Math.pow(2 * e.n * 1e-8, -1 / e.n);
            c3[k] = 1 / c2[k];
            c4[k] = 1 / c1[k];
        }
        maxCut = mc;
    }

    @Override public double cutoff() { return maxCut; }

    @Override
    protected void accumulate(double[] x, Cell cell, NeighbourList list, Accumulator out) {
        double[] l = latticeRows(cell);
        LocalNeighbours nb = new LocalNeighbours();
        BondTerm term = new BondTerm();
        BondAngle angle = new BondAngle();
        boolean grad = out.wantsFirst(), second = out.wantsSecond();
        double[] f = new double[3], zp = new double[9], bd = new double[3];
        double[] dz = new double[0], da = new double[0];
        int[] inner = new int[64];
        for (int i = 0; i < type.length; i++) {
            nb.collect(list, x, l, i, maxCut * maxCut);
            int ti = type[i];
            if (inner.length < nb.count) inner = new int[nb.count];
            for (int q = 0; q < nb.count; q++) {
                int j = nb.atom[q];
                int ij = (ti * species + type[j]) * species + type[j];
                Entry e = entry[ij];
                double r = nb.r[q];
                if (r >= e.cut()) continue;
                // repulsive pair term, once per pair
                if (ownsPair(list, i, nb.entry[q])) {
                    cutoffFunction(e, r, f);
                    double ex = e.bigA * Math.exp(-e.lambda1 * r);
                    double v = f[0] * ex, v1 = (f[1] - e.lambda1 * f[0]) * ex;
                    double v2 = (f[2] - 2 * e.lambda1 * f[1] + e.lambda1 * e.lambda1 * f[0]) * ex;
                    out.addPairEnergy(i, j, v);
                    if (grad) {
                        term.begin(second);
                        term.add(i, j, nb.dx[q], nb.dy[q], nb.dz[q]);
                        term.clearSecond();
                        term.addRadial(0, v1, v2);
                        out.add(term);
                    }
                }
                // the bond's k neighbours inside their (i, j, k) cutoff
                int m = 0;
                for (int s = 0; s < nb.count; s++)
                    if (s != q && nb.r[s] < entry[(ti * species + type[j]) * species + type[nb.atom[s]]].cut()) inner[m++] = s;
                term.begin(second);
                term.add(i, j, nb.dx[q], nb.dy[q], nb.dz[q]);
                for (int s = 0; s < m; s++) term.add(i, nb.atom[inner[s]], nb.dx[inner[s]], nb.dy[inner[s]], nb.dz[inner[s]]);
                int n3 = 3 * (m + 1);
                if (dz.length < n3) { dz = new double[n3]; da = new double[n3]; }
                Arrays.fill(dz, 0, n3, 0.0);
                double zeta = 0;
                for (int s = 0; s < m; s++) {
                    int qk = inner[s];
                    Entry ek = entry[(ti * species + type[j]) * species + type[nb.atom[qk]]];
                    angle.set(nb.dx[q], nb.dy[q], nb.dz[q], r, nb.dx[qk], nb.dy[qk], nb.dz[qk], nb.r[qk]);
                    zeta += zetaTerm(ek, angle, zp, grad);
                    if (grad) angle.addGradient(dz, 0, s + 1, zp[0], zp[1], zp[2]);
                }
                cutoffFunction(e, r, f);
                double ex = -e.bigB * Math.exp(-e.lambda2 * r);
                double fa = f[0] * ex, fa1 = (f[1] - e.lambda2 * f[0]) * ex;
                double fa2 = (f[2] - 2 * e.lambda2 * f[1] + e.lambda2 * e.lambda2 * f[0]) * ex;
                double b = bondOrder(ij, zeta, bd);
                out.addPairEnergy(i, j, 0.5 * fa * b);
                if (!grad) continue;
                term.clearSecond();
                double sb = 0.5 * fa * bd[0];
                for (int k = 0; k < n3; k++) term.g[k] += sb * dz[k];
                term.addRadial(0, 0.5 * fa1 * b, 0.5 * fa2 * b);
                if (second) {
                    term.addOuter(0.5 * fa * bd[1], dz, dz);
                    Arrays.fill(da, 0, n3, 0.0);
                    da[0] = nb.dx[q] / r; da[1] = nb.dy[q] / r; da[2] = nb.dz[q] / r;
                    term.addOuter(0.5 * fa1 * bd[0], da, dz);
                    term.addOuter(0.5 * fa1 * bd[0], dz, da);
                    for (int s = 0; s < m; s++) {
                        int qk = inner[s];
                        Entry ek = entry[(ti * species + type[j]) * species + type[nb.atom[qk]]];
                        angle.set(nb.dx[q], nb.dy[q], nb.dz[q], r, nb.dx[qk], nb.dy[qk], nb.dz[qk], nb.r[qk]);
                        zetaTerm(ek, angle, zp, true);
                        angle.addHessian(term.k, n3, 0, s + 1, sb * zp[0], sb * zp[1], sb * zp[2],
                                sb * zp[3], sb * zp[4], sb * zp[5], sb * zp[6], sb * zp[7], sb * zp[8]);
                    }
                }
                out.add(term);
            }
        }
    }

    /** f_C and its first two derivatives at r, into f[0..2]. */
    static void cutoffFunction(Entry e, double r, double[] f) {
        if (r < e.bigR - e.bigD) { f[0] = 1; f[1] = 0; f[2] = 0; return; }
        if (r > e.bigR + e.bigD) { f[0] = 0; f[1] = 0; f[2] = 0; return; }
        double k = Math.PI / 2 / e.bigD, t = k * (r - e.bigR);
        f[0] = 0.5 * (1 - Math.sin(t));
        f[1] = -0.5 * k * Math.cos(t);
        f[2] = 0.5 * k * k * Math.sin(t);
    }

    /**
     * One term z(a, b, c) = f_C(b) g(c) exp[(λ3 (a − b))^m] of ζ for the angle's a = r_ij, b = r_ik;
     * partials in p: z_a, z_b, z_c, z_aa, z_bb, z_cc, z_ab, z_ac, z_bc (only if wanted).
     */
    private static double zetaTerm(Entry e, BondAngle angle, double[] p, boolean derivatives) {
        double[] f = new double[3];
        cutoffFunction(e, angle.b, f);
        double c2 = e.c * e.c, d2 = e.d * e.d, hc = e.h - angle.c, qq = d2 + hc * hc;
        double g = e.gamma * (1 + c2 / d2 - c2 / qq);
        double g1 = -2 * e.gamma * c2 * hc / (qq * qq);
        double g2 = 2 * e.gamma * c2 / (qq * qq) - 8 * e.gamma * c2 * hc * hc / (qq * qq * qq);
        double dr = angle.a - angle.b;
        double w, w1, w2;
        if (e.m == 3) {
            double l3 = e.lambda3 * e.lambda3 * e.lambda3;
            w = l3 * dr * dr * dr; w1 = 3 * l3 * dr * dr; w2 = 6 * l3 * dr;
        } else {
            w = e.lambda3 * dr; w1 = e.lambda3; w2 = 0;
        }
        double ex, ex1, ex2;
        if (w > 69.0776) { ex = 1e30; ex1 = 0; ex2 = 0; }          // LAMMPS's overflow guard
        else if (w < -69.0776) { ex = 0; ex1 = 0; ex2 = 0; }
        else { ex = Math.exp(w); ex1 = w1 * ex; ex2 = (w2 + w1 * w1) * ex; }
        double z = f[0] * g * ex;
        if (!derivatives) return z;
        p[0] = f[0] * g * ex1;
        p[1] = f[1] * g * ex - f[0] * g * ex1;
        p[2] = f[0] * g1 * ex;
        p[3] = f[0] * g * ex2;
        p[4] = f[2] * g * ex - 2 * f[1] * g * ex1 + f[0] * g * ex2;
        p[5] = f[0] * g2 * ex;
        p[6] = f[1] * g * ex1 - f[0] * g * ex2;
        p[7] = f[0] * g1 * ex1;
        p[8] = f[1] * g1 * ex - f[0] * g1 * ex1;
        return z;
    }

    /** b(ζ) of entry k, and db/dζ, d²b/dζ² into d[0], d[1]; LAMMPS's branches in βζ. */
    private double bondOrder(int k, double zeta, double[] d) {
        Entry e = entry[k];
        double beta = e.beta, n = e.n, t = beta * zeta;
        double b, b1, b2;
        if (t > c1[k]) {
            b = Math.pow(t, -0.5); b1 = -0.5 * Math.pow(t, -1.5); b2 = 0.75 * Math.pow(t, -2.5);
        } else if (t > c2[k]) {
            double tn = Math.pow(t, -n);
            b = Math.pow(t, -0.5) * (1 - tn / (2 * n));
            // d/dt of t^{-1/2} − t^{-1/2-n}/(2n)
            b1 = -0.5 * Math.pow(t, -1.5) + (0.5 + n) / (2 * n) * Math.pow(t, -1.5 - n);
            b2 = 0.75 * Math.pow(t, -2.5) - (0.5 + n) * (1.5 + n) / (2 * n) * Math.pow(t, -2.5 - n);
        } else if (t < c4[k]) {
            b = 1; b1 = 0; b2 = 0;
        } else if (t < c3[k]) {
            b = 1 - Math.pow(t, n) / (2 * n); b1 = -0.5 * Math.pow(t, n - 1); b2 = -0.5 * (n - 1) * Math.pow(t, n - 2);
        } else {
            double tn = Math.pow(t, n), s = 1 + tn, p = 1 / (2 * n) + 1;
            b = Math.pow(s, -1 / (2 * n));
            b1 = -0.5 * Math.pow(t, n - 1) * Math.pow(s, -p);
            b2 = -0.5 * ((n - 1) * Math.pow(t, n - 2) * Math.pow(s, -p) - p * n * Math.pow(t, 2 * n - 2) * Math.pow(s, -p - 1));
        }
        d[0] = beta * b1;
        d[1] = beta * beta * b2;
        return b;
    }
}
