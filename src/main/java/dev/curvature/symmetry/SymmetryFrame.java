package dev.curvature.symmetry;

import java.util.ArrayList;
import java.util.List;

import static dev.curvature.linalg.Vec3.cross;
import static dev.curvature.linalg.Vec3.dot;
import static dev.curvature.linalg.Vec3.norm;
import static dev.curvature.linalg.Vec3.unit;

/**
 * Places a character table's standard frame on a molecule: finds orthonormal axes x, y, z (in the
 * molecule's coordinates, about its centre of mass) such that every generator of the table, carried
 * into the molecule's frame, maps each atom onto an atom of the same element and mass.
 *
 * <p>Candidate z axes are the principal axes of inertia first (every symmetry axis and mirror
 * normal of an asymmetric top is one, and so is the unique axis of a symmetric top), then atom
 * directions, then sums and differences of atom pairs of one shell (the C2 and S4 axes of cubic
 * groups). Candidate x axes are those directions projected perpendicular to z, and z × each.
 *
 * <p>Where the tables leave a choice, the usual conventions (Mulliken, J. Chem. Phys. 23, 1997
 * (1955)) decide: C2v — the yz plane is the mirror containing more atoms (the molecular plane of a
 * planar molecule, so water's antisymmetric stretch is B2); D2h — x perpendicular to the plane
 * containing most atoms, then z the C2 axis through most atoms (ethylene: x out of plane, z along
 * C=C); D4h, D6h, D2d — x is the C2′ axis through most atoms (benzene: C2′ through two carbons);
 * C4v — σv (xz) is the mirror containing more atoms. Linear molecules take z along the molecule.
 */
final class SymmetryFrame {
    private final int[] z;
    private final double[] mass;
    private final double[][] r;
    private final double tolerance;

    /**
     * @param atomicNumbers per atom
     * @param massesAmu     per atom; atoms of different mass are not exchanged
     * @param centred       positions about the centre of mass, Å
     */
    SymmetryFrame(int[] atomicNumbers, double[] massesAmu, double[][] centred, double toleranceAngstrom) {
        this.z = atomicNumbers;
        this.mass = massesAmu;
        this.r = centred;
        this.tolerance = toleranceAngstrom;
    }

    /**
     * Columns x, y, z of the frame as a row-major 3×3 matrix A (operation in the molecule = A·R·Aᵀ),
     * or null if the table's operations are not all symmetries of the molecule in any frame tried.
     *
     * @param principalAxes the three principal axes of inertia, the first of smallest moment
     * @param linear        the molecule is linear (z must lie along it)
     */
    double[] find(CharacterTable table, double[][] principalAxes, boolean linear) {
        List<double[]> gens = table.generators();
        boolean frameFree = true;
        for (double[] g : gens) frameFree &= Math.abs(Math.abs(g[0]) - 1) < 1e-9 && Math.abs(g[4] - g[0]) < 1e-9 && Math.abs(g[8] - g[0]) < 1e-9;
        if (frameFree) return allSymmetries(CharacterTable.identity(), gens) ? CharacterTable.identity() : null;
        // pair directions are O(N²) candidates, each tried in O(N²): only for molecules of modest size
        int levels = linear ? 1 : r.length <= 100 ? 3 : 2;
        for (int level = 0; level < levels; level++) {
            List<double[]> directions = directions(principalAxes, level);
            List<double[]> zs = new ArrayList<>();
            if (linear) zs.add(principalAxes[0]);
            else for (double[] d : directions) addIfNew(zs, d);
            double[] best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (double[] zAxis : zs) {
                double[] xAny = unit(anyPerpendicular(zAxis));
                if (!isSymmetry(inFrame(frame(xAny, zAxis), gens.get(0)))) continue;
                List<double[]> xs = new ArrayList<>();
                xs.add(xAny);
                for (double[] d : directions) {
                    double p = dot(d, zAxis);
                    double[] q = {d[0] - p * zAxis[0], d[1] - p * zAxis[1], d[2] - p * zAxis[2]};
                    if (norm(q) < tolerance) continue;
                    addIfNew(xs, unit(q));
                    addIfNew(xs, unit(cross(zAxis, q)));
                }
                for (double[] xAxis : xs) {
                    double[] a = frame(xAxis, zAxis);
                    if (!allSymmetries(a, gens)) continue;
                    double score = score(table.name(), a);
                    if (score > bestScore) { bestScore = score; best = a; }
                }
            }
            if (best != null) return best;
        }
        return null;
    }

