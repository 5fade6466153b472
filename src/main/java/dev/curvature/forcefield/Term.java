package dev.curvature.forcefield;

import dev.curvature.model.Configuration;
import dev.curvature.model.HomogeneousStrain;
import dev.curvature.model.Property;
import dev.curvature.model.Results;

/**
 * One energy term of a force field bound to specific atoms. A term may be a single interaction or,
 * better for speed, a whole batch of one kind (all bonds, all van der Waals pairs) whose atoms and
 * parameters sit in flat arrays: the batch then allocates its small local derivative arrays once
 * per call instead of once per interaction (see the slice overloads in
 * {@link dev.curvature.forcefield.geometry.Accumulate}). Terms are immutable, thread-safe, and
 * compute from positions only.
 *
 * <p><b>Two paths, one set of arrays.</b> The Cartesian kernel {@link #accumulate(double[], double[],
 * double[])} is the hot path every optimizer step takes; it is unchanged by the strain vocabulary.
 * Strain derivatives enter through {@link #accumulate(Configuration, Results)}, which adds every
 * requested {@link Property} (energy derivatives by positions and by strain) into the caller's
 * {@link Results}. Its default serves every term whose energy depends on the atom positions alone
 * (all molecular terms): under x → (I + ε)x such a term's strain derivatives are fixed linear maps
 * of its Cartesian ones ({@link HomogeneousStrain}), so the default runs the Cartesian kernel and
 * applies the chain rule. A term whose energy also depends on the cell (a periodic pair sum, whose
 * image vectors r + n·L strain with the cell) says so with {@link #dependsOnCell()} and overrides
 * it, adding Σ r ⊗ ∂E/∂r over its interactions into the same strain arrays.
 *
 * <p>{@link TermPotential} sums the Cartesian kernels of positions-only terms and applies the chain
 * rule once to the total (the maps are linear, so the sum of the terms' maps is the map of the sum),
 * and calls the {@code Results} path only for cell-dependent terms: the MMFF94/UFF kernels cost
 * exactly what they did before strain existed.
 */
public interface Term {

    /** Name of the energy component this term belongs to, e.g. "bond", "angle", "vdw". */
    String name();

    /**
     * Adds this term's contribution at positions x (3N, Å).
     *
     * @param g if not null, length 3N: the term's gradient (kcal/mol/Å) is ADDED to it
     * @param h if not null, length 9N² row-major: the term's Hessian (kcal/mol/Å²) is ADDED to it
     * @return the term's energy in kcal/mol
     */
    double accumulate(double[] x, double[] g, double[] h);

    /**
     * Whether the energy depends on the periodic cell as well as the positions (image vectors).
     * False for every molecular term: their strain derivatives follow from the Cartesian ones.
     */
    default boolean dependsOnCell() { return false; }

    /**
     * ADDS this term's derivatives for every requested property of {@code out} (gradient, Hessian,
     * strain derivative, strain–position and strain–strain blocks; other properties are not a
     * term's business and are left alone) and returns its energy. The arrays are not cleared.
     *
     * <p>Default, for positions-only terms: the Cartesian kernel into scratch arrays of this call,
     * then the homogeneous-strain chain rule on them. Allocates a 3N gradient (and a 9N² Hessian if
     * a second derivative is requested) per call, so batch terms are the right grain for it.
     */
    default double accumulate(Configuration configuration, Results out) {
        double[] x = configuration.positionsAngstrom();
        boolean strain1 = out.wants(Property.STRAIN_DERIVATIVE);
        boolean strain2 = out.wants(Property.STRAIN_POSITION) || out.wants(Property.STRAIN_STRAIN);
        boolean cartesian2 = out.wants(Property.HESSIAN) || strain2;
        boolean cartesian1 = out.wants(Property.GRADIENT) || strain1;
        double[] g = cartesian1 ? new double[x.length] : null;
        double[] h = cartesian2 ? new double[x.length * x.length] : null;
        double e = accumulate(x, g, h);
        addInto(out.gradient(), g);
        addInto(out.hessian(), h);
        if (strain1) {
            double[] s = new double[9];
            HomogeneousStrain.strainDerivative(x, g, s);
            addInto(out.strainDerivative(), s);
        }
        if (strain2) {
            double[] sp = out.wants(Property.STRAIN_POSITION) ? new double[6 * x.length] : null;
            double[] ss = out.wants(Property.STRAIN_STRAIN) ? new double[36] : null;
            HomogeneousStrain.secondDerivatives(x, h, sp, ss);
            addInto(out.strainPosition(), sp);
            addInto(out.strainStrain(), ss);
        }
        return e;
    }

    private static void addInto(double[] target, double[] values) {
        if (target == null || values == null) return;
        for (int i = 0; i < target.length; i++) target[i] += values[i];
    }
}
