package dev.curvature.xtb;

import dev.curvature.model.Configuration;
import dev.curvature.model.Workspace;
import dev.curvature.xtb.scc.Gfn2Result;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SCC warm start a {@link Gfn2Potential} workspace gives (the last converged state and its Broyden differences): along a path of small steps (an
 * optimizer's last steps, 0.1 Å down to 0.003 Å per coordinate) the results stay within the converged SCC's tolerance of cold
 * starts (energy 1e-9 Eh, gradient 2e-8 Eh/bohr) and take far fewer iterations; a jump beyond
 * {@link Gfn2Potential#WARM_START_RADIUS_BOHR} and a change of charge start cold.
 */
class Gfn2WarmStartTest {

    @Test
    void warmStartsAlongAPathAgreeWithColdStartsAndSaveIterations() {
        XtbFixture f = XtbFixture.load("bromobenzene");
        Gfn2Potential p = new Gfn2Potential(f.z(), D4Seam.GFN2);
        Workspace w = p.newWorkspace();
        int warm = 0, cold = 0;
        double worstE = 0, worstG = 0;
        for (int k = 0; k < 6; k++) {
            double[] x = new double[f.xyz().length];
            // an optimizer's last steps: from 0.1 Å off, each step halving the distance
            for (int i = 0; i < x.length; i++) x[i] = f.xyz()[i] * 0.529177210903 + 0.1 * Math.pow(0.5, k) * Math.sin(1.7 * i + 0.3 * k);
            Configuration c = Configuration.molecule(x);
            Gfn2Result a = p.calculate(c, w, true), b = p.calculate(c, null, true);
            if (k > 0) { warm += a.iterations(); cold += b.iterations(); }
            worstE = Math.max(worstE, Math.abs(a.total() - b.total()));
            for (int i = 0; i < x.length; i++) worstG = Math.max(worstG, Math.abs(a.gradient()[i] - b.gradient()[i]));
        }
        assertTrue(worstE <= 1e-9, "energy moved " + worstE + " Eh");
        assertTrue(worstG <= 2e-8, "gradient moved " + worstG + " Eh/bohr");
        assertTrue(warm < 0.75 * cold, warm + " warm-started iterations vs " + cold + " cold");
        System.out.printf("bromobenzene path: %d iterations warm vs %d cold, |dE| %.1e Eh, |dg| %.1e Eh/bohr%n", warm, cold, worstE, worstG);
    }

    @Test
    void aFarJumpOrAnotherChargeStartsCold() {
        XtbFixture f = XtbFixture.load("water");
        Gfn2Potential p = new Gfn2Potential(f.z(), D4Seam.GFN2);
        double[] x = new double[f.xyz().length];
        for (int i = 0; i < x.length; i++) x[i] = f.xyz()[i] * 0.529177210903;
        Configuration c = Configuration.molecule(x);
        int coldIterations = p.calculate(c, null, false).iterations();
        Workspace w = p.newWorkspace();
        double[] far = x.clone();
        far[0] += 0.6 * 0.529177210903; // one atom 0.6 bohr away: beyond the radius
        p.calculate(c.withPositions(far), w, false);
        assertEquals(coldIterations, p.calculate(c, w, false).iterations(), "a far jump must start cold");
        p.calculate(new Configuration(x, null, 1, 2, null), w, false);
        assertEquals(coldIterations, p.calculate(c, w, false).iterations(), "a state of another charge must not be the start");
        assertTrue(p.calculate(c, w, false).iterations() < coldIterations, "the same geometry again starts warm");
    }
}
