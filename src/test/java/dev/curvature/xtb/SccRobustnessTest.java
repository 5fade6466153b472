package dev.curvature.xtb;

import dev.curvature.xtb.param.Gfn2Parameters;
import dev.curvature.xtb.scc.Gfn2Calculator;
import dev.curvature.xtb.scc.Gfn2Result;
import dev.curvature.xtb.scc.SccNotConvergedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SCC on stretched and broken bonds, radical cations, anions, a triplet and scattered atoms,
 * against xtb 6.5.1 (fixtures by tools/xtb/make_scc_fixtures.py), and its fallbacks (damped
 * mixing, annealing from a higher electronic temperature) where xtb itself gives up.
 */
class SccRobustnessTest {

    private static Gfn2Calculator calculator(SccFixture f, List<String> log) {
        return new Gfn2Calculator(Gfn2Parameters.bundled(), f.z(), D4Seam.GFN2).electronicTemperature(f.kelvin()).log(log::add);
    }

    /** Where xtb converges with its defaults, the same energy (xtb's tight run prints 12 decimals). */
    @ParameterizedTest
    @ValueSource(strings = {"water_oh_3.0", "n2_stretched_3.0", "co_stretched_2.5", "ethane_cc_2.6_triplet", "o2_triplet",
            "ammonia_cation", "nitric_oxide_cation_stretched", "copper_water_cation_stretched", "hydroxide",
            "sn2_cl_ch3_cl_anion", "fluoride_far_from_methyl", "hcn_bent_midpoint", "hcn_atoms_scattered_10000K"})
    void convergesWhereXtbDoesToXtbsEnergy(String name) {
        SccFixture f = SccFixture.load(name);
        assertTrue(f.xtbConverged(), name + ": the fixture says xtb did not converge");
        List<String> log = new ArrayList<>();
        Gfn2Result r = calculator(f, log).compute(f.xyz(), f.charge(), f.uhf(), false, null);
        assertEquals(f.energy(), r.total(), 2e-9, name + " total energy");
        assertEquals(f.kelvin(), r.electronicTemperature(), 0, name + " electronic temperature");
        assertTrue(r.sccAttempts().get(r.sccAttempts().size() - 1).converged());
    }

    /**
     * H, C and N 10-30 Å apart: xtb stops after 250 iterations at 300 K. Broyden and damped mixing
     * fail here too; annealing from a higher temperature reaches 300 K, logs each fallback once,
     * and ends on a true fixed point at 300 K: started from its charges, a plain first pass
     * converges at once to the same energy.
     */
    @Test
    void scatteredAtomsConvergeByAnnealingWhereXtbFails() {
        SccFixture f = SccFixture.load("hcn_atoms_scattered");
        assertFalse(f.xtbConverged());
        List<String> log = new ArrayList<>();
        Gfn2Calculator c = calculator(f, log);
        Gfn2Result r = c.compute(f.xyz(), f.charge(), f.uhf(), false, null);
        assertEquals(300, r.electronicTemperature(), 0);
        assertTrue(r.neededFallback());
        assertEquals("broyden", r.sccAttempts().get(0).scheme());
        assertFalse(r.sccAttempts().get(0).converged());
        assertTrue(r.sccAttempts().stream().anyMatch(a -> a.scheme().equals("anneal") && a.kelvin() > 300 && a.converged()));
        assertEquals(2, log.size(), "one notice per fallback: " + log);
        for (String line : log) assertFalse(line.contains("\n"), line);

        double[] start = new double[r.shellCharges().length + 9 * f.z().length];
        System.arraycopy(r.shellCharges(), 0, start, 0, r.shellCharges().length);
        Gfn2Result again = calculator(f, new ArrayList<>()).compute(f.xyz(), f.charge(), f.uhf(), false, start);
        assertEquals(1, again.sccAttempts().size(), "not a fixed point: " + again.sccAttempts());
        assertEquals(r.total(), again.total(), 1e-8);
    }

    /** Out of budget everywhere, and no higher temperature accepted: one line saying what was tried. */
    @Test
    void failsWithOneClearLineWhenNothingConverges() {
        SccFixture f = SccFixture.load("hcn_atoms_scattered");
        List<String> log = new ArrayList<>();
        Gfn2Calculator c = calculator(f, log).maxIterations(3).allowHigherTemperature(false);
        SccNotConvergedException e = assertThrows(SccNotConvergedException.class,
                () -> c.compute(f.xyz(), f.charge(), f.uhf(), false, null));
        assertTrue(e.getMessage().startsWith("GFN2-xTB SCC did not converge"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().contains("iterations"), e.getMessage());
    }
}
