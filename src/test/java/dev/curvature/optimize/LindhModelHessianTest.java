package dev.curvature.optimize;

import dev.curvature.io.StructureReader;
import dev.curvature.linalg.RigidBodySpace;
import dev.curvature.linalg.SymmetricEigenSolvers;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@link LindhModelHessian}: symmetric, positive semi-definite with exactly the rigid motions in its
 * null space (3N − 6, or 3N − 5 for a linear molecule, positive eigenvalues), covariant under a
 * rigid rotation of the molecule, and its bond stretch right against Lindh's formula by hand.
 */
class LindhModelHessianTest {

    static Structure read(String file) throws Exception {
        try (StructureReader r = StructureReader.open(Path.of("examples", file), dev.curvature.io.ReadOptions.DEFAULT)) {
            return r.next().structure();
        }
    }

    static int[] atomicNumbers(Structure s) {
        int[] z = new int[s.atomCount()];
        for (int i = 0; i < z.length; i++) z[i] = s.atomicNumber(i);
        return z;
    }

    @Test
    void symmetricSemiDefiniteWithRigidMotionsAsNullSpace() throws Exception {
        for (String file : new String[] {"water.sdf", "co2.sdf", "caffeine.sdf", "hcn.xyz"}) {
            Structure s = read(file);
            double[] x = s.positions();
            int n3 = x.length;
            double[] h = LindhModelHessian.of(atomicNumbers(s), x);
            double max = 0;
            for (double v : h) max = Math.max(max, Math.abs(v));
            for (int i = 0; i < n3; i++)
                for (int j = 0; j < i; j++) assertEquals(h[i * n3 + j], h[j * n3 + i], 1e-12 * max, file + " symmetry");
            // translations and infinitesimal rotations are annihilated
            RigidBodySpace rigid = RigidBodySpace.cartesian(x, true, true);
            double[] probe = new double[n3];
            for (int k = 0; k < n3; k++) {
                Arrays.fill(probe, 0);
                probe[k] = 1;
                rigid.project(probe);
                double[] rigidPart = new double[n3];
                rigidPart[k] = 1;
                for (int i = 0; i < n3; i++) rigidPart[i] -= probe[i];
                double[] hr = times(h, rigidPart);
                for (double v : hr) assertEquals(0, v, 1e-9 * max, file + ": the model must not act on rigid motions");
            }
            double[] eig = SymmetricEigenSolvers.decompose(h.clone(), n3).values();
            int positive = 0;
            for (double e : eig) {
                assertTrue(e > -1e-9 * max, file + ": negative eigenvalue " + e);
                if (e > 1e-6 * max) positive++;
            }
            boolean linear = file.startsWith("co2") || file.startsWith("hcn");
            assertEquals(n3 - (linear ? 5 : 6), positive, file + ": internal modes with curvature");
        }
    }

    @Test
    void rotatingTheMoleculeRotatesTheHessian() throws Exception {
        Structure s = read("caffeine.sdf");
        int[] z = atomicNumbers(s);
        double[] x = s.positions();
        int n3 = x.length;
        // R about the axis (1, 2, 3)/√14 by 0.7 rad (Rodrigues), then a shift: H(Rx + t) = R H(x) Rᵀ
        double[] u = {1 / Math.sqrt(14), 2 / Math.sqrt(14), 3 / Math.sqrt(14)};
        double c = Math.cos(0.7), sn = Math.sin(0.7);
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++) r[i][j] = (i == j ? c : 0) + (1 - c) * u[i] * u[j];
        r[0][1] -= sn * u[2]; r[0][2] += sn * u[1]; r[1][0] += sn * u[2];
        r[1][2] -= sn * u[0]; r[2][0] -= sn * u[1]; r[2][1] += sn * u[0];
        double[] y = new double[n3];
        for (int a = 0; a < n3 / 3; a++)
            for (int i = 0; i < 3; i++) {
                double v = 1.5 - i;
                for (int j = 0; j < 3; j++) v += r[i][j] * x[3 * a + j];
                y[3 * a + i] = v;
            }
        double[] h1 = LindhModelHessian.of(z, x), h2 = LindhModelHessian.of(z, y);
        double max = 0;
        for (double v : h1) max = Math.max(max, Math.abs(v));
        for (int a = 0; a < n3 / 3; a++)
            for (int b = 0; b < n3 / 3; b++)
                for (int i = 0; i < 3; i++)
                    for (int j = 0; j < 3; j++) {
                        double expected = 0;
                        for (int k = 0; k < 3; k++)
                            for (int l = 0; l < 3; l++) expected += r[i][k] * h1[(3 * a + k) * n3 + 3 * b + l] * r[j][l];
                        assertEquals(expected, h2[(3 * a + i) * n3 + 3 * b + j], 1e-10 * max, "block " + a + "," + b);
                    }
    }

    @Test
    void diatomicStretchIsLindhsFormula() {
        // H2 at 0.74 Å: the only term is k_r·exp(α(r_ref² − r²)) along the bond, α = 1, r_ref = 1.35 bohr
        double r = 0.74;
        double[] h = LindhModelHessian.of(new int[] {1, 1}, new double[] {0, 0, 0, 0, 0, r});
        double rb = r / dev.curvature.units.Units.ANGSTROM_PER_BOHR;
        double expected = 0.45 * Math.exp(1.35 * 1.35 - rb * rb) * dev.curvature.units.Units.KCAL_PER_MOL_PER_HARTREE
                / Math.pow(dev.curvature.units.Units.ANGSTROM_PER_BOHR, 2);
        assertEquals(expected, h[2 * 6 + 2], 1e-9 * expected);
        assertEquals(-expected, h[2 * 6 + 5], 1e-9 * expected);
        assertEquals(0, h[0], 1e-12, "no curvature across the bond");
    }

    private static double[] times(double[] h, double[] v) {
        int n = v.length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) s += h[i * n + j] * v[j];
            out[i] = s;
        }
        return out;
    }
}
