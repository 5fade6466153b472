package dev.curvature.io.crystal;

import java.util.Locale;

/**
 * A space-group operation in Jones' faithful notation as CIF writes it, e.g. "-x+1/2, y, -z+1/4"
 * or "1/2+x,-y,z": each output coordinate is a linear combination of x, y, z plus a constant
 * (fractions or decimals).
 */
record SymmetryOperation(double[] rotation, double[] translation) {

    static SymmetryOperation parse(String text, int line) throws CrystalFormatException {
        String[] parts = text.replace(" ", "").toLowerCase(Locale.ROOT).split(",");
        if (parts.length != 3) throw CrystalFormatException.at(line, "symmetry operation '" + text + "' needs three comma-separated parts");
        double[] r = new double[9], t = new double[3];
        for (int row = 0; row < 3; row++) {
            String s = parts[row];
            if (s.isEmpty()) throw CrystalFormatException.at(line, "symmetry operation '" + text + "' has an empty part");
            int i = 0;
            while (i < s.length()) {
                double sign = 1;
                if (s.charAt(i) == '+' || s.charAt(i) == '-') { sign = s.charAt(i) == '-' ? -1 : 1; i++; }
                int start = i;
                while (i < s.length() && s.charAt(i) != '+' && s.charAt(i) != '-') i++;
                String term = s.substring(start, i);
                if (term.isEmpty()) throw CrystalFormatException.at(line, "symmetry operation '" + text + "' is malformed");
                char last = term.charAt(term.length() - 1);
                if (last == 'x' || last == 'y' || last == 'z') {
                    double coeff = term.length() == 1 ? 1 : fraction(term.substring(0, term.length() - 1).replace("*", ""), text, line);
                    r[3 * row + (last - 'x')] += sign * coeff;
                } else {
                    t[row] += sign * fraction(term, text, line);
                }
            }
        }
        return new SymmetryOperation(r, t);
    }

    private static double fraction(String s, String text, int line) throws CrystalFormatException {
        try {
            int slash = s.indexOf('/');
            if (slash < 0) return Double.parseDouble(s);
            return Double.parseDouble(s.substring(0, slash)) / Double.parseDouble(s.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw CrystalFormatException.at(line, "symmetry operation '" + text + "': '" + s + "' is not a number");
        }
    }

    double[] apply(double[] f) {
        double[] out = new double[3];
        for (int row = 0; row < 3; row++)
            out[row] = rotation[3 * row] * f[0] + rotation[3 * row + 1] * f[1] + rotation[3 * row + 2] * f[2] + translation[row];
        return out;
    }
}
