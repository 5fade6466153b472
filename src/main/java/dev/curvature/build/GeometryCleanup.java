package dev.curvature.build;

import dev.curvature.model.MolecularPotential;
import dev.curvature.optimize.OptimizationMethod;
import dev.curvature.optimize.OptimizationOptions;
import dev.curvature.optimize.Optimizer;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Structure;
import org.openscience.cdk.config.Elements;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.curvature.linalg.Vec3.between;
import static dev.curvature.linalg.Vec3.cross;
import static dev.curvature.linalg.Vec3.dot;
import static dev.curvature.linalg.Vec3.norm;
import static dev.curvature.linalg.Vec3.triple;

/**
 * Tidies a rough 3-D geometry (from a template builder or a lifted 2-D layout) with a crude
 * restraint function: bonds pulled to typical lengths for their order, 1-3 distances to the ideal
 * angle of the central atom's hybridisation, and a soft repulsion between atoms three or more
 * bonds apart. It is a starting geometry for real force fields, not a model of its own.
 */
final class GeometryCleanup {
    private static final double K_BOND = 200, K_ANGLE = 50, K_REPULSION = 20;
    private static final double REPULSION_FRACTION_OF_VDW = 0.75;

    private static final double K_CHIRAL = 50;

    /**
     * L-BFGS to a largest per-atom restraint force of 1e-3 (the tolerance the geometry needs as a
     * start for a force field, not a minimum of anything physical).
     */
    private static final OptimizationOptions OPTIONS = OptimizationOptions.defaults()
            .withMethod(OptimizationMethod.LBFGS).withForceThresholdScaled(1e-3);

    private GeometryCleanup() {}

    /**
     * A tetrahedral centre: ligands l1, l2, l3 seen from l0 run clockwise, i.e. the signed volume
     * det(l1 - f, l2 - f, l3 - f) is positive when clockwise.
     */
    record Chirality(int focus, int l0, int l1, int l2, int l3, boolean clockwise) {}

