package dev.curvature.io;

import dev.curvature.build.CdkConversion;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Text of structures in XYZ and SDF (MDL V2000) format. */
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

    /**
     * One SDF record (V2000, terminated by $$$$). Coordinates have the format's 4 decimals; aromatic
     * bonds (order 4) are written as MDL bond type 4; charges as M  CHG lines.
     */
    public static String sdf(Structure s) {
        if (s.atomCount() > 999 || s.bonds().size() > 999)
            throw new IllegalArgumentException(s.name() + ": too many atoms or bonds for SDF V2000 (max 999)");
        StringBuilder sb = new StringBuilder();
        sb.append(truncate(oneLine(s.name()), 80)).append('\n');
        sb.append("  Curvatur          3D\n");
        sb.append('\n');
        sb.append(String.format(Locale.ROOT, "%3d%3d  0  0  0  0  0  0  0  0999 V2000%n", s.atomCount(), s.bonds().size()));
        for (int a = 0; a < s.atomCount(); a++)
            sb.append(String.format(Locale.ROOT, "%10.4f%10.4f%10.4f %-3s 0  0  0  0  0  0  0  0  0  0  0  0%n",
                    s.x(a), s.y(a), s.z(a), s.element(a).symbol()));
        for (Bond b : s.bonds())
            sb.append(String.format(Locale.ROOT, "%3d%3d%3d  0  0  0  0%n", b.i() + 1, b.j() + 1, b.order()));
        List<int[]> charged = new ArrayList<>();
        for (int a = 0; a < s.atomCount(); a++) if (s.formalCharge(a) != 0) charged.add(new int[]{a + 1, s.formalCharge(a)});
        for (int start = 0; start < charged.size(); start += 8) {
            List<int[]> chunk = charged.subList(start, Math.min(start + 8, charged.size()));
            sb.append(String.format(Locale.ROOT, "M  CHG%3d", chunk.size()));
            for (int[] c : chunk) sb.append(String.format(Locale.ROOT, " %3d %3d", c[0], c[1]));
            sb.append('\n');
        }
        sb.append("M  END\n");
        int sumFormal = 0;
        for (int a = 0; a < s.atomCount(); a++) sumFormal += s.formalCharge(a);
        if (sumFormal != s.totalCharge())
            sb.append("> <").append(CdkConversion.TOTAL_CHARGE_PROPERTY).append(">\n").append(s.totalCharge()).append("\n\n");
        sb.append("$$$$\n");
        return sb.toString();
    }

    private static String oneLine(String s) { return s.replaceAll("[\\r\\n]+", " ").strip(); }

    private static String truncate(String s, int max) { return s.length() > max ? s.substring(0, max) : s; }
}
