package dev.curvature.xtb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The GFN2-xTB reference set made by tools/xtb/make_reference_set.py from Debian's xtb 6.5.1:
 * single points of ~60 molecules (MMFF94 suite entries and hand-made inorganic ones), atomic units.
 */
public final class XtbReferenceSet {
    public static final String RESOURCE = "/dev/curvature/xtb/xtb-gfn2-reference-set.txt";

    /**
     * One xtb single point: positions bohr, energy Eh, dipole e·bohr, gradient Eh/bohr as xtb prints
     * it, and for some molecules (else null) xtb's gradient from differences of its own energies.
     */
    public record Entry(String name, int charge, int uhf, String source, int[] z, double[] xyz,
                        double energy, double[] dipole, double[] gradient, double[] energyDifferences) { }

    private XtbReferenceSet() { }

    public static List<Entry> load() {
        try (InputStream in = XtbReferenceSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing test resource " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Entry> out = new ArrayList<>();
            for (String s; (s = r.readLine()) != null; ) {
                if (!s.startsWith("molecule ")) continue;
                String[] h = s.split("\\s+", 6);
                int n = Integer.parseInt(h[4]);
                double energy = Double.parseDouble(r.readLine().trim().split("\\s+")[1]);
                String[] d = r.readLine().trim().split("\\s+");
                double[] dipole = {Double.parseDouble(d[1]), Double.parseDouble(d[2]), Double.parseDouble(d[3])};
                int[] z = new int[n];
                double[] xyz = new double[3 * n], grad = new double[3 * n];
                for (int a = 0; a < n; a++) {
                    String[] f = r.readLine().trim().split("\\s+");
                    z[a] = Integer.parseInt(f[0]);
                    for (int k = 0; k < 3; k++) {
                        xyz[3 * a + k] = Double.parseDouble(f[1 + k]);
                        grad[3 * a + k] = Double.parseDouble(f[4 + k]);
                    }
                }
                double[] fd = null;
                r.mark(200);
                String next = r.readLine();
                if (next != null && next.startsWith("energy_differences")) {
                    fd = new double[3 * n];
                    for (int a = 0; a < n; a++) {
                        String[] f = r.readLine().trim().split("\\s+");
                        for (int k = 0; k < 3; k++) fd[3 * a + k] = Double.parseDouble(f[k]);
                    }
                } else {
                    r.reset();
                }
                out.add(new Entry(h[1], Integer.parseInt(h[2]), Integer.parseInt(h[3]), h[5], z, xyz, energy, dipole, grad, fd));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
