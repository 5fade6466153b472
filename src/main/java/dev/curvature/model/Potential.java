package dev.curvature.model;

import java.util.Map;

/**
 * An energy model bound to one structure's topology (atom types, parameters, charges): a function
 * of the 3N Cartesian coordinates alone. Units: positions in Å, energy in kcal/mol, gradient in
 * kcal/mol/Å, Hessian in kcal/mol/Å². Implementations are immutable and safe to call from several
 * threads; scratch memory is allocated per call or held by the caller.
 */
public interface Potential {

    /** Number of atoms N; position vectors have length 3N. */
    int atomCount();

    /** Name of the model, e.g. "MMFF94", "UFF". */
    String modelName();

    /**
     * Energy at the given positions.
     *
     * @param positionsAngstrom 3N coordinates, interleaved x, y, z (not modified)
     * @param gradient          if not null, length 3N: overwritten with dE/dx
     * @param hessian           if not null, length 9N², row-major 3N×3N: overwritten with d²E/dxdy.
     *                          Only allowed when {@link #hasAnalyticHessian()}; otherwise wrap the
     *                          potential in {@link FiniteDifferenceHessian}.
     * @return the energy in kcal/mol
     */
    double evaluate(double[] positionsAngstrom, double[] gradient, double[] hessian);

    /** Whether {@link #evaluate} fills a Hessian itself. */
    boolean hasAnalyticHessian();

    /**
     * The energy split into named terms (kcal/mol) that sum to the total, in a stable order.
     * Force fields use the keys bond, angle, stretch_bend, oop, torsion, vdw, electrostatic.
     */
    Map<String, Double> energyTerms(double[] positionsAngstrom);

    /** Energy only. */
    default double energy(double[] positionsAngstrom) {
        return evaluate(positionsAngstrom, null, null);
    }
}
