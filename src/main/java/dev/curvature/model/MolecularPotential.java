package dev.curvature.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Base for potentials of isolated molecules that compute energy, gradient and (optionally) the
 * Hessian from Cartesian positions alone — the force fields. It adds the rest of the contract:
 * refuses cells and fields, and derives the strain properties exactly from the Cartesian
 * derivatives ({@link HomogeneousStrain}).
 */
public abstract class MolecularPotential implements Potential {

    /**
     * Energy at x; if g (3N) is not null it is overwritten with the gradient, if h (9N²) is not
     * null with the Hessian (only asked when {@link #analyticHessian()}).
     */
    protected abstract double energy(double[] x, double[] g, double[] h);

    /** Whether {@link #energy(double[], double[], double[])} can fill a Hessian. */
    protected abstract boolean analyticHessian();

    @Override
    public Set<Property> implementedProperties() {
        EnumSet<Property> s = EnumSet.of(Property.ENERGY, Property.GRADIENT, Property.STRAIN_DERIVATIVE);
        if (analyticHessian()) s.addAll(EnumSet.of(Property.HESSIAN, Property.STRAIN_POSITION, Property.STRAIN_STRAIN));
        return s;
    }

    @Override
    public final boolean hasAnalyticHessian() { return analyticHessian(); }

    @Override
    public final double evaluate(double[] x, double[] gradient, double[] hessian) {
        if (hessian != null && !analyticHessian()) throw new PropertyNotImplementedException(modelName(), Property.HESSIAN);
        checkLength("positions", x, 3 * atomCount());
        if (gradient != null) checkLength("gradient", gradient, 3 * atomCount());
        if (hessian != null) checkLength("Hessian", hessian, 9 * atomCount() * atomCount());
        return energy(x, gradient, hessian);
    }

    @Override
    public void compute(Configuration c, Results r, Workspace workspace) {
        checkImplemented(r);
        if (c.isPeriodic()) throw new IllegalArgumentException(modelName() + " is a molecular model: it takes no periodic cell");
        if (c.fieldVoltsPerAngstrom() != null) throw new IllegalArgumentException(modelName() + " has no dipole, so it cannot take an electric field");
        double[] x = c.positionsAngstrom();
        checkLength("positions", x, 3 * atomCount());
        boolean strain1 = r.wants(Property.STRAIN_DERIVATIVE);
        boolean strain2 = r.wants(Property.STRAIN_POSITION) || r.wants(Property.STRAIN_STRAIN);
        double[] g = r.gradient();
        if (g == null && strain1) g = new double[3 * atomCount()];
        double[] h = r.hessian();
        if (h == null && strain2) h = new double[9 * atomCount() * atomCount()];
        r.setEnergy(energy(x, g, h));
        if (strain1) HomogeneousStrain.strainDerivative(x, g, r.strainDerivative());
        if (strain2) HomogeneousStrain.secondDerivatives(x, h, r.strainPosition(), r.strainStrain());
    }

    protected static void checkLength(String what, double[] a, int expected) {
        if (a.length != expected)
            throw new IllegalArgumentException(what + " array has length " + a.length + ", expected " + expected);
    }
}
