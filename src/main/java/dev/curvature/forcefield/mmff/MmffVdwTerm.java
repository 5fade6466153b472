package dev.curvature.forcefield.mmff;

import static dev.curvature.forcefield.mmff.MmffConstants.VDW_DELTA;
import static dev.curvature.forcefield.mmff.MmffConstants.VDW_GAMMA;

import dev.curvature.forcefield.Term;
import dev.curvature.forcefield.geometry.Accumulate;
import dev.curvature.forcefield.nonbonded.NonbondedCutoff;
import dev.curvature.forcefield.nonbonded.NonbondedPairs;
import dev.curvature.periodic.NeighbourList;

/**
 * Halgren's buffered 14-7 van der Waals energy over the pairs of a {@link NonbondedPairs}:
 * E = ε (1.07 R* / (R + 0.07 R*))⁷ (1.12 R*⁷ / (R⁷ + 0.12 R*⁷) − 2).
 * R* and ε depend only on the two atom types, so they sit in a table over the k distinct types of
 * the structure (k² entries) and pairs are generated on the fly: memory O(N + k²), not O(N²).
 */
public final class MmffVdwTerm implements Term {
    private final NonbondedPairs pairs;
    private final int[] typeClass;        // per atom: row of the tables
    private final int classCount;
    private final double[] rStar, epsilon; // classCount² each, symmetric

    /**
     * @param typeClass per atom, an index 0..k−1 into the k×k tables
     * @param rStarAngstrom  R*_ij, row-major k×k
     * @param epsilonKcalPerMol ε_ij, row-major k×k
     */
    public MmffVdwTerm(NonbondedPairs pairs, int[] typeClass, double[] rStarAngstrom, double[] epsilonKcalPerMol) {
        int k = (int) Math.round(Math.sqrt(rStarAngstrom.length));
        if (typeClass.length != pairs.atomCount() || k * k != rStarAngstrom.length || epsilonKcalPerMol.length != k * k)
            throw new IllegalArgumentException("vdW tables do not match the atoms");
        this.pairs = pairs;
        this.typeClass = typeClass.clone();
        this.classCount = k;
        this.rStar = rStarAngstrom.clone();
        this.epsilon = epsilonKcalPerMol.clone();
    }

    @Override public String name() { return "vdw"; }

    /** Number of interacting pairs (all pairs beyond 1-3, or those inside the cutoff's list). */
    public long size() {
        long count = 0;
        int[] js = pairs.newBuffer();
        for (int i = 0; i < pairs.atomCount(); i++) count += pairs.partners(i, null, js);
        return count;
    }

    @Override
    public double accumulate(double[] x, double[] g, double[] h) {
        NonbondedCutoff cut = pairs.cutoff();
        if (h != null || cut != null) return accumulateSwitched(x, g, h, cut);
        NeighbourList nl = pairs.neighbourList(x);
        int[] js = pairs.newBuffer();
        double sum = 0;
        for (int ia = 0; ia < typeClass.length; ia++) {
            int m = pairs.partners(ia, nl, js);
            int row = typeClass[ia] * classCount;
            int i = 3 * ia;
            double xi = x[i], yi = x[i + 1], zi = x[i + 2];
            double gx = 0, gy = 0, gz = 0;
            for (int q = 0; q < m; q++) {
                int ja = js[q] >> 1, j = 3 * ja;
                double dx = xi - x[j], dy = yi - x[j + 1], dz = zi - x[j + 2];
                double r2 = dx * dx + dy * dy + dz * dz;
                double r = Math.sqrt(r2);
                int c = row + typeClass[ja];
                double rs = rStar[c];
                double invU = 1.0 / (r + VDW_DELTA * rs);
                double a = (1 + VDW_DELTA) * rs * invU;
                double a2 = a * a;
                double pa = a2 * a2 * a2 * a;
                double s2 = rs * rs, s7 = s2 * s2 * s2 * rs;
                double r6 = r2 * r2 * r2;
                double invW = 1.0 / (r6 * r + VDW_GAMMA * s7);
                double b = (1 + VDW_GAMMA) * s7 * invW;
                double eps = epsilon[c];
                sum += eps * pa * (b - 2);
                if (g == null) continue;
                // dE/dR = ε (−7 P/u (B − 2) − 7 P R⁶ B / w); gradient along the pair vector
                double f = -7 * eps * pa * ((b - 2) * invU + r6 * b * invW) / r;
                double fx = f * dx, fy = f * dy, fz = f * dz;
                gx += fx; gy += fy; gz += fz;
                g[j] -= fx; g[j + 1] -= fy; g[j + 2] -= fz;
            }
            if (g != null) { g[i] += gx; g[i + 1] += gy; g[i + 2] += gz; }
        }
        return sum;
    }

    /** The Hessian path, and every path with a cutoff: radial derivatives, switched when needed. */
    private double accumulateSwitched(double[] x, double[] g, double[] h, NonbondedCutoff cut) {
        int n3 = x.length;
        NeighbourList nl = pairs.neighbourList(x);
        double cut2 = cut == null ? Double.POSITIVE_INFINITY : cut.cutoffAngstrom() * cut.cutoffAngstrom();
        int[] js = pairs.newBuffer();
        double sum = 0;
        double[] e = new double[3];
        for (int i = 0; i < typeClass.length; i++) {
            int m = pairs.partners(i, nl, js);
            int row = typeClass[i] * classCount;
            for (int q = 0; q < m; q++) {
                int j = js[q] >> 1;
                double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
                double r2 = dx * dx + dy * dy + dz * dz;
                if (r2 >= cut2) continue;
                double r = Math.sqrt(r2);
                int c = row + typeClass[j];
                energy(r, rStar[c], epsilon[c], e);
                if (cut != null) cut.switchPair(r, e);
                sum += e[0];
                if (g != null || h != null) Accumulate.pair(x, i, j, e[1], e[2], g, h, n3);
            }
        }
        return sum;
    }

    /** Energy, dE/dR and d²E/dR² of one pair at distance r, into out[0..2]. */
    static void energy(double r, double rStar, double eps, double[] out) {
        double u = r + VDW_DELTA * rStar;                  // buffered distance of the repulsive factor
        double a = (1 + VDW_DELTA) * rStar / u;
        double a2 = a * a;
        double p = a2 * a2 * a2 * a;                       // ((1+δ)R*/(R+δR*))⁷
        double r2 = r * r, r5 = r2 * r2 * r, r6 = r5 * r, r7 = r6 * r;
        double s2 = rStar * rStar, s7 = s2 * s2 * s2 * rStar;
        double w = r7 + VDW_GAMMA * s7;
        double b = (1 + VDW_GAMMA) * s7 / w;
        double q = b - 2;
        double dp = -7 * p / u, d2p = 56 * p / (u * u);
        double db = -7 * r6 * b / w;
        double d2b = -42 * r5 * b / w + 98 * r6 * r6 * b / (w * w);
        out[0] = eps * p * q;
        out[1] = eps * (dp * q + p * db);
        out[2] = eps * (d2p * q + 2 * dp * db + p * d2b);
    }
}
