package dev.curvature.model;

import java.util.Map;
import java.util.Set;

/**
 * An energy model bound to one structure's topology (atom types, parameters, charges, elements):
 * a function of a {@link Configuration}. ASE's calculator, without the mutable cache: the caller
 * owns the outputs ({@link Results}) and any per-geometry scratch ({@link Workspace}).
 *
 * <p>Contract, checked for every model by the abstract {@code PotentialContractTest}:
 * <ul>
 *   <li>{@link #compute} fills exactly the requested properties, each the exact derivative of the
 *       energy it returns (gradient vs finite differences, Hessian vs differences of the gradient,
 *       strain derivative vs strained energies, dipole vs field differences);</li>
 *   <li>asking for a property outside {@link #implementedProperties()} throws
 *       {@link PropertyNotImplementedException} before anything is computed;</li>
 *   <li>a molecular potential refuses a configuration with a cell, and a potential that cannot
 *       take a field ({@link #acceptsField()} false) refuses a non-null one
 *       (IllegalArgumentException);</li>
 *   <li>the energy and every property are invariant under rigid translation (and, for
 *       molecules, rotation: the gradient rotates with the molecule and the strain derivative is
 *       symmetric);</li>
 *   <li>implementations are immutable and thread-safe; a workspace belongs to one thread.</li>
 * </ul>
 * Units: positions Å; energies in {@link #units()} (kcal/mol for molecular force fields, eV for
 * materials potentials); see {@link Property#unit}.
 */
public interface Potential {

    /** Number of atoms N; position vectors have length 3N. */
    int atomCount();

    /** Name of the model, e.g. "MMFF94", "UFF", "SW". */
    String modelName();

    /** The unit system of every number this potential returns. */
    default UnitSystem units() { return UnitSystem.MOLECULAR; }

    /** What {@link #compute} can fill (ENERGY always included). */
    Set<Property> implementedProperties();

    /**
     * Whether {@link #compute} takes a configuration with a uniform external field (adding −μ·F to
     * the energy). Models that compute {@link Property#DIPOLE} must; others may (the
     * {@link FiniteDifferenceModel} then gets the dipole and polarizability from field differences).
     */
    default boolean acceptsField() { return implementedProperties().contains(Property.DIPOLE); }

    /** Fresh scratch state for one caller; {@link Workspace#NONE} if the potential keeps none. */
    default Workspace newWorkspace() { return Workspace.NONE; }

    /**
     * Evaluates the energy and the requested properties at {@code configuration} into
     * {@code results} (overwriting them; the energy is stored with {@link Results#setEnergy}).
     *
     * @param workspace from {@link #newWorkspace()} of this potential, or null to use a temporary one
     * @throws PropertyNotImplementedException if a requested property is not implemented
     */
    void compute(Configuration configuration, Results results, Workspace workspace);

    /**
     * The energy split into named terms that sum to the total, in a stable order. Force fields use
     * the keys bond, angle, stretch_bend, oop, torsion, vdw, electrostatic; models without a
     * split return an empty map.
     */
    default Map<String, Double> energyTerms(double[] positionsAngstrom) { return Map.of(); }

    // ----- conveniences for molecular callers (optimizers, vibrations) --------------------------

    /**
     * One-line notices this bound model raised while computing so far (GFN2-xTB's SCC fallbacks),
     * for adapters without a standard error a user reads, such as the Jmol plugin; empty by default.
     */
    default java.util.List<String> notices() { return java.util.List.of(); }

    /** Whether the Hessian is computed analytically (not by a wrapper's differences). */
    default boolean hasAnalyticHessian() { return implementedProperties().contains(Property.HESSIAN); }

    /**
     * Energy, and optionally gradient and Hessian, of a neutral molecule at these positions.
     *
     * @param positionsAngstrom 3N coordinates, interleaved x, y, z (not modified)
     * @param gradient          if not null, length 3N: overwritten with dE/dx
     * @param hessian           if not null, length 9N², row-major: overwritten with d²E/dxdy
     * @return the energy in {@link #units()}
     */
    default double evaluate(double[] positionsAngstrom, double[] gradient, double[] hessian) {
        Results r = Results.into(atomCount(), gradient, hessian);
        compute(Configuration.molecule(positionsAngstrom), r, null);
        return r.energy();
    }

    /** Energy only. */
    default double energy(double[] positionsAngstrom) {
        return evaluate(positionsAngstrom, null, null);
    }

    /** Throws {@link PropertyNotImplementedException} unless every requested property is implemented. */
    default void checkImplemented(Results results) {
        Set<Property> have = implementedProperties();
        for (Property p : results.requested())
            if (!have.contains(p)) throw new PropertyNotImplementedException(modelName(), p);
    }
}
