package dev.curvature.build.embed;

import java.util.Arrays;

/**
 * The distance-geometry error function over coordinates in {@code dim} (4 or 3) dimensions,
 * with the analytic gradient. Terms (the forms of RDKit's DistGeom error, dimensionless):
 * <ul>
 *   <li>pair bounds: w(d²/u² − 1)² above the upper bound, w(2l²/(l² + d²) − 1)² below the lower;</li>
 *   <li>contacts between atoms ≥ 4 bonds apart: the lower-bound form, pairs found with a cell
 *       list on the first three coordinates (O(N); all pairs below {@value #ALL_PAIRS_MAX} atoms);</li>
 *   <li>signed volumes (first three coordinates) outside their range: w(V − bound)²;</li>
 *   <li>trigonal-centre planarity: w V²; torsion preferences V(1 + s cos kφ);</li>
 *   <li>the fourth coordinate: w4 Σ x₄², to squeeze a 4-D solution into 3-D.</li>
 * </ul>
 */
final class EmbeddingObjective implements SimpleLbfgs.Function {
    static final int ALL_PAIRS_MAX = 96;

    private final Restraints r;
    private final int dim;
    private final double pairWeight, chiralWeight, planarWeight, torsionWeight, fourthWeight;
    private final int n;
    private final double cutoff;
    private int[] head = new int[0];
    private final int[] next;
    private int[] cellX = new int[0], cellY = new int[0], cellZ = new int[0];

    EmbeddingObjective(Restraints r, int dim, double pairWeight, double chiralWeight, double planarWeight,
                       double torsionWeight, double fourthWeight) {
        this.r = r;
        this.dim = dim;
        this.pairWeight = pairWeight;
        this.chiralWeight = chiralWeight;
        this.planarWeight = planarWeight;
        this.torsionWeight = torsionWeight;
        this.fourthWeight = fourthWeight;
        this.n = r.g.n;
        double maxR = 0;
        for (double c : r.contactRadius) maxR = Math.max(maxR, c);
        cutoff = 2 * maxR;
        next = new int[n];
    }

    @Override
    public double value(double[] x, double[] grad) {
        Arrays.fill(grad, 0);
        double e = 0;
        for (int p = 0; p < r.pairCount; p++)
            e += pairTerm(x, grad, r.pi[p], r.pj[p], r.lower[p], r.upper[p], pairWeight * r.weight[p]);
        e += contacts(x, grad);
        if (chiralWeight > 0)
            for (int c = 0; c < r.chiralAtoms.size(); c++) {
                int[] a = r.chiralAtoms.get(c);
                double[] range = r.chiralRange.get(c);
                double v = volume(x, a[0], a[1], a[2], a[3]);
                double dev = v < range[0] ? v - range[0] : v > range[1] ? v - range[1] : 0;
                if (dev != 0) {
                    e += chiralWeight * dev * dev;
                    volumeGradient(x, grad, a[0], a[1], a[2], a[3], 2 * chiralWeight * dev);
                }
            }
        if (planarWeight > 0)
            for (int[] p : r.planar) {
                double v = volume(x, p[0], p[1], p[2], p[3]);
                e += planarWeight * v * v;
                volumeGradient(x, grad, p[0], p[1], p[2], p[3], 2 * planarWeight * v);
            }
        if (torsionWeight > 0)
            for (int t = 0; t < r.torsionAtoms.size(); t++) {
                double[] f = r.torsionForm.get(t);
                e += torsionWeight * Dihedral.fourierTerm(x, dim, r.torsionAtoms.get(t), f[0], (int) f[1], f[2], grad, torsionWeight);
            }
        if (dim == 4 && fourthWeight > 0)
            for (int a = 0; a < n; a++) {
                double w = x[4 * a + 3];
                e += fourthWeight * w * w;
                grad[4 * a + 3] += 2 * fourthWeight * w;
            }
        return e;
    }

    private double pairTerm(double[] x, double[] grad, int i, int j, double lo, double hi, double w) {
        double d2 = 0;
        for (int k = 0; k < dim; k++) { double t = x[dim * i + k] - x[dim * j + k]; d2 += t * t; }
        double dEdd2;
        double e;
        if (d2 > hi * hi) {
            double t = d2 / (hi * hi) - 1;
            e = w * t * t;
            dEdd2 = 2 * w * t / (hi * hi);
        } else if (d2 < lo * lo) {
            double l2 = lo * lo, s = l2 + d2;
            double t = 2 * l2 / s - 1;
            e = w * t * t;
            dEdd2 = 2 * w * t * (-2 * l2 / (s * s));
        } else return 0;
        for (int k = 0; k < dim; k++) {
            double gk = 2 * dEdd2 * (x[dim * i + k] - x[dim * j + k]);
            grad[dim * i + k] += gk;
            grad[dim * j + k] -= gk;
        }
        return e;
    }

