package dev.curvature.phonon;

import dev.curvature.periodic.Lattice;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Cell;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Recognises the cubic Bravais lattices (simple, face- and body-centred) of a crystal given in
 * either its conventional cubic cell (centring found as pure translations that map every atom
 * onto an atom of the same element) or the primitive cell in the setting of Setyawan &amp;
 * Curtarolo (Comput. Mater. Sci. 49, 299, 2010): a/2 (0,1,1), (1,0,1), (1,1,0) for fcc,
 * a/2 (−1,1,1), (1,−1,1), (1,1,−1) for bcc — or any basis with the same lengths and angles. It
 * returns the primitive cell, on which the standard high-symmetry points have those authors'
 * fractional coordinates. Other lattices are not recognised (give the path explicitly).
 */
public final class BravaisLattice {
    public enum Kind { SC, FCC, BCC }

    /** The lattice kind and the primitive cell with its atoms. */
    public record Recognised(Kind kind, Structure primitive) {}

    private static final double TOL = 1e-4;

    private BravaisLattice() {}

    /** The recognised cubic lattice, or null. */
    public static Recognised recognise(Structure s) {
        Lattice lat = new Lattice(s.cell());
        double[] p = lat.parameters();
        boolean equalLengths = Math.abs(p[0] - p[1]) < TOL * p[0] && Math.abs(p[0] - p[2]) < TOL * p[0];
        if (!equalLengths) return null;
        double tetra = Math.toDegrees(Math.acos(-1.0 / 3));
        if (allAngles(p, 90)) {
            List<double[]> t = centring(s, lat);
            if (t.isEmpty()) return new Recognised(Kind.SC, s);
            if (t.size() == 3 && containsAll(t, new double[][] {{0, .5, .5}, {.5, 0, .5}, {.5, .5, 0}}))
                return new Recognised(Kind.FCC, reduce(s, lat, new double[][] {{0, .5, .5}, {.5, 0, .5}, {.5, .5, 0}}));
            if (t.size() == 1 && containsAll(t, new double[][] {{.5, .5, .5}}))
                return new Recognised(Kind.BCC, reduce(s, lat, new double[][] {{-.5, .5, .5}, {.5, -.5, .5}, {.5, .5, -.5}}));
            return null;
        }
        if (!centring(s, lat).isEmpty()) return null;
        if (allAngles(p, 60)) return new Recognised(Kind.FCC, s);
        if (allAngles(p, tetra)) return new Recognised(Kind.BCC, s);
        return null;
    }

    private static boolean allAngles(double[] p, double deg) {
        return Math.abs(p[3] - deg) < 1e-3 && Math.abs(p[4] - deg) < 1e-3 && Math.abs(p[5] - deg) < 1e-3;
    }

    /** Fractional translations (in [0,1)³, not 0) mapping the crystal onto itself. */
    static List<double[]> centring(Structure s, Lattice lat) {
        int n = s.atomCount();
        double[] f = lat.fractional(s.positions());
        List<double[]> out = new ArrayList<>();
        for (int j = 1; j < n; j++) {
            if (s.element(j) != s.element(0)) continue;
            double[] t = new double[3];
            for (int c = 0; c < 3; c++) { t[c] = f[3 * j + c] - f[c]; t[c] -= Math.floor(t[c] + 1e-9); }
            if (maps(s, lat, f, t)) out.add(t);
        }
        return out;
    }

    private static boolean maps(Structure s, Lattice lat, double[] f, double[] t) {
        int n = s.atomCount();
        double[] d = new double[3];
        for (int i = 0; i < n; i++) {
            boolean found = false;
            for (int j = 0; j < n && !found; j++) {
                if (s.element(j) != s.element(i)) continue;
                double[] u = new double[3];
                for (int c = 0; c < 3; c++) { u[c] = f[3 * j + c] - f[3 * i + c] - t[c]; u[c] -= Math.rint(u[c]); }
                lat.toCartesian(u[0], u[1], u[2], d);
                found = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]) < 1e-3;
            }
            if (!found) return false;
        }
        return true;
    }

    private static boolean containsAll(List<double[]> t, double[][] wanted) {
        for (double[] w : wanted) {
            boolean found = false;
            for (double[] v : t) found |= Math.abs(v[0] - w[0]) < TOL && Math.abs(v[1] - w[1]) < TOL && Math.abs(v[2] - w[2]) < TOL;
            if (!found) return false;
        }
        return true;
    }

    /** The primitive cell with rows Σ_k m_rk · (conventional row k), one atom per translation class. */
    private static Structure reduce(Structure s, Lattice conv, double[][] m) {
        double[][] v = new double[3][3];
        for (int r = 0; r < 3; r++)
            for (int c = 0; c < 3; c++) v[r][c] = m[r][0] * conv.vector(0, c) + m[r][1] * conv.vector(1, c) + m[r][2] * conv.vector(2, c);
        Cell cell = new Cell(v);
        Lattice prim = new Lattice(cell);
        double[] f = prim.fractional(s.positions());
        List<Integer> kept = new ArrayList<>();
        List<double[]> keptF = new ArrayList<>();
        double[] d = new double[3];
        for (int i = 0; i < s.atomCount(); i++) {
            double[] w = new double[3];
            for (int c = 0; c < 3; c++) { w[c] = f[3 * i + c] - Math.floor(f[3 * i + c]); if (w[c] > 1 - 1e-9) w[c] = 0; }
            boolean dup = false;
            for (double[] u : keptF) {
                double[] e = {w[0] - u[0], w[1] - u[1], w[2] - u[2]};
                for (int c = 0; c < 3; c++) e[c] -= Math.rint(e[c]);
                prim.toCartesian(e[0], e[1], e[2], d);
                dup |= Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]) < 1e-3;
            }
            if (!dup) { kept.add(i); keptF.add(w); }
        }
        Element[] el = new Element[kept.size()];
        int[] q = new int[kept.size()];
        double[] frac = new double[3 * kept.size()];
        for (int k = 0; k < kept.size(); k++) {
            el[k] = s.element(kept.get(k));
            q[k] = s.formalCharge(kept.get(k));
            System.arraycopy(keptF.get(k), 0, frac, 3 * k, 3);
        }
        int total = 0;
        for (int c : q) total += c;
        return new Structure(s.name() + " (primitive)", el, prim.cartesian(frac), q, List.<Bond>of(), total, cell);
    }
}
