package dev.curvature.model;

/**
 * A potential for a caller that evaluates one geometry after another (an optimizer, a path
 * search): calls made without a workspace use one the caller's thread keeps, so a model that
 * warm-starts from its previous solution (GFN2-xTB's SCC) gets that start at every step without
 * the loop knowing about workspaces. Models that keep nothing ({@link Workspace#NONE}) are
 * returned as they are by {@link #of}. Thread-safe: each thread has its own workspace.
 */
public final class SequentialPotential extends ForwardingPotential {
    private final ThreadLocal<Workspace> kept;

    private SequentialPotential(Potential inner) {
        super(inner);
        this.kept = ThreadLocal.withInitial(inner::newWorkspace);
    }

    /** The potential with a kept workspace per thread, or the potential itself if it keeps none. */
    public static Potential of(Potential p) {
        if (p instanceof SequentialPotential || p.newWorkspace() == Workspace.NONE) return p;
        return new SequentialPotential(p);
    }

    @Override
    public void compute(Configuration configuration, Results results, Workspace workspace) {
        inner.compute(configuration, results, workspace != null ? workspace : kept.get());
    }
}
