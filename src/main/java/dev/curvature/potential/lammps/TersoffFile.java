package dev.curvature.potential.lammps;

import dev.curvature.potential.manybody.Tersoff;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A LAMMPS Tersoff file: entries of three element names and m, γ, λ3, c, d, cos θ0 (h), n, β,
 * λ2, B, R, D, λ1, A (may wrap over lines); LAMMPS's checks on the values.
 */
final class TersoffFile {
    private TersoffFile() {}

    static Tersoff.Entry[] read(Path file, String[] species) throws PotentialFileException {
        TokenStream t = TokenStream.words(file);
        Map<String, Tersoff.Entry> entries = new HashMap<>();
        while (t.hasNext()) {
            int line = t.line();
            String key = t.word("element 1") + " " + t.word("element 2") + " " + t.word("element 3");
            double[] v = t.numbers(14, "Tersoff parameter");
            Tersoff.Entry e = new Tersoff.Entry(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13]);
            if (e.c() < 0 || e.d() < 0 || e.n() < 0 || e.beta() < 0 || e.lambda2() < 0 || e.bigB() < 0 || e.bigR() < 0
                    || e.bigD() < 0 || e.bigD() > e.bigR() || e.lambda1() < 0 || e.bigA() < 0 || (e.m() != 3 && e.m() != 1) || e.gamma() < 0)
                throw new PotentialFileException(file, line, "illegal Tersoff parameter for " + key);
            entries.put(key, e);
        }
        int n = species.length;
        Tersoff.Entry[] out = new Tersoff.Entry[n * n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                for (int k = 0; k < n; k++) {
                    String key = species[i] + " " + species[j] + " " + species[k];
                    Tersoff.Entry e = entries.get(key);
                    if (e == null) throw new PotentialFileException(file, 0, "no entry for the triplet " + key);
                    out[(i * n + j) * n + k] = e;
                }
        return out;
    }
}
