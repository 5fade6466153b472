package dev.curvature.symmetry;

import dev.curvature.linalg.PrincipalAxes;
import dev.curvature.structure.MassModel;
import dev.curvature.structure.Structure;
import java.util.ArrayList;
import java.util.List;

import static dev.curvature.linalg.Vec3.cross;
import static dev.curvature.linalg.Vec3.dot;
import static dev.curvature.linalg.Vec3.norm;
import static dev.curvature.linalg.Vec3.unit;

/**
 * Finds the point group of a molecule within a length tolerance: an operation is a symmetry when
 * it maps every atom to within {@code tolerance} Å of an atom of the same element (positions taken
 * relative to the centre of mass).
 *
 * <p>Method. Linear molecules (every atom within the tolerance of one line) are C∞v or D∞h by the
 * presence of inversion. Otherwise rotation axes are searched among candidate directions that must
 * contain every axis: the principal axes of inertia, the atoms' position vectors, the sums rᵢ + rⱼ
 * of atom pairs in one shell (same element, same distance from the centre; a C2 maps i to such a j
 * with rᵢ + rⱼ along the axis), and the normals of triangles of one shell through its first atom
 * (the orbit of an atom under Cn, n ≥ 3, is a regular polygon around the axis). For each candidate
 * the highest order n (among divisors of the number of off-axis atoms of each element) with a valid
 * Cn is kept. More than one axis of order ≥ 3 means a cubic or icosahedral group (I/Ih, O/Oh,
 * T/Td/Th); otherwise the highest-order axis is the principal axis and the usual flowchart follows:
 * perpendicular C2 axes (D groups; σh → Dnh, any mirror → Dnd, else Dn), or none (σh → Cnh, any
 * mirror → Cnv, S2n → S2n, else Cn), or no axis (mirror → Cs, inversion → Ci, else C1). Mirror
 * normals are searched among the principal axes and the differences rᵢ − rⱼ of shell pairs.
 */
public final class PointGroupDetector {
    /** Default tolerance, Å. */
    public static final double DEFAULT_TOLERANCE_ANGSTROM = 0.01;
    /** Two found axes closer than this angle are the same axis (noise in nearly symmetric input). */
    private static final double SAME_AXIS_COS = Math.cos(Math.toRadians(2.0));
    /** An axis is perpendicular to the principal axis if their cosine is below this (about 89°). */
    private static final double PERPENDICULAR_COS = Math.sin(Math.toRadians(1.0));

    private final double tolerance;

    public PointGroupDetector(double toleranceAngstrom) {
        if (!(toleranceAngstrom > 0)) throw new IllegalArgumentException("tolerance must be positive: " + toleranceAngstrom);
        this.tolerance = toleranceAngstrom;
    }

    public PointGroupDetector() { this(DEFAULT_TOLERANCE_ANGSTROM); }

    /** Point group of a structure with the default tolerance. */
    public static PointGroup detect(Structure s) { return new PointGroupDetector().pointGroup(s); }

    public PointGroup pointGroup(Structure s) {
        int n = s.atomCount();
        int[] z = new int[n];
        for (int a = 0; a < n; a++) z[a] = s.atomicNumber(a);
        return pointGroup(z, s.masses(MassModel.STANDARD_ATOMIC_WEIGHT), s.positions());
    }

    /**
     * Point group of atoms given by atomic numbers (which atoms may be exchanged), masses (amu, to
     * find the centre and principal axes) and positions (Å, interleaved 3N).
     */
    public PointGroup pointGroup(int[] atomicNumbers, double[] massesAmu, double[] positionsAngstrom) {
        int n = atomicNumbers.length;
        if (n == 0) throw new IllegalArgumentException("no atoms");
        if (n == 1) return PointGroup.ATOM;
        PrincipalAxes pa = PrincipalAxes.of(massesAmu, positionsAngstrom);
        double[] c = pa.centreOfMass();
        double[][] r = new double[n][3];
        for (int a = 0; a < n; a++)
            for (int k = 0; k < 3; k++) r[a][k] = positionsAngstrom[3 * a + k] - c[k];
        return new Search(atomicNumbers, r, pa).run();
    }

