package dev.curvature.io;

import java.util.regex.Pattern;

/** Strict number syntax for free-format fields: plain decimals, no NaN, Infinity, hex or type suffixes. */
final class Numbers {
    private Numbers() {}

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d{1,3})?");

    /** Whether s is a decimal number (exponent allowed) whose value is finite. */
    static boolean isDecimal(String s) {
        return DECIMAL.matcher(s).matches() && Double.isFinite(Double.parseDouble(s));
    }

    /** The value of a decimal; NumberFormatException (naming the text) otherwise. */
    static double decimal(String s) {
        if (!isDecimal(s)) throw new NumberFormatException("'" + s + "' is not a finite decimal number");
        return Double.parseDouble(s);
    }
}
