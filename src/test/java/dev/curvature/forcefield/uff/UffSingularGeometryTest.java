package dev.curvature.forcefield.uff;

import dev.curvature.model.Potential;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Cell;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Derivatives where the internal coordinates are at their awkward points: exactly linear bends
 * (θ = 180°, where dθ/dx is undefined but UFF's energy, a polynomial in cos θ, is smooth), exactly
 * planar inversions (ω = 0) and exactly planar torsions (φ = 0, π).
 */
class UffSingularGeometryTest {

    /** H–C≡C–CHO with the H–C≡C–C chain exactly straight and everything in the plane z = 0. */
    private static Structure propynal() {
        Element[] el = {Element.of("H"), Element.of("C"), Element.of("C"), Element.of("C"), Element.of("O"), Element.of("H")};
        double[] x = {-1.06, 0, 0, 0, 0, 0, 1.20, 0, 0, 2.65, 0, 0, 3.25, 1.04, 0, 3.20, -0.95, 0};
        return Structure.of("propynal", el, x, new int[6], List.of(new Bond(0, 1, 1), new Bond(1, 2, 3),
                new Bond(2, 3, 1), new Bond(3, 4, 2), new Bond(3, 5, 1)));
    }

    /** Acrolein H2C=CH–CHO, exactly planar (all torsions at 0 or 180°, inversions at 0). */
    private static Structure acrolein() {
        Element[] el = {Element.of("C"), Element.of("C"), Element.of("C"), Element.of("O"),
                Element.of("H"), Element.of("H"), Element.of("H"), Element.of("H")};
        double[] x = {0, 0, 0, 1.34, 0, 0, 2.10, 1.25, 0, 3.32, 1.25, 0,
                -0.55, 0.93, 0, -0.55, -0.93, 0, 1.90, -0.93, 0, 1.55, 2.19, 0};
        return Structure.of("acrolein", el, x, new int[8], List.of(new Bond(0, 1, 2), new Bond(1, 2, 1),
                new Bond(2, 3, 2), new Bond(0, 4, 1), new Bond(0, 5, 1), new Bond(1, 6, 1), new Bond(2, 7, 1)));
    }

    @Test
    void derivativesAreExactAtLinearAndPlanarGeometries() throws Exception {
        for (Structure s : List.of(propynal(), acrolein())) {
            Potential p = new UffForceField().bind(s);
            double[] x = s.positions();
            int n3 = x.length;
            double[] g = new double[n3], hess = new double[n3 * n3];
            p.evaluate(x, g, hess);
            double h = 1e-5, worstG = 0, worstH = 0;
            double[] gp = new double[n3], gm = new double[n3];
            for (int k = 0; k < n3; k++) {
                double[] xp = x.clone(), xm = x.clone();
                xp[k] += h;
                xm[k] -= h;
                worstG = Math.max(worstG, Math.abs((p.energy(xp) - p.energy(xm)) / (2 * h) - g[k]));
                p.evaluate(xp, gp, null);
                p.evaluate(xm, gm, null);
                for (int m = 0; m < n3; m++) worstH = Math.max(worstH, Math.abs((gp[m] - gm[m]) / (2 * h) - hess[k * n3 + m]));
            }
            for (int k = 2; k < n3; k += 3) assertTrue(Math.abs(g[k]) <= 1e-12, s.name() + ": out-of-plane force " + g[k]);
            for (double v : hess) assertTrue(Double.isFinite(v), s.name() + ": non-finite Hessian");
            assertTrue(worstG <= 1e-5, s.name() + ": |g - FD| = " + worstG);
            assertTrue(worstH <= 1e-4, s.name() + ": |H - FD| = " + worstH);
        }
    }

    @Test
    void periodicStructuresAreRefused() {
        Structure s = propynal();
        Element[] el = new Element[s.atomCount()];
        for (int a = 0; a < el.length; a++) el[a] = s.element(a);
        Cell box = new Cell(new double[][]{{20, 0, 0}, {0, 20, 0}, {0, 0, 20}});
        Structure periodic = new Structure("box", el, s.positions(), new int[el.length], s.bonds(), 0, box);
        UnsupportedStructureException e = assertThrows(UnsupportedStructureException.class, () -> new UffForceField().bind(periodic));
        assertTrue(e.getMessage().contains("periodic"), e.getMessage());
    }
}
