package dev.curvature.io;

import dev.curvature.structure.Bond;
import dev.curvature.structure.Structure;
import org.openscience.cdk.config.Elements;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tidies a rough 3-D geometry (from a template builder or a lifted 2-D layout) with a crude
 * restraint function: bonds pulled to typical lengths for their order, 1-3 distances to the ideal
 * angle of the central atom's hybridisation, and a soft repulsion between atoms three or more
 * bonds apart. It is a starting geometry for real force fields, not a model of its own.
 */
final class GeometryCleanup {
    private static final double K_BOND = 200, K_ANGLE = 50, K_REPULSION = 20;
    private static final double REPULSION_FRACTION_OF_VDW = 0.75;

    private GeometryCleanup() {}

    /** Pyykkö single/double/triple bond covalent radii (Å) for common elements; CDK radii otherwise. */
    static double radius(int z, int order) {
        double[] r;
        switch (z) {
            case 1: r = new double[]{0.32, 0.32, 0.32}; break;
            case 5: r = new double[]{0.85, 0.78, 0.73}; break;
            case 6: r = new double[]{0.75, 0.67, 0.60}; break;
            case 7: r = new double[]{0.71, 0.60, 0.54}; break;
            case 8: r = new double[]{0.63, 0.57, 0.53}; break;
            case 9: r = new double[]{0.64, 0.59, 0.53}; break;
            case 14: r = new double[]{1.16, 1.07, 1.02}; break;
            case 15: r = new double[]{1.11, 1.02, 0.94}; break;
            case 16: r = new double[]{1.03, 0.94, 0.95}; break;
            case 17: r = new double[]{0.99, 0.95, 0.93}; break;
            case 35: r = new double[]{1.14, 1.09, 1.10}; break;
            case 53: r = new double[]{1.33, 1.29, 1.25}; break;
            default:
                Double c = Elements.ofNumber(z).covalentRadius();
                return c == null ? 1.5 : c;
        }
        if (order == Bond.AROMATIC) return 0.5 * (r[0] + r[1]);
        return r[Math.min(order, 3) - 1];
    }

    static double idealLength(Structure s, Bond b) {
        int zi = s.atomicNumber(b.i()), zj = s.atomicNumber(b.j());
        if (zi == 1 && zj != 1) return HydrogenPlacement.bondLengthToHydrogen(s.element(b.j()));
        if (zj == 1 && zi != 1) return HydrogenPlacement.bondLengthToHydrogen(s.element(b.i()));
        return radius(zi, b.order()) + radius(zj, b.order());
    }

    /** Ideal bond angle (radians) at the atom from its bonds; NaN for centres left to repulsion. */
    static double idealAngle(Structure s, int[][] nb, int[] maxOrder, int[] doubles, int a) {
        int n = nb[a].length;
        if (n > 4) return Double.NaN;
        if (maxOrder[a] == 3 || doubles[a] >= 2) return Math.PI;
        if (maxOrder[a] >= 2) return Math.toRadians(120);
        if (s.atomicNumber(a) == 7 && n == 3)   // amide, aniline, pyrrole-type N: conjugated, planar
            for (int u : nb[a]) if (maxOrder[u] >= 2) return Math.toRadians(120);
        if (s.atomicNumber(a) == 8 && n == 2) return Math.toRadians(106);
        return Math.toRadians(109.4712);
    }

    /** Positions (Å) after minimising the restraint function from the structure's positions. */
    static double[] refine(Structure s, int maxIterations) {
        int n = s.atomCount();
        int[][] nb = s.neighbours();
        int[] maxOrder = new int[n], doubles = new int[n];
        for (Bond b : s.bonds())
            for (int a : new int[]{b.i(), b.j()}) {
                maxOrder[a] = Math.max(maxOrder[a], b.order() == Bond.AROMATIC ? 2 : b.order());
                if (b.order() == 2) doubles[a]++;
            }
        // Restrained distances: pairs (i, j), target, force constant.
        List<double[]> restraints = new ArrayList<>();
        int[][] pathLength = new int[n][n];
        for (int[] row : pathLength) Arrays.fill(row, 99);
        double[][] ideal = new double[n][n];
        for (Bond b : s.bonds()) {
            double d0 = idealLength(s, b);
            ideal[b.i()][b.j()] = ideal[b.j()][b.i()] = d0;
            pathLength[b.i()][b.j()] = pathLength[b.j()][b.i()] = 1;
            restraints.add(new double[]{b.i(), b.j(), d0, K_BOND});
        }
        for (int c = 0; c < n; c++) {
            double theta = idealAngle(s, nb, maxOrder, doubles, c);
            for (int p = 0; p < nb[c].length; p++)
                for (int q = p + 1; q < nb[c].length; q++) {
                    int i = nb[c][p], j = nb[c][q];
                    if (pathLength[i][j] > 2) pathLength[i][j] = pathLength[j][i] = 2;
                    if (Double.isNaN(theta)) continue;
                    double a = ideal[i][c], b = ideal[j][c];
                    double d13 = Math.sqrt(a * a + b * b - 2 * a * b * Math.cos(theta));
                    restraints.add(new double[]{i, j, d13, K_ANGLE});
                }
        }
        double[] vdw = new double[n];
        for (int a = 0; a < n; a++) {
            Double r = Elements.ofNumber(s.atomicNumber(a)).vdwRadius();
            vdw[a] = r == null ? 1.8 : r;
        }
        List<double[]> repulsions = new ArrayList<>();
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                if (pathLength[i][j] > 2)
                    repulsions.add(new double[]{i, j, REPULSION_FRACTION_OF_VDW * (vdw[i] + vdw[j]), K_REPULSION});

        double[] x = s.positions();
        double[] g = new double[3 * n];
        double[] trial = new double[3 * n];
        double[] gTrial = new double[3 * n];
        double e = energy(x, restraints, repulsions, g);
        double step = 0.01;
        for (int it = 0; it < maxIterations; it++) {
            double gmax = 0;
            for (double v : g) gmax = Math.max(gmax, Math.abs(v));
            if (gmax < 1e-3) break;
            for (int k = 0; k < x.length; k++) trial[k] = x[k] - step * g[k];
            double eTrial = energy(trial, restraints, repulsions, gTrial);
            if (eTrial < e) {
                System.arraycopy(trial, 0, x, 0, x.length);
                System.arraycopy(gTrial, 0, g, 0, g.length);
                e = eTrial;
                step *= 1.2;
            } else {
                step *= 0.5;
                if (step < 1e-12) break;
            }
        }
        return x;
    }

    private static double energy(double[] x, List<double[]> restraints, List<double[]> repulsions, double[] g) {
        Arrays.fill(g, 0);
        double e = 0;
        for (double[] r : restraints) e += pair(x, (int) r[0], (int) r[1], r[2], r[3], false, g);
        for (double[] r : repulsions) e += pair(x, (int) r[0], (int) r[1], r[2], r[3], true, g);
        return e;
    }

    /** k (d - d0)²; for a repulsion only while d < d0. Adds the gradient. */
    private static double pair(double[] x, int i, int j, double d0, double k, boolean onlyIfShort, double[] g) {
        double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
        double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
        if (onlyIfShort && d >= d0) return 0;
        if (d < 1e-8) { dx = 1e-4; d = 1e-4; }
        double diff = d - d0;
        double f = 2 * k * diff / d;
        g[3 * i] += f * dx; g[3 * i + 1] += f * dy; g[3 * i + 2] += f * dz;
        g[3 * j] -= f * dx; g[3 * j + 1] -= f * dy; g[3 * j + 2] -= f * dz;
        return k * diff * diff;
    }
}
