package dev.curvature.model;

import dev.curvature.structure.Structure;

/**
 * What IR and Raman intensities need from a model: the derivatives of the dipole moment with
 * respect to the atom positions (atomic polar tensors) and, for Raman, the polarizability, both at
 * any geometry of a structure. Charge models (QEq, EEM, fixed force-field charges) are one source;
 * {@link #fromPotential} makes any potential that computes {@link Property#DIPOLE} (and
 * {@link Property#POLARIZABILITY}) another, so spectra never depend on which model made them.
 */
public interface DipoleModel {

    /** Name recorded in results, e.g. "QEq (Rappé-Goddard 1991)". */
    String name();

    /** Whether {@link #polarizabilityAngstrom3} is available (false for fixed charges). */
    boolean hasPolarizability();

    /**
     * Atomic polar tensors P[3a+β, α] = ∂μ_α/∂R_aβ in e (3N × 3, row-major) at the positions (Å),
     * for the dipole about a fixed laboratory origin.
     */
    double[] atomicPolarTensors(Structure structure, double[] positionsAngstrom);

    /**
     * The polarizability ∂μ/∂F in Å³ (3×3 row-major) at the positions.
     *
     * @throws UnsupportedOperationException if {@link #hasPolarizability()} is false
     */
    double[] polarizabilityAngstrom3(Structure structure, double[] positionsAngstrom);

    /**
     * A potential bound to one structure as a dipole model: the dipole from {@link Property#DIPOLE},
     * its position derivatives by central differences (step {@code stepAngstrom}, error O(h²)) unless
     * the potential supplies them itself ({@link DipoleDerivatives}), the
     * polarizability from {@link Property#POLARIZABILITY} when the potential computes it.
     *
     * @throws PropertyNotImplementedException if the potential does not compute the dipole
     */
    /**
     * Analytic ∂α_ab/∂R_kγ (Å², 3N × 9 row-major, row 3k+γ, column 3a+b) at these positions, or null
     * when the model has none (spectra then difference the polarizability).
     */
    default double[] polarizabilityDerivatives(Structure structure, double[] positionsAngstrom) { return null; }

    static DipoleModel fromPotential(Potential potential, double stepAngstrom) {
        if (!potential.implementedProperties().contains(Property.DIPOLE))
            throw new PropertyNotImplementedException(potential.modelName(), Property.DIPOLE);
        if (!(stepAngstrom > 0)) throw new IllegalArgumentException("finite-difference step must be positive, got " + stepAngstrom);
        return new DipoleModel() {
            @Override public String name() { return potential.modelName(); }

            @Override public boolean hasPolarizability() {
                return potential.implementedProperties().contains(Property.POLARIZABILITY);
            }

            @Override public double[] atomicPolarTensors(Structure structure, double[] x) {
                checkAtoms(structure);
                if (potential instanceof DipoleDerivatives own) return own.atomicPolarTensors(x);
                int n3 = x.length;
                double[] p = new double[3 * n3], moved = x.clone();
                for (int c = 0; c < n3; c++) {
                    moved[c] = x[c] + stepAngstrom;
                    double[] plus = property(moved, Property.DIPOLE);
                    moved[c] = x[c] - stepAngstrom;
                    double[] minus = property(moved, Property.DIPOLE);
                    moved[c] = x[c];
                    for (int alpha = 0; alpha < 3; alpha++) p[3 * c + alpha] = (plus[alpha] - minus[alpha]) / (2 * stepAngstrom);
                }
                return p;
            }

            @Override public double[] polarizabilityAngstrom3(Structure structure, double[] x) {
                checkAtoms(structure);
                if (!hasPolarizability())
                    throw new UnsupportedOperationException(potential.modelName() + " computes no polarizability");
                return property(x, Property.POLARIZABILITY);
            }

            private void checkAtoms(Structure structure) {
                if (structure.atomCount() != potential.atomCount())
                    throw new IllegalArgumentException(potential.modelName() + " is bound to " + potential.atomCount()
                            + " atoms, not the " + structure.atomCount() + " of " + structure);
            }

            private double[] property(double[] x, Property p) {
                Results r = Results.request(potential.atomCount(), p);
                potential.compute(Configuration.molecule(x), r, null);
                return r.array(p);
            }
        };
    }
}
