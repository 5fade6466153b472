package dev.curvature.build.embed;

import java.util.ArrayDeque;
import java.util.Random;

/**
 * Distance-geometry embedding of one conformer: start coordinates grown along a spanning tree
 * (ideal bond lengths and angles, random torsions, a random fourth coordinate), minimisation of
 * the bounds error in 4-D, the fourth dimension squeezed out, and a 3-D refinement with
 * planarity and torsion preferences (ETKDG's two stages). Everything is O(N) per iteration:
 * the restraints are local and contacts come from a cell list, so no N×N bounds matrix is
 * built; triangle smoothing is replaced by the locality of the bounds plus the contact terms.
 */
final class DistanceGeometry {
    private DistanceGeometry() {}

    /** 3N coordinates (Å) from one random start, or null if the restraints could not be met. */
    static double[] embedOnce(Restraints r, long seed) {
        MoleculeGraph g = r.g;
        int n = g.n;
        Random random = new Random(seed);
        double[] x4 = grow(r, random);
        // 4-D: bounds and chirality only; then squeeze the fourth coordinate out
        SimpleLbfgs.minimize(new EmbeddingObjective(r, 4, 1, 1, 0, 0, 0.02), x4, 400 + n, 1e-4, 1e-6, 1.0);
        SimpleLbfgs.minimize(new EmbeddingObjective(r, 4, 1, 1, 0, 0, 1.0), x4, 400 + n, 1e-4, 1e-6, 0.5);
        double[] x = new double[3 * n];
        for (int a = 0; a < n; a++) System.arraycopy(x4, 4 * a, x, 3 * a, 3);
        // 3-D: stiff bounds, chirality, planarity and torsion preferences
        SimpleLbfgs.minimize(new EmbeddingObjective(r, 3, 100, 10, 1, 0, 0), x, 300, 1e-3, 1e-8, 0.3);
        // torsion preferences pick the basins; the force field finishes, so a few hundred steps do
        SimpleLbfgs.minimize(new EmbeddingObjective(r, 3, 100, 10, 1, 1, 0), x, 200, 1e-3, 0, 0.3);
        return chiralitiesMet(r, x) ? x : null;
    }

    /** Every stereo volume has the sign it should. */
    static boolean chiralitiesMet(Restraints r, double[] x) {
        for (int c = 0; c < r.chiralAtoms.size(); c++) {
            int[] a = r.chiralAtoms.get(c);
            double v = Restraints.volume(p(x, a[0]), p(x, a[1]), p(x, a[2]), p(x, a[3]));
            if (Math.signum(v) != Math.signum(r.chiralRange.get(c)[0])) return false;
        }
        return true;
    }

    private static double[] p(double[] x, int a) { return new double[]{x[3 * a], x[3 * a + 1], x[3 * a + 2]}; }

    /**
     * Start coordinates in 4-D: each connected component grown breadth-first from a random atom,
     * each new atom at its ideal bond length from its parent, at the ideal angle to the
     * grandparent, in a random direction otherwise; components placed apart.
     */
    static double[] grow(Restraints r, Random random) {
        MoleculeGraph g = r.g;
        int n = g.n;
        double[] x = new double[4 * n];
        boolean[] placed = new boolean[n];
        int[] parent = new int[n];
        double offset = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start = 0; start < n; start++) {
            if (placed[start]) continue;
            int root = start;
            placed[root] = true;
            parent[root] = -1;
            x[4 * root] = offset;
            x[4 * root + 3] = random.nextGaussian() * 0.3;
            int componentSize = 0;
            queue.add(root);
            while (!queue.isEmpty()) {
                int p = queue.poll();
                componentSize++;
                for (int c : g.nb[p]) {
                    if (placed[c]) continue;
                    placed[c] = true;
                    parent[c] = p;
                    double len = IdealGeometry.bondLength(g, p, c);
                    double[] dir = randomUnit(random);
                    int gp = parent[p];
                    if (gp >= 0) {
                        double theta = IdealGeometry.angle(g, gp, p, c);
                        if (Double.isNaN(theta)) theta = Math.toRadians(109.47);
                        double[] axis = new double[4];
                        double norm = 0;
                        for (int k = 0; k < 4; k++) { axis[k] = x[4 * p + k] - x[4 * gp + k]; norm += axis[k] * axis[k]; }
                        norm = Math.sqrt(norm);
                        for (int k = 0; k < 4; k++) axis[k] /= norm;
                        double along = 0;
                        for (int k = 0; k < 4; k++) along += dir[k] * axis[k];
                        double perp = 0;
                        for (int k = 0; k < 4; k++) { dir[k] -= along * axis[k]; perp += dir[k] * dir[k]; }
                        perp = Math.sqrt(perp);
                        for (int k = 0; k < 4; k++)
                            dir[k] = -Math.cos(theta) * axis[k] + Math.sin(theta) * dir[k] / perp;
                    }
                    for (int k = 0; k < 4; k++) x[4 * c + k] = x[4 * p + k] + len * dir[k];
                    queue.add(c);
                }
            }
            offset += 3.0 + Math.cbrt(componentSize) * 2.0;
        }
        return x;
    }

    private static double[] randomUnit(Random random) {
        double[] v = new double[4];
        double norm = 0;
        for (int k = 0; k < 4; k++) {
            v[k] = random.nextGaussian();
            if (k == 3) v[k] *= 0.5; // mostly 3-D, some room in the fourth dimension
            norm += v[k] * v[k];
        }
        norm = Math.sqrt(norm);
        for (int k = 0; k < 4; k++) v[k] /= norm;
        return v;
    }
}
