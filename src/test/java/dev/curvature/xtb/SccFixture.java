package dev.curvature.xtb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A geometry that is hard for an SCC, run through xtb 6.5.1 by tools/xtb/make_scc_fixtures.py:
 * whether xtb converged with its default settings and, if so, its total energy (Eh) at the
 * fixture's electronic temperature (K). Atomic units.
 */
record SccFixture(String name, int charge, int uhf, double kelvin, int[] z, double[] xyz, boolean xtbConverged,
                  double energy) {

    static SccFixture load(String name) {
        try (InputStream in = SccFixture.class.getResourceAsStream("/dev/curvature/xtb/scc/" + name + ".txt")) {
            if (in == null) throw new IllegalArgumentException("no SCC fixture " + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int charge = 0, uhf = 0;
            double kelvin = 300, energy = Double.NaN;
            boolean converged = false;
            int[] z = null;
            double[] xyz = null;
            for (String s; (s = r.readLine()) != null; ) {
                int hash = s.indexOf('#');
                String[] t = (hash >= 0 ? s.substring(0, hash) : s).trim().split("\\s+");
                switch (t[0]) {
                    case "charge" -> charge = Integer.parseInt(t[1]);
                    case "uhf" -> uhf = Integer.parseInt(t[1]);
                    case "etemp" -> kelvin = Double.parseDouble(t[1]);
                    case "xtb_default_converged" -> converged = t[1].equals("yes");
                    case "energy_total" -> energy = Double.parseDouble(t[1]);
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
                    default -> { }
                }
            }
            return new SccFixture(name, charge, uhf, kelvin, z, xyz, converged, energy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
