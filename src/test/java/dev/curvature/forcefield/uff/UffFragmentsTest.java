package dev.curvature.forcefield.uff;

import dev.curvature.model.Potential;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Multi-fragment systems with and without inter-fragment non-bonded terms, against RDKit. */
class UffFragmentsTest {

    @Test
    void interfragmentTermsOnAndOffMatchRdkit() throws Exception {
        Map<String, double[]> ref = new HashMap<>();
        try (BufferedReader r = open("uff-fragments.tsv")) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) continue;
                if (header) { header = false; continue; }
                String[] c = line.split("\t");
                ref.put(c[0], new double[]{Double.parseDouble(c[1]), Double.parseDouble(c[2])});
            }
        }
        List<Structure> molecules;
        try (BufferedReader r = open("uff-fragments.sdf")) {
            molecules = UffFixtures.readSdf(r);
        }
        assertEquals(5, molecules.size());
        UffForceField all = new UffForceField();
        UffForceField within = all.ignoringInterfragmentInteractions();
        for (Structure s : molecules) {
            double[] e = ref.get(s.name());
            double[] x = s.positions();
            assertEquals(e[0], all.bind(s).energy(x), 1e-6, s.name() + " with inter-fragment terms");
            Potential p = within.bind(s);
            assertEquals(e[1], p.energy(x), 1e-6, s.name() + " within fragments");
            assertTrue(Math.abs(e[0] - e[1]) > 0.1, s.name() + ": fragments should interact");
            double[] g = new double[x.length], hess = new double[x.length * x.length], gp = new double[x.length], gm = new double[x.length];
            p.evaluate(x, g, hess);
            double h = 1e-5, worstG = 0, worstH = 0;
            for (int k = 0; k < x.length; k++) {
                double[] xp = x.clone(), xm = x.clone();
                xp[k] += h;
                xm[k] -= h;
                double ep = p.evaluate(xp, gp, null), em = p.evaluate(xm, gm, null);
                worstG = Math.max(worstG, Math.abs((ep - em) / (2 * h) - g[k]));
                for (int q = 0; q < x.length; q++) worstH = Math.max(worstH, Math.abs((gp[q] - gm[q]) / (2 * h) - hess[k * x.length + q]));
            }
            assertTrue(worstG <= 1e-5, s.name() + ": |g - FD| = " + worstG);
            assertTrue(worstH <= 1e-4, s.name() + ": |H - FD| = " + worstH);
        }
    }

    private static BufferedReader open(String resource) {
        var in = UffFragmentsTest.class.getResourceAsStream(resource);
        assertTrue(in != null, "missing test resource " + resource);
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
