package dev.curvature.potential;

import dev.curvature.model.Configuration;
import dev.curvature.model.Potential;
import dev.curvature.model.Property;
import dev.curvature.model.Results;
import dev.curvature.model.UnitSystem;
import dev.curvature.model.Workspace;
import dev.curvature.periodic.NeighbourList;
import dev.curvature.structure.Cell;

import java.util.EnumSet;
import java.util.Set;

/**
 * Base of the materials potentials (LAMMPS {@code metal} units: eV, Å): bound to one structure's
 * atom types, evaluated over the periodic neighbour list kept in a {@link NeighbourWorkspace}.
 * Subclasses write every interaction as a {@link BondTerm} (or a single bond gradient) into an
 * {@link Accumulator}, which turns bond-vector derivatives into all Cartesian and strain
 * properties analytically. Without a cell the same code gives the isolated cluster.
 */
public abstract class PeriodicPotential implements Potential {
    /** Neighbour-list margin (Å): the list survives moves of half of it. */
    public static final double SKIN = 0.5;

    private static final Set<Property> IMPLEMENTED = EnumSet.of(Property.ENERGY, Property.GRADIENT,
            Property.STRAIN_DERIVATIVE, Property.HESSIAN, Property.STRAIN_POSITION, Property.STRAIN_STRAIN,
            Property.ATOM_ENERGIES);

    private final String name;
    /** Per atom: index of its species in the potential's element list. */
    protected final int[] type;

    protected PeriodicPotential(String name, int[] type) {
        this.name = name;
        this.type = type.clone();
    }

    /** Largest distance (Å) at which two atoms interact. */
    public abstract double cutoff();

    /** Adds every interaction of the configuration into {@code out}. */
    protected abstract void accumulate(double[] x, Cell cell, NeighbourList list, Accumulator out);

    @Override public int atomCount() { return type.length; }
    @Override public String modelName() { return name; }
    @Override public UnitSystem units() { return UnitSystem.MATERIALS; }
    @Override public Set<Property> implementedProperties() { return IMPLEMENTED; }
    @Override public Workspace newWorkspace() { return new NeighbourWorkspace(cutoff(), SKIN); }

    @Override
    public void compute(Configuration c, Results results, Workspace workspace) {
        checkImplemented(results);
        if (c.fieldVoltsPerAngstrom() != null)
            throw new IllegalArgumentException(name + " has no dipole, so it cannot take an electric field");
        double[] x = c.positionsAngstrom();
        if (x.length != 3 * type.length)
            throw new IllegalArgumentException(name + " is bound to " + type.length + " atoms, got " + x.length / 3);
        if (results.atomCount() != type.length)
            throw new IllegalArgumentException("results are for " + results.atomCount() + " atoms, the potential for " + type.length);
        NeighbourWorkspace ws = workspace instanceof NeighbourWorkspace nw ? nw : (NeighbourWorkspace) newWorkspace();
        NeighbourList list = ws.listFor(x, c.cell());
        results.clear();
        Accumulator out = new Accumulator(results, type.length);
        accumulate(x, c.cell(), list, out);
        results.setEnergy(out.energy());
    }

    /**
     * Whether full-list entry k of atom i is the one of its pair this potential counts for pair
     * terms: j > i, or for an atom's own images the one with the positive lattice translation.
     */
    protected static boolean ownsPair(NeighbourList list, int i, int k) {
        int j = list.neighbour(k);
        if (j != i) return j > i;
        for (int a = 0; a < 3; a++) {
            int n = list.image(k, a);
            if (n != 0) return n > 0;
        }
        return false;
    }

    /** Row-major lattice rows, or zeros without a cell (so images add nothing). */
    protected static double[] latticeRows(Cell cell) {
        double[] l = new double[9];
        if (cell != null) {
            double[][] v = cell.vectorsAngstrom();
            for (int r = 0; r < 3; r++) System.arraycopy(v[r], 0, l, 3 * r, 3);
        }
        return l;
    }
}
