package dev.curvature.xtb.d4;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads xtb-gfn2-dispersion.txt (made by tools/xtb/make_d4_fixtures.py). */
record XtbDispersionFixture(String name, int charge, int unpaired, double dispersionEnergy,
                            int[] atomicNumbers, double[] positionsBohr, double[] charges) {

    /**
     * Å per bohr with which xtb 6.5.1 converts an xyz file: it reads geometries through mctc-lib,
     * which uses CODATA 2018 (its own tables use 0.52917726 elsewhere; with that value here the
     * energies drift by ~6·9e-8 relative, 1.2e-8 Eh on cholesterol).
     */
    static final double XTB_ANGSTROM_PER_BOHR = 0.52917721090380;

    static List<XtbDispersionFixture> load() throws IOException {
        List<XtbDispersionFixture> out = new ArrayList<>();
        try (InputStream in = XtbDispersionFixture.class.getResourceAsStream("xtb-gfn2-dispersion.txt")) {
            if (in == null) throw new IllegalStateException("fixture xtb-gfn2-dispersion.txt missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.startsWith("molecule ")) continue;
                String[] h = line.split("\\s+");
                int n = Integer.parseInt(h[5]);
                int[] z = new int[n];
                double[] xyz = new double[3 * n], q = new double[n];
                for (int i = 0; i < n; i++) {
                    String[] f = r.readLine().trim().split("\\s+");
                    z[i] = Integer.parseInt(f[1]);
                    for (int d = 0; d < 3; d++) xyz[3 * i + d] = Double.parseDouble(f[2 + d]) / XTB_ANGSTROM_PER_BOHR;
                    q[i] = Double.parseDouble(f[5]);
                }
                out.add(new XtbDispersionFixture(h[1], Integer.parseInt(h[2]), Integer.parseInt(h[3]),
                        Double.parseDouble(h[4]), z, xyz, q));
            }
        }
        return out;
    }
}
