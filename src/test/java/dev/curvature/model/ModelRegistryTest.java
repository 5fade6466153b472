package dev.curvature.model;

import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelRegistryTest {
    private static final Structure H2 = Structure.of("h2", new Element[]{Element.of("H"), Element.of("H")},
            new double[]{0, 0, 0, 0.74, 0, 0}, new int[2], List.of(new dev.curvature.structure.Bond(0, 1, 1)));

    /** A model that refuses everything (reason given) or returns a constant potential. */
    private static EnergyModel model(String name, String refusal, double energy) {
        return new EnergyModel() {
            @Override public String name() { return name; }
            @Override public Potential bind(Structure s) throws UnsupportedStructureException {
                if (refusal != null) throw new UnsupportedStructureException(refusal, List.of(0));
                return new dev.curvature.model.MolecularPotential() {
                    @Override public int atomCount() { return s.atomCount(); }
                    @Override public String modelName() { return name; }
                    @Override protected double energy(double[] x, double[] g, double[] h) { return energy; }
                    @Override protected boolean analyticHessian() { return false; }
                    @Override public Map<String, Double> energyTerms(double[] x) { return Map.of("bond", energy); }
                };
            }
        };
    }

    @Test void autoUsesTheFirstModelThatAcceptsAndSaysWhy() throws Exception {
        AtomicInteger created = new AtomicInteger();
        ModelRegistry r = new ModelRegistry(List.of(
                new ModelRegistry.Entry("first", "refuses", () -> { created.incrementAndGet(); return model("FIRST", "atom 1 untyped", 1); }),
                new ModelRegistry.Entry("second", "accepts", () -> model("SECOND", null, 2))),
                List.of("first", "missing", "second"));
        assertEquals(List.of("auto", "first", "second"), r.ids());
        assertEquals(List.of("first", "second"), r.autoOrder());
        ModelRegistry.Binding b = r.bind("auto", H2);
        assertEquals("SECOND", b.model().name());
        assertEquals(List.of("FIRST: atom 1 untyped"), b.skipped());
        r.bind("AUTO", H2);
        assertEquals(1, created.get(), "models are created once");
        UnsupportedStructureException e = assertThrows(UnsupportedStructureException.class, () -> r.bind("first", H2));
        assertEquals("atom 1 untyped", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> r.bind("nosuch", H2));
        assertFalse(r.knows("nosuch"));
        assertTrue(r.knows("Second"));
    }

    @Test void autoWithNoAcceptingModelListsAllReasons() {
        ModelRegistry r = new ModelRegistry(List.of(new ModelRegistry.Entry("a", "", () -> model("A", "atom 1 untyped", 0))), List.of("a"));
        UnsupportedStructureException e = assertThrows(UnsupportedStructureException.class, () -> r.bind("auto", H2));
        assertEquals("no model can describe it (A: atom 1 untyped)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ModelRegistry(List.of(new ModelRegistry.Entry("auto", "", () -> null)), List.of()));
    }

    @Test void labelsCanBeAttachedToAnyPotential() throws Exception {
        Potential p = model("M", null, 3).bind(H2);
        Potential typed = TypedPotential.withLabels(p, new String[]{"H_", "H_"});
        assertTrue(typed instanceof TypedPotential);
        assertArrayEquals(new String[]{"H_", "H_"}, ((TypedPotential) typed).atomTypeLabels());
        assertEquals(3, typed.energy(H2.positions()));
        assertSame(p, ((TypedPotential.Labelled) typed).unwrap());
        assertThrows(IllegalArgumentException.class, () -> TypedPotential.withLabels(p, new String[]{"H_"}));
    }
}
