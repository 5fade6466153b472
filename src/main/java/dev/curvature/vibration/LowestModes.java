package dev.curvature.vibration;

import dev.curvature.linalg.EnvelopeCholesky;
import dev.curvature.linalg.Lobpcg;
import dev.curvature.linalg.PrincipalAxes;
import dev.curvature.linalg.RigidBodySpace;
import dev.curvature.linalg.SparseBlockMatrix;
import dev.curvature.optimize.ModelHessian;
import dev.curvature.structure.Structure;
import dev.curvature.units.Units;

/**
 * The K lowest vibrational modes of a large molecule without a dense Hessian: the mass-weighted
 * sparse Hessian M^-1/2·H·M^-1/2, restricted to the complement of the rigid-body motions (the
 * same projection as {@link NormalModes}), is handed to {@link Lobpcg} as an operator, with the
 * factored bonded {@link ModelHessian} (mass-weighted) as preconditioner. Memory is that of the
 * sparse Hessian plus O(K·N); the eigenvalues are those a dense diagonalisation of the projected
 * Hessian gives (checked in LowestModesTest against LAPACK/EJML on the same matrices).
 */
public final class LowestModes {

    /**
     * @param frequenciesCm1 ascending, imaginary as negative
     * @param eigenvalues    mass-weighted eigenvalues, kcal/mol/Å²/amu
     * @param massWeightedVectors orthonormal mass-weighted eigenvectors (3N each)
     * @param rigidFrequenciesCm1 the unprojected Hessian on the rigid-body directions (Rayleigh–Ritz
     *                            values as signed wavenumbers, ascending): near zero at a converged
     *                            minimum, the check {@link NormalModes#unprojectedRigidFrequenciesCm1()} makes
     */
    public record Result(double[] frequenciesCm1, double[] eigenvalues, double[][] massWeightedVectors,
                         int iterations, int products, boolean converged, double[] rigidFrequenciesCm1) { }

    /** Relative residual ‖Av − λv‖ / max(|λ|, floor) at which a mode is converged. */
    public static final double TOLERANCE = 1e-6;
    /** The eigenvalue of 1 cm⁻¹: the scale below which residuals are measured absolutely. */
    static final double FLOOR = Math.pow(1.0 / Units.WAVENUMBER_FACTOR, 2);

    private LowestModes() { }

    public static Result of(Structure structure, double[] massesAmu, SparseBlockMatrix hessian, int k) {
        int atoms = structure.atomCount(), n = 3 * atoms;
        if (hessian.atoms() != atoms) throw new IllegalArgumentException("Hessian has " + hessian.atoms() + " atoms, structure " + atoms);
        double[] x = structure.positions();
        RigidBodySpace rigid = NormalModes.rigidSpace(massesAmu, x, PrincipalAxes.of(massesAmu, x));
        int internal = n - rigid.dimension();
        if (k < 1 || k > internal) throw new IllegalArgumentException("can compute 1 to " + internal + " modes, asked for " + k);
        double[] invSqrtMass = new double[n], sqrtMass = new double[n];
        for (int i = 0; i < n; i++) {
            sqrtMass[i] = Math.sqrt(massesAmu[i / 3]);
            invSqrtMass[i] = 1 / sqrtMass[i];
        }
        double[] scratch = new double[n], image = new double[n];
        Lobpcg.Operator a = (v, y) -> {
            System.arraycopy(v, 0, scratch, 0, n);
            rigid.project(scratch);
            for (int i = 0; i < n; i++) scratch[i] *= invSqrtMass[i];
            hessian.multiply(scratch, image);
            for (int i = 0; i < n; i++) y[i] = image[i] * invSqrtMass[i];
            rigid.project(y);
        };
        EnvelopeCholesky model = EnvelopeCholesky.factor(ModelHessian.of(structure.neighbours(), x));
        double[] r = new double[n], z = new double[n];
        Lobpcg.Operator t = (v, y) -> {
            for (int i = 0; i < n; i++) r[i] = v[i] * sqrtMass[i];
            model.solve(r, z);
            for (int i = 0; i < n; i++) y[i] = z[i] * sqrtMass[i];
        };
        Lobpcg.Result res = Lobpcg.lowest(n, k, a, t, rigid::project, TOLERANCE, FLOOR, 1000, 20261203L);
        double[] freq = new double[k];
        for (int j = 0; j < k; j++) freq[j] = NormalModes.toWavenumber(res.values()[j]);
        return new Result(freq, res.values(), res.vectors(), res.iterations(), res.products(), res.converged(),
                rigidCheck(rigid, hessian, invSqrtMass));
    }

    /** Rayleigh–Ritz values of the unprojected mass-weighted Hessian on the rigid-body space, cm⁻¹ ascending. */
    private static double[] rigidCheck(RigidBodySpace rigid, SparseBlockMatrix hessian, double[] invSqrtMass) {
        int n = invSqrtMass.length, r = rigid.dimension();
        double[] scratch = new double[n], image = new double[n];
        double[] block = rigid.rigidBlock((v, y) -> {
            for (int i = 0; i < n; i++) scratch[i] = v[i] * invSqrtMass[i];
            hessian.multiply(scratch, image);
            for (int i = 0; i < n; i++) y[i] = image[i] * invSqrtMass[i];
        });
        double[] vals = dev.curvature.linalg.SymmetricEigenSolvers.decompose(block, r).values();
        double[] out = new double[r];
        for (int i = 0; i < r; i++) out[i] = NormalModes.toWavenumber(vals[i]);
        java.util.Arrays.sort(out);
        return out;
    }
}