    private double contactTerm(double[] x, double[] grad, int i, int j) {
        if (r.isNear(i, j)) return 0;
        double lo = r.contactLowerBound(i, j);
        double d2 = 0;
        for (int k = 0; k < dim; k++) { double t = x[dim * i + k] - x[dim * j + k]; d2 += t * t; }
        if (d2 >= lo * lo) return 0;
        return pairTerm(x, grad, i, j, lo, Double.POSITIVE_INFINITY, pairWeight);
    }

    private double contacts(double[] x, double[] grad) {
        double e = 0;
        if (n <= ALL_PAIRS_MAX) {
            for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) e += contactTerm(x, grad, i, j);
            return e;
        }
        // spatial hashing: cells one cutoff wide, hashed into 2N buckets (no grid over the bounding
        // box, whose size an extended chain would blow up); an atom is paired only with atoms whose
        // own cell is a neighbour cell, so bucket collisions cost time but never double-count
        int buckets = head.length;
        if (buckets < 2 * n) { buckets = 2 * n; head = new int[buckets]; cellX = new int[n]; cellY = new int[n]; cellZ = new int[n]; }
        Arrays.fill(head, -1);
        double inv = 1 / cutoff;
        for (int a = 0; a < n; a++) {
            cellX[a] = (int) Math.floor(x[dim * a] * inv);
            cellY[a] = (int) Math.floor(x[dim * a + 1] * inv);
            cellZ[a] = (int) Math.floor(x[dim * a + 2] * inv);
            int h = bucket(cellX[a], cellY[a], cellZ[a], buckets);
            next[a] = head[h];
            head[h] = a;
        }
        for (int a = 0; a < n; a++) {
            int cx = cellX[a], cy = cellY[a], cz = cellZ[a];
            for (int dx = -1; dx <= 1; dx++)
                for (int dy = -1; dy <= 1; dy++)
                    for (int dz = -1; dz <= 1; dz++) {
                        int ex = cx + dx, ey = cy + dy, ez = cz + dz;
                        for (int b = head[bucket(ex, ey, ez, buckets)]; b >= 0; b = next[b])
                            if (b > a && cellX[b] == ex && cellY[b] == ey && cellZ[b] == ez) e += contactTerm(x, grad, a, b);
                    }
        }
        return e;
    }

    private static int bucket(int cx, int cy, int cz, int buckets) {
        int h = cx * 73856093 ^ cy * 19349663 ^ cz * 83492791;
        return Math.floorMod(h, buckets);
    }

    private double volume(double[] x, int a, int b, int c, int d) {
        double ux = x[dim * b] - x[dim * a], uy = x[dim * b + 1] - x[dim * a + 1], uz = x[dim * b + 2] - x[dim * a + 2];
        double vx = x[dim * c] - x[dim * a], vy = x[dim * c + 1] - x[dim * a + 1], vz = x[dim * c + 2] - x[dim * a + 2];
        double wx = x[dim * d] - x[dim * a], wy = x[dim * d + 1] - x[dim * a + 1], wz = x[dim * d + 2] - x[dim * a + 2];
        return ux * (vy * wz - vz * wy) - uy * (vx * wz - vz * wx) + uz * (vx * wy - vy * wx);
    }

    /** Adds factor · dV/dx for V = (b−a)·((c−a)×(d−a)). */
    private void volumeGradient(double[] x, double[] grad, int a, int b, int c, int d, double factor) {
        double ux = x[dim * b] - x[dim * a], uy = x[dim * b + 1] - x[dim * a + 1], uz = x[dim * b + 2] - x[dim * a + 2];
        double vx = x[dim * c] - x[dim * a], vy = x[dim * c + 1] - x[dim * a + 1], vz = x[dim * c + 2] - x[dim * a + 2];
        double wx = x[dim * d] - x[dim * a], wy = x[dim * d + 1] - x[dim * a + 1], wz = x[dim * d + 2] - x[dim * a + 2];
        double[] gb = {vy * wz - vz * wy, vz * wx - vx * wz, vx * wy - vy * wx};
        double[] gc = {wy * uz - wz * uy, wz * ux - wx * uz, wx * uy - wy * ux};
        double[] gd = {uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx};
        for (int k = 0; k < 3; k++) {
            grad[dim * b + k] += factor * gb[k];
            grad[dim * c + k] += factor * gc[k];
            grad[dim * d + k] += factor * gd[k];
            grad[dim * a + k] -= factor * (gb[k] + gc[k] + gd[k]);
        }
    }
}
