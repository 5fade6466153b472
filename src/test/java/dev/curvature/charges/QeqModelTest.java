package dev.curvature.charges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import dev.curvature.units.Units;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QeqModelTest {
    private final ChargeEquilibration qeq = new ChargeEquilibration(QeqModel.rappeGoddard1991());

    @Test
    void tabulatedExponentsFollowTheRadiusFormulaExceptHydrogen() {
        // Oxygen is the exception besides hydrogen: the transcribed table has ζ_O = 0.9745 while the
        // formula with R_O = 0.669 Å gives 0.9715 (0.3 %); the tabulated ζ is used (see the resource).
        assertEquals(0.9715, QeqModel.LAMBDA * 5 / (2 * 0.669 / Units.ANGSTROM_PER_BOHR), 1e-4);
        for (String el : List.of("Li", "C", "N", "F", "Na", "Si", "P", "S", "Cl", "K", "Br", "Rb", "I", "Cs")) {
            double[] p = QeqModel.parameters(el);
            double zeta = QeqModel.LAMBDA * (2 * p[0] + 1) / (2 * p[3] / Units.ANGSTROM_PER_BOHR);
            assertEquals(p[4], zeta, 2e-4, el);
        }
        assertEquals(1.0698, QeqModel.parameters("H")[4]);
    }

    @Test
    void pairHardnessIsShieldedCoulomb() {
        Structure co = twoAtoms("C", "O", 1.2);
        HardnessModel.Bound b = QeqModel.rappeGoddard1991().bind(co);
        assertEquals(14.399645 / 20.0, b.pairHardnessEV(0, 1, 20.0, null), 1e-6);
        assertEquals(ChargeEquilibration.COULOMB_EV_ANGSTROM, 14.399645, 1e-6);
        for (double r : new double[] {0.5, 1.0, 1.5, 2.5}) {
            double j = b.pairHardnessEV(0, 1, r, null);
            assertTrue(j < 14.3996 / r && j > 0, "J(" + r + ") = " + j);
        }
        // Finite as R → 0 and below the mean of the two idempotentials, as the paper's Fig. 1 shows.
        double j0 = b.pairHardnessEV(0, 1, 1e-3, null);
        assertTrue(j0 < 0.5 * (10.126 + 13.364), "J_CO(0) = " + j0);
    }

    @Test
    void chargesSumToTotalChargeAndSelfConsistencyHolds() {
        for (String name : List.of("water", "acetate", "ammonium", "methylammonium", "methoxide", "pyridinium", "glycine_zwitterion")) {
            Structure s = Fixtures.structure(name);
            EquilibratedCharges c = qeq.solve(s);
            double sum = 0;
            for (double q : c.charges()) sum += q;
            assertEquals(s.totalCharge(), sum, 1e-12, name);
            assertTrue(c.iterations() > 1 && c.iterations() < 20, name + " iterations " + c.iterations());
            // Stationarity with the charge-dependent hydrogen hardness: every atom sees the same μ.
            HardnessModel.Bound b = QeqModel.rappeGoddard1991().bind(s);
            double[] x = s.positions(), q = c.charges();
            for (int i = 0; i < s.atomCount(); i++) {
                double mu = b.electronegativityEV(i) + b.selfHardnessEV(i, q[i]) * q[i];
                for (int j = 0; j < s.atomCount(); j++)
                    if (j != i) mu += b.pairHardnessEV(i, j, ChargeEquilibration.distance(x, i, j), null) * q[j];
                assertEquals(c.chemicalPotentialEV(), mu, 1e-8, name + " atom " + (i + 1));
            }
        }
    }

    @Test
    void chargesHaveChemicalSigns() {
        double[] water = qeq.solve(Fixtures.structure("water")).charges();
        assertTrue(water[0] < -0.4 && water[0] > -0.8, "water O " + water[0]);
        assertTrue(water[1] > 0 && water[2] > 0);
        double[] methanol = qeq.solve(Fixtures.structure("methanol")).charges(); // C O H H H H(O)
        assertTrue(methanol[1] < -0.4 && methanol[5] > 0.2, "methanol O, HO");
        double[] acetone = qeq.solve(Fixtures.structure("acetone")).charges(); // C C(=O) C O H...
        assertTrue(acetone[3] < -0.3 && acetone[1] > 0.1, "acetone O, carbonyl C");
        double[] pyridine = qeq.solve(Fixtures.structure("pyridine")).charges(); // N is atom 4
        assertTrue(pyridine[3] < -0.2, "pyridine N " + pyridine[3]);
        for (int h = 6; h < 11; h++) assertTrue(pyridine[h] > 0, "pyridine H");
        double[] acetate = qeq.solve(Fixtures.structure("acetate")).charges();
        assertTrue(acetate[2] < -0.5 && acetate[3] < -0.5, "carboxylate O");
    }

    /**
     * Gas-phase dipoles (debye) from the CRC Handbook of Chemistry and Physics / NIST CCCBDB. QEq at
     * MMFF94 geometries is held to a factor of 2 here; measured ratios (QEq/expt) at the time of
     * writing: water 0.98, ammonia 0.81, methanol 1.58, formaldehyde 1.37, acetone 1.19, pyridine 0.60,
     * acetonitrile 0.59. Halogen compounds are worse (fluoromethane 2.3, bromobenzene 3.5) and are not
     * held to this bound.
     */
    @Test
    void dipolesWithinAFactorOfTwoOfExperiment() {
        Map<String, Double> experiment = Map.of("water", 1.855, "ammonia", 1.471, "methanol", 1.70, "formaldehyde", 2.33,
                "acetone", 2.88, "pyridine", 2.215, "acetonitrile", 3.925);
        experiment.forEach((name, mu) -> {
            double calc = qeq.solve(Fixtures.structure(name)).dipoleMagnitudeDebye();
            assertTrue(calc > mu / 2 && calc < mu * 2, name + ": QEq " + calc + " D, experiment " + mu + " D");
        });
        assertEquals(1.855, qeq.solve(Fixtures.structure("water")).dipoleMagnitudeDebye(), 0.15);
    }

    /**
     * Mean static polarizabilities (Å³, CRC Handbook): methane 2.59, methanol 3.29, acetone 6.33,
     * benzene 10.0. QEq gives (at the time of writing) 2.52, 3.37, 8.69, 11.6: held to a factor of 2.
     * Planar molecules get no out-of-plane polarizability from point charges (water: 0.63 vs 1.45).
     */
    @Test
    void meanPolarizabilitiesWithinAFactorOfTwoOfExperiment() {
        Map<String, Double> experiment = Map.of("methane", 2.59, "methanol", 3.29, "acetone", 6.33, "benzene", 10.0);
        experiment.forEach((name, alpha) -> {
            double[] a = qeq.solve(Fixtures.structure(name)).polarizabilityAngstrom3();
            double mean = (a[0] + a[4] + a[8]) / 3;
            assertTrue(mean > alpha / 2 && mean < alpha * 2, name + ": QEq " + mean + " Å³, experiment " + alpha);
        });
    }

    @Test
    void hydrogenChargeDependenceMatters() {
        double qFixed = new ChargeEquilibration(QeqModel.rappeGoddard1991().withFixedHydrogenHardness()).solve(Fixtures.structure("water")).charge(0);
        double qScf = qeq.solve(Fixtures.structure("water")).charge(0);
        // Positive hydrogens harden, so self-consistency makes water less polar than with fixed J_H.
        assertTrue(qScf > qFixed + 0.1, "fixed " + qFixed + " scf " + qScf);
    }

    @Test
    void elementWithoutParametersIsNamed() {
        Structure s = new Structure("FeH2", new Element[] {Element.of("H"), Element.of("Fe"), Element.of("H")},
                new double[] {-1.6, 0, 0, 0, 0, 0, 1.6, 0, 0}, new int[3], List.of(), 0, null);
        ChargeModelException e = assertThrows(ChargeModelException.class, () -> qeq.solve(s));
        assertTrue(e.getMessage().contains("2 (Fe)") && !e.getMessage().contains("1 (H)"), e.getMessage());
    }

    static Structure twoAtoms(String a, String b, double r) {
        return new Structure(a + b, new Element[] {Element.of(a), Element.of(b)}, new double[] {0, 0, 0, 0, 0, r}, new int[2], List.of(), 0, null);
    }
}
