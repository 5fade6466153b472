package dev.curvature.xtb;

import dev.curvature.xtb.param.Gfn2Parameters;
import dev.curvature.xtb.scc.Gfn2Calculator;
import dev.curvature.xtb.scc.Gfn2Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the default SCC tolerance ({@link Gfn2Calculator#DEFAULT_CHARGE_TOLERANCE}) gives up
 * against an SCC converged to 1e-11: the energy within 1e-10 Eh and every gradient component within
 * 2e-8 Eh/bohr, on a closed-shell aromatic, an anion and a radical; and it takes fewer iterations.
 */
class Gfn2SccToleranceTest {

    @ParameterizedTest
    @ValueSource(strings = {"bromobenzene", "acetate", "hydroxyl_radical"})
    void defaultToleranceStaysWithinTheStatedDistanceOfTheConvergedAnswer(String name) {
        XtbFixture f = XtbFixture.load(name);
        Gfn2Calculator tight = new Gfn2Calculator(Gfn2Parameters.bundled(), f.z(), D4Seam.GFN2).chargeTolerance(1e-11);
        Gfn2Calculator usual = new Gfn2Calculator(Gfn2Parameters.bundled(), f.z(), D4Seam.GFN2);
        Gfn2Result ref = tight.compute(f.xyz(), f.charge(), f.uhf(), true, null);
        Gfn2Result r = usual.compute(f.xyz(), f.charge(), f.uhf(), true, null);
        assertEquals(ref.total(), r.total(), 1e-10, "energy");
        for (int i = 0; i < r.gradient().length; i++) assertEquals(ref.gradient()[i], r.gradient()[i], 2e-8, "gradient " + i);
        assertTrue(r.iterations() < ref.iterations(), r.iterations() + " vs " + ref.iterations() + " iterations");
    }
}