    /** Double-bond configuration: x1-c1=c2-x2 with x1 and x2 on the same side (together) or not. */
    record CisTrans(int x1, int c1, int c2, int x2, boolean together) {}

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
        return refine(s, maxIterations, java.util.List.of(), java.util.List.of());
    }

    /** As {@link #refine(Structure, int)}, also holding stereocentres and double-bond configurations. */
    static double[] refine(Structure s, int maxIterations, List<Chirality> chiralities, List<CisTrans> cisTrans) {
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

        for (CisTrans ct : cisTrans) {
            double a = ideal[ct.x1()][ct.c1()], b = ideal[ct.c1()][ct.c2()], c = ideal[ct.c2()][ct.x2()];
            // planar sp2 geometry with 120° angles: x1 at c1 + a(cos 120°, sin 120°), x2 at c2 + c(cos 60°, ±sin 60°)
            double x1x = -0.5 * a, x1y = Math.sqrt(3) / 2 * a;
            double x2x = b + 0.5 * c, x2y = (ct.together() ? 1 : -1) * Math.sqrt(3) / 2 * c;
            restraints.add(new double[]{ct.x1(), ct.x2(), Math.hypot(x2x - x1x, x2y - x1y), K_BOND});
        }
        double[][] chiral = new double[chiralities.size()][];
        for (int k = 0; k < chiral.length; k++) {
            Chirality c = chiralities.get(k);
            double v0 = 0.770 * ideal[c.focus()][c.l1()] * ideal[c.focus()][c.l2()] * ideal[c.focus()][c.l3()];
            chiral[k] = new double[]{c.focus(), c.l1(), c.l2(), c.l3(), c.clockwise() ? v0 : -v0};
        }
        double[] x = s.positions();
        invertWrongCentres(x, nb, chiralities);
        flipWrongDoubleBonds(x, nb, cisTrans);
        Restraints restraintFunction = new Restraints(n, restraints, repulsions, chiral);
        return new Optimizer(OPTIONS.withMaxIterations(maxIterations)).minimize(restraintFunction, x).positionsAngstrom();
    }

    /**
     * The restraint function as an energy model (arbitrary units, no Hessian), so the project's
     * L-BFGS minimizes it rather than a second minimizer kept here.
     */
    private static final class Restraints extends MolecularPotential {
        private final int atoms;
        private final List<double[]> restraints, repulsions;
        private final double[][] chiral;

        Restraints(int atoms, List<double[]> restraints, List<double[]> repulsions, double[][] chiral) {
            this.atoms = atoms;
            this.restraints = restraints;
            this.repulsions = repulsions;
            this.chiral = chiral;
        }

        @Override public int atomCount() { return atoms; }
        @Override public String modelName() { return "cleanup restraints"; }
        @Override protected boolean analyticHessian() { return false; }

        @Override
        protected double energy(double[] x, double[] g, double[] h) {
            return GeometryCleanup.energy(x, restraints, repulsions, chiral, g == null ? new double[x.length] : g);
        }
    }

    private static double energy(double[] x, List<double[]> restraints, List<double[]> repulsions, double[][] chiral, double[] g) {
        Arrays.fill(g, 0);
        double e = 0;
        for (double[] r : restraints) e += pair(x, (int) r[0], (int) r[1], r[2], r[3], false, g);
        for (double[] r : repulsions) e += pair(x, (int) r[0], (int) r[1], r[2], r[3], true, g);
        for (double[] c : chiral) e += chiralVolume(x, (int) c[0], (int) c[1], (int) c[2], (int) c[3], c[4], g);
        return e;
    }

    private static boolean isRight(double[] x, Chirality c) {
        return signedVolume(x, c.focus(), c.l1(), c.l2(), c.l3()) > 0 == c.clockwise();
    }

    /**
     * Puts every stereocentre in its specified configuration before the smooth refinement (which
     * cannot pass a centre through planarity reliably): mirrors the whole molecule if most centres
     * are wrong, then inverts each remaining wrong centre by reflecting it, together with its
     * smallest ring-free branch, through the plane of its other three ligands (bond lengths kept).
     */
    static void invertWrongCentres(double[] x, int[][] nb, List<Chirality> chiralities) {
        if (chiralities.isEmpty()) return;
        int wrong = 0;
        for (Chirality c : chiralities) if (!isRight(x, c)) wrong++;
        if (2 * wrong > chiralities.size())
            for (int a = 0; 3 * a + 2 < x.length; a++) x[3 * a + 2] = -x[3 * a + 2];
        for (Chirality c : chiralities) {
            if (isRight(x, c)) continue;
            int[] ligands = {c.l0(), c.l1(), c.l2(), c.l3()};
            int bestLigand = -1;
            java.util.Set<Integer> bestBranch = null;
            for (int l : ligands) {
                java.util.Set<Integer> branch = branch(nb, c.focus(), l);
                boolean ringFree = true;
                for (int other : ligands) if (other != l && branch.contains(other)) ringFree = false;
                if (ringFree && (bestBranch == null || branch.size() < bestBranch.size())) { bestBranch = branch; bestLigand = l; }
            }
            if (bestBranch == null) continue; // every ligand is in a ring with another: leave it to the restraint
            int[] plane = new int[3];
            int k = 0;
            for (int l : ligands) if (l != bestLigand) plane[k++] = l;
            bestBranch.add(c.focus());
            reflect(x, bestBranch, plane);
        }
    }

    /** Whether x1 and x2 are on the same side of the c1=c2 axis. */
    static boolean isTogether(double[] x, CisTrans ct) {
        double[] axis = between(x, ct.c1(), ct.c2());
        double[] a = between(x, ct.c1(), ct.x1()), b = between(x, ct.c2(), ct.x2());
        double aa = dot(axis, axis);
        double ka = dot(a, axis) / aa, kb = dot(b, axis) / aa;
        double s = 0;
        for (int c = 0; c < 3; c++) s += (a[c] - ka * axis[c]) * (b[c] - kb * axis[c]);
        return s > 0;
    }

    /**
     * Puts every specified double bond in its configuration: a wrong one has the side of c2
     * (if it is not in a ring with c1) turned by 180° about the c1=c2 axis.
     */
    static void flipWrongDoubleBonds(double[] x, int[][] nb, List<CisTrans> cisTrans) {
        for (CisTrans ct : cisTrans) {
            if (isTogether(x, ct) == ct.together()) continue;
            java.util.Set<Integer> side = branch(nb, ct.c1(), ct.c2());
            if (side.contains(ct.c1()) || side.contains(ct.x1())) continue; // ring: leave it to the restraint
            double[] axis = between(x, ct.c1(), ct.c2());
            double len = Math.sqrt(dot(axis, axis));
            for (int c = 0; c < 3; c++) axis[c] /= len;
            for (int a : side) { // rotation by 180°: p -> 2 (p·u) u - p, about the axis through c2
                double[] p = between(x, ct.c2(), a);
                double k = dot(p, axis);
                for (int c = 0; c < 3; c++) x[3 * a + c] = x[3 * ct.c2() + c] + 2 * k * axis[c] - p[c];
            }
        }
    }

    /** Atoms reachable from start without passing through focus (start included). */
    private static java.util.Set<Integer> branch(int[][] nb, int focus, int start) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
        seen.add(start);
        todo.add(start);
        while (!todo.isEmpty()) {
            int a = todo.poll();
            for (int b : nb[a]) if (b != focus && seen.add(b)) todo.add(b);
        }
        return seen;
    }

    private static void reflect(double[] x, java.util.Set<Integer> atoms, int[] plane) {
        double[] u = between(x, plane[0], plane[1]), v = between(x, plane[0], plane[2]);
        double[] n = cross(u, v);
        double len = norm(n);
        if (len < 1e-8) return;
        for (int c = 0; c < 3; c++) n[c] /= len;
        for (int a : atoms) {
            double d = 0;
            for (int c = 0; c < 3; c++) d += (x[3 * a + c] - x[3 * plane[0] + c]) * n[c];
            for (int c = 0; c < 3; c++) x[3 * a + c] -= 2 * d * n[c];
        }
    }

    /** Signed volume det(l1 - f, l2 - f, l3 - f). */
    static double signedVolume(double[] x, int f, int l1, int l2, int l3) {
        double[] v1 = between(x, f, l1), v2 = between(x, f, l2), v3 = between(x, f, l3);
        return triple(v1, v2, v3);
    }

    /** K (V - V0)² on the signed volume; adds the gradient (dV/dv1 = v2 × v3, cyclic; the focus takes minus the sum). */
    private static double chiralVolume(double[] x, int f, int l1, int l2, int l3, double v0, double[] g) {
        double[] v1 = between(x, f, l1), v2 = between(x, f, l2), v3 = between(x, f, l3);
        double[] d1 = cross(v2, v3), d2 = cross(v3, v1), d3 = cross(v1, v2);
        double v = dot(v1, d1);
        double f2 = 2 * K_CHIRAL * (v - v0);
        for (int c = 0; c < 3; c++) {
            g[3 * l1 + c] += f2 * d1[c];
            g[3 * l2 + c] += f2 * d2[c];
            g[3 * l3 + c] += f2 * d3[c];
            g[3 * f + c] -= f2 * (d1[c] + d2[c] + d3[c]);
        }
        return K_CHIRAL * (v - v0) * (v - v0);
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
