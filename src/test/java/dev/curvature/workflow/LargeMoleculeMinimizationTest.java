package dev.curvature.workflow;

import dev.curvature.forcefield.mmff.MmffForceField;
import dev.curvature.forcefield.nonbonded.NonbondedCutoff;
import dev.curvature.model.Potential;
import dev.curvature.optimize.OptimizationMethod;
import dev.curvature.optimize.OptimizationOptions;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which minimisations take the truncated-Newton route: large bonded molecules with a force field, under AUTO only. */
class LargeMoleculeMinimizationTest {

    /** waters × 3 atoms on a 3.1 Å grid. */
    private static Structure waters(int count) {
        Element[] el = new Element[3 * count];
        double[] x = new double[9 * count];
        List<Bond> bonds = new ArrayList<>();
        for (int w = 0; w < count; w++) {
            double ox = 3.1 * (w % 8), oy = 3.1 * (w / 8 % 8), oz = 3.1 * (w / 64);
            el[3 * w] = Element.of("O");
            el[3 * w + 1] = Element.of("H");
            el[3 * w + 2] = Element.of("H");
            double[] p = {ox, oy, oz, ox + 0.757, oy + 0.586, oz, ox - 0.757, oy + 0.586, oz};
            System.arraycopy(p, 0, x, 9 * w, 9);
            bonds.add(new Bond(3 * w, 3 * w + 1, 1));
            bonds.add(new Bond(3 * w, 3 * w + 2, 1));
        }
        return Structure.of("waters", el, x, new int[3 * count], bonds);
    }

    @Test void onlyLargeMoleculesUnderAutoWithAForceField() throws Exception {
        MmffForceField ff = new MmffForceField().withCutoff(NonbondedCutoff.of(9));
        OptimizationOptions auto = OptimizationOptions.defaults();
        Structure large = waters(501), small = waters(499);
        Potential onLarge = ff.bind(large);
        assertTrue(LargeMoleculeMinimization.applies(onLarge, large, auto, 9.0), "1 503 atoms, 9 Å");
        assertFalse(LargeMoleculeMinimization.applies(ff.bind(small), small, auto, 9.0), "1 497 atoms: dense exact preconditioner instead");
        assertFalse(LargeMoleculeMinimization.applies(onLarge, large, auto.withMethod(OptimizationMethod.LBFGS), 9.0), "asked for L-BFGS");
        Structure unbonded = Structure.of("no bonds", elementsOf(large), large.positions(), new int[large.atomCount()], List.of());
        assertFalse(LargeMoleculeMinimization.applies(onLarge, unbonded, auto, 9.0), "no bonds: no preconditioner");
    }

    private static Element[] elementsOf(Structure s) {
        Element[] e = new Element[s.atomCount()];
        for (int a = 0; a < e.length; a++) e[a] = s.element(a);
        return e;
    }
}
