package dev.curvature.potential.pair;

import dev.curvature.periodic.NeighbourList;
import dev.curvature.potential.Accumulator;
import dev.curvature.potential.BondTerm;
import dev.curvature.potential.LocalNeighbours;
import dev.curvature.potential.PeriodicPotential;
import dev.curvature.structure.Cell;

/**
 * A sum of central pair terms φ_ab(r) over all pairs and periodic images closer than the pair's
 * cutoff, each pair counted once; subclasses give φ, φ' and φ''. Energy split half and half
 * between the two atoms, as LAMMPS does.
 */
public abstract class PairPotential extends PeriodicPotential {

    protected PairPotential(String name, int[] type) { super(name, type); }

    /** Squared cutoff (Å²) of the pair of species a, b. */
    protected abstract double cutoffSquared(int a, int b);

    /**
     * φ(r) of species a, b; writes φ'(r) to d[0] and φ''(r) to d[1] (eV/Å, eV/Å²).
     */
    protected abstract double pair(int a, int b, double r, double[] d);

    @Override
    protected void accumulate(double[] x, Cell cell, NeighbourList list, Accumulator out) {
        double[] l = latticeRows(cell);
        double[] d = new double[2];
        double cut = cutoff();
        LocalNeighbours nb = new LocalNeighbours();
        BondTerm term = new BondTerm();
        boolean grad = out.wantsFirst(), second = out.wantsSecond();
        for (int i = 0; i < type.length; i++) {
            nb.collect(list, x, l, i, cut * cut);
            int ti = type[i];
            for (int q = 0; q < nb.count; q++) {
                int j = nb.atom[q];
                if (!ownsPair(list, i, nb.entry[q])) continue;
                double r = nb.r[q];
                if (r * r >= cutoffSquared(ti, type[j])) continue;
                double e = pair(ti, type[j], r, d);
                out.addPairEnergy(i, j, e);
                if (!grad) continue;
                if (!second) {
                    double f = d[0] / r;
                    out.addBondGradient(i, j, nb.dx[q], nb.dy[q], nb.dz[q], f * nb.dx[q], f * nb.dy[q], f * nb.dz[q]);
                } else {
                    term.begin(true);
                    term.add(i, j, nb.dx[q], nb.dy[q], nb.dz[q]);
                    term.clearSecond();
                    term.addRadial(0, d[0], d[1]);
                    out.add(term);
                }
            }
        }
    }
}
