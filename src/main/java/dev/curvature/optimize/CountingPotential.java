package dev.curvature.optimize;

import dev.curvature.model.Potential;

/** Counts how often an optimizer calls the potential and what it asks for. Not thread safe. */
final class CountingPotential {
    private final Potential inner;
    int energies, gradients, hessians;

    CountingPotential(Potential inner) { this.inner = inner; }

    Potential inner() { return inner; }

    double evaluate(double[] x, double[] gradient, double[] hessian) {
        energies++;
        if (gradient != null) gradients++;
        if (hessian != null) hessians++;
        double e = inner.evaluate(x, gradient, hessian);
        if (!Double.isFinite(e))
            throw new IllegalStateException(inner.modelName() + " returned a non-finite energy (" + e + ") during optimization");
        return e;
    }
}
