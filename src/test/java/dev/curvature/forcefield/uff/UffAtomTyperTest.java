package dev.curvature.forcefield.uff;

import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UffAtomTyperTest {

    @Test
    void labelsEqualRdkitForEveryFixtureAtom() throws Exception {
        UffAtomTyper typer = new UffAtomTyper();
        List<String> mismatches = new ArrayList<>();
        int atoms = 0;
        for (UffFixtures.Case c : UffFixtures.load()) {
            UffTyping t = typer.type(c.structure());
            for (int a = 0; a < c.structure().atomCount(); a++) {
                atoms++;
                if (!t.label(a).equals(c.reference().labels()[a]))
                    mismatches.add(c.reference().name() + " atom " + (a + 1) + ": " + t.label(a) + " vs RDKit " + c.reference().labels()[a]);
            }
        }
        assertTrue(atoms > 500, "fixtures too small: " + atoms);
        assertEquals(List.of(), mismatches);
    }

    @Test
    void untypableAtomIsNamedOneBased() {
        // Fe with two bonds and no 3-D shape RDKit recognises: RDKit labels it "Fe5+2", which has no parameters
        Element[] el = {Element.of("Cl"), Element.of("Fe"), Element.of("Cl")};
        double[] x = {-2.2, 0, 0, 0, 0, 0, 2.2, 0.1, 0};
        Structure s = Structure.of("FeCl2", el, x, new int[3], List.of(new Bond(0, 1, 1), new Bond(1, 2, 1)));
        UnsupportedStructureException e = assertThrows(UnsupportedStructureException.class, () -> new UffAtomTyper().type(s));
        assertEquals(List.of(1), e.atoms());
        assertTrue(e.getMessage().contains("atom 2 Fe"), e.getMessage());
    }
}
