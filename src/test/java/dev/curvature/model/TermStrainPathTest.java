package dev.curvature.model;

import dev.curvature.forcefield.Term;
import dev.curvature.forcefield.TermPotential;
import dev.curvature.forcefield.mmff.MmffForceField;
import dev.curvature.structure.Cell;
import dev.curvature.structure.Structure;
import dev.curvature.testing.LennardJonesModel;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The two paths of {@link Term}: the default {@code accumulate(Configuration, Results)} of
 * positions-only terms gives, summed over MMFF94's terms, exactly what {@link TermPotential}
 * computes by applying the chain rule once to the summed Cartesian derivatives; and a term list
 * mixing a cell-dependent periodic pair term with a positions-only bond passes the whole contract
 * in periodic cells (both add into the same strain arrays).
 */
class TermStrainPathTest {

    private static final Set<Property> TERM_PROPERTIES = EnumSet.of(Property.GRADIENT, Property.HESSIAN,
            Property.STRAIN_DERIVATIVE, Property.STRAIN_POSITION, Property.STRAIN_STRAIN);

    @Test
    void summingTheTermsResultsPathGivesThePotentialsStrainProperties() throws Exception {
        Structure s = ContractMolecules.example("caffeine");
        TermPotential p = MmffForceField.forName("MMFF94").bind(s);
        Configuration c = ContractMolecules.perturbed(s, 1, 0.03, 3).get(0);
        Results whole = Results.request(p.atomCount(), TERM_PROPERTIES);
        p.compute(c, whole, null);
        Results summed = Results.request(p.atomCount(), TERM_PROPERTIES);
        summed.clear();
        double e = 0;
        for (Term t : p.terms()) e += t.accumulate(c, summed);
        assertEquals(whole.energy(), e, 1e-10);
        for (Property q : TERM_PROPERTIES) {
            double[] a = whole.array(q), b = summed.array(q);
            double scale = 1;
            for (double v : a) scale = Math.max(scale, Math.abs(v));
            for (int i = 0; i < a.length; i++) assertEquals(a[i], b[i], 1e-11 * scale, q.key() + "[" + i + "]");
        }
    }

    /** A periodic Lennard-Jones sum as one cell-dependent term. */
    private record PeriodicPairs(LennardJonesModel model) implements Term {
        @Override public String name() { return "vdw"; }
        @Override public boolean dependsOnCell() { return true; }

        @Override public double accumulate(double[] x, double[] g, double[] h) {
            Results r = Results.request(model.atomCount());
            if (g != null) r.use(Property.GRADIENT, g);
            if (h != null) r.use(Property.HESSIAN, h);
            return accumulate(Configuration.molecule(x), r);
        }

        @Override public double accumulate(Configuration c, Results out) {
            Results mine = Results.request(model.atomCount());
            for (Property q : out.requested()) if (TERM_PROPERTIES.contains(q)) mine.use(q, new double[q.length(model.atomCount())]);
            model.compute(c, mine, null);
            for (Property q : mine.requested()) {
                if (q == Property.ENERGY) continue;
                double[] target = out.array(q), add = mine.array(q);
                for (int i = 0; i < target.length; i++) target[i] += add[i];
            }
            return mine.energy();
        }
    }

    /** A harmonic bond between atoms 0 and 1, k (r − r0)², positions only. */
    private record Bond(double k, double r0) implements Term {
        @Override public String name() { return "bond"; }

        @Override public double accumulate(double[] x, double[] g, double[] h) {
            double[] d = {x[3] - x[0], x[4] - x[1], x[5] - x[2]};
            double r = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
            double d1 = 2 * k * (r - r0), d2 = 2 * k;
            int n3 = x.length;
            for (int a = 0; a < 3; a++) {
                if (g != null) { g[3 + a] += d1 * d[a] / r; g[a] -= d1 * d[a] / r; }
                if (h != null)
                    for (int b = 0; b < 3; b++) {
                        double v = (d2 - d1 / r) * d[a] * d[b] / (r * r) + (a == b ? d1 / r : 0);
                        h[a * n3 + b] += v;
                        h[(3 + a) * n3 + 3 + b] += v;
                        h[a * n3 + 3 + b] -= v;
                        h[(3 + a) * n3 + b] -= v;
                    }
            }
            return k * (r - r0) * (r - r0);
        }
    }

    @Nested class PeriodicTermsAndABond extends PotentialContractTest {
        @Override protected Potential potential() {
            return new TermPotential("lj+bond", 8, List.of(new Bond(50.0, 3.5),
                    new PeriodicPairs(new LennardJonesModel(8, 0.238, 3.4, 8.5, UnitSystem.MOLECULAR))));
        }
        @Override protected List<Configuration> configurations() {
            Cell skewed = new Cell(new double[][] {{7.5, 0, 0}, {1.9, 7.1, 0}, {-1.2, 0.8, 7.3}});
            return List.of(Configuration.periodic(LennardJonesModel.jitteredCube(2, 3.7, 0.3, 4), skewed));
        }
    }
}
