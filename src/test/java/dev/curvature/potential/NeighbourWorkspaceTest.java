package dev.curvature.potential;

import dev.curvature.model.Configuration;
import dev.curvature.model.Property;
import dev.curvature.model.Results;
import dev.curvature.structure.Cell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A kept neighbour list gives the same numbers as a fresh one, through small and large moves and cell changes. */
class NeighbourWorkspaceTest {
    @TempDir Path dir;

    @Test
    void reusedListMatchesAFreshOneUnderMovesAndStrains() throws Exception {
        PeriodicPotential p = StillingerWeberTest.bind(dir, StillingerWeberTest.SI_SW, "Si", StillingerWeberTest.repeat("Si", 64));
        double a = 5.431;
        Cell cell = Crystals.cubic(2 * a);
        double[] x0 = Crystals.supercell(Crystals.diamondSites(), a, 2);
        NeighbourWorkspace ws = (NeighbourWorkspace) p.newWorkspace();
        double[][] strains = {{0, 0, 0, 0, 0, 0, 0, 0, 0}, {0.001, 0, 0, 0, 0, 0, 0, 0, 0}, {0.01, 0.002, 0, 0.002, -0.01, 0, 0, 0, 0.005},
                {0.08, 0, 0, 0, 0.08, 0, 0, 0, 0.08}, {-0.05, 0.03, 0, 0.03, 0, 0, 0, 0, 0}};
        double[] amplitudes = {0.01, 0.05, 0.3, 1.0};
        int step = 0;
        for (double[] eps : strains)
            for (double amp : amplitudes) {
                Configuration c = DerivativeChecks.strained(Crystals.rattle(x0, amp, step++), cell, eps);
                Results kept = Results.request(64, Property.GRADIENT, Property.STRAIN_DERIVATIVE);
                Results fresh = Results.request(64, Property.GRADIENT, Property.STRAIN_DERIVATIVE);
                p.compute(c, kept, ws);
                p.compute(c, fresh, null);
                assertEquals(fresh.energy(), kept.energy(), 1e-10);
                assertArrayEquals(fresh.gradient(), kept.gradient(), 1e-10);
                assertArrayEquals(fresh.strainDerivative(), kept.strainDerivative(), 1e-9);
            }
        assertTrue(ws.builds() < strains.length * amplitudes.length, "the list was reused at least once: " + ws.builds() + " builds");
    }

    @Test
    void wrappingAnAtomIntoTheCellDoesNotChangeAnything() throws Exception {
        PeriodicPotential p = StillingerWeberTest.bind(dir, StillingerWeberTest.SI_SW, "Si", StillingerWeberTest.repeat("Si", 8));
        Cell cell = Crystals.cubic(5.431);
        double[] x = Crystals.rattle(Crystals.diamond(5.431), 0.1, 4);
        NeighbourWorkspace ws = (NeighbourWorkspace) p.newWorkspace();
        Results r1 = Results.request(8, Property.GRADIENT);
        p.compute(Configuration.periodic(x, cell), r1, ws);
        double[] y = x.clone();
        y[0] += 5.431;   // the same crystal, atom 0 one cell over
        Results r2 = Results.request(8, Property.GRADIENT);
        p.compute(Configuration.periodic(y, cell), r2, ws);
        assertEquals(r1.energy(), r2.energy(), 1e-10);
        assertArrayEquals(r1.gradient(), r2.gradient(), 1e-10);
    }
}
