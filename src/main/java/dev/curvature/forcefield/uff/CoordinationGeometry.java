package dev.curvature.forcefield.uff;

import dev.curvature.structure.Structure;

import static dev.curvature.linalg.Vec3.dot;
import static dev.curvature.linalg.Vec3.triple;

/**
 * The coordination shapes RDKit reads from 3-D coordinates when it loads a mol file (its
 * "chirality from 3D" step) and that then fix an atom's hybridization: square planar → SP2D,
 * trigonal bipyramidal → SP3D, octahedral → SP3D2 (only for Z ≥ 15 with 3–6 neighbours, found from
 * pairs of nearly opposite bonds), and tetrahedral (4 neighbours, non-zero volume) → SP3.
 */
final class CoordinationGeometry {
    /** Bonds count as opposite when the cosine of their angle is below -(1 - this). */
    private static final double OPPOSITE_TOLERANCE = 0.1;
    private static final double ZERO_VOLUME = 0.1;

    private CoordinationGeometry() { }

    /** The hybridization a 3-D coordination shape imposes, or null if none. */
    static Hybridization hybridizationFrom3D(Structure s, int atom, int[] nbrs) {
        int degree = nbrs.length;
        if (degree < 3 || degree > 6) return null;
        if (s.atomicNumber(atom) >= 15) {
            Hybridization h = nonTetrahedral(s, atom, nbrs);
            if (h != null) return h;
        }
        if (degree == 4 && Math.abs(volume(s, atom, nbrs)) > ZERO_VOLUME) return Hybridization.SP3;
        return null;
    }

    private static Hybridization nonTetrahedral(Structure s, int atom, int[] nbrs) {
        int count = nbrs.length;
        double[][] v = new double[count][];
        for (int k = 0; k < count; k++) v[k] = unit(s, atom, nbrs[k]);
        int[] pair = new int[count];
        int pairs = 0;
        for (int i = 0; i < count; i++)
            for (int j = i + 1; j < count; j++)
                if (dot(v[i], v[j]) < -(1 - OPPOSITE_TOLERANCE)) {
                    if (pair[i] != 0 || pair[j] != 0) return null;
                    pair[i] = j + 1;
                    pair[j] = i + 1;
                    pairs++;
                }
        switch (pairs) {
            case 1:
                if (count == 3) return Hybridization.SP2D;             // T-shape, tagged square planar
                if (count == 4) {                                       // see-saw
                    int a = -1, b = -1;
                    for (int k = 0; k < 4; k++) if (pair[k] == 0) { if (a < 0) a = k; else b = k; }
                    double angle = Math.acos(Math.max(-1, Math.min(1, dot(v[a], v[b]))));
                    return angle < Math.toRadians(100) ? Hybridization.SP3D2 : Hybridization.SP3D;
                }
                if (count == 5) return Hybridization.SP3D;
                return null;
            case 2:
                if (count == 4) return Hybridization.SP2D;
                if (count == 5) return Hybridization.SP3D2;             // square pyramidal, tagged octahedral
                return null;
            case 3:
                return count == 6 ? Hybridization.SP3D2 : null;
            default:
                return null;
        }
    }

    private static double volume(Structure s, int atom, int[] nbrs) {
        double[] a = diff(s, atom, nbrs[0]), b = diff(s, atom, nbrs[1]), c = diff(s, atom, nbrs[2]);
        return triple(a, b, c);
    }

    private static double[] diff(Structure s, int from, int to) {
        return new double[]{s.x(to) - s.x(from), s.y(to) - s.y(from), s.z(to) - s.z(from)};
    }

    private static double[] unit(Structure s, int from, int to) {
        double[] d = diff(s, from, to);
        double len = Math.sqrt(dot(d, d));
        return new double[]{d[0] / len, d[1] / len, d[2] / len};
    }
}
