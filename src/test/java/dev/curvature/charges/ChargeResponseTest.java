package dev.curvature.charges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Response properties (dq/dQ, dq/dR, α, APTs) of both equilibration models, checked by finite differences and symmetry. */
class ChargeResponseTest {
    private static final double[] ORIGIN = {0, 0, 0};

    static Stream<Arguments> cases() {
        HardnessModel qeq = QeqModel.rappeGoddard1991(), eem = EemModel.bultinck2002();
        return Stream.of(
                Arguments.of(qeq, "water"), Arguments.of(qeq, "methanol"), Arguments.of(qeq, "acetate"),
                Arguments.of(qeq, "methylammonium"), Arguments.of(QeqModel.rappeGoddard1991().withFixedHydrogenHardness(), "acetone"),
                Arguments.of(eem, "water"), Arguments.of(eem, "methanol"), Arguments.of(eem, "acetate"), Arguments.of(eem, "ammonium"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void polarizabilityDerivativesMatchDifferencesOfReEquilibratedPolarizability(HardnessModel model, String name) {
        Structure s = Fixtures.structure(name);
        ChargeEquilibration ce = new ChargeEquilibration(model);
        double[] analytic = ce.solve(s).polarizabilityDerivatives(), x = s.positions();
        double h = 1e-4, worst = 0, largest = 0;
        for (int k = 0; k < x.length; k++) {
            double[] xp = x.clone(), xm = x.clone();
            xp[k] += h;
            xm[k] -= h;
            double[] ap = ce.solve(s, xp).polarizabilityAngstrom3(), am = ce.solve(s, xm).polarizabilityAngstrom3();
            for (int e = 0; e < 9; e++) {
                double numeric = (ap[e] - am[e]) / (2 * h);
                worst = Math.max(worst, Math.abs(numeric - analytic[9 * k + e]));
                largest = Math.max(largest, Math.abs(numeric));
            }
        }
        assertTrue(largest > 0.1, "derivatives are not trivially zero: " + largest);
        assertTrue(worst < 1e-6 * Math.max(1, largest), name + ": worst |analytic − numeric| = " + worst + " Å² of " + largest);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void chargeFluxAndPolarTensorsMatchFiniteDifferences(HardnessModel model, String name) {
        Structure s = Fixtures.structure(name);
        ChargeEquilibration ce = new ChargeEquilibration(model);
        EquilibratedCharges c = ce.solve(s);
        int n = s.atomCount(), n3 = 3 * n;
        double[] flux = c.chargeFlux(), apt = c.atomicPolarTensors(), x = s.positions();
        double h = 1e-4, worstFlux = 0, worstApt = 0;
        for (int k = 0; k < n3; k++) {
            double[] xp = x.clone(), xm = x.clone();
            xp[k] += h;
            xm[k] -= h;
            EquilibratedCharges cp = ce.solve(s, xp), cm = ce.solve(s, xm);
            for (int i = 0; i < n; i++) {
                double fd = (cp.charge(i) - cm.charge(i)) / (2 * h);
                worstFlux = Math.max(worstFlux, Math.abs(fd - flux[i * n3 + k]));
            }
            double[] mp = cp.dipoleEAngstrom(ORIGIN), mm = cm.dipoleEAngstrom(ORIGIN);
            for (int a = 0; a < 3; a++) worstApt = Math.max(worstApt, Math.abs((mp[a] - mm[a]) / (2 * h) - apt[3 * k + a]));
        }
        assertTrue(worstFlux < 1e-6, "max |dq/dR analytic − FD| = " + worstFlux + " e/Å");
        assertTrue(worstApt < 1e-6, "max |APT analytic − FD| = " + worstApt + " e");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void polarTensorsWithoutTheFluxEqualTheFluxForm(HardnessModel model, String name) {
        // the O(N²) adjoint route (u_α = T r_α) against P = q δ + Σ_i r_iα ∂q_i/∂R from the full flux
        Structure s = Fixtures.structure(name);
        EquilibratedCharges c = new ChargeEquilibration(model).solve(s);
        int n = s.atomCount(), n3 = 3 * n;
        double[] flux = c.chargeFlux(), apt = c.atomicPolarTensors(), x = s.positions();
        for (int k = 0; k < n3; k++)
            for (int a = 0; a < 3; a++) {
                double expected = a == k % 3 ? c.charge(k / 3) : 0;
                for (int i = 0; i < n; i++) expected += x[3 * i + a] * flux[i * n3 + k];
                assertEquals(expected, apt[3 * k + a], 1e-12, name + " APT[" + k + "," + a + "]");
            }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void nativeAndJavaFactorizationsGiveTheSameCharges(HardnessModel model, String name) {
        org.junit.jupiter.api.Assumptions.assumeTrue(dev.curvature.linalg.DenseLu.available(), "no native LAPACK");
        Structure s = Fixtures.structure(name);
        ChargeEquilibration ce = new ChargeEquilibration(model);
        EquilibratedCharges java = ce.solve(s, s.positions(), s.totalCharge(), null, Integer.MAX_VALUE);
        EquilibratedCharges lapack = ce.solve(s, s.positions(), s.totalCharge(), null, 0);
        for (int i = 0; i < s.atomCount(); i++) assertEquals(java.charge(i), lapack.charge(i), 1e-13, name + " charge " + (i + 1));
        double[] tj = java.chargeResponseMatrix(), tl = lapack.chargeResponseMatrix();
        for (int i = 0; i < tj.length; i++) assertEquals(tj[i], tl[i], 1e-12 * Math.max(1, Math.abs(tj[i])), name + " T element " + i);
        assertEquals(java.chemicalPotentialEV(), lapack.chemicalPotentialEV(), 1e-12);
        assertEquals(java.iterations(), lapack.iterations());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void sumRulesAndTotalChargeResponse(HardnessModel model, String name) {
        Structure s = Fixtures.structure(name);
        ChargeEquilibration ce = new ChargeEquilibration(model);
        EquilibratedCharges c = ce.solve(s);
        int n = s.atomCount(), n3 = 3 * n;
        double[] apt = c.atomicPolarTensors(), flux = c.chargeFlux();
        for (int a = 0; a < 3; a++)
            for (int b = 0; b < 3; b++) {
                double sum = 0;
                for (int atom = 0; atom < n; atom++) sum += apt[3 * (3 * atom + b) + a];
                assertEquals(a == b ? s.totalCharge() : 0.0, sum, 1e-8, "Σ APT [" + a + "," + b + "]");
            }
        for (int k = 0; k < n3; k++) {
            double sum = 0;
            for (int i = 0; i < n; i++) sum += flux[i * n3 + k];
            assertEquals(0.0, sum, 1e-10, "charge conserved under displacement " + k);
        }
        double[] dqdQ = c.chargesPerTotalCharge();
        double h = 1e-4, sum = 0;
        EquilibratedCharges up = ce.solve(s, s.positions(), s.totalCharge() + h, null);
        EquilibratedCharges down = ce.solve(s, s.positions(), s.totalCharge() - h, null);
        for (int i = 0; i < n; i++) {
            assertEquals((up.charge(i) - down.charge(i)) / (2 * h), dqdQ[i], 1e-6, "dq/dQ atom " + (i + 1));
            sum += dqdQ[i];
        }
        assertEquals(1.0, sum, 1e-10);
        double[] t = c.chargeResponseMatrix();
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (int j = 0; j < n; j++) {
                row += t[i * n + j];
                assertEquals(t[i * n + j], t[j * n + i], 1e-12 * Math.max(1, Math.abs(t[i * n + j])), "T symmetric");
            }
            assertEquals(0.0, row, 1e-10, "T·1 = 0");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void polarizabilityIsFieldDerivativeOfDipoleSymmetricAndPositive(HardnessModel model, String name) {
        Structure s = Fixtures.structure(name);
        ChargeEquilibration ce = new ChargeEquilibration(model);
        EquilibratedCharges c = ce.solve(s);
        double[] alpha = c.polarizabilityAngstrom3();
        double h = 1e-4; // V/Å
        for (int b = 0; b < 3; b++) {
            double[] fp = new double[3], fm = new double[3];
            fp[b] = h;
            fm[b] = -h;
            double[] mp = ce.solve(s, s.positions(), s.totalCharge(), fp).dipoleEAngstrom(ORIGIN);
            double[] mm = ce.solve(s, s.positions(), s.totalCharge(), fm).dipoleEAngstrom(ORIGIN);
            for (int a = 0; a < 3; a++) {
                // e·Å per (V/Å) = e²Å²/eV; times e²/(4πε₀) = 14.3996 eV·Å/e² gives Å³.
                double fd = (mp[a] - mm[a]) / (2 * h) * 14.399645;
                assertEquals(fd, alpha[3 * a + b], 1e-5 * Math.max(1, Math.abs(fd)), "alpha[" + a + "," + b + "]");
            }
        }
        for (int a = 0; a < 3; a++)
            for (int b = 0; b < 3; b++) assertEquals(alpha[3 * a + b], alpha[3 * b + a], 1e-10, "symmetric");
        // Sylvester: all leading minors positive (these molecules are not planar).
        double m1 = alpha[0], m2 = alpha[0] * alpha[4] - alpha[1] * alpha[3];
        double m3 = alpha[0] * (alpha[4] * alpha[8] - alpha[5] * alpha[7]) - alpha[1] * (alpha[3] * alpha[8] - alpha[5] * alpha[6])
                + alpha[2] * (alpha[3] * alpha[7] - alpha[4] * alpha[6]);
        if (!name.equals("water")) assertTrue(m1 > 0 && m2 > 0 && m3 > 0, "positive definite: " + java.util.Arrays.toString(alpha));
        else assertTrue(m1 >= 0 && alpha[4] >= 0 && alpha[8] >= -1e-12, "planar water: positive semi-definite");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void dipoleAndPolarizabilityRotateWithTheMolecule(HardnessModel model, String name) {
        Structure s = Fixtures.structure(name);
        ChargeEquilibration ce = new ChargeEquilibration(model);
        double[] rot = rotation(0.3, -1.1, 2.0);
        double[] x = s.positions(), y = new double[x.length], shift = {1.7, -2.2, 0.4};
        for (int a = 0; a < s.atomCount(); a++)
            for (int i = 0; i < 3; i++) {
                double v = shift[i];
                for (int j = 0; j < 3; j++) v += rot[3 * i + j] * x[3 * a + j];
                y[3 * a + i] = v;
            }
        EquilibratedCharges c = ce.solve(s), r = ce.solve(s, y);
        double[] mu = c.dipoleEAngstrom(), muR = r.dipoleEAngstrom(), al = c.polarizabilityAngstrom3(), alR = r.polarizabilityAngstrom3();
        for (int i = 0; i < 3; i++) {
            double v = 0;
            for (int j = 0; j < 3; j++) v += rot[3 * i + j] * mu[j];
            assertEquals(v, muR[i], 1e-8, "μ' = Rμ");
            for (int k = 0; k < 3; k++) {
                double w = 0;
                for (int j = 0; j < 3; j++)
                    for (int l = 0; l < 3; l++) w += rot[3 * i + j] * al[3 * j + l] * rot[3 * k + l];
                assertEquals(w, alR[3 * i + k], 1e-8, "α' = RαRᵀ");
            }
        }
        for (int a = 0; a < s.atomCount(); a++) assertEquals(c.charge(a), r.charge(a), 1e-10, "charges invariant");
    }

    @Test
    void coincidentAtomsAreRefusedNamingThem() {
        for (HardnessModel model : new HardnessModel[] {QeqModel.rappeGoddard1991(), EemModel.bultinck2002()}) {
            Structure s = Fixtures.structure("water");
            double[] x = s.positions();
            System.arraycopy(x, 0, x, 6, 3); // second hydrogen onto the oxygen
            ChargeModelException e = assertThrows(ChargeModelException.class, () -> new ChargeEquilibration(model).solve(s, x));
            assertTrue(e.getMessage().contains("1 (O)") && e.getMessage().contains("3 (H)"), e.getMessage());
        }
    }

    @Test
    void singularBorderedMatrixIsRefusedInsteadOfNaN() {
        // EEM H2 at R = κ/B_H: J = [[B, κ/R], [κ/R, B]] has equal elements and the bordered matrix is singular.
        double r = 0.529176 / 1.31942;
        Structure h2 = QeqModelTest.twoAtoms("H", "H", r);
        ChargeModelException e = assertThrows(ChargeModelException.class, () -> new ChargeEquilibration(EemModel.bultinck2002()).solve(h2));
        assertTrue(e.getMessage().contains("ill-conditioned") && e.getMessage().contains("1 (H) and 2 (H)"), e.getMessage());
    }

    @Test
    void fixedChargesHaveNoFluxAndNoPolarizability() {
        Structure s = Fixtures.structure("acetate");
        double[] q = new ChargeEquilibration(EemModel.bultinck2002()).solve(s).charges();
        FixedCharges f = new FixedCharges(s, q);
        double[] apt = f.atomicPolarTensors();
        for (int atom = 0; atom < s.atomCount(); atom++)
            for (int b = 0; b < 3; b++)
                for (int a = 0; a < 3; a++) assertEquals(a == b ? q[atom] : 0.0, apt[3 * (3 * atom + b) + a], 1e-15);
        assertFalse(f.respondsToField());
        assertThrows(UnsupportedOperationException.class, f::polarizabilityAngstrom3);
        double[] wrong = q.clone();
        wrong[0] += 0.1;
        assertThrows(ChargeModelException.class, () -> new FixedCharges(s, wrong));
        // Dipole of an ion about its centre of mass: same value as the equilibrated distribution's.
        double[] muFixed = f.dipoleDebye(), muEem = new ChargeEquilibration(EemModel.bultinck2002()).solve(s).dipoleDebye();
        for (int k = 0; k < 3; k++) assertEquals(muEem[k], muFixed[k], 1e-12);
        ChargeModel fixedModel = ChargeModel.fixed("given", st -> q);
        double[] shifted = s.positions();
        shifted[0] += 0.05;
        ChargeDistribution moved = fixedModel.charges(s, shifted);
        for (int a = 0; a < s.atomCount(); a++) assertEquals(q[a], moved.charge(a), 0, "fixed charges do not follow the geometry");
        for (double v : moved.chargeFlux()) assertEquals(0.0, v, 0);
    }

    @Test
    void singleAtomIonTakesTheWholeCharge() {
        Structure na = new Structure("Na+", new Element[] {Element.of("Na")}, new double[3], new int[] {1}, List.of(), 1, null);
        EquilibratedCharges c = new ChargeEquilibration(QeqModel.rappeGoddard1991()).solve(na);
        assertEquals(1.0, c.charge(0), 1e-14);
        assertEquals(0.0, c.polarizabilityAngstrom3()[0], 0);
    }

    private static double[] rotation(double a, double b, double c) {
        double[] rx = {1, 0, 0, 0, Math.cos(a), -Math.sin(a), 0, Math.sin(a), Math.cos(a)};
        double[] ry = {Math.cos(b), 0, Math.sin(b), 0, 1, 0, -Math.sin(b), 0, Math.cos(b)};
        double[] rz = {Math.cos(c), -Math.sin(c), 0, Math.sin(c), Math.cos(c), 0, 0, 0, 1};
        return mul(rz, mul(ry, rx));
    }

    private static double[] mul(double[] p, double[] q) {
        double[] r = new double[9];
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++)
                for (int k = 0; k < 3; k++) r[3 * i + j] += p[3 * i + k] * q[3 * k + j];
        return r;
    }
}
