package dev.curvature.forcefield.mmff;

import dev.curvature.forcefield.nonbonded.NonbondedPairs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.forcefield.Term;
import dev.curvature.forcefield.TermPotential;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Cell;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each MMFF94 functional form on a few atoms, against the formula written out by hand. */
class MmffTermFormsTest {

    /** Atoms on the x axis at the given positions. */
    private static double[] line(double... xs) {
        double[] x = new double[3 * xs.length];
        for (int a = 0; a < xs.length; a++) x[3 * a] = xs[a];
        return x;
    }

    @Test
    void bondIsTheQuarticOfHalgren() {
        double kb = 4.258, r0 = 1.508, r = 1.62;
        Term t = new MmffBondTerm(new int[]{0}, new int[]{1}, new double[]{kb}, new double[]{r0});
        double dr = r - r0;
        double want = 143.9325 / 2 * kb * dr * dr * (1 - 2 * dr + 7.0 / 12 * 4 * dr * dr);
        assertEquals(want, t.accumulate(line(0, r), null, null), 1e-12);
        assertEquals(0.0, t.accumulate(line(0, r0), null, null), 1e-15);
        assertDerivativesMatch(t, new double[]{0.1, 0.2, -0.3, 1.1, 0.9, 0.4});
    }

    @Test
    void angleUsesDegreesAndTheCubicTerm() {
        double ka = 0.777, theta0 = 108.5;
        Term t = new MmffAngleTerm(new int[][]{{0, 1, 2}}, new double[]{ka}, new double[]{theta0}, new boolean[]{false});
        double theta = 120.0 * Math.PI / 180;
        double[] x = {1, 0, 0, 0, 0, 0, Math.cos(theta), Math.sin(theta), 0};
        double d = 120.0 - theta0;
        double want = 0.043844 / 2 * ka * d * d * (1 - 0.4 * Math.PI / 180 * d);
        assertEquals(want, t.accumulate(x, null, null), 2e-5 * want);   // the paper's rounded 0.043844
        double exact = 143.9325 * Math.pow(Math.PI / 180, 2) / 2 * ka * d * d * (1 - 0.006981317 * d);
        assertEquals(exact, t.accumulate(x, null, null), 1e-12);
        assertDerivativesMatch(t, new double[]{1.1, 0.1, -0.2, 0.05, -0.1, 0.02, -0.4, 0.95, 0.1});
    }

    @Test
    void linearAngleIs143_9325KaTimesOnePlusCos() {
        double ka = 0.4;
        Term t = new MmffAngleTerm(new int[][]{{0, 1, 2}}, new double[]{ka}, new double[]{180}, new boolean[]{true});
        assertEquals(0.0, t.accumulate(line(-1.2, 0, 1.16), null, null), 1e-12);
        double[] bent = {1, 0, 0, 0, 0, 0, 0, 1.3, 0};       // 90°
        assertEquals(143.9325 * ka, t.accumulate(bent, null, null), 1e-12);
        assertDerivativesMatch(t, line(-1.2, 0, 1.16));         // smooth through 180°
        assertDerivativesMatch(t, new double[]{-1.2, 0.05, 0.01, 0, 0, 0, 1.16, -0.04, 0.02});
    }

    @Test
    void stretchBendCouplesBothBondsToTheAngle() {
        double kIJK = 0.25, kKJI = 0.07, r0ij = 1.1, r0kj = 1.5, t0 = 110;
        Term t = new MmffStretchBendTerm(new int[][]{{0, 1, 2}}, new double[]{kIJK}, new double[]{kKJI},
                new double[]{r0ij}, new double[]{r0kj}, new double[]{t0});
        double theta = 100.0 * Math.PI / 180;
        double[] x = {1.2, 0, 0, 0, 0, 0, 1.45 * Math.cos(theta), 1.45 * Math.sin(theta), 0};
        double want = 2.51210 * (kIJK * 0.1 + kKJI * -0.05) * (100 - t0);
        assertEquals(want, t.accumulate(x, null, null), 1e-5 * Math.abs(want));
        assertDerivativesMatch(t, new double[]{1.2, 0.1, 0.05, 0.02, -0.03, 0.01, -0.2, 1.4, 0.1});
    }

