package dev.curvature.charges;

import dev.curvature.structure.Structure;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The electronegativity equalization method (Mortier, Ghosh &amp; Shankar, J. Am. Chem. Soc. 108,
 * 4315 (1986)) with the parameters of Bultinck et al., J. Phys. Chem. A 106, 7887 (2002) as Open Babel
 * 3.1.1 ships them ({@code eem.txt}, charge model {@code eem}): χ_i = A_i, J_ii = B_i,
 * J_ij = κ/R_ij (unshielded). A, B, κ are in atomic units; they are converted to eV here, which does
 * not change the charges. Atoms are typed by element only, as in Open Babel's file. Elements whose
 * entry in that file merely repeats carbon's values are accepted (so results match Open Babel) and
 * listed by {@link #placeholderElements()}; elements absent from the file are refused (Open Babel
 * would silently give them hydrogen's values).
 *
 * <p>Because 1/R is unshielded, J is not positive definite at short distances for every parameter
 * set; the solver's condition check catches the singular cases.
 */
public final class EemModel implements HardnessModel {
    private static final double HARTREE_EV = ChargeEquilibration.COULOMB_EV_ANGSTROM / dev.curvature.units.Units.ANGSTROM_PER_BOHR;
    private static final EemModel BULTINCK = load("eem-bultinck2002-openbabel.tsv");

    private final double kappaEVAngstrom;
    private final Map<String, double[]> bySymbol; // symbol -> {chi eV, J eV}
    private final List<String> placeholders;

    private EemModel(double kappaEVAngstrom, Map<String, double[]> bySymbol, List<String> placeholders) {
        this.kappaEVAngstrom = kappaEVAngstrom;
        this.bySymbol = bySymbol;
        this.placeholders = placeholders;
    }

    /** Bultinck et al. 2002 (B3LYP/6-31G*, Mulliken) as in Open Babel 3.1.1. */
    public static EemModel bultinck2002() { return BULTINCK; }

    private static EemModel load(String resource) {
        double kappa = Double.NaN;
        Map<String, double[]> map = new HashMap<>();
        List<String> placeholders = new ArrayList<>();
        for (String[] f : ParameterTable.read(resource)) {
            if (f[0].equals("kappa")) { kappa = Double.parseDouble(f[1]); continue; }
            if (!f[1].equals("*")) throw new IllegalStateException(resource + ": bond-order typed entries are not supported: " + String.join(" ", f));
            map.put(f[0], new double[] {Double.parseDouble(f[2]) * HARTREE_EV, Double.parseDouble(f[3]) * HARTREE_EV});
            if (f.length > 4 && f[4].equals("placeholder")) placeholders.add(f[0]);
        }
        if (Double.isNaN(kappa)) throw new IllegalStateException(resource + ": no kappa");
        return new EemModel(kappa * HARTREE_EV, map, Collections.unmodifiableList(placeholders));
    }

    @Override public String name() { return "EEM (Bultinck et al. 2002, Open Babel eem.txt)"; }

    /** Elements whose parameters are carbon's copied (not fitted) in the source file. */
    public List<String> placeholderElements() { return placeholders; }

    /** κ in eV·Å (J_ij = κ/R). */
    public double kappaEVAngstrom() { return kappaEVAngstrom; }

    @Override public Bound bind(Structure structure) {
        int n = structure.atomCount();
        double[] chi = new double[n], hard = new double[n];
        List<Integer> missing = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            double[] p = bySymbol.get(structure.element(a).symbol());
            if (p == null) { missing.add(a); continue; }
            chi[a] = p[0];
            hard[a] = p[1];
        }
        if (!missing.isEmpty())
            throw new ChargeModelException("EEM (Bultinck 2002) has no parameters for atoms " + ParameterTable.missingAtoms(structure, missing)
                    + " of " + structure);
        double kappa = kappaEVAngstrom;
        return new Bound() {
            @Override public int atomCount() { return n; }
            @Override public double electronegativityEV(int atom) { return chi[atom]; }
            @Override public double selfHardnessEV(int atom, double charge) { return hard[atom]; }
            @Override public double coulombCoefficientEVAngstrom() { return kappa; }
            @Override public double pairHardnessEV(int i, int j, double r, double[] derivative) {
                if (derivative != null) derivative[0] = -kappa / (r * r);
                return kappa / r;
            }
        };
    }
}
