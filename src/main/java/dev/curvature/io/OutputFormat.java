package dev.curvature.io;

import java.util.Locale;

/** Structure formats Curvature writes. */
public enum OutputFormat {
    XYZ, SDF;

    /** By extension: .xyz → XYZ; .sdf, .sd, .mol → SDF (V2000); null otherwise. */
    public static OutputFormat byExtension(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xyz")) return XYZ;
        if (lower.endsWith(".sdf") || lower.endsWith(".sd") || lower.endsWith(".mol")) return SDF;
        return null;
    }
}
