package dev.curvature.forcefield.uff;

import dev.curvature.forcefield.TypedTermPotential;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ring systems read Kekulé (cubane, bicyclobutane, spiropentane, coronene, azulene, porphine,
 * tropylium, cyclopentadienide, pyridone, borazine, caffeine and purines, ...): aromaticity, labels and energies as RDKit
 * gets them after aromatizing on reading; derivatives exact.
 */
class UffRingsTest {

    @Test
    void kekuleRingSystemsAromatizeTypeAndScoreAsRdkit() throws Exception {
        Map<String, String[]> ref = new LinkedHashMap<>();
        try (BufferedReader r = open("uff-rings.tsv")) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) continue;
                if (header) { header = false; continue; }
                String[] c = line.split("\t");
                ref.put(c[0], c);
            }
        }
        List<Structure> molecules;
        try (BufferedReader r = open("uff-rings-kekule.sdf")) {
            molecules = UffFixtures.readSdf(r);
        }
        assertEquals(29, molecules.size());
        UffForceField uff = new UffForceField();
        AromaticityPerception perception = new AromaticityPerception();
        List<String> failures = new ArrayList<>();
        for (Structure s : molecules) {
            String[] c = ref.get(s.name());
            StringBuilder orders = new StringBuilder();
            for (int o : perception.bondOrders(RdkitCleanup.apply(s))) orders.append(o);
            if (!orders.toString().equals(c[2])) failures.add(s.name() + ": bond orders " + orders + " vs RDKit " + c[2]);
            String[] labels = uff.type(s).labels();
            if (!Arrays.equals(labels, c[3].split(" "))) failures.add(s.name() + ": labels " + Arrays.toString(labels) + " vs RDKit " + c[3]);
            TypedTermPotential p = uff.bind(s);
            if (!Arrays.equals(p.atomTypeLabels(), c[3].split(" ")))
                failures.add(s.name() + ": bound potential's labels " + Arrays.toString(p.atomTypeLabels()) + " vs RDKit " + c[3]);
            double[] x = s.positions();
            double e = p.energy(x);
            if (Math.abs(e - Double.parseDouble(c[1])) > 1e-6) failures.add(s.name() + ": energy " + e + " vs RDKit " + c[1]);
            double[] g = new double[x.length];
            p.evaluate(x, g, null);
            double h = 1e-5, worst = 0;
            for (int k = 0; k < x.length; k++) {
                double[] xp = x.clone(), xm = x.clone();
                xp[k] += h;
                xm[k] -= h;
                worst = Math.max(worst, Math.abs((p.energy(xp) - p.energy(xm)) / (2 * h) - g[k]));
            }
            if (worst > 1e-5) failures.add(s.name() + ": |g - FD| = " + worst);
        }
        assertEquals(List.of(), failures);
        assertTrue(ref.size() == molecules.size());
    }

    private static BufferedReader open(String resource) {
        var in = UffRingsTest.class.getResourceAsStream(resource);
        assertTrue(in != null, "missing test resource " + resource);
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
