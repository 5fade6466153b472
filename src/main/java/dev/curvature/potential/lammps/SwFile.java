package dev.curvature.potential.lammps;

import dev.curvature.potential.manybody.StillingerWeber;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A LAMMPS Stillinger–Weber file: entries of three element names and ε, σ, a, λ, γ, cos θ0, A, B,
 * p, q, tol (may wrap over lines); the last entry for a triplet wins, as in LAMMPS.
 */
final class SwFile {
    private SwFile() {}

    private static boolean close(double a, double b) { return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a)); }

    static StillingerWeber.Entry[] read(Path file, String[] species) throws PotentialFileException {
        TokenStream t = TokenStream.words(file);
        Map<String, StillingerWeber.Entry> entries = new HashMap<>();
        while (t.hasNext()) {
            int line = t.line();
            String key = t.word("element 1") + " " + t.word("element 2") + " " + t.word("element 3");
            double[] v = t.numbers(11, "Stillinger-Weber parameter");
            if (v[0] < 0 || v[1] < 0 || v[2] < 0 || v[3] < 0 || v[4] < 0 || v[6] < 0 || v[7] < 0 || v[8] < 0 || v[9] < 0)
                throw new PotentialFileException(file, line, "illegal Stillinger-Weber parameter for " + key);
            entries.put(key, new StillingerWeber.Entry(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9]));
        }
        int n = species.length;
        StillingerWeber.Entry[] out = new StillingerWeber.Entry[n * n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                for (int k = 0; k < n; k++) {
                    String key = species[i] + " " + species[j] + " " + species[k];
                    StillingerWeber.Entry e = entries.get(key);
                    if (e == null) throw new PotentialFileException(file, 0, "no entry for the triplet " + key);
                    out[(i * n + j) * n + k] = e;
                }
        // LAMMPS takes λε and cos θ0 of (i, j, k) with j before k in its neighbour order: only a file symmetric in j, k is well defined
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                for (int k = 0; k < j; k++) {
                    StillingerWeber.Entry e = out[(i * n + j) * n + k], f = out[(i * n + k) * n + j];
                    if (!close(e.lambda() * e.epsilon(), f.lambda() * f.epsilon()) || !close(e.cosTheta0(), f.cosTheta0()))
                        throw new PotentialFileException(file, 0, "the three-body λε and cos θ0 of " + species[i] + " " + species[j] + " " + species[k]
                                + " and " + species[i] + " " + species[k] + " " + species[j] + " differ, so the energy would depend on neighbour order");
                }
        for (int i = 0; i < n; i++)
            for (int j = 0; j < i; j++) {
                StillingerWeber.Entry e = out[(i * n + j) * n + j], f = out[(j * n + i) * n + i];
                if (!close(e.epsilon(), f.epsilon()) || !close(e.sigma(), f.sigma()) || !close(e.a(), f.a()) || !close(e.bigA(), f.bigA())
                        || !close(e.bigB(), f.bigB()) || !close(e.p(), f.p()) || !close(e.q(), f.q()))
                    throw new PotentialFileException(file, 0, "the two-body parameters of " + species[i] + " " + species[j] + " " + species[j]
                            + " and " + species[j] + " " + species[i] + " " + species[i] + " differ");
            }
        return out;
    }
}
