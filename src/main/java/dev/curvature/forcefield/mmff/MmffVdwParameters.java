package dev.curvature.forcefield.mmff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The MMFF94 buffered 14-7 van der Waals parameters (mmffvdw.par) and Halgren's combination rules
 * (JCC 17, 490 (1996), eqs. 5-9 of part I):
 * <pre>
 *   R*ii = A_i α_i^power
 *   R*ij = ½ (R*ii + R*jj) (1 + B (1 − exp(−β γij²))),   γij = (R*ii − R*jj) / (R*ii + R*jj)
 *          (the B term is dropped when either atom is a donor, DA = 'D')
 *   εij  = 181.16 G_i G_j α_i α_j / ((sqrt(α_i/N_i) + sqrt(α_j/N_j)) R*ij⁶)
 * </pre>
 * and for a donor–acceptor pair R*ij is scaled by DARAD and εij (computed from the unscaled R*ij)
 * by DAEPS. MMFF94 and MMFF94s share these parameters.
 */
public final class MmffVdwParameters {
    /** Classpath location of the parameter file. */
    public static final String RESOURCE = "/dev/curvature/forcefield/mmff/mmffvdw.par";
    /** Prefactor of the well-depth rule, kcal/mol Å⁶ (Halgren 1996, from the Slater–Kirkwood formula). */
    static final double WELL_DEPTH_PREFACTOR = 181.16;

    private static volatile MmffVdwParameters standard;

    private final double power, b, beta, daRad, daEps;
    private final boolean[] present;
    private final double[] alpha, electrons, scaleA, scaleG;
    private final char[] donorAcceptor;

    private MmffVdwParameters(double power, double b, double beta, double daRad, double daEps,
                              boolean[] present, double[] alpha, double[] electrons, double[] scaleA,
                              double[] scaleG, char[] donorAcceptor) {
        this.power = power;
        this.b = b;
        this.beta = beta;
        this.daRad = daRad;
        this.daEps = daEps;
        this.present = present;
        this.alpha = alpha;
        this.electrons = electrons;
        this.scaleA = scaleA;
        this.scaleG = scaleG;
        this.donorAcceptor = donorAcceptor;
    }

    /** The parameters shipped with the library (read once). */
    public static MmffVdwParameters standard() {
        MmffVdwParameters p = standard;
        if (p == null) {
            synchronized (MmffVdwParameters.class) {
                if (standard == null) {
                    try (InputStream in = MmffVdwParameters.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
                        standard = parse(new InputStreamReader(in, StandardCharsets.ISO_8859_1), RESOURCE);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
                    }
                }
                p = standard;
            }
        }
        return p;
    }

