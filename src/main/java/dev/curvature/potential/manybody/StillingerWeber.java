package dev.curvature.potential.manybody;

import dev.curvature.periodic.NeighbourList;
import dev.curvature.potential.Accumulator;
import dev.curvature.potential.BondAngle;
import dev.curvature.potential.BondTerm;
import dev.curvature.potential.LocalNeighbours;
import dev.curvature.potential.PeriodicPotential;
import dev.curvature.structure.Cell;

/**
 * Stillinger–Weber (LAMMPS {@code pair_style sw}), in the form and with the per-triplet parameter
 * choice of LAMMPS's pair_sw:
 * <pre>
 *   φ2(r)   = A ε [B (σ/r)^p − (σ/r)^q] exp(σ/(r − aσ))                    entry (i, j, j)
 *   φ3(jik) = λ_ijk ε_ijk (cos θ − cos θ0_ijk)² exp(γσ_ij/(r_ij − aσ_ij)) exp(γσ_ik/(r_ik − aσ_ik))
 * </pre>
 * summed over pairs once and over triplets j &lt; k around every centre i.
 */
public final class StillingerWeber extends PeriodicPotential {
    /** One line of a LAMMPS .sw file (tol is not used by LAMMPS either). */
    public record Entry(double epsilon, double sigma, double a, double lambda, double gamma, double cosTheta0,
                        double bigA, double bigB, double p, double q) {
        double cut() { return a * sigma; }
    }

    private final int species;
    private final Entry[] entry;    // (ti*ns + tj)*ns + tk
    private final double maxCut;

    /**
     * @param type    species of every atom (0-based)
     * @param entries parameters of every ordered species triplet, index (i·n + j)·n + k
     */
    public StillingerWeber(int[] type, int species, Entry[] entries) {
        super("sw", type);
        this.species = species;
        this.entry = entries.clone();
        double m = 0;
        for (Entry e : entries) m = Math.max(m, e.cut());
        maxCut = m;
    }

    @Override public double cutoff() { return maxCut; }

    private Entry pairEntry(int ti, int tj) { return entry[(ti * species + tj) * species + tj]; }

