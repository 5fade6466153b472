package dev.curvature.optimize;

import dev.curvature.model.Configuration;
import dev.curvature.model.Potential;
import dev.curvature.model.Property;
import dev.curvature.model.Results;
import dev.curvature.model.UnitSystem;
import dev.curvature.model.Workspace;
import dev.curvature.structure.Cell;

import java.util.EnumSet;
import java.util.Set;

/**
 * A periodic potential seen through the molecular interface the optimizers use
 * ({@link Potential#evaluate}): every evaluation happens in one fixed cell. Lets L-BFGS and RFO
 * relax the ions of a crystal without knowing about cells. Keeps one workspace (not thread-safe,
 * like the optimizer loop that owns it).
 */
public final class FixedCellPotential implements Potential {
    private final Potential inner;
    private final Cell cell;
    private final Workspace workspace;

    public FixedCellPotential(Potential periodic, Cell cell) {
        if (cell == null) throw new IllegalArgumentException("a fixed-cell potential needs a cell");
        this.inner = periodic;
        this.cell = cell;
        this.workspace = periodic.newWorkspace();
    }

    public Cell cell() { return cell; }

    @Override public int atomCount() { return inner.atomCount(); }
    @Override public String modelName() { return inner.modelName(); }
    @Override public UnitSystem units() { return inner.units(); }

    @Override public Set<Property> implementedProperties() {
        Set<Property> s = EnumSet.of(Property.ENERGY);
        for (Property p : new Property[] {Property.GRADIENT, Property.HESSIAN})
            if (inner.implementedProperties().contains(p)) s.add(p);
        return s;
    }

    @Override
    public void compute(Configuration configuration, Results results, Workspace ws) {
        inner.compute(configuration.withCell(cell), results, workspace);
    }

    @Override
    public double evaluate(double[] positionsAngstrom, double[] gradient, double[] hessian) {
        Results r = Results.into(atomCount(), gradient, hessian);
        inner.compute(Configuration.periodic(positionsAngstrom, cell), r, workspace);
        return r.energy();
    }
}
