package dev.curvature.forcefield.nonbonded;

/**
 * A smooth non-bonded cutoff: each pair energy E(r) is multiplied by a switch S(r) that is 1 up to
 * {@code switchOn}, 0 from {@code cutoff} on, and in between the quintic
 * S = 1 − 10t³ + 15t⁴ − 6t⁵ with t = (r − r_on)/(r_off − r_on). S' and S'' vanish at both ends, so
 * the switched energy, its gradient and its analytic Hessian are all continuous (no jump when a
 * pair crosses the cutoff during an optimization or a finite-difference check).
 *
 * @param switchOnAngstrom distance where switching starts
 * @param cutoffAngstrom   distance from which pairs contribute nothing
 */
public record NonbondedCutoff(double switchOnAngstrom, double cutoffAngstrom) {
    /** Width of the switching region when only the cutoff is given (Å), as CHARMM's 10/12 Å habit. */
    public static final double DEFAULT_SWITCH_WIDTH = 2.0;

    public NonbondedCutoff {
        if (!(cutoffAngstrom > 0) || !Double.isFinite(cutoffAngstrom))
            throw new IllegalArgumentException("cutoff must be a positive number of Å, got " + cutoffAngstrom);
        if (!(switchOnAngstrom > 0 && switchOnAngstrom < cutoffAngstrom))
            throw new IllegalArgumentException("switching must start between 0 and the cutoff " + cutoffAngstrom + " Å, got " + switchOnAngstrom);
    }

    /** Switching over the last {@link #DEFAULT_SWITCH_WIDTH} Å (over the outer half for cutoffs below 4 Å). */
    public static NonbondedCutoff of(double cutoffAngstrom) {
        return new NonbondedCutoff(Math.max(0.5 * cutoffAngstrom, cutoffAngstrom - DEFAULT_SWITCH_WIDTH), cutoffAngstrom);
    }

    /**
     * Replaces (E, dE/dr, d²E/dr²) in e[0..2] by those of E·S at distance r; call only for
     * r &lt; cutoff (pairs at or beyond it contribute nothing).
     */
    public void switchPair(double r, double[] e) {
        if (r <= switchOnAngstrom) return;
        double w = cutoffAngstrom - switchOnAngstrom;
        double t = (r - switchOnAngstrom) / w, u = 1 - t;
        double s = 1 - t * t * t * (10 - 15 * t + 6 * t * t);
        double ds = -30 * t * t * u * u / w;
        double d2s = -60 * t * u * (1 - 2 * t) / (w * w);
        double e0 = e[0], e1 = e[1], e2 = e[2];
        e[0] = e0 * s;
        e[1] = e1 * s + e0 * ds;
        e[2] = e2 * s + 2 * e1 * ds + e0 * d2s;
    }

    /** One line for reports. */
    public String describe() {
        return "cutoff " + trim(cutoffAngstrom) + " Å: energies switched off from " + trim(switchOnAngstrom)
                + " Å (quintic, continuous Hessian), Coulomb shifted to zero at the cutoff";
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