    @Override
    protected void accumulate(double[] x, Cell cell, NeighbourList list, Accumulator out) {
        double[] l = latticeRows(cell);
        LocalNeighbours nb = new LocalNeighbours();
        BondTerm term = new BondTerm();
        BondAngle angle = new BondAngle();
        boolean grad = out.wantsFirst(), second = out.wantsSecond();
        double[] d = new double[2], g6 = new double[6];
        int[] inner = new int[64];
        double[] h = new double[64], h1 = new double[64], h2 = new double[64];
        for (int i = 0; i < type.length; i++) {
            nb.collect(list, x, l, i, maxCut * maxCut);
            int ti = type[i];
            if (inner.length < nb.count) {
                inner = new int[nb.count];
                h = new double[nb.count]; h1 = new double[nb.count]; h2 = new double[nb.count];
            }
            int m = 0;
            for (int q = 0; q < nb.count; q++) {
                int j = nb.atom[q];
                Entry e = pairEntry(ti, type[j]);
                double r = nb.r[q];
                if (r >= e.cut()) continue;
                // radial factor of the three-body terms, exp(γσ/(r − aσ)) and its derivatives
                double s = e.gamma * e.sigma, w = 1 / (r - e.cut());
                h[m] = Math.exp(s * w);
                h1[m] = -s * w * w * h[m];
                h2[m] = h[m] * (s * s * w * w * w * w + 2 * s * w * w * w);
                inner[m++] = q;
                if (!ownsPair(list, i, nb.entry[q])) continue;
                double phi = twoBody(e, r, d);
                out.addPairEnergy(i, j, phi);
                if (!grad) continue;
                if (!second) {
                    double f = d[0] / r;
                    out.addBondGradient(i, j, nb.dx[q], nb.dy[q], nb.dz[q], f * nb.dx[q], f * nb.dy[q], f * nb.dz[q]);
                } else {
                    term.begin(true);
                    term.add(i, j, nb.dx[q], nb.dy[q], nb.dz[q]);
                    term.clearSecond();
                    term.addRadial(0, d[0], d[1]);
                    out.add(term);
                }
            }
            for (int s1 = 0; s1 < m - 1; s1++) {
                int qj = inner[s1], j = nb.atom[qj];
                for (int s2 = s1 + 1; s2 < m; s2++) {
                    int qk = inner[s2], k = nb.atom[qk];
                    Entry e = entry[(ti * species + type[j]) * species + type[k]];
                    angle.set(nb.dx[qj], nb.dy[qj], nb.dz[qj], nb.r[qj], nb.dx[qk], nb.dy[qk], nb.dz[qk], nb.r[qk]);
                    double le = e.lambda * e.epsilon, dc = angle.c - e.cosTheta0;
                    double hh = h[s1] * h[s2];
                    out.addEnergy(i, le * dc * dc * hh);
                    if (!grad) continue;
                    double ang = le * dc * dc, dAng = 2 * le * dc;
                    double ea = ang * h1[s1] * h[s2], eb = ang * h[s1] * h1[s2], ec = dAng * hh;
                    if (!second) {
                        // energy, forces and stress only: no term bookkeeping
                        java.util.Arrays.fill(g6, 0.0);
                        angle.addGradient(g6, 0, 1, ea, eb, ec);
                        out.addBondGradient(i, j, nb.dx[qj], nb.dy[qj], nb.dz[qj], g6[0], g6[1], g6[2]);
                        out.addBondGradient(i, k, nb.dx[qk], nb.dy[qk], nb.dz[qk], g6[3], g6[4], g6[5]);
                        continue;
                    }
                    term.begin(true);
                    term.add(i, j, nb.dx[qj], nb.dy[qj], nb.dz[qj]);
                    term.add(i, k, nb.dx[qk], nb.dy[qk], nb.dz[qk]);
                    term.clearSecond();
                    angle.addGradient(term.g, 0, 1, ea, eb, ec);
                    angle.addHessian(term.k, 6, 0, 1, ea, eb, ec,
                            ang * h2[s1] * h[s2], ang * h[s1] * h2[s2], 2 * le * hh,
                            ang * h1[s1] * h1[s2], dAng * h1[s1] * h[s2], dAng * h[s1] * h1[s2]);
                    out.add(term);
                }
            }
        }
    }

    /** x^p, by multiplication for the small whole powers SW files use (Si: p = 4, q = 0). */
    private static double power(double x, double p) {
        if (p == 0) return 1;
        if (p == 4) { double x2 = x * x; return x2 * x2; }
        if (p == 1) return x;
        if (p == 2) return x * x;
        return Math.pow(x, p);
    }

    /** φ2(r) of entry e; d[0] = φ2', d[1] = φ2''. */
    static double twoBody(Entry e, double r, double[] d) {
        double ae = e.bigA * e.epsilon, sp = power(e.sigma, e.p), sq = power(e.sigma, e.q);
        double rp = power(1 / r, e.p), rq = power(1 / r, e.q);
        double u = ae * (e.bigB * sp * rp - sq * rq);
        double u1 = ae * (-e.p * e.bigB * sp * rp + e.q * sq * rq) / r;
        double u2 = ae * (e.p * (e.p + 1) * e.bigB * sp * rp - e.q * (e.q + 1) * sq * rq) / (r * r);
        double w = 1 / (r - e.cut()), s = e.sigma;
        double ex = Math.exp(s * w);
        double ex1 = -s * w * w * ex;
        double ex2 = ex * (s * s * w * w * w * w + 2 * s * w * w * w);
        d[0] = u1 * ex + u * ex1;
        d[1] = u2 * ex + 2 * u1 * ex1 + u * ex2;
        return u * ex;
    }
}
