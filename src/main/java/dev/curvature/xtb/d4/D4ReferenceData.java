package dev.curvature.xtb.d4;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The published DFT-D4 tables as GFN2-xTB uses them (H–Rn), read from the resource
 * {@code d4-reference.txt}; its header names the dftd4 commit and licence, and
 * {@code tools/xtb/extract_d4_reference.py} makes it. Raw numbers only: the charge scaling and
 * hydrogen-count correction of the reference polarizabilities happen in {@link D4ElementModel}.
 * Units as in the file: polarizabilities bohr³, radii Å, hardness Eh, charges e.
 */
final class D4ReferenceData {
    static final String RESOURCE = "d4-reference.txt";
    static final int FREQUENCIES = 23;

    /** One reference system of an element (a small molecule the atom sits in). */
    record Reference(int secondarySystem, double d3Cn, double covalentCn, double charge,
                     double partnerCharge, double hydrogenCount, double alphaScale, double[] alpha) {}

    /** A hydrogen-count correction system: its polarizability is subtracted per H partner. */
    record Secondary(double scale, double[] alpha) {}

    final int maxZ;
    final double[] frequencies = new double[FREQUENCIES];
    final String[] symbol;
    final double[] covalentRadiusAngstrom, paulingEn, hardness, r4OverR2, effectiveCharge;
    final Reference[][] references;
    final Secondary[] secondary = new Secondary[119];

    private static D4ReferenceData instance;

    static synchronized D4ReferenceData load() {
        if (instance == null) instance = new D4ReferenceData();
        return instance;
    }

    private D4ReferenceData() {
        int capacity = 119;
        symbol = new String[capacity];
        covalentRadiusAngstrom = new double[capacity];
        paulingEn = new double[capacity];
        hardness = new double[capacity];
        r4OverR2 = new double[capacity];
        effectiveCharge = new double[capacity];
        references = new Reference[capacity][];
        int highest = 0;
        int lineNo = 0;
        try (InputStream in = D4ReferenceData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("resource " + RESOURCE + " missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.trim().split("\\s+");
                switch (f[0]) {
                    case "freq" -> fill(frequencies, f, 1);
                    case "element" -> {
                        int z = Integer.parseInt(f[1]);
                        symbol[z] = f[2];
                        covalentRadiusAngstrom[z] = Double.parseDouble(f[3]);
                        paulingEn[z] = Double.parseDouble(f[4]);
                        hardness[z] = Double.parseDouble(f[5]);
                        r4OverR2[z] = Double.parseDouble(f[6]);
                        effectiveCharge[z] = Double.parseDouble(f[7]);
                        references[z] = new Reference[Integer.parseInt(f[8])];
                        highest = Math.max(highest, z);
                    }
                    case "secondary" -> {
                        double[] alpha = new double[FREQUENCIES];
                        fill(alpha, f, 4);
                        secondary[Integer.parseInt(f[1])] = new Secondary(Double.parseDouble(f[2]), alpha);
                    }
                    case "ref" -> {
                        int z = Integer.parseInt(f[1]);
                        double[] alpha = new double[FREQUENCIES];
                        fill(alpha, f, 10);
                        references[z][Integer.parseInt(f[2]) - 1] = new Reference(Integer.parseInt(f[3]),
                                Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]),
                                Double.parseDouble(f[7]), Double.parseDouble(f[8]), Double.parseDouble(f[9]), alpha);
                    }
                    default -> throw new IllegalStateException(RESOURCE + " line " + lineNo + ": unknown record " + f[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException(RESOURCE + " line " + lineNo + ": " + e.getMessage(), e);
        }
        maxZ = highest;
        for (int z = 1; z <= maxZ; z++) {
            if (references[z] == null || Arrays.asList(references[z]).contains(null))
                throw new IllegalStateException(RESOURCE + ": incomplete references for Z=" + z);
        }
    }

    private static void fill(double[] target, String[] f, int from) {
        if (f.length != from + target.length)
            throw new IllegalArgumentException("expected " + (from + target.length) + " fields, found " + f.length);
        for (int k = 0; k < target.length; k++) target[k] = Double.parseDouble(f[from + k]);
    }
}
