package dev.curvature.phonon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A path through the Brillouin zone: labelled points in fractional reciprocal coordinates of the
 * (primitive) cell, joined by straight segments. The standard paths are those of Setyawan &amp;
 * Curtarolo (2010) for the cubic lattices, first branch: sc Γ–X–M–Γ–R–X, fcc Γ–X–W–K–Γ–L,
 * bcc Γ–H–N–Γ–P–H.
 */
public record HighSymmetryPath(List<Point> points) {

    public record Point(String label, double[] fractional) {}

    public HighSymmetryPath {
        if (points.size() < 2) throw new IllegalArgumentException("a path needs at least two points");
        points = List.copyOf(points);
    }

    public static HighSymmetryPath standard(BravaisLattice.Kind kind) {
        return switch (kind) {
            case SC -> of("G", 0, 0, 0, "X", 0, .5, 0, "M", .5, .5, 0, "G", 0, 0, 0, "R", .5, .5, .5, "X", 0, .5, 0);
            case FCC -> of("G", 0, 0, 0, "X", .5, 0, .5, "W", .5, .25, .75, "K", .375, .375, .75, "G", 0, 0, 0, "L", .5, .5, .5);
            case BCC -> of("G", 0, 0, 0, "H", .5, -.5, .5, "N", 0, 0, .5, "G", 0, 0, 0, "P", .25, .25, .25, "H", .5, -.5, .5);
        };
    }

    private static HighSymmetryPath of(Object... v) {
        List<Point> p = new ArrayList<>();
        for (int k = 0; k < v.length; k += 4)
            p.add(new Point((String) v[k], new double[] {((Number) v[k + 1]).doubleValue(), ((Number) v[k + 2]).doubleValue(),
                    ((Number) v[k + 3]).doubleValue()}));
        return new HighSymmetryPath(p);
    }

    /**
     * Parses "G=0,0,0;X=0.5,0,0.5;..." (label=fractional reciprocal coordinates; G is shown as Γ).
     *
     * @throws IllegalArgumentException with a message naming the bad point
     */
    public static HighSymmetryPath parse(String text) {
        List<Point> p = new ArrayList<>();
        for (String part : text.split(";")) {
            String s = part.strip();
            if (s.isEmpty()) continue;
            int eq = s.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("path point '" + s + "': expected LABEL=qa,qb,qc");
            String[] q = s.substring(eq + 1).split(",");
            if (q.length != 3) throw new IllegalArgumentException("path point '" + s + "': expected three coordinates");
            double[] f = new double[3];
            try {
                for (int c = 0; c < 3; c++) f[c] = Double.parseDouble(q[c].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("path point '" + s + "': not a number");
            }
            p.add(new Point(s.substring(0, eq).strip(), f));
        }
        return new HighSymmetryPath(p);
    }

    /** The label as printed: Γ for G or Gamma. */
    public static String display(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        return l.equals("g") || l.equals("gamma") || l.equals("γ") ? "Γ" : label;
    }
}