    /**
     * Reads a file in the mmffvdw.par layout: comment lines start with '*' or '$'; the global
     * constants (power, B, Beta, DARAD, DAEPS) are the numeric line among the leading comments;
     * each data line is "type alpha-i N-i A-i G-i DA symbol origin".
     */
    public static MmffVdwParameters parse(Reader reader, String sourceName) throws IOException {
        double[] constants = null;
        int max = 0;
        double[][] rows = new double[256][];
        char[] da = new char[256];
        BufferedReader in = new BufferedReader(reader);
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("$")) continue;
            if (t.startsWith("*")) {
                String body = t.substring(1).trim();
                if (constants == null && !body.isEmpty() && startsNumeric(body)) {
                    String[] f = body.split("\\s+");
                    if (f.length < 5) throw new IOException(sourceName + " line " + lineNo + ": expected 5 global constants");
                    constants = new double[5];
                    for (int k = 0; k < 5; k++) constants[k] = number(f[k], sourceName, lineNo);
                }
                continue;
            }
            String[] f = t.split("\\s+");
            if (f.length < 6) throw new IOException(sourceName + " line " + lineNo + ": expected type, alpha, N, A, G, DA");
            int type = (int) number(f[0], sourceName, lineNo);
            if (type < 1 || type >= rows.length) throw new IOException(sourceName + " line " + lineNo + ": atom type " + type + " out of range");
            rows[type] = new double[]{number(f[1], sourceName, lineNo), number(f[2], sourceName, lineNo),
                    number(f[3], sourceName, lineNo), number(f[4], sourceName, lineNo)};
            char d = f[5].charAt(0);
            if (d != '-' && d != 'A' && d != 'D') throw new IOException(sourceName + " line " + lineNo + ": DA column must be -, A or D, not " + f[5]);
            da[type] = d;
            max = Math.max(max, type);
        }
        if (constants == null) throw new IOException(sourceName + ": no line with power, B, Beta, DARAD, DAEPS");
        int n = max + 1;
        boolean[] present = new boolean[n];
        double[] alpha = new double[n], electrons = new double[n], a = new double[n], g = new double[n];
        for (int type = 1; type < n; type++) {
            if (rows[type] == null) continue;
            present[type] = true;
            alpha[type] = rows[type][0];
            electrons[type] = rows[type][1];
            a[type] = rows[type][2];
            g[type] = rows[type][3];
        }
        return new MmffVdwParameters(constants[0], constants[1], constants[2], constants[3], constants[4],
                present, alpha, electrons, a, g, Arrays.copyOf(da, n));
    }

    private static boolean startsNumeric(String s) {
        char c = s.charAt(0);
        return Character.isDigit(c) || c == '.' || c == '-';
    }

    private static double number(String s, String source, int lineNo) throws IOException {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IOException(source + " line " + lineNo + ": not a number: " + s);
        }
    }

    public double power() { return power; }
    public double b() { return b; }
    public double beta() { return beta; }
    public double donorAcceptorRadiusScale() { return daRad; }
    public double donorAcceptorWellDepthScale() { return daEps; }

    /** Whether the file has parameters for this numeric MMFF type. */
    public boolean hasType(int type) { return type > 0 && type < present.length && present[type]; }

    /** 'D' (H-bond donor), 'A' (acceptor) or '-'. */
    public char donorAcceptor(int type) { check(type); return donorAcceptor[type]; }

    public double polarizability(int type) { check(type); return alpha[type]; }

    /** R*ii = A_i α_i^power, Å. */
    public double minimumRadius(int type) {
        check(type);
        return scaleA[type] * Math.pow(alpha[type], power);
    }

    /** R*ij in Å including the donor–acceptor scaling. */
    public double pairMinimumDistance(int typeI, int typeJ) {
        double r = unscaledPairMinimum(typeI, typeJ);
        return isDonorAcceptorPair(typeI, typeJ) ? r * daRad : r;
    }

    /** εij in kcal/mol including the donor–acceptor scaling (computed from the unscaled R*ij). */
    public double pairWellDepth(int typeI, int typeJ) {
        double r = unscaledPairMinimum(typeI, typeJ);
        double r2 = r * r;
        double eps = WELL_DEPTH_PREFACTOR * scaleG[typeI] * scaleG[typeJ] * alpha[typeI] * alpha[typeJ]
                / ((Math.sqrt(alpha[typeI] / electrons[typeI]) + Math.sqrt(alpha[typeJ] / electrons[typeJ])) * r2 * r2 * r2);
        return isDonorAcceptorPair(typeI, typeJ) ? eps * daEps : eps;
    }

    private double unscaledPairMinimum(int typeI, int typeJ) {
        double ri = minimumRadius(typeI), rj = minimumRadius(typeJ);
        double gamma = (ri - rj) / (ri + rj);
        boolean donor = donorAcceptor[typeI] == 'D' || donorAcceptor[typeJ] == 'D';
        double widen = donor ? 0.0 : b * (1.0 - Math.exp(-beta * gamma * gamma));
        return 0.5 * (ri + rj) * (1.0 + widen);
    }

    private boolean isDonorAcceptorPair(int typeI, int typeJ) {
        char a = donorAcceptor[typeI], c = donorAcceptor[typeJ];
        return (a == 'D' && c == 'A') || (a == 'A' && c == 'D');
    }

    private void check(int type) {
        if (!hasType(type)) throw new IllegalArgumentException("no MMFF94 vdW parameters for atom type " + type);
    }
}
