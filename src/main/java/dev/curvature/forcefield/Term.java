package dev.curvature.forcefield;

/**
 * One energy term of a force field bound to specific atoms. A term may be a single interaction or,
 * better for speed, a whole batch of one kind (all bonds, all van der Waals pairs) whose atoms and
 * parameters sit in flat arrays: the batch then allocates its small local derivative arrays once
 * per call instead of once per interaction (see the slice overloads in
 * {@link dev.curvature.forcefield.geometry.Accumulate}). Terms are immutable, thread-safe, and
 * compute from positions only.
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
}
