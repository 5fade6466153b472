package dev.curvature.xtb;

import dev.curvature.model.Configuration;
import dev.curvature.model.Potential;
import dev.curvature.model.PotentialContractTest;
import dev.curvature.model.Property;

import java.util.List;

/**
 * GFN2-xTB under the energy-model contract (kcal/mol, Å): analytic gradient vs 5-point energy
 * differences, dipole vs field differences (also in a field and for a charged doublet),
 * rigid-motion invariance, refusal of cells. Tolerances are looser than the
 * force fields' because an SCC energy of ~10⁴ kcal/mol differenced with h = 1e-4 Å carries
 * ~1e-4 kcal/mol/Å of round-off.
 */
class Gfn2PotentialContractTest extends PotentialContractTest {
    private static final double A = 0.529177210903;

    @Override
    protected Potential potential() {
        return new Gfn2Potential(XtbFixture.load("formaldehyde").z(), null);
    }

    @Override
    protected List<Configuration> configurations() {
        double[] x = XtbFixture.load("formaldehyde").xyz().clone();
        for (int i = 0; i < x.length; i++) x[i] = x[i] * A + 0.03 * Math.sin(7.0 * i + 1);
        return List.of(Configuration.molecule(x), new Configuration(x, null, 1, 2, null),
                new Configuration(x, null, 0, 1, new double[] {0.05, -0.02, 0.03}));
    }

    @Override
    protected Tolerances tolerances() { return new Tolerances(3e-5, 1e-4, 1e-5, 1e-4, 1e-4, 1e-5, 1e-4, 1e-8); }

    /**
     * The workspace warm-starts the SCC from the previous converged state; converged to 1e-7 e it
     * lands within this of a cold start (measured: energy ~1e-9 kcal/mol, gradient ~1e-5
     * kcal/mol/Å, Hessian ~1e-3 kcal/mol/Å² since every displacement inherits the reference's
     * last digits over a 0.005 bohr step).
     */
    @Override
    protected double historyTolerance(Property p) {
        return switch (p) {
            case ENERGY -> 1e-7;          // kcal/mol
            case GRADIENT -> 1e-4;        // kcal/mol/Å (≈ 8e-8 Eh/bohr)
            case HESSIAN -> 2e-2;         // kcal/mol/Å²
            case DIPOLE -> 1e-6;          // e·Å
            case CHARGES -> 1e-6;         // e
            default -> 0;
        };
    }
}
