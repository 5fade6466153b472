package dev.curvature.build;

import dev.curvature.structure.Bond;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.curvature.linalg.Vec3.cross;
import static dev.curvature.linalg.Vec3.dot;
import static dev.curvature.linalg.Vec3.norm;

/**
 * Adds hydrogens to a structure and places them in 3-D from the local geometry: tetrahedral,
 * trigonal or linear around the parent atom (from its bond orders), at typical X–H lengths,
 * staggered/in-plane relative to a neighbour's neighbour. Good starting geometry, not an optimum.
 */
public final class HydrogenPlacement {
    private static final double TETRAHEDRAL = Math.toRadians(109.4712);

    private HydrogenPlacement() {}

    /** Typical X–H bond length in Å. */
    static double bondLengthToHydrogen(Element e) {
        switch (e.atomicNumber()) {
            case 5: return 1.19;
            case 6: return 1.09;
            case 7: return 1.01;
            case 8: return 0.96;
            case 14: return 1.48;
            case 15: return 1.42;
            case 16: return 1.34;
            default: return BondPerception.covalentRadius(e) + 0.37;
        }
    }

    /**
     * The structure with hydrogensPerAtom[a] hydrogens bonded to each atom a, appended after the
     * existing atoms (in order of their parent atoms).
     */
    public static Structure addHydrogens(Structure s, int[] hydrogensPerAtom) {
        int n = s.atomCount();
        int added = Arrays.stream(hydrogensPerAtom).sum();
        if (added == 0) return s;
        Element[] el = new Element[n + added];
        double[] x = Arrays.copyOf(s.positions(), 3 * (n + added));
        int[] q = new int[n + added];
        List<Bond> bonds = new ArrayList<>(s.bonds());
        for (int a = 0; a < n; a++) { el[a] = s.element(a); q[a] = s.formalCharge(a); }
        int[][] nb = s.neighbours();
        int[] maxOrder = new int[n];
        int[] doubles = new int[n];
        for (Bond b : s.bonds()) {
            for (int a : new int[]{b.i(), b.j()}) {
                maxOrder[a] = Math.max(maxOrder[a], b.order());
                if (b.order() == 2) doubles[a]++;
            }
        }
        Element hydrogen = Element.of(1);
        int next = n;
        for (int a = 0; a < n; a++) {
            int k = hydrogensPerAtom[a];
            if (k == 0) continue;
            Geometry g = maxOrder[a] == 3 || doubles[a] >= 2 ? Geometry.LINEAR
                    : maxOrder[a] >= 2 ? Geometry.TRIGONAL : Geometry.TETRAHEDRAL;
            double[][] dirs = directions(s, nb, a, g, k);
            double len = bondLengthToHydrogen(el[a]);
            for (int h = 0; h < k; h++) {
                el[next] = hydrogen;
                for (int c = 0; c < 3; c++) x[3 * next + c] = x[3 * a + c] + len * dirs[h][c];
                bonds.add(new Bond(a, next, 1));
                next++;
            }
        }
        return new Structure(s.name(), el, x, q, bonds, s.totalCharge(), s.cell());
    }

    private enum Geometry { LINEAR, TRIGONAL, TETRAHEDRAL }

