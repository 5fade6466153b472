package dev.curvature.xtb;

import dev.curvature.model.Configuration;
import dev.curvature.model.FiniteDifferenceModel;
import dev.curvature.model.Potential;
import dev.curvature.model.Property;
import dev.curvature.model.Results;
import dev.curvature.model.UnitSystem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The static polarizability GFN2-xTB gets for Raman: {@code freq --raman --model gfn2} asks the
 * potential for POLARIZABILITY, which {@link FiniteDifferenceModel} makes from the model's
 * self-consistent dipole in a uniform field (5-point, f = 1e-3 V/Å). Checked here against what
 * it is meant to be, from independent routes: α = −∂²E/∂F∂F from energies in fields (cross
 * differences, f = 0.02 V/Å), the symmetry α_ij = α_ji (holds only if the dipole is the field
 * derivative of the SCC energy), and covariance under a rotation (α' = R α Rᵀ, isotropic mean and
 * anisotropy unchanged). Includes a charged molecule and a doublet. Units: Å³ (α/4πε₀), with
 * e²/(4πε₀) = 14.3996454784 eV·Å (CODATA 2018).
 */
class Gfn2PolarizabilityTest {
    private static final double COULOMB_EV_ANGSTROM = 14.3996454784;

    @ParameterizedTest
    @ValueSource(strings = {"water", "formaldehyde", "ammonium", "methyl_radical"})
    void polarizabilityIsTheFieldResponseAndRotatesWithTheMolecule(String name) {
        XtbFixture f = XtbFixture.load(name);
        Gfn2Potential inner = new Gfn2Potential(f.z(), D4Seam.GFN2);
        Potential p = FiniteDifferenceModel.differencing(inner, FiniteDifferenceModel.DEFAULT_STEPS, Property.POLARIZABILITY);
        double[] x = new double[f.xyz().length];
        for (int i = 0; i < x.length; i++) x[i] = f.xyz()[i] * 0.529177210903;
        Configuration c = new Configuration(x, null, f.charge(), f.uhf() + 1, null);
        double[] alpha = polarizability(p, c);

        // from energies: −∂²E/∂F_i∂F_j (eV per (V/Å)² = e²Å²/eV) times e²/4πε₀ → Å³
        double h = 0.02, evPerKcal = 1 / UnitSystem.MOLECULAR.energyPerEv();
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++) {
                double second;
                if (i == j) {
                    second = (energy(inner, c, i, h, j, 0) - 2 * energy(inner, c, i, 0, j, 0) + energy(inner, c, i, -h, j, 0)) / (h * h);
                } else {
                    second = (energy(inner, c, i, h, j, h) - energy(inner, c, i, h, j, -h)
                            - energy(inner, c, i, -h, j, h) + energy(inner, c, i, -h, j, -h)) / (4 * h * h);
                }
                double fromEnergy = -second * evPerKcal * COULOMB_EV_ANGSTROM;
                assertEquals(fromEnergy, alpha[3 * i + j], 2e-4 * Math.abs(trace(alpha)), name + " α" + i + j + " from energies");
                assertEquals(alpha[3 * j + i], alpha[3 * i + j], 1e-6 * Math.abs(trace(alpha)), name + " symmetry " + i + j);
            }

        // rotate the molecule about an arbitrary axis through an arbitrary point
        double[] r = rotation(0.7, 1.3, -0.4);
        double[] xr = new double[x.length];
        for (int a = 0; a < x.length / 3; a++)
            for (int k = 0; k < 3; k++) {
                double s = 0;
                for (int l = 0; l < 3; l++) s += r[3 * k + l] * (x[3 * a + l] - 0.3 * l);
                xr[3 * a + k] = s + 1.1;
            }
        double[] alphaR = polarizability(p, c.withPositions(xr));
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++) {
                double expected = 0; // (R α Rᵀ)_ij
                for (int k = 0; k < 3; k++) for (int l = 0; l < 3; l++) expected += r[3 * i + k] * alpha[3 * k + l] * r[3 * j + l];
                assertEquals(expected, alphaR[3 * i + j], 1e-6 * Math.abs(trace(alpha)), name + " rotated α" + i + j);
            }
        assertEquals(trace(alpha), trace(alphaR), 1e-6 * Math.abs(trace(alpha)), name + " isotropic mean"); // SCC noise over f: ~4e-7
        System.out.printf(Locale.ROOT, "%s: isotropic α %.4f Å³ (%.3f bohr³)%n", name, trace(alpha) / 3, trace(alpha) / 3 / Math.pow(0.529177210903, 3));
    }

    private static double[] polarizability(Potential p, Configuration c) {
        Results r = Results.request(p.atomCount(), Property.ENERGY, Property.POLARIZABILITY);
        p.compute(c, r, null);
        return r.polarizability().clone();
    }

    private static double energy(Potential p, Configuration c, int i, double fi, int j, double fj) {
        double[] field = new double[3];
        field[i] += fi;
        field[j] += fj;
        Results r = Results.request(p.atomCount(), Property.ENERGY);
        p.compute(c.withField(field), r, null);
        return r.energy();
    }

    private static double trace(double[] a) { return a[0] + a[4] + a[8]; }

    /** Rotation matrix from Euler angles (z, y, z), row-major. */
    private static double[] rotation(double a, double b, double g) {
        double[] rz1 = {Math.cos(a), -Math.sin(a), 0, Math.sin(a), Math.cos(a), 0, 0, 0, 1};
        double[] ry = {Math.cos(b), 0, Math.sin(b), 0, 1, 0, -Math.sin(b), 0, Math.cos(b)};
        double[] rz2 = {Math.cos(g), -Math.sin(g), 0, Math.sin(g), Math.cos(g), 0, 0, 0, 1};
        return mul(rz1, mul(ry, rz2));
    }

    private static double[] mul(double[] a, double[] b) {
        double[] c = new double[9];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) for (int k = 0; k < 3; k++) c[3 * i + j] += a[3 * i + k] * b[3 * k + j];
        return c;
    }
}
