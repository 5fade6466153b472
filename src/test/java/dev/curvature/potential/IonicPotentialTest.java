package dev.curvature.potential;

import dev.curvature.model.Configuration;
import dev.curvature.potential.coulomb.IonicPotential;
import dev.curvature.potential.lammps.PotentialFile;
import dev.curvature.potential.lammps.PotentialFileException;
import dev.curvature.structure.Cell;
import dev.curvature.structure.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IonicPotentialTest {
    @TempDir Path dir;

    static final String[] NACL = {"Na", "Na", "Na", "Na", "Cl", "Cl", "Cl", "Cl"};
    /** Rocksalt: Na on fcc sites, Cl shifted by a/2 along x. */
    static double[][] rocksalt() {
        return new double[][]{{0, 0, 0}, {0, .5, .5}, {.5, 0, .5}, {.5, .5, 0}, {.5, 0, 0}, {.5, .5, .5}, {0, 0, .5}, {0, .5, 0}};
    }

    private PeriodicPotential bind(String text, Cell cell) throws Exception {
        Path f = dir.resolve("nacl.pot");
        Files.writeString(f, text);
        Element[] e = new Element[NACL.length];
        for (int i = 0; i < e.length; i++) e[i] = Element.of(NACL[i]);
        return PotentialFile.read(f).bind(e, cell);
    }

    private static String buck(double cut, double coulCut, double acc, boolean coulombOnly) {
        String s = "labelmap atom 1 Na 2 Cl\nset type 1 charge 1.0\nset type 2 charge -1.0\n"
                + "pair_style buck/coul/long " + cut + " " + coulCut + "\nkspace_style ewald " + acc + "\n";
        if (coulombOnly) return s + "pair_coeff * * 0.0 1.0 0.0\n";
        return s + "pair_coeff 1 1 500.0 0.25 0.0\npair_coeff 1 2 1000.0 0.30 2.0\npair_coeff 2 2 3000.0 0.30 50.0\n";
    }

    @Test
    void madelungEnergyOfRocksalt() throws Exception {
        // E = −(N/2) k M / r0, M = 1.747564594633 (Madelung constant of NaCl), r0 = a/2
        double a = 5.64;
        Cell cell = Crystals.cubic(a);
        PeriodicPotential p = bind(buck(8.0, 8.0, 1e-10, true), cell);
        double e = DerivativeChecks.energy(p, Configuration.periodic(Crystals.place(rocksalt(), cell), cell));
        assertEquals(-4 * 14.399645 * 1.747564594633 / (a / 2), e, 1e-7 * Math.abs(e));
    }

    @Test
    void ewaldEnergyDoesNotDependOnTheSplit() throws Exception {
        Cell cell = Crystals.skewed(5.64);
        double[] x = Crystals.rattle(Crystals.place(rocksalt(), cell), 0.1, 41);
        IonicPotential p1 = (IonicPotential) bind(buck(8.0, 7.0, 1e-10, false), cell);
        IonicPotential p2 = (IonicPotential) bind(buck(8.0, 11.0, 1e-10, false), cell);
        assertNotEquals(p1.alpha(), p2.alpha(), 0.05);
        double e1 = DerivativeChecks.energy(p1, Configuration.periodic(x, cell));
        double e2 = DerivativeChecks.energy(p2, Configuration.periodic(x, cell));
        assertEquals(e1, e2, 1e-7 * Math.abs(e1));
    }

    @Test
    void derivativesOfRattledTriclinicRocksalt() throws Exception {
        Cell cell = Crystals.skewed(5.64);
        double[] x = Crystals.rattle(Crystals.place(rocksalt(), cell), 0.12, 42);
        DerivativeChecks.checkAll(bind(buck(7.0, 7.0, 1e-6, false), cell), x, cell, 2e-5);
    }

    @Test
    void bornMayerHugginsDerivatives() throws Exception {
        Cell cell = Crystals.cubic(5.64);
        double[] x = Crystals.rattle(Crystals.place(rocksalt(), cell), 0.12, 43);
        String pot = "labelmap atom 1 Na 2 Cl\nset type 1 charge 1\nset type 2 charge -1\npair_style born/coul/long 7.0\n"
                + "kspace_style ewald 1e-6\npair_coeff 1 1 0.2637 0.317 2.340 1.048 0.4993\n"
                + "pair_coeff 1 2 0.2110 0.317 2.755 6.990 8.6758\npair_coeff 2 2 0.1582 0.317 3.170 72.40 145.4275\n";
        DerivativeChecks.checkAll(bind(pot, cell), x, cell, 2e-5);
    }

    @Test
    void missingChargesAndKspaceAreNamed() throws Exception {
        Cell cell = Crystals.cubic(5.64);
        PotentialFileException e = assertThrows(PotentialFileException.class, () -> bind(
                "labelmap atom 1 Na 2 Cl\nset type 1 charge 1\npair_style buck/coul/long 7\nkspace_style ewald 1e-6\npair_coeff * * 0 1 0\n", cell));
        assertEquals("nacl.pot: no charge for type 2 (Cl): add 'set type 2 charge Q'", e.getMessage());
        e = assertThrows(PotentialFileException.class, () -> bind(
                "labelmap atom 1 Na 2 Cl\nset type 1 charge 1\nset type 2 charge -1\npair_style buck/coul/long 7\npair_coeff * * 0 1 0\n", cell));
        assertEquals("nacl.pot:4: buck/coul/long needs 'kspace_style ewald ACCURACY'", e.getMessage());
    }
}
