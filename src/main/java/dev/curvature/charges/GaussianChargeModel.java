package dev.curvature.charges;

import dev.curvature.periodic.Erfc;
import dev.curvature.structure.Structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Charge equilibration with Gaussian charge densities and per-element parameters the user gives
 * (a potential file's {@code charge_coeff} lines): electronegativity χ_i (eV), self-hardness J_i⁰
 * (eV/e²) and width σ_i (Å). Two Gaussians repel as J_ij(r) = k erf(r/σ_ij)/r with σ_ij =
 * √(σ_i² + σ_j²): finite at contact, and equal to bare Coulomb k/r to 1e-11 relative beyond about
 * 5σ_ij, so a periodic sum needs the shielding only over a few neighbour shells (the Slater
 * integrals of QEq reach much further). The hardness does not depend on the charges (linear).
 */
public final class GaussianChargeModel implements HardnessModel {
    /** χ (eV), J⁰ (eV/e²), σ (Å) of one element. */
    public record Parameters(double electronegativityEV, double selfHardnessEV, double widthAngstrom) {
        public Parameters {
            if (!(selfHardnessEV > 0)) throw new IllegalArgumentException("self-hardness must be positive, got " + selfHardnessEV);
            if (!(widthAngstrom > 0)) throw new IllegalArgumentException("Gaussian width must be positive, got " + widthAngstrom);
        }
    }

    private final Map<String, Parameters> bySymbol;

    /** @param bySymbol parameters per element symbol */
    public GaussianChargeModel(Map<String, Parameters> bySymbol) {
        this.bySymbol = Map.copyOf(bySymbol);
    }

    @Override public String name() { return "QEq with Gaussian charges"; }

    @Override public Bound bind(Structure structure) {
        int n = structure.atomCount();
        Parameters[] p = new Parameters[n];
        List<Integer> missing = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            p[a] = bySymbol.get(structure.element(a).symbol());
            if (p[a] == null) missing.add(a);
        }
        if (!missing.isEmpty())
            throw new ChargeModelException("no Gaussian charge parameters for atoms " + ParameterTable.missingAtoms(structure, missing) + " of " + structure);
        double k = ChargeEquilibration.COULOMB_EV_ANGSTROM;
        return new Bound() {
            @Override public int atomCount() { return n; }
            @Override public double electronegativityEV(int atom) { return p[atom].electronegativityEV(); }
            @Override public double selfHardnessEV(int atom, double charge) { return p[atom].selfHardnessEV(); }
            @Override public double pairHardnessEV(int i, int j, double r, double[] derivative) {
                double s = Math.sqrt(p[i].widthAngstrom() * p[i].widthAngstrom() + p[j].widthAngstrom() * p[j].widthAngstrom());
                double erf = 1 - Erfc.erfc(r / s);
                if (derivative != null) derivative[0] = k * (2 / Math.sqrt(Math.PI) / s * Math.exp(-r * r / (s * s)) / r - erf / (r * r));
                return k * erf / r;
            }
        };
    }
}