    /** k unit vectors from atom a towards its new hydrogens. */
    private static double[][] directions(Structure s, int[][] nb, int a, Geometry g, int k) {
        int n0 = nb[a].length;
        double[][] u = new double[n0][];
        for (int i = 0; i < n0; i++) u[i] = unit(s, a, nb[a][i]);
        List<double[]> out = new ArrayList<>();
        if (n0 == 0) {
            double r3 = 1 / Math.sqrt(3);
            double[][] fixed = g == Geometry.LINEAR ? new double[][]{{1, 0, 0}, {-1, 0, 0}}
                    : g == Geometry.TRIGONAL ? new double[][]{{1, 0, 0}, {-0.5, Math.sqrt(3) / 2, 0}, {-0.5, -Math.sqrt(3) / 2, 0}}
                    : new double[][]{{r3, r3, r3}, {r3, -r3, -r3}, {-r3, r3, -r3}, {-r3, -r3, r3}};
            out.addAll(Arrays.asList(fixed));
        } else if (n0 == 1) {
            double[] axis = u[0];
            double[] p = referencePerpendicular(s, nb, a, nb[a][0], axis);
            double[] qv = cross(axis, p);
            if (g == Geometry.LINEAR) out.add(scale(axis, -1));
            else {
                double theta = g == Geometry.TRIGONAL ? Math.toRadians(120) : TETRAHEDRAL;
                double[] phis = g == Geometry.TRIGONAL ? new double[]{0, Math.PI}
                        : new double[]{Math.PI, Math.PI / 3, -Math.PI / 3};
                for (double phi : phis) out.add(combine(axis, Math.cos(theta), p, Math.sin(theta) * Math.cos(phi), qv, Math.sin(theta) * Math.sin(phi)));
            }
        } else if (n0 == 2) {
            double[] sum = add(u[0], u[1]);
            double[] normal = cross(u[0], u[1]);
            if (norm(sum) < 1e-3) { // neighbours opposite: put hydrogens perpendicular
                double[] p = anyPerpendicular(u[0]);
                out.add(p);
                out.add(scale(p, -1));
            } else {
                double[] bis = normalize(scale(sum, -1));
                if (g == Geometry.TETRAHEDRAL && norm(normal) > 1e-6) {
                    normal = normalize(normal);
                    double half = TETRAHEDRAL / 2;
                    out.add(combine(bis, Math.cos(half), normal, Math.sin(half), normal, 0));
                    out.add(combine(bis, Math.cos(half), normal, -Math.sin(half), normal, 0));
                } else out.add(bis);
            }
        } else {
            double[] sum = new double[3];
            for (double[] v : u) sum = add(sum, v);
            if (norm(sum) > 1e-3) out.add(normalize(scale(sum, -1)));
            else {
                double[] normal = cross(u[0], u[1]);
                out.add(norm(normal) > 1e-6 ? normalize(normal) : anyPerpendicular(u[0]));
            }
        }
        // More hydrogens than the geometry has slots (unusual valence): spread the rest around.
        while (out.size() < k) out.add(anyPerpendicular(out.get(out.size() - 1)));
        return out.subList(0, k).toArray(new double[0][]);
    }

    /** A unit vector perpendicular to axis, in the plane of a neighbour of the neighbour if there is one. */
    private static double[] referencePerpendicular(Structure s, int[][] nb, int a, int neighbour, double[] axis) {
        for (int far : nb[neighbour]) {
            if (far == a) continue;
            double[] r = unit(s, neighbour, far);
            double[] perp = add(r, scale(axis, -dot(r, axis)));
            if (norm(perp) > 1e-3) return normalize(perp);
        }
        return anyPerpendicular(axis);
    }

    private static double[] anyPerpendicular(double[] v) {
        double[] trial = Math.abs(v[0]) < 0.9 ? new double[]{1, 0, 0} : new double[]{0, 1, 0};
        return normalize(cross(v, trial));
    }

    private static double[] unit(Structure s, int from, int to) {
        return normalize(new double[]{s.x(to) - s.x(from), s.y(to) - s.y(from), s.z(to) - s.z(from)});
    }

    private static double[] combine(double[] a, double ca, double[] b, double cb, double[] c, double cc) {
        return normalize(new double[]{a[0] * ca + b[0] * cb + c[0] * cc, a[1] * ca + b[1] * cb + c[1] * cc, a[2] * ca + b[2] * cb + c[2] * cc});
    }

    private static double[] add(double[] a, double[] b) { return new double[]{a[0] + b[0], a[1] + b[1], a[2] + b[2]}; }
    private static double[] scale(double[] a, double f) { return new double[]{a[0] * f, a[1] * f, a[2] * f}; }
    private static double[] normalize(double[] a) {
        double n = norm(a);
        return n == 0 ? new double[]{1, 0, 0} : scale(a, 1 / n);
    }
}
