package dev.curvature.potential;

import dev.curvature.potential.lammps.PotentialFile;
import dev.curvature.structure.Cell;
import dev.curvature.structure.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

class TersoffTest {
    /**
     * Tersoff, Phys. Rev. B 37, 6991 (1988) Si(C) and Tersoff, Phys. Rev. B 39, 5566 (1989) SiC mixing, as in
     * LAMMPS's SiC.tersoff; λ3 made non-zero and m = 3 here so the exp[(λ3 Δr)³] factor is exercised.
     */
    static final String SIC = """
            C   C    C   3.0 1.0 0.7 38049  4.3484   -.57058 .72751 0.00000015724 2.2119  346.7   1.95   0.15   3.4879  1393.6
            Si  Si  Si  3.0 1.0 0.5  100390  16.217   -.59825 .78734 0.0000011     1.73222  471.18  2.85   0.15    2.4799  1830.8
            Si  Si  C   3.0 1.0 0.6 100390  16.217   -.59825 0.0 0.0 0.0 0.0 2.36   0.15 0.0 0.0
            Si  C   C   3.0 1.0 0.6 100390 16.217 -.59825 .787340 0.0000011     1.97205 395.126  2.36  0.15    2.9839  1597.3111
            C   Si  Si  3.0 1.0 0.6 38049  4.3484  -.57058 .72751 0.00000015724 1.97205 395.126  2.36  0.15   2.9839   1597.3111
            C   Si  C   3.0 1.0 0.6 38049  4.3484   -.57058 0.0 0.0 0.0 0.0 1.95   0.15 0.0 0.0
            C   C   Si  3.0 1.0 0.6 38049  4.3484   -.57058 0.0 0.0 0.0 0.0 2.36   0.15 0.0 0.0
            Si  C   Si  3.0 1.0 0.6 100390  16.217   -.59825 0.0 0.0 0.0 0.0 2.85   0.15 0.0 0.0
            """;

    @TempDir Path dir;

    private PeriodicPotential bind(String elements, String... atoms) throws Exception {
        Files.writeString(dir.resolve("t.tersoff"), SIC);
        Path f = dir.resolve("t.pot");
        Files.writeString(f, "pair_style tersoff\npair_coeff * * t.tersoff " + elements + "\n");
        Element[] e = new Element[atoms.length];
        for (int i = 0; i < e.length; i++) e[i] = Element.of(atoms[i]);
        return PotentialFile.read(f).bind(e);
    }

    @Test
    void derivativesOfRattledSilicon() throws Exception {
        PeriodicPotential p = bind("Si", StillingerWeberTest.repeat("Si", 8));
        Cell cell = Crystals.skewed(5.432);
        double[] x = Crystals.rattle(Crystals.place(Crystals.diamondSites(), cell), 0.15, 21);
        DerivativeChecks.checkAll(p, x, cell, 2e-5);
    }

    @Test
    void derivativesOfRattledSiliconCarbide() throws Exception {
        // Si first then C in the coefficient line, C-rich cell: exercises every triplet entry
        PeriodicPotential p = bind("Si C", "Si", "C", "Si", "C", "C", "C", "Si", "C");
        Cell cell = Crystals.skewed(4.36);
        double[] x = Crystals.rattle(Crystals.place(Crystals.diamondSites(), cell), 0.1, 22);
        DerivativeChecks.checkAll(p, x, cell, 2e-5);
    }
}
