package dev.curvature.xtb.param;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The GFN2-xTB parameter set: xtb's {@code param_gfn2-xtb.txt} (bundled, LGPL-3.0, read at run
 * time) plus the element tables xtb keeps in its source ({@code gfn2-element-data.txt}, made by
 * tools/xtb/extract_element_data.py). Global constants of the method are fields here; the file's
 * {@code $globpar} values are read and checked against them rather than silently trusted.
 */
public final class Gfn2Parameters {
    /** eV → Eh with the conversion xtb uses for its parameters (older CODATA value). */
    public static final double EV_TO_HARTREE = 1.0 / 27.21138505;
    /** Å → bohr with xtb's conversion of its radius tables. */
    public static final double ANGSTROM_TO_BOHR_XTB = 1.0 / 0.52917726;
    public static final int MAX_Z = 86;

    private static final String PARAM_RESOURCE = "/dev/curvature/xtb/param_gfn2-xtb.txt";
    private static final String ELEMENT_RESOURCE = "/dev/curvature/xtb/gfn2-element-data.txt";

    /** Shell-pair scaling K_ll' of the off-diagonal Hamiltonian (s, p, d). */
    private final double[][] shellPairScale = new double[3][3];
    /** Electronegativity scaling k_EN of (1 + k_EN ΔEN²). */
    public final double enScale;
    /** Exponent of the Slater-exponent ratio factor. */
    public final double exponentRatioPower = 0.5;
    /** Repulsion distance exponents: heavy pairs and pairs of H/He. */
    public final double repulsionExponent, repulsionExponentLight;
    /** Multipole damping exponents a3 (dipole terms) and a5 (quadrupole terms). */
    public final double multipoleDamp3, multipoleDamp5;
    /** Multipole radius: CN shift, steepness, maximum radius (bohr). */
    public final double multipoleShift, multipoleSteepness, multipoleRmax;
    /** Exponent of the generalized Klopman-Ohno gamma kernel. */
    public final double gammaExponent;
    public final Map<String, Double> global;

    private final ElementParameters[] elements = new ElementParameters[MAX_Z + 1];

    private static volatile Gfn2Parameters bundled;

    /** The bundled parameter set (read once). */
    public static Gfn2Parameters bundled() {
        Gfn2Parameters p = bundled;
        if (p == null) {
            synchronized (Gfn2Parameters.class) {
                if (bundled == null) bundled = read();
                p = bundled;
            }
        }
        return p;
    }

