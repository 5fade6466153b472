package dev.curvature.io;

import dev.curvature.build.CdkConversion;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Text of structures in XYZ and SDF (MDL V2000, V3000 past 999 atoms or bonds) format. */
public final class StructureFormatter {
    private StructureFormatter() {}

    public static String format(Structure s, OutputFormat format) {
        return format == OutputFormat.XYZ ? xyz(s) : sdf(s);
    }

    /** XYZ: atom count, title line, then "Symbol x y z" in Å with 8 decimals (lossless enough for restarts). */
    public static String xyz(Structure s) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.atomCount()).append('\n').append(oneLine(s.name())).append('\n');
        for (int a = 0; a < s.atomCount(); a++)
            sb.append(String.format(Locale.ROOT, "%-2s %16.8f %16.8f %16.8f%n", s.element(a).symbol(), s.x(a), s.y(a), s.z(a)));
        return sb.toString();
    }

    /** Largest atom or bond count a V2000 counts line can hold. */
    static final int V2000_MAX = 999;

    /**
     * One SDF record terminated by $$$$: MDL V2000 where it fits (≤ 999 atoms and bonds; the
     * format's 4 decimals), else V3000 ({@link SdfV3000Format}, 8 decimals). Aromatic bonds (order
     * 4) are written as MDL bond type 4; formal charges as M  CHG (V3000: CHG=), isotope labels as
     * M  ISO (MASS=); a total charge that differs from the formal charges' sum as a data item.
     */
    public static String sdf(Structure s) {
        return sdf(s, s.atomCount() > V2000_MAX || s.bonds().size() > V2000_MAX);
    }

    /** One SDF record in V3000 (or V2000, which must fit) regardless of size. */
    static String sdf(Structure s, boolean v3000) {
        if (!v3000 && (s.atomCount() > V2000_MAX || s.bonds().size() > V2000_MAX))
            throw new IllegalArgumentException(s.name() + ": too many atoms or bonds for SDF V2000 (max 999)");
        StringBuilder sb = new StringBuilder();
        sb.append(truncate(oneLine(s.name()), 80)).append('\n');
        sb.append("  Curvatur          3D\n");
        sb.append('\n');
        if (v3000) SdfV3000Format.connectionTable(s, sb);
        else v2000(s, sb);
        int sumFormal = 0;
        for (int a = 0; a < s.atomCount(); a++) sumFormal += s.formalCharge(a);
        if (sumFormal != s.totalCharge())
            sb.append("> <").append(CdkConversion.TOTAL_CHARGE_PROPERTY).append(">\n").append(s.totalCharge()).append("\n\n");
        sb.append("$$$$\n");
        return sb.toString();
    }

    private static void v2000(Structure s, StringBuilder sb) {
        sb.append(String.format(Locale.ROOT, "%3d%3d  0  0  0  0  0  0  0  0999 V2000%n", s.atomCount(), s.bonds().size()));
        for (int a = 0; a < s.atomCount(); a++)
            sb.append(String.format(Locale.ROOT, "%10.4f%10.4f%10.4f %-3s 0  0  0  0  0  0  0  0  0  0  0  0%n",
                    s.x(a), s.y(a), s.z(a), s.element(a).symbol()));
        for (Bond b : s.bonds())
            sb.append(String.format(Locale.ROOT, "%3d%3d%3d  0  0  0  0%n", b.i() + 1, b.j() + 1, b.order()));
        List<int[]> charged = new ArrayList<>(), labelled = new ArrayList<>();
        for (int a = 0; a < s.atomCount(); a++) {
            if (s.formalCharge(a) != 0) charged.add(new int[]{a + 1, s.formalCharge(a)});
            if (s.massNumber(a) != 0) labelled.add(new int[]{a + 1, s.massNumber(a)});
        }
        propertyLines(sb, "M  CHG", charged);
        propertyLines(sb, "M  ISO", labelled);
        sb.append("M  END\n");
    }

    /** V2000 property lines, at most 8 (atom, value) entries each. */
    private static void propertyLines(StringBuilder sb, String tag, List<int[]> entries) {
        for (int start = 0; start < entries.size(); start += 8) {
            List<int[]> chunk = entries.subList(start, Math.min(start + 8, entries.size()));
            sb.append(tag).append(String.format(Locale.ROOT, "%3d", chunk.size()));
            for (int[] c : chunk) sb.append(String.format(Locale.ROOT, " %3d %3d", c[0], c[1]));
            sb.append('\n');
        }
    }

    private static String oneLine(String s) { return s.replaceAll("[\\r\\n]+", " ").strip(); }

    private static String truncate(String s, int max) { return s.length() > max ? s.substring(0, max) : s; }
}
