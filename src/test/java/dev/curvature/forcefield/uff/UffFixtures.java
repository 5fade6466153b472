package dev.curvature.forcefield.uff;

import dev.curvature.structure.Bond;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the RDKit UFF fixtures written by tools/fixtures/make_uff_fixtures.py: the molecules
 * (a minimal V2000 reader, enough for RDKit's own output) and RDKit's labels, energies, gradients.
 */
final class UffFixtures {
    record Reference(String name, double energy, String[] labels, double[] gradient, double[] fdGradient) { }

    record Case(Structure structure, Reference reference) { }

    private UffFixtures() { }

    static List<Case> load() throws IOException {
        Map<String, Reference> refs = readReference();
        List<Case> cases = new ArrayList<>();
        for (Structure s : readSdf()) {
            Reference r = refs.get(s.name());
            if (r == null) throw new IllegalStateException("no reference for " + s.name());
            cases.add(new Case(s, r));
        }
        if (cases.size() != refs.size()) throw new IllegalStateException("SDF and reference disagree on molecule count");
        return cases;
    }

    private static BufferedReader open(String resource) {
        InputStream in = UffFixtures.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing test resource " + resource);
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    static List<Structure> readSdf() throws IOException {
        try (BufferedReader r = open("uff-molecules.sdf")) {
            return readSdf(r);
        }
    }

    /** Reads V2000 records until end of input; charges from M  CHG lines. */
    static List<Structure> readSdf(BufferedReader r) throws IOException {
        List<Structure> out = new ArrayList<>();
        {
            String name;
            while ((name = r.readLine()) != null) {
                r.readLine();
                r.readLine();
                String counts = r.readLine();
                int na = Integer.parseInt(counts.substring(0, 3).trim());
                int nb = Integer.parseInt(counts.substring(3, 6).trim());
                Element[] el = new Element[na];
                double[] x = new double[3 * na];
                int[] charge = new int[na];
                for (int a = 0; a < na; a++) {
                    String l = r.readLine();
                    x[3 * a] = Double.parseDouble(l.substring(0, 10).trim());
                    x[3 * a + 1] = Double.parseDouble(l.substring(10, 20).trim());
                    x[3 * a + 2] = Double.parseDouble(l.substring(20, 30).trim());
                    el[a] = Element.of(l.substring(31, 34).trim());
                }
                List<Bond> bonds = new ArrayList<>();
                for (int b = 0; b < nb; b++) {
                    String l = r.readLine();
                    bonds.add(new Bond(Integer.parseInt(l.substring(0, 3).trim()) - 1,
                            Integer.parseInt(l.substring(3, 6).trim()) - 1, Integer.parseInt(l.substring(6, 9).trim())));
                }
                String l;
                while (!(l = r.readLine()).startsWith("$$$$")) {
                    if (l.startsWith("M  CHG")) {
                        String[] t = l.trim().split("\\s+");
                        int k = Integer.parseInt(t[2]);
                        for (int q = 0; q < k; q++) charge[Integer.parseInt(t[3 + 2 * q]) - 1] = Integer.parseInt(t[4 + 2 * q]);
                    }
                }
                out.add(Structure.of(name.trim(), el, x, charge, bonds));
            }
        }
        return out;
    }

    private static Map<String, Reference> readReference() throws IOException {
        Map<String, Reference> refs = new LinkedHashMap<>();
        try (BufferedReader r = open("uff-reference.tsv")) {
            String line;
            String name = null;
            double energy = 0;
            String[] labels = null;
            double[] g = null, fd = null;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] c = line.split("\t");
                if (c[0].equals("molecule")) {
                    if (name != null) refs.put(name, new Reference(name, energy, labels, g, fd));
                    name = c[1];
                    int n = Integer.parseInt(c[2]);
                    energy = Double.parseDouble(c[3]);
                    labels = new String[n];
                    g = new double[3 * n];
                    fd = new double[3 * n];
                } else {
                    int a = Integer.parseInt(c[2]) - 1;
                    labels[a] = c[3];
                    for (int k = 0; k < 3; k++) {
                        g[3 * a + k] = Double.parseDouble(c[4 + k]);
                        fd[3 * a + k] = Double.parseDouble(c[7 + k]);
                    }
                }
            }
            if (name != null) refs.put(name, new Reference(name, energy, labels, g, fd));
        }
        return refs;
    }
}
