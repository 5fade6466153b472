package dev.curvature.forcefield.mmff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.forcefield.Term;
import dev.curvature.forcefield.TermPotential;
import dev.curvature.forcefield.nonbonded.NonbondedCutoff;
import dev.curvature.forcefield.uff.UffForceField;
import dev.curvature.model.EnergyModel;
import dev.curvature.structure.Structure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The smooth non-bonded cutoff on real molecules (the largest of the MMFF94 validation suite, and
 * two copies side by side): analytic gradient and Hessian against finite differences with many
 * pairs inside the switching region, a cutoff beyond every distance reproducing the exact
 * all-pairs energy, and two molecules beyond the cutoff not feeling each other.
 */
class MmffCutoffTest {
    private static final NonbondedCutoff SHORT = new NonbondedCutoff(2.5, 4.5);

    @Test
    void switchedNonbondedTermsHaveExactDerivatives() throws Exception {
        for (Structure s : largest(2)) {
            double[] x = displaced(s.positions());
            for (EnergyModel model : List.of(new MmffForceField().withCutoff(SHORT), new UffForceField().withCutoff(SHORT))) {
                TermPotential p = (TermPotential) model.bind(s);
                for (Term t : p.terms()) {
                    if (!t.name().equals("vdw") && !t.name().equals("electrostatic")) continue;
                    double[] dev = MmffDerivativesTest.check(t, x);
                    assertTrue(dev[0] < MmffDerivativesTest.GRADIENT_TOLERANCE && dev[1] < MmffDerivativesTest.HESSIAN_TOLERANCE
                                    && dev[2] < 1e-9,
                            model.name() + " " + t.name() + " on " + s.name() + ": |Δg| " + dev[0] + ", |ΔH| " + dev[1] + ", asym " + dev[2]);
                }
            }
        }
    }

    @Test
    void aCutoffBeyondEveryDistanceGivesExactForcesAndShiftsCoulombByItsValueAtTheCutoff() throws Exception {
        for (Structure s : largest(3)) {
            double[] x = s.positions();
            int n3 = x.length;
            double[] g0 = new double[n3], g1 = new double[n3];
            TermPotential exact = new MmffForceField().bind(s), cut = new MmffForceField().withCutoff(NonbondedCutoff.of(100)).bind(s);
            exact.evaluate(x, g0, null);
            cut.evaluate(x, g1, null);
            for (int c = 0; c < n3; c++) assertEquals(g0[c], g1[c], 1e-9, s.name() + " gradient " + c);
            var e0 = exact.energyTerms(x);
            var e1 = cut.energyTerms(x);
            assertEquals(e0.get("vdw"), e1.get("vdw"), 1e-9, s.name());
            // the shift: −Σ s·332.0716·qi·qj/(R_c + 0.05) over the electrostatic pairs
            MmffTopology t = MmffTopology.build(s, MmffVariant.MMFF94);
            double[] q = t.partialCharges();
            double shift = 0;
            for (int i = 0; i < q.length; i++)
                for (int j = i + 1; j < q.length; j++) {
                    int sep = t.bondSeparation(i, j);
                    if (sep >= 3) shift -= (sep == 3 ? 0.75 : 1) * 332.0716 * q[i] * q[j] / 100.05;
                }
            assertEquals(e0.get("electrostatic") + shift, e1.get("electrostatic"), 1e-9, s.name());
        }
    }

    @Test
    void moleculesFartherApartThanTheCutoffDoNotInteract() throws Exception {
        Structure s = largest(1).get(0);
        double[] x = s.positions();
        Structure pair = twoCopies(s, 30);
        NonbondedCutoff cut = NonbondedCutoff.of(9);
        double single = new MmffForceField().withCutoff(cut).bind(s).evaluate(x, null, null);
        double both = new MmffForceField().withCutoff(cut).bind(pair).evaluate(pair.positions(), null, null);
        assertEquals(2 * single, both, 1e-9 * Math.abs(both));
        double exact = new MmffForceField().bind(pair).evaluate(pair.positions(), null, null);
        assertTrue(Math.abs(exact - both) > 1e-6, "all-pairs energy feels the other copy (" + (exact - both) + ")");
    }

    private static List<Structure> largest(int count) throws Exception {
        List<Structure> all = new ArrayList<>(MmffSuiteFiles.readSdf("MMFF94_hypervalent.sdf"));
        all.sort(Comparator.comparingInt(Structure::atomCount).reversed());
        return all.subList(0, count);
    }

    private static double[] displaced(double[] x) {
        java.util.Random random = new java.util.Random(7);
        double[] y = x.clone();
        for (int c = 0; c < y.length; c++) y[c] += 0.03 * (2 * random.nextDouble() - 1);
        return y;
    }

    /** The molecule and a copy shifted by dx along x, as one structure. */
    private static Structure twoCopies(Structure s, double dx) {
        int n = s.atomCount();
        dev.curvature.structure.Element[] el = new dev.curvature.structure.Element[2 * n];
        double[] x = new double[6 * n];
        int[] q = new int[2 * n];
        List<dev.curvature.structure.Bond> bonds = new ArrayList<>(s.bonds());
        double[] p = s.positions();
        for (int a = 0; a < n; a++) {
            el[a] = el[a + n] = s.element(a);
            q[a] = q[a + n] = s.formalCharge(a);
            for (int c = 0; c < 3; c++) {
                x[3 * a + c] = p[3 * a + c];
                x[3 * (a + n) + c] = p[3 * a + c] + (c == 0 ? dx : 0);
            }
        }
        for (dev.curvature.structure.Bond b : s.bonds()) bonds.add(new dev.curvature.structure.Bond(b.i() + n, b.j() + n, b.order()));
        return Structure.of(s.name() + " x2", el, x, q, bonds);
    }
}
