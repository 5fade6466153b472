package dev.curvature.jmol;

import java.util.Locale;

/**
 * Colour scales for per-atom values in Jmol: charges on a diverging red–white–blue scale centred on
 * 0 (white is zero, symmetric range), responses that all have one sign on a sequential scale from
 * white at 0 (an all-positive response must not look like charge signs), with a short legend that
 * fits Jmol's window.
 */
record ColourScale(String scheme, double low, double high, String lowName, String highName, boolean diverging) {
    /** Jmol custom scheme: white → orange → dark brown. */
    static final String SEQUENTIAL = "[xFFFFFF] [xFDB863] [xE66101] [x7F2704]";

    /** Red for the most negative, white for 0, blue for the most positive (range ±max|v|). */
    static ColourScale diverging(double[] values) {
        double a = 0;
        for (double v : values) a = Math.max(a, Math.abs(v));
        if (a == 0) a = 0.1;
        return new ColourScale("rwb", -a, a, "red", "blue", true);
    }

    /** Sequential from 0 when every value has one sign (within round-off), else diverging. */
    static ColourScale forResponse(double[] values) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double v : values) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        double tiny = 1e-9 * Math.max(Math.abs(lo), Math.abs(hi));
        if (lo >= -tiny) return new ColourScale(SEQUENTIAL, 0, hi > 0 ? hi : 0.1, "white", "brown", false);
        if (hi <= tiny) return new ColourScale(reversed(SEQUENTIAL), lo < 0 ? lo : -0.1, 0, "brown", "white", false);
        return diverging(values);
    }

    private static String reversed(String scheme) {
        String[] parts = scheme.split(" ");
        StringBuilder b = new StringBuilder();
        for (int i = parts.length - 1; i >= 0; i--) b.append(parts[i]).append(i > 0 ? " " : "");
        return b.toString();
    }

    /** The Jmol command colouring the selected atoms by this property. */
    String colourScript(String property) {
        return String.format(Locale.ROOT, "color atoms property %s \"%s\" range %.5f %.5f", property, scheme, low, high);
    }

    /** "red −0.64 · white 0 · blue +0.64", or "white 0 → brown 0.31". */
    String legend(String format) {
        if (diverging)
            return String.format(Locale.ROOT, "%s " + format + " · white 0 · %s +" + format, lowName, low, highName, high);
        return String.format(Locale.ROOT, "%s " + format + " → %s " + format, lowName, low, highName, high);
    }
}
