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
    void complexesRdkitCannotTypeAreRefusedNamingTheSameAtoms() throws Exception {
        java.util.Map<String, List<Integer>> expected = new java.util.LinkedHashMap<>();
        try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
                UffAtomTyperTest.class.getResourceAsStream("uff-untyped.tsv"), java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] c = line.split("\t");
                List<Integer> atoms = new ArrayList<>();
                for (String a : c[1].split(",")) atoms.add(Integer.parseInt(a) - 1);
                expected.put(c[0], atoms);
            }
        }
        List<Structure> molecules;
        try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
                UffAtomTyperTest.class.getResourceAsStream("uff-untyped.sdf"), java.nio.charset.StandardCharsets.UTF_8))) {
            molecules = UffFixtures.readSdf(r);
        }
        assertEquals(expected.size(), molecules.size());
        for (Structure s : molecules) {
            UnsupportedStructureException e = assertThrows(UnsupportedStructureException.class, () -> new UffForceField().bind(s), s.name());
            assertEquals(expected.get(s.name()), e.atoms(), s.name());
            assertTrue(e.getMessage().contains("atom " + (e.atoms().get(0) + 1) + " "), e.getMessage());
        }
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
