package dev.curvature.potential.lammps;

import dev.curvature.charges.ChargeModelException;
import dev.curvature.potential.PeriodicPotential;
import dev.curvature.potential.coulomb.EquilibratedIonicPotential;
import dev.curvature.potential.coulomb.EwaldSetup;
import dev.curvature.potential.coulomb.IonicPotential;
import dev.curvature.structure.Cell;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;

/**
 * {@code pair_style buck/coul/long RC [RC_COUL]} with {@code pair_coeff I J A ρ C [RC]} (φ = A
 * e^{−r/ρ} − C/r⁶) and {@code born/coul/long} with {@code pair_coeff I J A ρ σ C D [RC]} (φ = A
 * e^{(σ−r)/ρ} − C/r⁶ + D/r⁸); charges fixed by {@code set type N charge Q}, or equilibrated at
 * every geometry ({@code charge_equilibration}, {@link EquilibratedIonicPotential}); {@code
 * kspace_style ewald ACC} required. As in LAMMPS these styles do not mix: every type pair needs a pair_coeff.
 */
final class IonicSetup {
    private IonicSetup() {}

    /** The short-range part and Coulomb settings every ionic style shares, charges aside. */
    private record Ionic(int[] type, String[] elements, IonicPotential.ShortRange shortRange, double shortCut, double coulombCut, double accuracy) {}

    /** Fixed charges from {@code set type N charge Q}. */
    static PeriodicPotential bind(PotentialFile f, Element[] atoms, Cell cell) throws PotentialFileException {
        Ionic ionic = read(f, atoms, cell);
        int[] type = ionic.type();
        double[] q = new double[atoms.length];
        for (int i = 0; i < atoms.length; i++) {
            Double c = f.charges().get(type[i] + 1);
            if (c == null) throw new PotentialFileException(f.file(), 0, "no charge for type " + (type[i] + 1) + " (" + ionic.elements()[type[i]] + "): add 'set type " + (type[i] + 1) + " charge Q'");
            q[i] = c;
        }
        EwaldSetup ewald;
        try {
            ewald = EwaldSetup.choose(ionic.accuracy(), ionic.coulombCut(), cell, q);
        } catch (IllegalArgumentException e) {
            throw f.error(f.kspace(), e.getMessage());
        }
        return new IonicPotential(f.pairStyle(), type, q, ionic.shortRange(), ionic.shortCut(), ionic.coulombCut(), ewald);
    }

    /** Charges equilibrated at every geometry by the model of the file's {@code charge_equilibration} line. */
    static PeriodicPotential bindEquilibrated(PotentialFile f, Structure structure) throws PotentialFileException {
        Element[] atoms = new Element[structure.atomCount()];
        for (int i = 0; i < atoms.length; i++) atoms[i] = structure.element(i);
        Ionic ionic = read(f, atoms, structure.cell());
        try {
            return new EquilibratedIonicPotential(f.pairStyle(), structure, f.chargeModel(ionic.elements()), ionic.type(), ionic.shortRange(),
                    ionic.shortCut(), ionic.coulombCut(), ionic.accuracy());
        } catch (ChargeModelException | IllegalArgumentException e) {
            throw new PotentialFileException(f.file(), 0, e.getMessage());
        }
    }

    private static Ionic read(PotentialFile f, Element[] atoms, Cell cell) throws PotentialFileException {
        PotentialFile.Command style = f.pairStyleCommand();
        boolean born = f.pairStyle().startsWith("born");
        if (style.size() != 3 && style.size() != 4) throw f.error(style, "expected 'pair_style " + f.pairStyle() + " CUTOFF [COULOMB_CUTOFF]'");
        double cut = f.number(style, 2, "cutoff");
        double coulCut = style.size() == 4 ? f.number(style, 3, "Coulomb cutoff") : cut;
        if (f.kspace() == null) throw f.error(style, f.pairStyle() + " needs 'kspace_style ewald ACCURACY'");
        if (cell == null) throw new PotentialFileException(f.file(), style.line(), f.pairStyle() + " needs a periodic structure (Ewald summation)");
        int ntypes = f.typeCount();
        int np = born ? 5 : 3;
        double[][] par = new double[ntypes * ntypes][];
        double[] cut2 = new double[ntypes * ntypes];
        double maxCut = 0;
        for (PotentialFile.Command c : f.pairCoeffs()) {
            if (c.size() != 3 + np && c.size() != 4 + np)
                throw f.error(c, born ? "expected 'pair_coeff I J A RHO SIGMA C D [CUTOFF]'" : "expected 'pair_coeff I J A RHO C [CUTOFF]'");
            int[] bi = f.bounds(c, 1, ntypes), bj = f.bounds(c, 2, ntypes);
            double[] v = new double[np];
            for (int k = 0; k < np; k++) v[k] = f.number(c, 3 + k, "parameter " + (k + 1));
            if (!(v[1] > 0)) throw f.error(c, "rho must be positive");
            double rc = c.size() == 4 + np ? f.number(c, 3 + np, "cutoff") : cut;
            maxCut = Math.max(maxCut, rc);
            for (int i = bi[0]; i <= bi[1]; i++)
                for (int j = Math.max(bj[0], i); j <= bj[1]; j++)
                    for (int k : new int[]{(i - 1) * ntypes + j - 1, (j - 1) * ntypes + i - 1}) {
                        par[k] = v;
                        cut2[k] = rc * rc;
                    }
        }
        for (int i = 0; i < ntypes; i++)
            for (int j = 0; j < ntypes; j++)
                if (par[i * ntypes + j] == null)
                    throw new PotentialFileException(f.file(), style.line(), "no pair_coeff for types " + (i + 1) + " " + (j + 1) + " (" + f.pairStyle() + " does not mix)");
        String[] elements = f.labelledTypes(ntypes, atoms);
        int[] type = f.atomTypes(atoms, elements);
        double accuracy = f.number(f.kspace(), 2, "ewald accuracy");
        IonicPotential.ShortRange sr = new IonicPotential.ShortRange() {
            @Override public double cutoffSquared(int a, int b) { return cut2[a * ntypes + b]; }
            @Override public double pair(int a, int b, double r, double[] d) {
                double[] v = par[a * ntypes + b];
                double r2 = r * r, r6 = r2 * r2 * r2;
                double ex = born ? v[0] * Math.exp((v[2] - r) / v[1]) : v[0] * Math.exp(-r / v[1]);
                double cc = born ? v[3] : v[2];
                double e = ex - cc / r6, d1 = -ex / v[1] + 6 * cc / (r6 * r), d2 = ex / (v[1] * v[1]) - 42 * cc / (r6 * r2);
                if (born) {
                    double r8 = r6 * r2;
                    e += v[4] / r8;
                    d1 -= 8 * v[4] / (r8 * r);
                    d2 += 72 * v[4] / (r8 * r2);
                }
                d[0] = d1;
                d[1] = d2;
                return e;
            }
        };
        return new Ionic(type, elements, sr, maxCut, coulCut, accuracy);
    }
}
