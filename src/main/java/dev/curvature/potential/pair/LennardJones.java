package dev.curvature.potential.pair;

/**
 * LAMMPS {@code lj/cut}: φ(r) = 4ε[(σ/r)¹² − (σ/r)⁶] for r &lt; r_c, not shifted (LAMMPS's
 * default {@code pair_modify shift no}), so the energy jumps at the cutoff as in LAMMPS.
 * Parameters per species pair (eV, Å), symmetric.
 */
public final class LennardJones extends PairPotential {
    private final int species;
    private final double[] epsilon, sigma, cut2;
    private final double maxCut;

    /**
     * @param type    species index of every atom
     * @param epsilon ε_ab (eV), species × species row-major, symmetric
     * @param sigma   σ_ab (Å)
     * @param cutoff  r_c,ab (Å)
     */
    public LennardJones(int[] type, int species, double[] epsilon, double[] sigma, double[] cutoff) {
        super("lj/cut", type);
        this.species = species;
        this.epsilon = epsilon.clone();
        this.sigma = sigma.clone();
        this.cut2 = new double[cutoff.length];
        double max = 0;
        for (int k = 0; k < cutoff.length; k++) {
            cut2[k] = cutoff[k] * cutoff[k];
            max = Math.max(max, cutoff[k]);
        }
        this.maxCut = max;
    }

    @Override public double cutoff() { return maxCut; }

    @Override protected double cutoffSquared(int a, int b) { return cut2[a * species + b]; }

    @Override
    protected double pair(int a, int b, double r, double[] d) {
        double eps = epsilon[a * species + b], s = sigma[a * species + b];
        double sr2 = s * s / (r * r), sr6 = sr2 * sr2 * sr2, sr12 = sr6 * sr6;
        d[0] = 4 * eps * (-12 * sr12 + 6 * sr6) / r;
        d[1] = 4 * eps * (156 * sr12 - 42 * sr6) / (r * r);
        return 4 * eps * (sr12 - sr6);
    }
}
