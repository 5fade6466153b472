package dev.curvature.xtb.basis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Stewart's STO-nG expansions (J. Chem. Phys. 52, 431 (1970)) of a Slater function with unit
 * exponent: exponents α_k and coefficients c_k of normalized primitive Gaussians, read from the
 * bundled table sto-ng.txt. A Slater exponent ζ scales the Gaussian exponents by ζ².
 */
public final class StoNg {
    private static final Map<String, double[][]> TABLE = load();

    private StoNg() {}

    private static Map<String, double[][]> load() {
        Map<String, double[][]> t = new HashMap<>();
        try (InputStream in = StoNg.class.getResourceAsStream("/dev/curvature/xtb/sto-ng.txt")) {
            if (in == null) throw new IOException("sto-ng.txt missing from the class path");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String s; (s = r.readLine()) != null; ) {
                lineNo++;
                s = s.trim();
                if (s.isEmpty() || s.startsWith("#")) continue;
                String[] f = s.split("\\s+");
                int ng = Integer.parseInt(f[0]);
                if (f.length != 2 + 2 * ng) throw new IOException("sto-ng.txt line " + lineNo + ": expected " + (2 + 2 * ng) + " fields");
                double[] a = new double[ng], c = new double[ng];
                for (int k = 0; k < ng; k++) {
                    a[k] = Double.parseDouble(f[2 + k]);
                    c[k] = Double.parseDouble(f[2 + ng + k]);
                }
                t.put(ng + f[1], new double[][] {a, c});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }

    /**
     * Primitive exponents (row 0) and contraction coefficients for unit-normalized primitives
     * (row 1) of an n,l Slater function with exponent zeta expanded in ng Gaussians.
     */
    public static double[][] expand(int ng, int n, int l, double zeta) {
        double[][] e = TABLE.get(ng + "" + n + "spdfg".charAt(l));
        if (e == null) throw new IllegalArgumentException("no STO-" + ng + "G expansion for " + n + "spdfg".charAt(l));
        double[] a = new double[ng];
        for (int k = 0; k < ng; k++) a[k] = e[0][k] * zeta * zeta;
        return new double[][] {a, e[1].clone()};
    }
}
