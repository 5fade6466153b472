package dev.curvature.model;

import dev.curvature.structure.Cell;
import dev.curvature.testing.LennardJonesModel;
import dev.curvature.testing.PointChargeFieldModel;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The contract on the reference models: shifted-force Lennard-Jones (argon, eV) as a cluster and
 * in periodic cells (an orthorhombic 8-atom cell whose width is below twice the cutoff, so atoms
 * see several images of each other and of themselves, and a skewed triclinic one); and a
 * {@link SumPotential} of Lennard-Jones and point charges with atomic polarizabilities, in and
 * out of a field, whose dipole and polarizability the oracle gets from field differences.
 */
class ReferenceModelContractTest {

    @Nested class ArgonCluster extends PotentialContractTest {
        @Override protected Potential potential() { return LennardJonesModel.argon(8); }
        @Override protected List<Configuration> configurations() {
            return List.of(Configuration.molecule(LennardJonesModel.jitteredCube(2, 3.7, 0.3, 1)),
                    Configuration.molecule(LennardJonesModel.jitteredCube(2, 4.2, 0.4, 2)));
        }
        @Override protected boolean acceptsCell() { return true; }
    }

    @Nested class ArgonCrystal extends PotentialContractTest {
        @Override protected Potential potential() { return LennardJonesModel.argon(8); }
        @Override protected List<Configuration> configurations() {
            Cell cube = new Cell(new double[][] {{7.6, 0, 0}, {0, 7.4, 0}, {0, 0, 7.8}});
            Cell skewed = new Cell(new double[][] {{7.5, 0, 0}, {1.9, 7.1, 0}, {-1.2, 0.8, 7.3}});
            return List.of(Configuration.periodic(LennardJonesModel.jitteredCube(2, 3.75, 0.3, 3), cube),
                    Configuration.periodic(LennardJonesModel.jitteredCube(2, 3.7, 0.3, 4), skewed));
        }
    }

    /** Lennard-Jones in kcal/mol plus point charges (neutral) and polarizabilities: a field response. */
    @Nested class ChargedClusterInAField extends PotentialContractTest {
        @Override protected Potential potential() {
            return SumPotential.of(new LennardJonesModel(8, 0.238, 3.4, 8.5, UnitSystem.MOLECULAR),
                    new PointChargeFieldModel(new double[] {0.4, -0.4, 0.2, -0.2, 0.3, -0.3, 0.1, -0.1},
                            new double[] {1.1, 0.7, 1.5, 0.9, 2.0, 1.2, 0.8, 1.0}, UnitSystem.MOLECULAR));
        }
        @Override protected List<Configuration> configurations() {
            double[] x = LennardJonesModel.jitteredCube(2, 3.8, 0.3, 5);
            return List.of(Configuration.molecule(x), Configuration.molecule(x).withField(new double[] {0.02, -0.01, 0.03}));
        }
    }

    @Test
    void sumIntersectsPropertiesMergesTermsAndRefusesMixedUnits() {
        Potential lj = new LennardJonesModel(8, 0.238, 3.4, 8.5, UnitSystem.MOLECULAR);
        Potential q = new PointChargeFieldModel(new double[8], new double[8], UnitSystem.MOLECULAR);
        SumPotential sum = SumPotential.of(lj, q);
        assertTrue(sum.implementedProperties().contains(Property.DIPOLE));
        assertFalse(sum.implementedProperties().contains(Property.CHARGES), "Lennard-Jones has no charges, so neither has the sum");
        assertTrue(sum.acceptsField());
        assertTrue(sum.implementedProperties().contains(Property.STRAIN_STRAIN));
        double[] x = LennardJonesModel.jitteredCube(2, 3.8, 0.3, 5);
        Map<String, Double> terms = sum.energyTerms(x);
        assertEquals(List.of("vdw", "point-charges"), List.copyOf(terms.keySet()));
        assertEquals(sum.energy(x), terms.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> SumPotential.of(lj, LennardJonesModel.argon(8)));
        assertThrows(IllegalArgumentException.class, () -> SumPotential.of(lj, LennardJonesModel.argon(9)));
    }

    @Test
    void theNeighbourListIsKeptInTheWorkspaceAndRebuiltOnlyWhenNeeded() {
        LennardJonesModel lj = LennardJonesModel.argon(8);
        Workspace w = lj.newWorkspace();
        double[] x = LennardJonesModel.jitteredCube(2, 3.7, 0.3, 1);
        Results r = Results.request(8, Property.GRADIENT);
        lj.compute(Configuration.molecule(x), r, w);
        double e = r.energy();
        x[0] += 0.05;   // within half the skin: same list
        lj.compute(Configuration.molecule(x), r, w);
        x[0] -= 0.05;
        lj.compute(Configuration.molecule(x), r, w);
        assertEquals(e, r.energy(), 0.0);
        assertEquals(1, ((LennardJonesModel.Neighbours) w).builds());
    }
}