    private final class Search {
        final int[] z;
        final double[][] r;
        final double[] dist;
        final PrincipalAxes pa;
        final int n;

        Search(int[] z, double[][] r, PrincipalAxes pa) {
            this.z = z;
            this.r = r;
            this.pa = pa;
            this.n = z.length;
            dist = new double[n];
            for (int a = 0; a < n; a++) dist[a] = norm(r[a]);
        }

        boolean sameShell(int i, int j) { return z[i] == z[j] && Math.abs(dist[i] - dist[j]) < tolerance; }

        PointGroup run() {
            double[] lineAxis = pa.axis(0);
            // linear: every atom within tolerance of the axis of smallest moment
            boolean linear = true;
            for (int a = 0; a < n && linear; a++) linear = offAxis(r[a], lineAxis) < tolerance;
            if (linear) return isSymmetry(inversion()) ? PointGroup.D_INF_H : PointGroup.C_INF_V;

            List<double[]> axes = new ArrayList<>(); // {ux, uy, uz, order}
            for (double[] u : candidateAxes()) {
                int order = highestOrder(u);
                if (order < 2) continue;
                boolean merged = false;
                for (double[] f : axes)
                    if (Math.abs(dot(f, u)) > SAME_AXIS_COS) {
                        if (order > f[3]) f[3] = order;
                        merged = true;
                        break;
                    }
                if (!merged) axes.add(new double[] {u[0], u[1], u[2], order});
            }
            int nMax = 1, highAxes = 0;
            double[] main = null;
            for (double[] f : axes) {
                if (f[3] >= 3) highAxes++;
                if (f[3] > nMax) { nMax = (int) f[3]; main = f; }
            }
            if (highAxes >= 2) {
                boolean inv = isSymmetry(inversion());
                if (nMax == 5) return inv ? new PointGroup("Ih", 60) : new PointGroup("I", 60);
                if (nMax == 4) return inv ? new PointGroup("Oh", 24) : new PointGroup("O", 24);
                if (inv) return new PointGroup("Th", 12);
                return anyMirror() ? new PointGroup("Td", 12) : new PointGroup("T", 12);
            }
            if (nMax >= 2) {
                double[] u = unit(main);
                int perpendicularC2 = 0;
                for (double[] f : axes) if (f != main && Math.abs(dot(f, u)) < PERPENDICULAR_COS) perpendicularC2++;
                boolean sigmaH = isSymmetry(mirror(u));
                if (perpendicularC2 > 0) {
                    if (sigmaH) return PointGroup.dihedral(nMax, "h");
                    return anyMirror() ? PointGroup.dihedral(nMax, "d") : PointGroup.dihedral(nMax, "");
                }
                if (sigmaH) return PointGroup.cyclic("C", nMax, "h");
                if (anyMirror()) return PointGroup.cyclic("C", nMax, "v");
                if (isSymmetry(improper(u, 2 * nMax))) return new PointGroup("S" + 2 * nMax, nMax);
                return PointGroup.cyclic("C", nMax, "");
            }
            if (anyMirror()) return new PointGroup("Cs", 1);
            if (isSymmetry(inversion())) return new PointGroup("Ci", 1);
            return new PointGroup("C1", 1);
        }

        List<double[]> candidateAxes() {
            List<double[]> out = new ArrayList<>();
            for (int k = 0; k < 3; k++) out.add(pa.axis(k));
            for (int a = 0; a < n; a++) if (dist[a] > tolerance) out.add(unit(r[a]));
            for (int i = 0; i < n; i++)
                for (int j = i + 1; j < n; j++) {
                    if (!sameShell(i, j)) continue;
                    double[] s = {r[i][0] + r[j][0], r[i][1] + r[j][1], r[i][2] + r[j][2]};
                    if (norm(s) > tolerance) out.add(unit(s));
                }
            // triangle normals through the first atom of each shell of ≥ 3 off-centre atoms
            boolean[] seen = new boolean[n];
            for (int i = 0; i < n; i++) {
                if (seen[i] || dist[i] < tolerance) continue;
                List<Integer> shell = new ArrayList<>();
                for (int j = i; j < n; j++) if (sameShell(i, j)) { shell.add(j); seen[j] = true; }
                if (shell.size() < 3) continue;
                for (int p = 1; p < shell.size(); p++)
                    for (int q = p + 1; q < shell.size(); q++) {
                        double[] a = r[shell.get(p)], b = r[shell.get(q)];
                        double[] e1 = {a[0] - r[i][0], a[1] - r[i][1], a[2] - r[i][2]};
                        double[] e2 = {b[0] - r[i][0], b[1] - r[i][1], b[2] - r[i][2]};
                        double[] nrm = cross(e1, e2);
                        if (norm(nrm) > tolerance * tolerance) out.add(unit(nrm));
                    }
            }
            return out;
        }