    @Test
    void outOfPlaneIsQuadraticInTheWilsonAngleInDegrees() {
        double koop = 0.05;
        // j at the origin, i and k in the xy plane, l tilted 10° out of it
        double chi = 10 * Math.PI / 180;
        double[] x = {1, 0, 0, 0, 0, 0, -0.5, 0.9, 0, -0.5 * Math.cos(chi), -0.9 * Math.cos(chi), Math.sin(chi) * Math.hypot(0.5, 0.9)};
        Term t = new MmffOutOfPlaneTerm(new int[][]{{0, 1, 2, 3}}, new double[]{koop});
        double e = t.accumulate(x, null, null);
        double want = 0.043844 / 2 * koop * 100;
        assertEquals(want, e, 2e-5 * want);
        assertDerivativesMatch(t, x);
    }

    @Test
    void torsionIsTheThreeTermFourierSeries() {
        double v1 = 0.3, v2 = -1.2, v3 = 0.45;
        Term t = new MmffTorsionTerm(new int[][]{{0, 1, 2, 3}}, new double[]{v1}, new double[]{v2}, new double[]{v3});
        double phi = 60 * Math.PI / 180;
        double[] x = {1, 1, 0, 1, 0, 0, 2.5, 0, 0, 2.5, Math.cos(phi), Math.sin(phi)};
        double want = 0.5 * (v1 * (1 + Math.cos(phi)) + v2 * (1 - Math.cos(2 * phi)) + v3 * (1 + Math.cos(3 * phi)));
        assertEquals(want, t.accumulate(x, null, null), 1e-12);
        assertDerivativesMatch(t, new double[]{1, 1.1, 0.1, 1, 0, 0.05, 2.5, 0.02, 0, 2.6, 0.4, 0.9});
    }

    @Test
    void vdwIsMinusEpsilonAtRStarAndBufferedElsewhere() {
        double rStar = 3.6, eps = 0.028;
        // two unbonded atoms of different classes; only the off-diagonal table entries are used
        Term t = new MmffVdwTerm(new NonbondedPairs(new int[][]{{}, {}}, null, null), new int[]{0, 1},
                new double[]{0, rStar, rStar, 0}, new double[]{0, eps, eps, 0});
        assertEquals(-eps, t.accumulate(line(0, rStar), null, null), 1e-15);
        double r = 2.9;
        double want = eps * Math.pow(1.07 * rStar / (r + 0.07 * rStar), 7) * (1.12 * Math.pow(rStar, 7) / (Math.pow(r, 7) + 0.12 * Math.pow(rStar, 7)) - 2);
        assertEquals(want, t.accumulate(line(0, r), null, null), 1e-14);
        // at R*: dE/dR = 7ε/R* (1/1.07 − 1/1.12), small but not zero (the 14-7 minimum lies just beyond R*)
        double[] g = new double[6];
        t.accumulate(line(0, rStar), g, null);
        assertEquals(7 * eps / rStar * (1 / 1.07 - 1 / 1.12), g[3], 1e-14);
        assertDerivativesMatch(t, new double[]{0.1, 0.2, 0.3, 2.5, 1.2, -0.4});
    }

    @Test
    void electrostaticsExcludeOneTwoAndOneThreeAndScaleOneFour() throws Exception {
        // chain 0-1-2-3-4 on a line, 1.5 Å apart, all charges set
        double[] q = {0.4, -0.3, 0.2, -0.5, 0.35};
        int[][] nb = {{1}, {0, 2}, {1, 3}, {2, 4}, {3}};
        double[] x = line(0, 1.5, 3.0, 4.5, 6.0);
        MmffTopology.BondSeparation sep = new MmffTopology.BondSeparation(nb);
        Term constant = MmffNonbonded.electrostatic(sep.pairs(null), q, MmffDielectric.DEFAULT);
        double c = 332.0716;
        double want = 0.75 * c * q[0] * q[3] / (4.5 + 0.05) + 0.75 * c * q[1] * q[4] / (4.5 + 0.05) + c * q[0] * q[4] / (6.0 + 0.05);
        assertEquals(want, constant.accumulate(x, null, null), 1e-10);
        Term distance = MmffNonbonded.electrostatic(sep.pairs(null), q, MmffDielectric.distanceDependent(4.0));
        double wantDistance = (0.75 * c * q[0] * q[3] / Math.pow(4.55, 2) + 0.75 * c * q[1] * q[4] / Math.pow(4.55, 2)
                + c * q[0] * q[4] / Math.pow(6.05, 2)) / 4.0;
        assertEquals(wantDistance, distance.accumulate(x, null, null), 1e-10);
        double[] bent = {0, 0, 0, 1.5, 0.1, 0, 2.2, 1.3, 0.2, 3.0, 2.4, -0.5, 4.1, 2.0, 0.7};
        assertDerivativesMatch(constant, bent);
        assertDerivativesMatch(distance, bent);
        assertThrows(IllegalArgumentException.class, () -> MmffDielectric.constant(0));
    }

