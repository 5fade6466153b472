package dev.curvature.charges;

import dev.curvature.structure.Structure;
import dev.curvature.units.Units;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Charge equilibration, QEq (Rappé &amp; Goddard, J. Phys. Chem. 95, 3358 (1991)), with the paper's
 * Table I parameters (resource {@code qeq-rappe-goddard-1991.tsv}): χ_i and J_ii = J_i⁰ per element,
 * and J_ij(R) the Coulomb repulsion between the densities of normalised Slater ns orbitals (n the
 * valence shell's principal quantum number, ζ = 0.4913 (2n+1)/(2R_i)), which is finite at R = 0 and
 * tends to e²/(4πε₀R) = 14.40 eV·Å / R at large R.
 *
 * <p>Hydrogen's hardness depends on its charge, J_HH(q) = (1 + q/ζ_H⁰) J_H⁰ (ζ_H⁰ = 1.0698 bohr⁻¹);
 * the charges are then found self-consistently (see {@link ChargeEquilibration}). As a simplification
 * relative to the paper, hydrogen's exponent in the two-centre integrals stays at ζ_H⁰ (the paper
 * lets ζ_H = ζ_H⁰ + q_H enter them too). {@link #withFixedHydrogenHardness()} switches the charge
 * dependence off altogether.
 */
public final class QeqModel implements HardnessModel {
    private static final double HARTREE_EV = ChargeEquilibration.COULOMB_EV_ANGSTROM / Units.ANGSTROM_PER_BOHR;
    private static final Map<String, double[]> PARAMETERS = load("qeq-rappe-goddard-1991.tsv");
    private static final QeqModel STANDARD = new QeqModel(true);
    private static final QeqModel FIXED_H = new QeqModel(false);

    /** λ of ζ = λ(2n+1)/(2R) in the paper. */
    public static final double LAMBDA = 0.4913;

    private final boolean chargeDependentHydrogen;

    private QeqModel(boolean chargeDependentHydrogen) {
        this.chargeDependentHydrogen = chargeDependentHydrogen;
    }

    /** QEq as published, with hydrogen's charge-dependent hardness. */
    public static QeqModel rappeGoddard1991() { return STANDARD; }

    /** QEq with J_HH = J_H⁰ independent of charge (linear, for comparison). */
    public QeqModel withFixedHydrogenHardness() { return FIXED_H; }

    private static Map<String, double[]> load(String resource) {
        Map<String, double[]> map = new HashMap<>();
        for (String[] f : ParameterTable.read(resource)) {
            double[] p = new double[5]; // n, chi, J, R, zeta
            for (int k = 0; k < 5; k++) p[k] = Double.parseDouble(f[k + 1]);
            map.put(f[0], p);
        }
        return map;
    }

    /** {n, χ (eV), J (eV), R (Å), ζ (bohr⁻¹)} for an element symbol, or null when the paper gives none. */
    public static double[] parameters(String symbol) {
        double[] p = PARAMETERS.get(symbol);
        return p == null ? null : p.clone();
    }

    @Override public String name() {
        return chargeDependentHydrogen ? "QEq (Rappé-Goddard 1991)" : "QEq (Rappé-Goddard 1991, fixed J_H)";
    }

    @Override public Bound bind(Structure structure) {
        int n = structure.atomCount();
        int[] shell = new int[n];
        double[] chi = new double[n], hard = new double[n], zeta = new double[n];
        boolean[] hydrogen = new boolean[n];
        boolean anyHydrogen = false;
        List<Integer> missing = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            double[] p = PARAMETERS.get(structure.element(a).symbol());
            if (p == null) { missing.add(a); continue; }
            shell[a] = (int) p[0];
            chi[a] = p[1];
            hard[a] = p[2];
            zeta[a] = p[4];
            hydrogen[a] = chargeDependentHydrogen && structure.atomicNumber(a) == 1;
            anyHydrogen |= hydrogen[a];
        }
        if (!missing.isEmpty())
            throw new ChargeModelException("QEq (Rappé-Goddard 1991) has no parameters for atoms " + ParameterTable.missingAtoms(structure, missing)
                    + " of " + structure);
        boolean dependent = anyHydrogen;
        return new Bound() {
            @Override public int atomCount() { return n; }
            @Override public double electronegativityEV(int atom) { return chi[atom]; }
            @Override public double selfHardnessEV(int atom, double charge) {
                return hydrogen[atom] ? hard[atom] * (1 + charge / zeta[atom]) : hard[atom];
            }
            @Override public double selfHardnessSlope(int atom, double charge) {
                return hydrogen[atom] ? hard[atom] / zeta[atom] : 0;
            }
            @Override public boolean chargeDependent() { return dependent; }
            @Override public double pairHardnessEV(int i, int j, double r, double[] derivative) {
                double v = SlaterCoulomb.integral(shell[i], zeta[i], shell[j], zeta[j], r / Units.ANGSTROM_PER_BOHR, derivative);
                if (derivative != null) derivative[0] *= HARTREE_EV / Units.ANGSTROM_PER_BOHR;
                return v * HARTREE_EV;
            }
        };
    }
}
