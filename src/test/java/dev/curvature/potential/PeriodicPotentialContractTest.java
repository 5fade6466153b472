package dev.curvature.potential;

import dev.curvature.model.Configuration;
import dev.curvature.model.Potential;
import dev.curvature.model.PotentialContractTest;
import dev.curvature.potential.lammps.PotentialFile;
import dev.curvature.structure.Cell;
import dev.curvature.structure.Element;
import org.junit.jupiter.api.Nested;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The energy-model contract ({@link PotentialContractTest}) on every periodic style, each bound
 * through a potential file, in a rattled cubic and a rattled triclinic cell.
 */
class PeriodicPotentialContractTest {

    private static final Path DIR;
    static {
        try {
            DIR = Files.createTempDirectory("curvature-contract");
            DIR.toFile().deleteOnExit();
            Files.writeString(DIR.resolve("si.sw"), StillingerWeberTest.SI_SW);
            Files.writeString(DIR.resolve("sic.tersoff"), TersoffTest.SIC);
            EamTest.writeSetfl(DIR.resolve("cuni.eam.alloy"), new String[]{"Ni", "Cu"}, new double[]{1.3, 1.0});
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Potential bind(String text, Cell cell, String... elements) {
        try {
            Path f = Files.createTempFile(DIR, "p", ".pot");
            Files.writeString(f, text);
            Element[] e = new Element[elements.length];
            for (int i = 0; i < e.length; i++) e[i] = Element.of(elements[i]);
            return PotentialFile.read(f).bind(e, cell);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Configuration> cells(double[][] sites, double a, long seed) {
        Cell cube = Crystals.cubic(a), skew = Crystals.skewed(a);
        return List.of(Configuration.periodic(Crystals.rattle(Crystals.place(sites, cube), 0.1, seed), cube),
                Configuration.periodic(Crystals.rattle(Crystals.place(sites, skew), 0.1, seed + 1), skew));
    }

    /** Finite-difference checks at the level of {@link DerivativeChecks}: central differences of tabulated or exponential terms. */
    static final PotentialContractTest.Tolerances LOOSE = new PotentialContractTest.Tolerances(1e-6, 2e-5, 1e-6, 2e-5, 2e-5, 1e-7, 1e-6, 1e-10);

    @Nested class StillingerWeberSilicon extends PotentialContractTest {
        @Override protected Potential potential() { return bind("pair_style sw\npair_coeff * * si.sw Si\n", null, StillingerWeberTest.repeat("Si", 8)); }
        @Override protected List<Configuration> configurations() { return cells(Crystals.diamondSites(), 5.431, 51); }
        @Override protected Tolerances tolerances() { return LOOSE; }
    }

    @Nested class TersoffSiliconCarbide extends PotentialContractTest {
        @Override protected Potential potential() {
            return bind("pair_style tersoff\npair_coeff * * sic.tersoff Si C\n", null, "Si", "Si", "C", "C", "Si", "C", "Si", "C");
        }
        @Override protected List<Configuration> configurations() { return cells(Crystals.diamondSites(), 4.36, 53); }
        @Override protected Tolerances tolerances() { return LOOSE; }
    }

    @Nested class EamAlloy extends PotentialContractTest {
        @Override protected Potential potential() {
            return bind("pair_style eam/alloy\npair_coeff * * cuni.eam.alloy Cu Ni\n", null, "Cu", "Ni", "Ni", "Cu");
        }
        @Override protected List<Configuration> configurations() { return cells(Crystals.fccSites(), 3.58, 55); }
        @Override protected Tolerances tolerances() { return new Tolerances(1e-6, 5e-5, 1e-6, 5e-5, 5e-5, 1e-7, 1e-6, 1e-10); }
    }

    /**
     * lj/cut is not shifted (as LAMMPS): its energy jumps by 2e-4 eV at the cutoff, so the seeds are
     * ones where no pair lies within the oracle's strain steps of 8.5 Å.
     */
    @Nested class LennardJonesArgon extends PotentialContractTest {
        @Override protected Potential potential() { return bind("pair_style lj/cut 8.5\npair_coeff 1 1 0.0104 3.40\n", null, "Ar", "Ar", "Ar", "Ar"); }
        @Override protected List<Configuration> configurations() { return cells(Crystals.fccSites(), 5.26, 61); }
        @Override protected Tolerances tolerances() { return LOOSE; }
    }

    /**
     * Truncated sums jump at their cutoffs (the real-space Ewald term by about the accuracy, Buckingham by A e^{−rc/ρ} − C/rc⁶),
     * and the oracle's strain steps move pairs across: a tight accuracy, C = 0 and steep exponentials keep the jumps below 1e-9 eV.
     */
    @Nested class BuckinghamEwaldRocksalt extends PotentialContractTest {
        @Override protected Potential potential() {
            return bind("labelmap atom 1 Na 2 Cl\nset type 1 charge 1.0\nset type 2 charge -1.0\npair_style buck/coul/long 7.0\n"
                            + "kspace_style ewald 1e-12\npair_coeff 1 1 500.0 0.25 0.0\npair_coeff 1 2 1000.0 0.25 0.0\npair_coeff 2 2 3000.0 0.25 0.0\n",
                    Crystals.cubic(5.64), IonicPotentialTest.NACL);
        }
        @Override protected List<Configuration> configurations() {
            Cell cube = Crystals.cubic(5.64);
            return List.of(Configuration.periodic(Crystals.rattle(Crystals.place(IonicPotentialTest.rocksalt(), cube), 0.1, 59), cube));
        }
        @Override protected Tolerances tolerances() { return LOOSE; }
    }
}