    private static Gfn2Parameters read() {
        try (InputStream par = Gfn2Parameters.class.getResourceAsStream(PARAM_RESOURCE);
             InputStream el = Gfn2Parameters.class.getResourceAsStream(ELEMENT_RESOURCE)) {
            if (par == null || el == null) throw new IOException("GFN2-xTB parameter resources missing from the class path");
            return new Gfn2Parameters(lines(par), lines(el));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(InputStream in) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String s; (s = r.readLine()) != null; ) out.add(s);
        }
        return out;
    }

    Gfn2Parameters(List<String> paramLines, List<String> elementLines) throws IOException {
        Map<String, Double> glob = new HashMap<>();
        Map<Integer, Map<String, String>> perElement = new HashMap<>();
        String block = null;
        Map<String, String> current = null;
        for (int i = 0; i < paramLines.size(); i++) {
            String line = paramLines.get(i).trim();
            if (line.isEmpty()) continue;
            if (line.startsWith("$")) {
                if (line.equals("$end")) { block = null; current = null; continue; }
                if (line.startsWith("$Z=")) {
                    String[] t = line.substring(3).trim().split("\\s+");
                    int z = Integer.parseInt(t[0]);
                    current = new HashMap<>();
                    perElement.put(z, current);
                    block = "Z";
                } else block = line.substring(1).split("\\s+")[0];
                continue;
            }
            if ("globpar".equals(block)) {
                String[] t = line.split("\\s+");
                glob.put(t[0], parse(t[1], i));
            } else if ("Z".equals(block)) {
                int eq = line.indexOf('=');
                if (eq < 0) throw new IOException("param_gfn2-xtb.txt line " + (i + 1) + ": expected KEY= values");
                current.put(line.substring(0, eq).trim().toUpperCase(), line.substring(eq + 1).trim());
            }
        }
        this.global = Map.copyOf(glob);
        double ks = need(glob, "ks"), kp = need(glob, "kp"), kd = need(glob, "kd");
        double[] kdiag = {ks, kp, kd};
        for (int a = 0; a < 3; a++)
            for (int b = 0; b < 3; b++) shellPairScale[a][b] = 0.5 * (kdiag[a] + kdiag[b]);
        shellPairScale[0][2] = shellPairScale[2][0] = need(glob, "ksd");
        shellPairScale[1][2] = shellPairScale[2][1] = need(glob, "kpd");
        enScale = 0.01 * need(glob, "enscale");
        repulsionExponent = need(glob, "kexp");
        repulsionExponentLight = need(glob, "kexplight");
        multipoleDamp3 = need(glob, "aesdmp3");
        multipoleDamp5 = need(glob, "aesdmp5");
        multipoleShift = need(glob, "aesshift");
        multipoleSteepness = need(glob, "aesexp");
        multipoleRmax = need(glob, "aesrmax");
        gammaExponent = need(glob, "alphaj");
        double[] gam3Shell = {need(glob, "gam3s"), need(glob, "gam3p"), need(glob, "gam3d1")};

        Map<Integer, double[]> table = new HashMap<>();
        for (int i = 0; i < elementLines.size(); i++) {
            String s = elementLines.get(i).trim();
            if (s.isEmpty() || s.startsWith("#")) continue;
            String[] t = s.split("\\s+");
            if (t.length != 9) throw new IOException("gfn2-element-data.txt line " + (i + 1) + ": expected 9 columns");
            double[] v = new double[9];
            for (int k = 0; k < 9; k++) v[k] = parse(t[k], i);
            table.put((int) v[0], v);
        }

        for (int z = 1; z <= MAX_Z; z++) {
            Map<String, String> e = perElement.get(z);
            double[] row = table.get(z);
            if (e == null || row == null) throw new IOException("GFN2-xTB parameters: no data for Z=" + z);
            String ao = e.get("AO");
            int nsh = ao.length() / 2;
            int[] n = new int[nsh], l = new int[nsh];
            for (int s = 0; s < nsh; s++) {
                n[s] = ao.charAt(2 * s) - '0';
                l[s] = "spd".indexOf(ao.charAt(2 * s + 1));
                if (n[s] < 1 || l[s] < 0) throw new IOException("GFN2-xTB parameters Z=" + z + ": bad shell list ao=" + ao);
            }
            double[] lev = values(e, "LEV", nsh, z), exp = values(e, "EXP", nsh, z);
            double gam = values(e, "GAM", 1, z)[0], gam3 = values(e, "GAM3", 1, z)[0];
            double[] kcn = new double[nsh], poly = new double[nsh], hard = new double[nsh],
                    hub3 = new double[nsh], occ = new double[nsh], se = new double[nsh];
            String[] lname = {"S", "P", "D"};
            for (int s = 0; s < nsh; s++) {
                se[s] = lev[s] * EV_TO_HARTREE;
                kcn[s] = optional(e, "KCN" + lname[l[s]], z) * 0.1 * EV_TO_HARTREE;
                poly[s] = optional(e, "POLY" + lname[l[s]], z) * 0.01;
                double lpar = l[s] == 0 ? 0 : optional(e, "LPAR" + lname[l[s]], z);
                hard[s] = gam * (1 + 0.1 * lpar);
                hub3[s] = 0.1 * gam3 * gam3Shell[l[s]];
                occ[s] = row[4 + l[s]];
            }
            elements[z] = new ElementParameters(z, n, l, se, exp, kcn, poly, hard, hub3, occ,
                    values(e, "REPA", 1, z)[0], values(e, "REPB", 1, z)[0],
                    0.01 * values(e, "DPOL", 1, z)[0], 0.01 * values(e, "QPOL", 1, z)[0],
                    row[1] * ANGSTROM_TO_BOHR_XTB * 4.0 / 3.0, row[2] * ANGSTROM_TO_BOHR_XTB,
                    row[3], row[7], row[8]);
        }
    }

    private static double need(Map<String, Double> g, String key) throws IOException {
        Double v = g.get(key);
        if (v == null) throw new IOException("param_gfn2-xtb.txt: $globpar has no " + key);
        return v;
    }

    private static double parse(String s, int line) throws IOException {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException ex) {
            throw new IOException("GFN2-xTB parameter line " + (line + 1) + ": not a number: " + s);
        }
    }

    private static double[] values(Map<String, String> e, String key, int count, int z) throws IOException {
        String s = e.get(key);
        if (s == null) throw new IOException("param_gfn2-xtb.txt Z=" + z + ": no " + key);
        String[] t = s.trim().split("\\s+");
        if (t.length < count) throw new IOException("param_gfn2-xtb.txt Z=" + z + ": " + key + " needs " + count + " values");
        double[] v = new double[count];
        for (int i = 0; i < count; i++) v[i] = Double.parseDouble(t[i]);
        return v;
    }

    private static double optional(Map<String, String> e, String key, int z) throws IOException {
        return e.containsKey(key) ? values(e, key, 1, z)[0] : 0.0;
    }

    /** Parameters of element z (1..86). */
    public ElementParameters element(int z) {
        if (z < 1 || z > MAX_Z) throw new IllegalArgumentException("GFN2-xTB has parameters for H-Rn only, not Z=" + z);
        return elements[z];
    }

    /** Shell-pair scaling K for angular momenta la, lb. */
    public double shellPairScale(int la, int lb) { return shellPairScale[la][lb]; }
}
