package dev.curvature.xtb.param;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The scale conventions of param_gfn2-xtb.txt, checked against the values tblite's GFN2 module
 * tabulates already scaled (src/tblite/xtb/gfn2.f90: p_kcn, shell_hubbard, p_hubbard_derivs,
 * p_shpoly, p_dkernel) and xtb's radius tables.
 */
class Gfn2ParametersTest {
    private static final double EV = 1 / 27.21138505;
    private final Gfn2Parameters p = Gfn2Parameters.bundled();

    @Test
    void hydrogenAndLithiumScaledAsXtbDoes() {
        ElementParameters h = p.element(1);
        assertArrayEquals(new int[] {0}, h.angular());
        assertEquals(-10.707211 * EV, h.selfEnergy()[0], 1e-15);
        assertEquals(-0.05 * EV, h.kcn()[0], 1e-15);                 // tblite p_kcn(0, H) = -0.05 eV
        assertEquals(-0.953618 * 0.01, h.shellPoly()[0], 1e-15);
        assertEquals(0.1 * 0.8, h.shellHubbardDeriv()[0], 1e-15);     // p_hubbard_derivs = 0.1 × GAM3
        assertEquals(5.563889 * 0.01, h.dipoleKernel(), 1e-15);
        assertEquals(0.32 * 4 / 3 / 0.52917726, h.covalentRadius(), 1e-12);
        assertEquals(1.0, h.valenceElectrons(), 0);
        ElementParameters li = p.element(3);
        assertEquals(0.245006 * (1 + 0.1972612), li.shellHardness()[1], 1e-12); // shell_hubbard(p, Li)
        assertEquals(0.5 * 0.1 * 1.303821, li.shellHubbardDeriv()[1], 1e-15);
        assertEquals(4, li.primitiveCount(1));
    }

    @Test
    void globalConstantsAndTransitionMetalShellOrder() {
        assertEquals(1.85, p.shellPairScale(0, 0), 0);
        assertEquals(0.5 * (1.85 + 2.23), p.shellPairScale(0, 1), 1e-15);
        assertEquals(2.0, p.shellPairScale(0, 2), 0);
        assertEquals(2.0, p.shellPairScale(2, 1), 0);
        assertEquals(0.02, p.enScale, 1e-15);
        ElementParameters fe = p.element(26);
        assertArrayEquals(new int[] {2, 0, 1}, fe.angular());          // ao=3d4s4p
        assertArrayEquals(new int[] {3, 4, 4}, fe.principal());
        assertEquals(3, fe.primitiveCount(0));
        ElementParameters cs = p.element(55);
        assertEquals(6, cs.primitiveCount(0));
        assertThrows(IllegalArgumentException.class, () -> p.element(87));
    }
}