    @Test
    void vdwPairsAreAllPairsBeyondOneThreeWithFileParameters() throws Exception {
        // methanol-like: C(1) O(6) H(5)x3 H(21); O-H and C-H are 1-2, H...H on C are 1-3, HC...HO are 1-4
        int[] types = {1, 6, 5, 5, 5, 21};
        int[][] nb = {{1, 2, 3, 4}, {0, 5}, {0}, {0}, {0}, {1}};
        MmffVdwTerm t = MmffNonbonded.vdw(new MmffTopology.BondSeparation(nb).pairs(null), types, MmffVdwParameters.standard());
        assertEquals(3, t.size());                             // H2-H5, H3-H5, H4-H5
        int[] badTypes = {1, 6, 5, 5, 5, 84};
        var e = assertThrows(dev.curvature.model.UnsupportedStructureException.class,
                () -> MmffNonbonded.vdw(new MmffTopology.BondSeparation(nb).pairs(null), badTypes, MmffVdwParameters.standard()));
        assertTrue(e.getMessage().contains("atom 6"), e.getMessage());
    }

    @Test
    void forceFieldNamesItsVariant() {
        assertEquals("MMFF94", new MmffForceField().name());
        assertEquals("MMFF94s", new MmffForceField(MmffVariant.MMFF94S).name());
        assertEquals(MmffDielectric.DEFAULT, new MmffForceField().dielectric());
        assertEquals(MmffVariant.MMFF94S, MmffForceField.forName("mmff94s").variant());
        assertEquals(MmffVariant.MMFF94, MmffForceField.forName("MMFF94").variant());
        assertThrows(IllegalArgumentException.class, () -> MmffForceField.forName("MMFF95"));
    }

    @Test
    void bindingRejectsPeriodicStructuresByName() {
        Structure s = new Structure("box", new Element[]{Element.of(18)}, new double[]{0, 0, 0}, new int[]{0}, List.of(), 0,
                new Cell(new double[][]{{5, 0, 0}, {0, 5, 0}, {0, 0, 5}}));
        var e = assertThrows(UnsupportedStructureException.class, () -> new MmffForceField().bind(s));
        assertTrue(e.getMessage().contains("box"), e.getMessage());
    }

    @Test
    void boundPotentialHasAllSevenTermsAndAnAnalyticHessian() throws Exception {
        // water: O-H 0.96 Å, 104.5°
        double a = 104.5 * Math.PI / 180 / 2;
        double[] x = {0, 0, 0, 0.96 * Math.sin(a), 0.96 * Math.cos(a), 0, -0.96 * Math.sin(a), 0.96 * Math.cos(a), 0};
        Structure w = Structure.of("water", new Element[]{Element.of(8), Element.of(1), Element.of(1)}, x, new int[3],
                List.of(new Bond(0, 1, 1), new Bond(0, 2, 1)));
        TermPotential p = new MmffForceField().bind(w);
        assertTrue(p.hasAnalyticHessian());
        assertEquals("MMFF94", p.modelName());
        assertEquals(List.of("bond", "angle", "stretch_bend", "oop", "torsion", "vdw", "electrostatic"), List.copyOf(p.energyTerms(x).keySet()));
        // no pair is beyond 1-3 in water: the non-bonded energy is exactly zero
        assertEquals(0.0, p.energyTerms(x).get("vdw"));
        assertEquals(0.0, p.energyTerms(x).get("electrostatic"));
        assertTrue(p.energy(x) > 0);
    }

    private static void assertDerivativesMatch(Term t, double[] x) {
        double[] dev = MmffDerivativesTest.check(t, x);
        assertTrue(dev[0] < 1e-6 && dev[1] < 1e-5 && dev[2] < 1e-10,
                String.format("%s: |Δg| %.2e |ΔH| %.2e asym %.2e", t.name(), dev[0], dev[1], dev[2]));
    }

}
