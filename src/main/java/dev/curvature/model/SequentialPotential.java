package dev.curvature.model;

import java.util.Map;
import java.util.Set;

/**
 * A potential for a caller that evaluates one geometry after another (an optimizer, a path
 * search): calls made without a workspace use one the caller's thread keeps, so a model that
 * warm-starts from its previous solution (GFN2-xTB's SCC) gets that start at every step without
 * the loop knowing about workspaces. Models that keep nothing ({@link Workspace#NONE}) are
 * returned as they are by {@link #of}. Thread-safe: each thread has its own workspace.
 */
public final class SequentialPotential implements Potential {
    private final Potential inner;
    private final ThreadLocal<Workspace> kept;

    private SequentialPotential(Potential inner) {
        this.inner = inner;
        this.kept = ThreadLocal.withInitial(inner::newWorkspace);
    }

    /** The potential with a kept workspace per thread, or the potential itself if it keeps none. */
    public static Potential of(Potential p) {
        if (p instanceof SequentialPotential || p.newWorkspace() == Workspace.NONE) return p;
        return new SequentialPotential(p);
    }

    @Override public int atomCount() { return inner.atomCount(); }
    @Override public String modelName() { return inner.modelName(); }
    @Override public UnitSystem units() { return inner.units(); }
    @Override public Set<Property> implementedProperties() { return inner.implementedProperties(); }
    @Override public boolean acceptsField() { return inner.acceptsField(); }
    @Override public boolean hasAnalyticHessian() { return inner.hasAnalyticHessian(); }
    @Override public Workspace newWorkspace() { return inner.newWorkspace(); }
    @Override public Map<String, Double> energyTerms(double[] x) { return inner.energyTerms(x); }

    @Override
    public void compute(Configuration configuration, Results results, Workspace workspace) {
        inner.compute(configuration, results, workspace != null ? workspace : kept.get());
    }
}