    /** Where operation m (molecule frame) sends each atom, or null if it is not a symmetry. */
    int[] permutation(double[] m) {
        int n = z.length;
        int[] p = new int[n];
        double tol2 = tolerance * tolerance;
        for (int a = 0; a < n; a++) {
            double x = m[0] * r[a][0] + m[1] * r[a][1] + m[2] * r[a][2];
            double y = m[3] * r[a][0] + m[4] * r[a][1] + m[5] * r[a][2];
            double w = m[6] * r[a][0] + m[7] * r[a][1] + m[8] * r[a][2];
            p[a] = -1;
            double bestD = tol2;
            for (int b = 0; b < n; b++) {
                if (z[b] != z[a] || Math.abs(mass[b] - mass[a]) > 1e-6) continue;
                double dx = x - r[b][0], dy = y - r[b][1], dz = w - r[b][2];
                double d = dx * dx + dy * dy + dz * dz;
                if (d < bestD) { bestD = d; p[a] = b; }
            }
            if (p[a] < 0) return null;
        }
        return p;
    }

    /** A·R·Aᵀ: a standard-frame operation written in the molecule's coordinates. */
    static double[] inFrame(double[] a, double[] rStandard) {
        return CharacterTable.mul(CharacterTable.mul(a, rStandard), CharacterTable.transpose(a));
    }

    private boolean isSymmetry(double[] m) { return permutation(m) != null; }

    private boolean allSymmetries(double[] a, List<double[]> gens) {
        for (double[] g : gens) if (!isSymmetry(inFrame(a, g))) return false;
        return true;
    }

    /** Frame matrix with columns x, y = z × x, z. */
    private static double[] frame(double[] x, double[] zAxis) {
        double[] y = cross(zAxis, x);
        return new double[] {x[0], y[0], zAxis[0], x[1], y[1], zAxis[1], x[2], y[2], zAxis[2]};
    }

    private double score(String group, double[] a) {
        double[] x = {a[0], a[3], a[6]}, y = {a[1], a[4], a[7]}, zAxis = {a[2], a[5], a[8]};
        switch (group) {
            case "C2v": return inPlane(x);
            case "C4v": return inPlane(y);
            case "D2h": return 1000 * inPlane(x) + onAxis(zAxis);
            case "D2d": case "D4h": case "D6h": return onAxis(x);
            default: return 0;
        }
    }

    private int inPlane(double[] normal) {
        int c = 0;
        for (double[] p : r) if (Math.abs(dot(p, normal)) < tolerance) c++;
        return c;
    }

    private int onAxis(double[] u) {
        int c = 0;
        for (double[] p : r) {
            double t = dot(p, u);
            if (dot(p, p) - t * t < tolerance * tolerance) c++;
        }
        return c;
    }

    private List<double[]> directions(double[][] principalAxes, int level) {
        List<double[]> out = new ArrayList<>();
        for (double[] u : principalAxes) out.add(unit(u));
        if (level >= 1)
            for (double[] p : r) if (norm(p) > tolerance) out.add(unit(p));
        if (level >= 2) {
            int n = r.length;
            for (int i = 0; i < n; i++)
                for (int j = i + 1; j < n; j++) {
                    if (z[i] != z[j] || Math.abs(norm(r[i]) - norm(r[j])) > tolerance) continue;
                    for (int s = -1; s <= 1; s += 2) {
                        double[] v = {r[i][0] + s * r[j][0], r[i][1] + s * r[j][1], r[i][2] + s * r[j][2]};
                        if (norm(v) > tolerance) out.add(unit(v));
                    }
                }
        }
        return out;
    }

    private static void addIfNew(List<double[]> list, double[] u) {
        for (double[] v : list) if (Math.abs(Math.abs(dot(u, v)) - 1) < 1e-6) return;
        list.add(u);
    }

    private static double[] anyPerpendicular(double[] u) {
        double[] t = Math.abs(u[0]) < 0.9 ? new double[] {1, 0, 0} : new double[] {0, 1, 0};
        return cross(u, t);
    }
}
