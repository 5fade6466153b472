package dev.curvature.xtb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** A reference calculation by xtb 6.5.1 (made by tools/xtb/make_fixtures.py), atomic units. */
public record XtbFixture(String name, int charge, int uhf, int[] z, double[] xyz, Map<String, Double> energies,
                         double[] charges, double[] dipole, double[] gradient) {

    public static final String[] NAMES = {"water", "methane", "ammonia", "hydrogen_fluoride", "carbon_dioxide",
            "formaldehyde", "methanol", "acetone", "benzene", "acetate", "ammonium", "methyl_radical",
            "hydroxyl_radical", "chloromethane", "dimethyl_sulfide", "trimethylphosphine", "silane", "bromobenzene"};

    public static XtbFixture load(String name) {
        try (InputStream in = XtbFixture.class.getResourceAsStream("/dev/curvature/xtb/fixtures/" + name + ".txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int charge = 0, uhf = 0;
            int[] z = null;
            double[] xyz = null, q = null, dip = null, grad = null;
            Map<String, Double> e = new HashMap<>();
            for (String s; (s = r.readLine()) != null; ) {
                int hash = s.indexOf('#');
                if (hash >= 0) s = s.substring(0, hash);
                String[] t = s.trim().split("\\s+");
                if (t[0].isEmpty()) continue;
                switch (t[0]) {
                    case "charge" -> charge = Integer.parseInt(t[1]);
                    case "uhf" -> uhf = Integer.parseInt(t[1]);
                    case "atoms" -> {
                        int n = Integer.parseInt(t[1]);
                        z = new int[n];
                        xyz = new double[3 * n];
                        for (int a = 0; a < n; a++) {
                            String[] f = r.readLine().trim().split("\\s+");
                            z[a] = Integer.parseInt(f[0]);
                            for (int k = 0; k < 3; k++) xyz[3 * a + k] = Double.parseDouble(f[1 + k]);
                        }
                    }
                    case "charges" -> q = numbers(t);
                    case "dipole" -> dip = numbers(t);
                    case "gradient" -> grad = numbers(t);
                    default -> {
                        if (t[0].startsWith("energy_")) e.put(t[0].substring(7), Double.parseDouble(t[1]));
                    }
                }
            }
            return new XtbFixture(name, charge, uhf, z, xyz, e, q, dip, grad);
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    private static double[] numbers(String[] t) {
        double[] v = new double[t.length - 1];
        for (int i = 1; i < t.length; i++) v[i - 1] = Double.parseDouble(t[i]);
        return v;
    }
}
