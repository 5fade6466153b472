package dev.curvature.forcefield.uff;

import dev.curvature.forcefield.TermPotential;
import dev.curvature.model.EnergyModel;
import dev.curvature.model.Potential;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Structure;

/**
 * The Universal Force Field (Rappé, Casewit, Colwell, Goddard, Skiff, JACS 114, 10024 (1992)) as
 * RDKit 2022.09 implements it: RDKit's atom typing and term selection, harmonic bonds, Fourier
 * angle bends with RDKit's special coordinations, torsions, inversions and a 12-6 van der Waals
 * term between all pairs beyond 1-3. Like RDKit's UFF it has no electrostatics. Unlike RDKit it
 * has no van der Waals cutoff (RDKit drops pairs beyond 10 x_ij, ≥ 28.9 Å), and every term has an
 * analytic Hessian.
 */
public final class UffForceField implements EnergyModel {
    private final UffAtomTyper typer;

    public UffForceField() { this(new UffAtomTyper()); }

    public UffForceField(UffAtomTyper typer) { this.typer = typer; }

    @Override public String name() { return "UFF"; }

    @Override
    public Potential bind(Structure structure) throws UnsupportedStructureException {
        if (structure.isPeriodic())
            throw new UnsupportedStructureException("UFF here is for molecules; " + structure.name() + " is periodic");
        UffTyping typing = typer.type(structure);
        return new TermPotential(name(), structure.atomCount(), new UffTermBuilder(structure, typing).build());
    }

    /** The typing of a structure (labels, hybridization), e.g. to report or compare atom types. */
    public UffTyping type(Structure structure) throws UnsupportedStructureException {
        return typer.type(structure);
    }
}
