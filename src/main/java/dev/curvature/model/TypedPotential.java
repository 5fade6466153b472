package dev.curvature.model;

import java.util.Map;
import java.util.Set;

/**
 * Optional interface for potentials that assign atom types (force fields). Reports and the CLI
 * show the labels when a {@link Potential} implements it; models without types need not.
 */
public interface TypedPotential {

    /**
     * One label per atom, in atom order: e.g. the MMFF94 numeric type ("37") or symbolic type
     * ("CB"), or the UFF label ("C_R"). Never null; the array is a copy the caller may keep.
     */
    String[] atomTypeLabels();

    /**
     * The potential with atom type labels attached, for models whose bound potential does not
     * implement this interface itself: {@code TypedPotential.withLabels(potential, typing.labels())}.
     */
    static Potential withLabels(Potential potential, String[] labels) {
        if (labels.length != potential.atomCount())
            throw new IllegalArgumentException(labels.length + " labels for " + potential.atomCount() + " atoms");
        return new Labelled(potential, labels.clone());
    }

    /** Delegates everything to the wrapped potential and adds the labels. */
    final class Labelled implements Potential, TypedPotential {
        private final Potential inner;
        private final String[] labels;

        private Labelled(Potential inner, String[] labels) {
            this.inner = inner;
            this.labels = labels;
        }

        /** The potential without labels. */
        public Potential unwrap() { return inner; }

        @Override public String[] atomTypeLabels() { return labels.clone(); }
        @Override public int atomCount() { return inner.atomCount(); }
        @Override public String modelName() { return inner.modelName(); }
        @Override public boolean hasAnalyticHessian() { return inner.hasAnalyticHessian(); }
        @Override public Map<String, Double> energyTerms(double[] x) { return inner.energyTerms(x); }
        @Override public UnitSystem units() { return inner.units(); }
        @Override public Set<Property> implementedProperties() { return inner.implementedProperties(); }
        @Override public boolean acceptsField() { return inner.acceptsField(); }
        @Override public Workspace newWorkspace() { return inner.newWorkspace(); }
        @Override public void compute(Configuration c, Results r, Workspace w) { inner.compute(c, r, w); }
        @Override public double evaluate(double[] x, double[] gradient, double[] hessian) {
            return inner.evaluate(x, gradient, hessian);
        }
    }
}
