package dev.curvature.forcefield.mmff;

import dev.curvature.forcefield.Term;
import java.util.List;

/**
 * Compares the terms of one suite molecule with its OPTIMOL reference energies.
 *
 * <p>Why the per-term tolerance is not a flat 0.001: the suite's coordinates are printed to 1e-4 Å
 * but OPTIMOL evaluated the unrounded ones. The total energy is stationary there, so rounding moves
 * it only in second order; each single term, however, has a large gradient (bond and angle gradients
 * cancel in the total) and moves in first order by up to ½·1e-4·‖∇E_term‖₁. RDKit shows the same
 * per-term deviations (e.g. CIPVOM: bond −0.0039, angle +0.0043, total within 1e-4). So each term is
 * held to 0.001 plus that rounding bound, and the total to a flat 0.001.
 */
final class SuiteComparison {
    static final double TOLERANCE = 1e-3;
    /** Half the last printed digit of the suite coordinates, Å. */
    static final double COORDINATE_ROUNDING = 5e-5;

    private SuiteComparison() {}

    /** Outcome for one molecule: deviations per term (reference order) and of the total, and the allowed ones. */
    record Result(String name, double[] energies, double[] deviations, double[] allowed, double totalDeviation) {
        boolean passes() {
            if (Math.abs(totalDeviation) > TOLERANCE) return false;
            for (int k = 0; k < deviations.length; k++) if (Math.abs(deviations[k]) > allowed[k]) return false;
            return true;
        }

        boolean passesFlat(int k) { return Math.abs(deviations[k]) <= TOLERANCE; }

        String describe(SuiteReference.Energies ref) {
            StringBuilder s = new StringBuilder(name).append(':');
            for (int k = 0; k < deviations.length; k++)
                if (Math.abs(deviations[k]) > allowed[k])
                    s.append(String.format(" %s=%.5f (ref %.5f, Δ %.5f > %.5f)", SuiteReference.TERMS.get(k), energies[k],
                            ref.terms()[k], deviations[k], allowed[k]));
            if (Math.abs(totalDeviation) > TOLERANCE)
                s.append(String.format(" total Δ %.5f (ref %.5f)", totalDeviation, ref.total()));
            return s.toString();
        }
    }

    /** Terms must be named with the seven reference keys; several terms of one name are summed. */
    static Result compare(String name, List<Term> terms, double[] x, SuiteReference.Energies ref) {
        return compare(name, terms, x, ref, true);
    }

    /**
     * @param roundingAllowance whether to add the coordinate-rounding bound to each term's tolerance
     *        (needed for MMFF94; the MMFF94s reference was evaluated at the printed coordinates and
     *        matches every term to the 1e-4 printing precision)
     */
    static Result compare(String name, List<Term> terms, double[] x, SuiteReference.Energies ref, boolean roundingAllowance) {
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
        double[] dev = new double[nk], allowed = new double[nk];
        double total = 0;
        for (int k = 0; k < nk; k++) {
            dev[k] = e[k] - ref.terms()[k];
            allowed[k] = TOLERANCE + (roundingAllowance ? COORDINATE_ROUNDING * gradL1[k] : 0.0);
            total += e[k];
        }
        return new Result(name, e, dev, allowed, total - ref.total());
    }
}
