package dev.curvature.io;

import dev.curvature.structure.Bond;
import dev.curvature.structure.Structure;

import java.util.Locale;

/**
 * One MDL V3000 molfile connection table (CTfile formats, BIOVIA 2020, ch. "The Extended (V3000)
 * Molfile"): the form for structures past V2000's 999 atoms or bonds. Unlike V2000's fixed
 * 10.4 columns it is free-format, so coordinates get 8 decimals: rounding them moves an atom by
 * at most 1e-8 Å, which changes forces by ~1e-5 kcal/mol/Å on the stiffest bonds, so a geometry
 * converged to the default 1e-4 kcal/mol/Å stays converged when read back (SdfV3000WriterTest).
 * Formal charges go in CHG=, isotope labels in MASS=. Lines longer than 80 characters are
 * continued with a trailing '-' as the format requires.
 */
final class SdfV3000Format {
    private static final int MAX_LINE = 80;
    private static final String PREFIX = "M  V30 ";

    private SdfV3000Format() { }

    /** The counts line, the CTAB block and M  END (without title/header lines and data items). */
    static void connectionTable(Structure s, StringBuilder sb) {
        sb.append("  0  0  0     0  0            999 V3000\n");
        v30(sb, "BEGIN CTAB");
        v30(sb, "COUNTS " + s.atomCount() + " " + s.bonds().size() + " 0 0 0");
        v30(sb, "BEGIN ATOM");
        StringBuilder line = new StringBuilder(96);
        for (int a = 0; a < s.atomCount(); a++) {
            line.setLength(0);
            line.append(a + 1).append(' ').append(s.element(a).symbol());
            line.append(' ').append(coordinate(s.x(a))).append(' ').append(coordinate(s.y(a))).append(' ').append(coordinate(s.z(a)));
            line.append(" 0");
            if (s.formalCharge(a) != 0) line.append(" CHG=").append(s.formalCharge(a));
            if (s.massNumber(a) != 0) line.append(" MASS=").append(s.massNumber(a));
            v30(sb, line.toString());
        }
        v30(sb, "END ATOM");
        if (!s.bonds().isEmpty()) {
            v30(sb, "BEGIN BOND");
            int k = 0;
            for (Bond b : s.bonds()) v30(sb, (++k) + " " + b.order() + " " + (b.i() + 1) + " " + (b.j() + 1));
            v30(sb, "END BOND");
        }
        v30(sb, "END CTAB");
        sb.append("M  END\n");
    }

    /** %.8f without a negative zero (-0.00000000 reads back as 0 anyway, but diffs stay clean). */
    static String coordinate(double v) {
        String t = String.format(Locale.ROOT, "%.8f", v);
        return t.equals("-0.00000000") ? "0.00000000" : t;
    }

    /** One V30 line, split at spaces into continuation lines ("-" at the end) if it would pass 80 characters. */
    private static void v30(StringBuilder sb, String content) {
        String rest = content;
        while (PREFIX.length() + rest.length() > MAX_LINE) {
            int cut = rest.lastIndexOf(' ', MAX_LINE - PREFIX.length() - 1);
            if (cut <= 0) break; // one token longer than a line: cannot happen with these fields
            sb.append(PREFIX).append(rest, 0, cut + 1).append("-\n");
            rest = rest.substring(cut + 1);
        }
        sb.append(PREFIX).append(rest).append('\n');
    }
}
