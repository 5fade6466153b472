package dev.curvature.potential.lammps;

import dev.curvature.potential.PeriodicPotential;
import dev.curvature.potential.pair.LennardJones;
import dev.curvature.structure.Element;

/**
 * {@code pair_style lj/cut RC} with {@code pair_coeff I J EPS SIGMA [RC]}: unset unlike pairs are
 * mixed geometrically (LAMMPS's default {@code pair_modify mix geometric}, cutoff too).
 */
final class LjCutSetup {
    private LjCutSetup() {}

    static PeriodicPotential bind(PotentialFile f, Element[] atoms) throws PotentialFileException {
        PotentialFile.Command style = f.pairStyleCommand();
        if (style.size() != 3) throw f.error(style, "expected 'pair_style lj/cut CUTOFF'");
        double globalCut = f.number(style, 2, "cutoff");
        int ntypes = f.typeCount();
        double[] eps = new double[ntypes * ntypes], sig = new double[ntypes * ntypes], cut = new double[ntypes * ntypes];
        boolean[] set = new boolean[ntypes * ntypes];
        for (PotentialFile.Command c : f.pairCoeffs()) {
            if (c.size() != 5 && c.size() != 6) throw f.error(c, "expected 'pair_coeff I J EPSILON SIGMA [CUTOFF]'");
            int[] bi = f.bounds(c, 1, ntypes), bj = f.bounds(c, 2, ntypes);
            double e = f.number(c, 3, "epsilon"), s = f.number(c, 4, "sigma");
            double rc = c.size() == 6 ? f.number(c, 5, "cutoff") : globalCut;
            if (e < 0 || !(s > 0) || !(rc > 0)) throw f.error(c, "epsilon must be ≥ 0, sigma and cutoff > 0");
            for (int i = bi[0]; i <= bi[1]; i++)
                for (int j = Math.max(bj[0], i); j <= bj[1]; j++) {
                    int[] ks = {(i - 1) * ntypes + j - 1, (j - 1) * ntypes + i - 1};
                    for (int k : ks) { eps[k] = e; sig[k] = s; cut[k] = rc; set[k] = true; }
                }
        }
        for (int i = 0; i < ntypes; i++)
            if (!set[i * ntypes + i])
                throw new PotentialFileException(f.file(), f.pairCoeffs().get(0).line(), "no pair_coeff for type " + (i + 1) + " with itself");
        for (int i = 0; i < ntypes; i++)
            for (int j = 0; j < ntypes; j++) {
                int k = i * ntypes + j;
                if (set[k]) continue;
                int ii = i * ntypes + i, jj = j * ntypes + j;
                eps[k] = Math.sqrt(eps[ii] * eps[jj]);
                sig[k] = Math.sqrt(sig[ii] * sig[jj]);
                cut[k] = Math.sqrt(cut[ii] * cut[jj]);
            }
        String[] elements = f.labelledTypes(ntypes, atoms);
        int[] type = f.atomTypes(atoms, elements);
        return new LennardJones(type, ntypes, eps, sig, cut);
    }

}
