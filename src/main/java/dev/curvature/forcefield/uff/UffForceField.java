package dev.curvature.forcefield.uff;

import dev.curvature.forcefield.TypedTermPotential;
import dev.curvature.forcefield.nonbonded.NonbondedCutoff;
import dev.curvature.model.EnergyModel;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Structure;

/**
 * The Universal Force Field (Rappé, Casewit, Colwell, Goddard, Skiff, JACS 114, 10024 (1992)) as
 * RDKit 2022.09 implements it: RDKit's atom typing and term selection, harmonic bonds, Fourier
 * angle bends with RDKit's special coordinations, torsions, inversions and a 12-6 van der Waals
 * term between all pairs beyond 1-3. Like RDKit's UFF it has no electrostatics unless asked for
 * ({@link #withElectrostatics}). Unlike RDKit it
 * has no van der Waals cutoff (RDKit drops pairs beyond 10 x_ij, ≥ 28.9 Å) unless a smooth one is
 * asked for ({@link #withCutoff}), and every term has an analytic Hessian.
 */
public final class UffForceField implements EnergyModel {
    /** Partial charges (e) for a structure, one per atom, e.g. from QEq. */
    @FunctionalInterface
    public interface PartialCharges {
        double[] of(Structure structure) throws UnsupportedStructureException;
    }

    private final UffAtomTyper typer;
    private final PartialCharges charges;
    private final double dielectric;
    private final boolean interfragment;
    private final NonbondedCutoff cutoff;

    /** UFF as RDKit has it: no electrostatics; non-bonded terms also between fragments. */
    public UffForceField() { this(new UffAtomTyper(), null, 1.0, true, null); }

    private UffForceField(UffAtomTyper typer, PartialCharges charges, double dielectric, boolean interfragment,
                          NonbondedCutoff cutoff) {
        this.typer = typer;
        this.charges = charges;
        this.dielectric = dielectric;
        this.interfragment = interfragment;
        this.cutoff = cutoff;
    }

    /** This force field with non-bonded energies smoothly switched off at the cutoff (null: all pairs, the default). */
    public UffForceField withCutoff(NonbondedCutoff cutoff) {
        return new UffForceField(typer, charges, dielectric, interfragment, cutoff);
    }

    /** The non-bonded cutoff, or null for all pairs. */
    public NonbondedCutoff cutoff() { return cutoff; }

    /**
     * This force field with non-bonded terms only inside each bonded fragment, like RDKit's
     * {@code ignoreInterfragInteractions=True} (the default of RDKit's UFFGetMoleculeForceField and
     * UFFOptimizeMolecule). Fragments then do not feel each other at all.
     */
    public UffForceField ignoringInterfragmentInteractions() {
        return new UffForceField(typer, charges, dielectric, false, cutoff);
    }

    /**
     * This force field plus a Coulomb term (key "electrostatic") between the partial charges the
     * source gives, over the van der Waals pairs (beyond 1-3), with relative permittivity
     * {@code dielectric}. RDKit's UFF has no such term; energies then no longer compare with it.
     */
    public UffForceField withElectrostatics(PartialCharges source, double dielectric) {
        if (!(dielectric > 0)) throw new IllegalArgumentException("dielectric must be positive: " + dielectric);
        return new UffForceField(typer, java.util.Objects.requireNonNull(source), dielectric, interfragment, cutoff);
    }

    @Override public String name() { return "UFF"; }

    /** The potential of a structure; it also reports each atom's UFF label ("C_R", "O_2", ...). */
    @Override
    public TypedTermPotential bind(Structure structure) throws UnsupportedStructureException {
        if (structure.isPeriodic())
            throw new UnsupportedStructureException("UFF here is for molecules; " + structure.name() + " is periodic");
        UffTyping typing = typer.type(structure);
        UffTermBuilder builder = new UffTermBuilder(typing.structure(), typing, interfragment, cutoff);
        java.util.List<dev.curvature.forcefield.Term> terms = new java.util.ArrayList<>(builder.build());
        if (charges != null) terms.add(builder.electrostaticTerms(charges.of(structure), dielectric));
        return new TypedTermPotential(name(), structure.atomCount(), terms, typing.labels());
    }

    /** The typing of a structure (labels, hybridization), e.g. to report or compare atom types. */
    public UffTyping type(Structure structure) throws UnsupportedStructureException {
        return typer.type(structure);
    }
}
