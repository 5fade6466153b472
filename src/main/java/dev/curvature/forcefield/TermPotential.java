package dev.curvature.forcefield;

import dev.curvature.model.MolecularPotential;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A potential that is the sum of independent {@link Term}s, each of which accumulates its own
 * energy, gradient and Hessian. Force fields build the term list once when binding a structure.
 * Force fields that type atoms return the {@link TypedTermPotential} subclass, which also carries
 * the labels.
 */
public sealed class TermPotential extends MolecularPotential permits TypedTermPotential {

    private final String modelName;
    private final int atomCount;
    private final List<Term> terms;

    public TermPotential(String modelName, int atomCount, List<? extends Term> terms) {
        if (atomCount < 0) throw new IllegalArgumentException("negative atom count " + atomCount);
        this.modelName = modelName;
        this.atomCount = atomCount;
        this.terms = List.copyOf(terms);
    }

    @Override public int atomCount() { return atomCount; }
    @Override public String modelName() { return modelName; }
    @Override protected boolean analyticHessian() { return true; }

    /** The terms, in evaluation order (unmodifiable). */
    public List<Term> terms() { return terms; }

    @Override
    protected double energy(double[] x, double[] gradient, double[] hessian) {
        if (gradient != null) java.util.Arrays.fill(gradient, 0.0);
        if (hessian != null) java.util.Arrays.fill(hessian, 0.0);
        double e = 0.0;
        for (Term t : terms) e += t.accumulate(x, gradient, hessian);
        return e;
    }

    /** Energy per term name (kcal/mol), names in the order they first occur in the term list. */
    @Override
    public Map<String, Double> energyTerms(double[] x) {
        checkLength("positions", x, 3 * atomCount);
        Map<String, Double> out = new LinkedHashMap<>();
        for (Term t : terms) out.merge(t.name(), t.accumulate(x, null, null), Double::sum);
        return out;
    }
}
