package dev.curvature.forcefield;

import dev.curvature.model.Configuration;
import dev.curvature.model.HomogeneousStrain;
import dev.curvature.model.MolecularPotential;
import dev.curvature.model.Property;
import dev.curvature.model.Results;
import dev.curvature.model.Workspace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A potential that is the sum of independent {@link Term}s, each of which accumulates its own
 * energy, gradient and Hessian. Force fields build the term list once when binding a structure.
 * Force fields that type atoms return the {@link TypedTermPotential} subclass, which also carries
 * the labels.
 *
 * <p>With positions-only terms (MMFF94, UFF) this is a {@link MolecularPotential}: it refuses a
 * cell and a field, takes the total charge from its topology (the configuration's charge and spin
 * are not inputs of a fixed-charge force field), and gets the strain derivative and strain blocks
 * by applying the chain rule once to the summed Cartesian derivatives. A term list with
 * cell-dependent terms ({@link Term#dependsOnCell()}) also accepts a cell: the positions-only terms
 * still go through their Cartesian kernels, the others add into the {@link Results} themselves.
 */
public sealed class TermPotential extends MolecularPotential permits TypedTermPotential {

    private final String modelName;
    private final int atomCount;
    private final List<Term> terms;
    private final List<Term> positional;   // terms whose energy depends on positions only
    private final List<Term> cellTerms;    // terms that also depend on the cell

    public TermPotential(String modelName, int atomCount, List<? extends Term> terms) {
        if (atomCount < 0) throw new IllegalArgumentException("negative atom count " + atomCount);
        this.modelName = modelName;
        this.atomCount = atomCount;
        this.terms = List.copyOf(terms);
        List<Term> pos = new ArrayList<>(), cell = new ArrayList<>();
        for (Term t : this.terms) (t.dependsOnCell() ? cell : pos).add(t);
        this.positional = List.copyOf(pos);
        this.cellTerms = List.copyOf(cell);
    }

    @Override public int atomCount() { return atomCount; }
    @Override public String modelName() { return modelName; }
    @Override protected boolean analyticHessian() { return true; }

    /** The terms, in evaluation order (unmodifiable). */
    public List<Term> terms() { return terms; }

    /** The Cartesian hot path: every optimizer step comes here. */
    @Override
    protected double energy(double[] x, double[] gradient, double[] hessian) {
        if (!cellTerms.isEmpty()) {
            Results r = Results.into(atomCount, gradient, hessian);
            compute(Configuration.molecule(x), r, null);
            return r.energy();
        }
        if (gradient != null) Arrays.fill(gradient, 0.0);
        if (hessian != null) Arrays.fill(hessian, 0.0);
        double e = 0.0;
        for (Term t : terms) e += t.accumulate(x, gradient, hessian);
        return e;
    }

    @Override
    public void compute(Configuration c, Results r, Workspace workspace) {
        if (cellTerms.isEmpty()) {
            super.compute(c, r, workspace);
            return;
        }
        checkImplemented(r);
        if (c.fieldVoltsPerAngstrom() != null)
            throw new IllegalArgumentException(modelName + " has no dipole, so it cannot take an electric field");
        double[] x = c.positionsAngstrom();
        checkLength("positions", x, 3 * atomCount);
        r.clear();
        boolean strain1 = r.wants(Property.STRAIN_DERIVATIVE);
        boolean strain2 = r.wants(Property.STRAIN_POSITION) || r.wants(Property.STRAIN_STRAIN);
        double[] g = r.gradient();
        if (g == null && strain1) g = new double[3 * atomCount];
        double[] h = r.hessian();
        if (h == null && strain2) h = new double[9 * atomCount * atomCount];
        double e = 0.0;
        for (Term t : positional) e += t.accumulate(x, g, h);
        // the chain rule overwrites the (cleared) strain arrays; cell terms add to them afterwards
        if (strain1) HomogeneousStrain.strainDerivative(x, g, r.strainDerivative());
        if (strain2) HomogeneousStrain.secondDerivatives(x, h, r.strainPosition(), r.strainStrain());
        for (Term t : cellTerms) e += t.accumulate(c, r);
        r.setEnergy(e);
    }

    /** Energy per term name (kcal/mol), names in the order they first occur in the term list. */
    @Override
    public Map<String, Double> energyTerms(double[] x) {
        checkLength("positions", x, 3 * atomCount);
        Map<String, Double> out = new LinkedHashMap<>();
        for (Term t : terms) {
            double e = t.dependsOnCell()
                    ? t.accumulate(Configuration.molecule(x), Results.request(atomCount))
                    : t.accumulate(x, null, null);
            out.merge(t.name(), e, Double::sum);
        }
        return out;
    }
}
