package dev.curvature.xtb.d4;

/**
 * Damping and weighting parameters of a D4 dispersion model. Distances in bohr.
 *
 * @param s6 scale of the C6/r⁶ term
 * @param s8 scale of the C8/r⁸ term
 * @param a1 rational (Becke–Johnson) damping: R0 = a1·sqrt(C8/C6) + a2
 * @param a2 rational damping offset, bohr
 * @param s9 scale of the Axilrod–Teller–Muto three-body term (0 switches it off)
 * @param atmExponent exponent α of the three-body zero damping 1/(1 + 6 (R0/r̄)^α)
 * @param chargeHeight ga, maximum height of the charge scaling ζ(q)
 * @param chargeSteepness gc, steepness of ζ(q), multiplied by the element's chemical hardness
 * @param weightingFactor wf, width factor of the Gaussian CN weighting of the references
 * @param cnCutoff pair distance beyond which a neighbour does not count in the CN, bohr
 * @param pairCutoff pair distance beyond which the two-body term is dropped, bohr
 * @param tripleCutoff every side of a triple must be within this for the three-body term, bohr
 */
public record D4Parameters(double s6, double s8, double a1, double a2, double s9, double atmExponent,
                           double chargeHeight, double chargeSteepness, double weightingFactor,
                           double cnCutoff, double pairCutoff, double tripleCutoff) {

    /**
     * GFN2-xTB (Bannwarth, Ehlert, Grimme, JCTC 15, 1652 (2019), Table 1; values as in xtb 6.5.1
     * src/xtb/gfn2.f90 and src/type/param.f90): s6 = 1, s8 = 2.7, a1 = 0.52, a2 = 5.0 bohr,
     * s9 = 5.0 with α = 16, ga = 3, gc = 2, wf = 6. The cutoffs are those xtb 6.5.1 applies in its
     * SCC dispersion energy (CN and three-body 40 bohr, two-body 72 bohr).
     */
    public static final D4Parameters GFN2 = new D4Parameters(1.0, 2.7, 0.52, 5.0, 5.0, 16.0,
            3.0, 2.0, 6.0, 40.0, 72.0, 40.0);
}
