package dev.curvature.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A potential that passes everything to another and changes only what a subclass overrides (how
 * {@link #compute} is called, typically). Every property of the contract is forwarded here once, so
 * a wrapper cannot silently hide one of the inner model's answers (its units, its notices…) when
 * the contract grows.
 */
public abstract class ForwardingPotential implements Potential {
    protected final Potential inner;

    protected ForwardingPotential(Potential inner) { this.inner = inner; }

    @Override public int atomCount() { return inner.atomCount(); }
    @Override public String modelName() { return inner.modelName(); }
    @Override public UnitSystem units() { return inner.units(); }
    @Override public Set<Property> implementedProperties() { return inner.implementedProperties(); }
    @Override public boolean acceptsField() { return inner.acceptsField(); }
    @Override public boolean hasAnalyticHessian() { return inner.hasAnalyticHessian(); }
    @Override public Workspace newWorkspace() { return inner.newWorkspace(); }
    @Override public Map<String, Double> energyTerms(double[] positionsAngstrom) { return inner.energyTerms(positionsAngstrom); }
    @Override public List<String> notices() { return inner.notices(); }

    @Override
    public void compute(Configuration configuration, Results results, Workspace workspace) {
        inner.compute(configuration, results, workspace);
    }
}
