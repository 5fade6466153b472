package dev.curvature.testing;

import dev.curvature.model.Potential;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A test potential built from terms written as scalar formulas over {@link Jet}s; gradient and
 * Hessian are exact (forward-mode second-order differentiation), so optimizers and frequency codes
 * can be tested against smooth analytic surfaces without depending on a force field.
 */
public final class JetPotential extends dev.curvature.model.MolecularPotential {

    /** One energy term over a few atoms. */
    public interface Term {
        String name();

        /** Atoms the term depends on (0-based). */
        int[] atoms();

        /** Energy from the 3k coordinates of {@link #atoms()} (x, y, z per atom, in that order). */
        Jet energy(Jet[] xyz);
    }

    private final String name;
    private final int atomCount;
    private final List<Term> terms;

    public JetPotential(String name, int atomCount, List<Term> terms) {
        this.name = name;
        this.atomCount = atomCount;
        this.terms = List.copyOf(terms);
    }

    @Override public int atomCount() { return atomCount; }
    @Override public String modelName() { return name; }
    @Override protected boolean analyticHessian() { return true; }

    public List<Term> terms() { return terms; }

    @Override protected double energy(double[] x, double[] gradient, double[] hessian) {
        int n3 = 3 * atomCount;
        if (x.length != n3) throw new IllegalArgumentException("expected " + n3 + " coordinates, got " + x.length);
        if (gradient != null) java.util.Arrays.fill(gradient, 0.0);
        if (hessian != null) java.util.Arrays.fill(hessian, 0.0);
        double e = 0;
        for (Term t : terms) e += accumulate(t, x, gradient, hessian);
        return e;
    }

    private double accumulate(Term t, double[] x, double[] gradient, double[] hessian) {
        int[] atoms = t.atoms();
        int m = 3 * atoms.length;
        Jet[] xyz = new Jet[m];
        for (int a = 0; a < atoms.length; a++)
            for (int c = 0; c < 3; c++) xyz[3 * a + c] = Jet.variable(m, 3 * a + c, x[3 * atoms[a] + c]);
        Jet e = t.energy(xyz);
        int n3 = 3 * atomCount;
        for (int i = 0; i < m; i++) {
            int gi = 3 * atoms[i / 3] + i % 3;
            if (gradient != null) gradient[gi] += e.g[i];
            if (hessian != null)
                for (int j = 0; j < m; j++) hessian[gi * n3 + 3 * atoms[j / 3] + j % 3] += e.h[i * m + j];
        }
        return e.v;
    }

    @Override
    public Map<String, Double> energyTerms(double[] x) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Term t : terms) out.merge(t.name(), accumulate(t, x, null, null), Double::sum);
        return out;
    }

    /** Builds a term from a name, atoms and a formula. */
    public static Term term(String name, int[] atoms, java.util.function.Function<Jet[], Jet> formula) {
        return new Term() {
            @Override public String name() { return name; }
            @Override public int[] atoms() { return atoms; }
            @Override public Jet energy(Jet[] xyz) { return formula.apply(xyz); }
        };
    }

    /** Mutable list of terms, for builders. */
    static List<Term> newTerms() { return new ArrayList<>(); }
}