        /** Highest n ≥ 2 with a proper Cn about u, or 1. */
        int highestOrder(double[] u) {
            // n must divide the number of off-axis atoms of every element
            java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
            for (int a = 0; a < n; a++) if (offAxis(r[a], u) >= tolerance) counts.merge(z[a], 1, Integer::sum);
            int g = 0;
            for (int v : counts.values()) g = gcd(g, v);
            for (int order = g; order >= 2; order--)
                if (g % order == 0 && isSymmetry(rotation(u, 2 * Math.PI / order))) return order;
            return 1;
        }

        boolean anyMirror() {
            for (int k = 0; k < 3; k++) if (isSymmetry(mirror(pa.axis(k)))) return true;
            for (int i = 0; i < n; i++)
                for (int j = i + 1; j < n; j++) {
                    if (!sameShell(i, j)) continue;
                    double[] d = {r[i][0] - r[j][0], r[i][1] - r[j][1], r[i][2] - r[j][2]};
                    if (norm(d) > tolerance && isSymmetry(mirror(unit(d)))) return true;
                }
            return false;
        }

        /** Whether the 3×3 matrix maps every atom onto an atom of the same element. */
        boolean isSymmetry(double[] m) {
            double tol2 = tolerance * tolerance;
            for (int a = 0; a < n; a++) {
                double x = m[0] * r[a][0] + m[1] * r[a][1] + m[2] * r[a][2];
                double y = m[3] * r[a][0] + m[4] * r[a][1] + m[5] * r[a][2];
                double w = m[6] * r[a][0] + m[7] * r[a][1] + m[8] * r[a][2];
                boolean found = false;
                for (int b = 0; b < n && !found; b++) {
                    if (z[b] != z[a]) continue;
                    double dx = x - r[b][0], dy = y - r[b][1], dz = w - r[b][2];
                    found = dx * dx + dy * dy + dz * dz < tol2;
                }
                if (!found) return false;
            }
            return true;
        }
    }

    static double[] inversion() { return new double[] {-1, 0, 0, 0, -1, 0, 0, 0, -1}; }

    /** Reflection through the plane with unit normal u. */
    static double[] mirror(double[] u) {
        double[] m = new double[9];
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++) m[3 * i + j] = (i == j ? 1 : 0) - 2 * u[i] * u[j];
        return m;
    }

    /** Proper rotation about unit axis u by angle. */
    static double[] rotation(double[] u, double angle) {
        double c = Math.cos(angle), s = Math.sin(angle), t = 1 - c;
        double x = u[0], y = u[1], zz = u[2];
        return new double[] {
            t * x * x + c, t * x * y - s * zz, t * x * zz + s * y,
            t * x * y + s * zz, t * y * y + c, t * y * zz - s * x,
            t * x * zz - s * y, t * y * zz + s * x, t * zz * zz + c};
    }

    /** Improper rotation S_order about u: rotation by 2π/order followed by reflection through the plane ⟂ u. */
    static double[] improper(double[] u, int order) {
        return CharacterTable.mul(mirror(u), rotation(u, 2 * Math.PI / order));
    }

    private static double offAxis(double[] v, double[] u) {
        double p = dot(v, u);
        double d2 = dot(v, v) - p * p;
        return d2 > 0 ? Math.sqrt(d2) : 0;
    }

    private static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }
}
