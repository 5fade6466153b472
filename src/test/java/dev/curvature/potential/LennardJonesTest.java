package dev.curvature.potential;

import dev.curvature.potential.lammps.PotentialFile;
import dev.curvature.potential.lammps.PotentialFileException;
import dev.curvature.structure.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LennardJonesTest {
    @TempDir Path dir;

    private PeriodicPotential bind(String text, String... elements) throws Exception {
        Path f = dir.resolve("lj.pot");
        Files.writeString(f, text);
        Element[] e = new Element[elements.length];
        for (int i = 0; i < e.length; i++) e[i] = Element.of(elements[i]);
        return PotentialFile.read(f).bind(e);
    }

    @Test
    void derivativesOfArgonInASkewedSmallCell() throws Exception {
        // cutoff 8.5 Å exceeds half the 5.3 Å cell: many images of every atom, and of itself
        PeriodicPotential p = bind("pair_style lj/cut 8.5\npair_coeff 1 1 0.0104 3.40\n", "Ar", "Ar", "Ar", "Ar");
        double a = 5.26;
        var cell = Crystals.skewed(a);
        double[] x = Crystals.rattle(Crystals.place(Crystals.fccSites(), cell), 0.15, 7);
        DerivativeChecks.checkAll(p, x, cell, 1e-5);
    }

    @Test
    void twoSpeciesWithLabelsAndGeometricMixing() throws Exception {
        PeriodicPotential p = bind("""
                # argon-krypton, metal units
                units metal
                labelmap atom 1 Ar 2 Kr
                pair_style lj/cut 7.0
                pair_coeff 1 1 0.0104 3.40
                pair_coeff 2 2 0.0140 3.65 &
                   7.5
                """, "Ar", "Kr", "Ar", "Kr");
        var cell = Crystals.cubic(5.5);
        double[] x = Crystals.rattle(Crystals.place(Crystals.fccSites(), cell), 0.1, 3);
        DerivativeChecks.checkAll(p, x, cell, 1e-5);
    }

    @Test
    void dimerEnergyIsTheFormula() throws Exception {
        PeriodicPotential p = bind("pair_style lj/cut 10\npair_coeff * * 0.5 2.0\n", "Ar", "Ar");
        double r = 2.3;
        double e = DerivativeChecks.energy(p, dev.curvature.model.Configuration.molecule(new double[]{0, 0, 0, r, 0, 0}));
        double sr6 = Math.pow(2.0 / r, 6);
        assertEquals(4 * 0.5 * (sr6 * sr6 - sr6), e, 1e-14);
    }

    @Test
    void badFilesGiveOneLineNamingTheLine() throws Exception {
        assertMessage("pair_style lj/cut 8\npair_modify shift yes\n", "lj.pot:2: unsupported command 'pair_modify'", "Ar");
        assertMessage("pair_style meam\npair_coeff * * x\n", "lj.pot:1: unsupported pair_style 'meam' (supported: lj/cut, buck/coul/long, born/coul/long, sw, tersoff, eam, eam/alloy)", "Ar");
        assertMessage("pair_style lj/cut 8\npair_coeff 1 1 0.01\n", "lj.pot:2: expected 'pair_coeff I J EPSILON SIGMA [CUTOFF]'", "Ar");
        assertMessage("labelmap atom 1 Ar\npair_style lj/cut 8\npair_coeff 1 1 0.01 3.4\n", "lj.pot: the potential covers Ar but the structure also has Cu", "Cu");
        assertMessage("pair_style lj/cut 8\npair_coeff 1 1 0.01 3.4\nkspace_style ewald 1e-6\n", "lj.pot:3: kspace_style needs a coul/long pair style, not lj/cut", "Ar");
    }

    private void assertMessage(String text, String expected, String... elements) {
        PotentialFileException e = org.junit.jupiter.api.Assertions.assertThrows(PotentialFileException.class, () -> bind(text, elements));
        assertEquals(expected, e.getMessage());
    }
}
