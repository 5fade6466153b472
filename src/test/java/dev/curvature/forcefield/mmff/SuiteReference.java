package dev.curvature.forcefield.mmff;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The MMFF94 validation suite files under ../shared (system property curvature.shared.dir). */
final class SuiteReference {
    /** Term keys in the column order of reference_energies*.tsv after E_total. */
    static final List<String> TERMS = List.of("bond", "angle", "stretch_bend", "oop", "torsion", "vdw", "electrostatic");

    private SuiteReference() {}

    static Path validationDir() {
        return MmffSuiteFiles.validationDir();
    }

    /** A molecule's reference: total followed by the seven terms in {@link #TERMS} order. */
    record Energies(String name, int atoms, double total, double[] terms) {
        double term(String key) { return terms[TERMS.indexOf(key)]; }
    }

    /** OPTIMOL reference energies, in file (= SDF) order. */
    static List<Energies> energies(String fileName) throws IOException {
        List<Energies> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(validationDir().resolve(fileName), StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || !header.startsWith("name\tn_atoms\tE_total")) throw new IOException(fileName + ": unexpected header " + header);
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) continue;
                String[] f = line.split("\t");
                double[] terms = new double[7];
                for (int k = 0; k < 7; k++) terms[k] = Double.parseDouble(f[3 + k]);
                out.add(new Energies(f[0], Integer.parseInt(f[1]), Double.parseDouble(f[2]), terms));
            }
        }
        return out;
    }

    /** Names and coordinates (Å, interleaved) of the molecules of a suite SDF, in file order. */
    static Map<String, double[]> sdfCoordinates(String fileName) throws IOException {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (var s : MmffSuiteFiles.readSdf(fileName)) out.put(s.name(), s.positions());
        return out;
    }
}
