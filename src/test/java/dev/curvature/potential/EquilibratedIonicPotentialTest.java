package dev.curvature.potential;

import dev.curvature.charges.ChargeEquilibration;
import dev.curvature.charges.HardnessModel;
import dev.curvature.charges.PeriodicCharges;
import dev.curvature.periodic.Erfc;
import dev.curvature.potential.coulomb.EquilibratedIonicPotential;
import dev.curvature.potential.coulomb.IonicPotential;
import dev.curvature.structure.Cell;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Buckingham NaCl with charges equilibrated at every geometry: all derivative blocks against differences. */
class EquilibratedIonicPotentialTest {
    static final double SIGMA = 1.0;

    /**
     * QEq's Na and Cl χ (Rappé–Goddard 1991) with a Gaussian-shielded pair hardness k erf(r/σ)/r:
     * cheap, smooth, and it exercises the shielding correction's path. QEq's own J⁰ (4.59, 9.89 eV)
     * lose against the Madelung field of rocksalt (the stationary charges would be a maximum, which
     * the solver refuses), so this test model uses 12 and 14 eV.
     */
    static final HardnessModel GAUSSIAN = gaussian(12.0, 14.0);

    static HardnessModel gaussian(double naHardness, double clHardness) {
        return new HardnessModel() {
        @Override public String name() { return "Gaussian-shielded QEq (test)"; }
        @Override public Bound bind(Structure s) {
            return new Bound() {
                @Override public int atomCount() { return s.atomCount(); }
                @Override public double electronegativityEV(int a) { return s.atomicNumber(a) == 11 ? 2.843 : 8.564; }
                @Override public double selfHardnessEV(int a, double q) { return s.atomicNumber(a) == 11 ? naHardness : clHardness; }
                @Override public double pairHardnessEV(int i, int j, double r, double[] d) {
                    double k = ChargeEquilibration.COULOMB_EV_ANGSTROM, erf = 1 - Erfc.erfc(r / SIGMA);
                    if (d != null) d[0] = k * (2 / Math.sqrt(Math.PI) / SIGMA * Math.exp(-r * r / (SIGMA * SIGMA)) / r - erf / (r * r));
                    return k * erf / r;
                }
            };
        }
        };
    }

    static final IonicPotential.ShortRange BUCKINGHAM = new IonicPotential.ShortRange() {
        // the NaCl Buckingham of IonicPotentialTest: A, ρ, C per type pair (Na = 0, Cl = 1)
        final double[][] p = {{500.0, 0.25, 0.0}, {1000.0, 0.30, 2.0}, {1000.0, 0.30, 2.0}, {3000.0, 0.30, 50.0}};
        @Override public double cutoffSquared(int a, int b) { return 49; }
        @Override public double pair(int a, int b, double r, double[] d) {
            double[] v = p[2 * a + b];
            double ex = v[0] * Math.exp(-r / v[1]), r6 = Math.pow(r, 6);
            d[0] = -ex / v[1] + 6 * v[2] / (r6 * r);
            d[1] = ex / (v[1] * v[1]) - 42 * v[2] / (r6 * r * r);
            return ex - v[2] / r6;
        }
    };

    static EquilibratedIonicPotential potential(double[] x, Cell cell) {
        String[] el = IonicPotentialTest.NACL;
        Element[] e = new Element[el.length];
        int[] type = new int[el.length];
        for (int i = 0; i < el.length; i++) {
            e[i] = Element.of(el[i]);
            type[i] = el[i].equals("Na") ? 0 : 1;
        }
        Structure s = new Structure("NaCl", e, x, new int[el.length], List.of(), 0, cell);
        return new EquilibratedIonicPotential("buck/coul/long", s, GAUSSIAN, type, BUCKINGHAM, 7.0, 7.0, 1e-8);
    }

    @Test
    void derivativesWithRelaxingChargesMatchDifferences() {
        Cell cell = Crystals.skewed(5.64);
        double[] x = Crystals.rattle(Crystals.place(IonicPotentialTest.rocksalt(), cell), 0.12, 42);
        EquilibratedIonicPotential p = potential(x, cell);
        // erf(r/σ) = 1 − 1e-11 near r = 4.9σ: the shielding sum stops there (probed in 0.5 Å steps)
        assertTrue(p.shieldingCutoff() >= 4.5 * SIGMA && p.shieldingCutoff() <= 6 * SIGMA, "shielding cutoff " + p.shieldingCutoff());
        PeriodicCharges c = p.charges(x, cell);
        double sum = 0;
        for (double q : c.charges()) sum += q;
        assertEquals(0, sum, 1e-12);
        assertTrue(c.charges()[0] > 0.3 && c.charges()[4] < -0.3, "Na positive, Cl negative: " + java.util.Arrays.toString(c.charges()));
        DerivativeChecks.checkAll(p, x, cell, 2e-5);
    }

    @Test
    void chargesFollowTheGeometry() {
        // with relaxing charges the Hessian differs from the fixed-charge one: the charge-relaxation term is not empty
        Cell cell = Crystals.cubic(5.64);
        double[] x = Crystals.rattle(Crystals.place(IonicPotentialTest.rocksalt(), cell), 0.1, 7);
        EquilibratedIonicPotential p = potential(x, cell);
        double[] q0 = p.charges(x, cell).charges();
        double[] y = x.clone();
        y[0] += 0.05;
        double[] q1 = p.charges(y, cell).charges();
        double change = 0;
        for (int i = 0; i < q0.length; i++) change = Math.max(change, Math.abs(q1[i] - q0[i]));
        assertTrue(change > 1e-4, "charges moved by " + change);
    }

    @Test
    void aMaximumInsteadOfAMinimumIsRefused() {
        Cell cell = Crystals.cubic(5.64);
        String[] el = IonicPotentialTest.NACL;
        Element[] e = new Element[el.length];
        for (int i = 0; i < el.length; i++) e[i] = Element.of(el[i]);
        Structure s = new Structure("NaCl", e, Crystals.place(IonicPotentialTest.rocksalt(), cell), new int[el.length], List.of(), 0, cell);
        var solver = new dev.curvature.charges.PeriodicChargeEquilibration(gaussian(4.592, 9.892),
                dev.curvature.charges.PeriodicCoulomb.ewald(cell, 0.5, 1e-10));
        var ex = org.junit.jupiter.api.Assertions.assertThrows(dev.curvature.charges.ChargeModelException.class, () -> solver.solve(s));
        assertTrue(ex.getMessage().contains("not positive definite"), ex.getMessage());
    }
}
