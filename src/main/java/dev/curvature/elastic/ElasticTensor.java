package dev.curvature.elastic;

/**
 * A 6×6 elastic stiffness tensor in GPa, Voigt order xx yy zz yz xz xy with engineering shear
 * strains (so E = E₀ + (V/2) Σ C_ij η_i η_j), and the polycrystal averages derived from it:
 * Voigt (uniform strain), Reuss (uniform stress) and Hill (their mean) bulk and shear moduli,
 * Young's modulus and Poisson's ratio from the Hill moduli, and the directional Young's modulus.
 * Immutable; the matrix is symmetrised on construction.
 */
public final class ElasticTensor {
    private final double[] c = new double[36];
    private double[] compliance; // lazily, 1/GPa

    /** @param cGpa 36 values row-major (symmetrised here) */
    public ElasticTensor(double[] cGpa) {
        if (cGpa.length != 36) throw new IllegalArgumentException("an elastic tensor has 36 components, got " + cGpa.length);
        for (int i = 0; i < 6; i++)
            for (int j = 0; j < 6; j++) c[6 * i + j] = 0.5 * (cGpa[6 * i + j] + cGpa[6 * j + i]);
    }

    /** C_ij with 1-based Voigt indices, as in the literature (C11, C44...). */
    public double c(int i, int j) { return c[6 * (i - 1) + (j - 1)]; }

    /** Row-major copy, GPa. */
    public double[] values() { return c.clone(); }

    /** Rows as arrays (for JSON). */
    public double[][] matrix() {
        double[][] m = new double[6][6];
        for (int i = 0; i < 6; i++) System.arraycopy(c, 6 * i, m[i], 0, 6);
        return m;
    }

    /** The compliance S = C⁻¹ (1/GPa), or null if C is singular. */
    public double[] compliance() {
        if (compliance == null) compliance = Matrices.inverse(c, 6);
        return compliance == null ? null : compliance.clone();
    }

    public double bulkVoigt() {
        return ((c(1, 1) + c(2, 2) + c(3, 3)) + 2 * (c(1, 2) + c(1, 3) + c(2, 3))) / 9.0;
    }

    public double shearVoigt() {
        return ((c(1, 1) + c(2, 2) + c(3, 3)) - (c(1, 2) + c(1, 3) + c(2, 3)) + 3 * (c(4, 4) + c(5, 5) + c(6, 6))) / 15.0;
    }

    public double bulkReuss() {
        double[] s = compliance();
        if (s == null) return Double.NaN;
        double sum = s[0] + s[7] + s[14] + 2 * (s[1] + s[2] + s[8]);
        return 1.0 / sum;
    }

    public double shearReuss() {
        double[] s = compliance();
        if (s == null) return Double.NaN;
        double diag = s[0] + s[7] + s[14], off = s[1] + s[2] + s[8], shear = s[21] + s[28] + s[35];
        return 15.0 / (4 * diag - 4 * off + 3 * shear);
    }

    public double bulkHill() { return 0.5 * (bulkVoigt() + bulkReuss()); }

    public double shearHill() { return 0.5 * (shearVoigt() + shearReuss()); }

    /** Isotropic Young's modulus 9KG/(3K + G) from the Hill averages, GPa. */
    public double youngsModulus() {
        double k = bulkHill(), g = shearHill();
        return 9 * k * g / (3 * k + g);
    }

    /** Isotropic Poisson ratio (3K − 2G)/(2(3K + G)) from the Hill averages. */
    public double poissonRatio() {
        double k = bulkHill(), g = shearHill();
        return (3 * k - 2 * g) / (2 * (3 * k + g));
    }

    /**
     * Young's modulus along the unit direction n (GPa): 1/E(n) = Σ S_ijkl n_i n_j n_k n_l, with the
     * Voigt compliance converted to the tensor (factors 1, ½, ¼ for 0, 1, 2 shear indices — which
     * the engineering-shear products below supply).
     */
    public double directionalYoungsModulus(double nx, double ny, double nz) {
        double[] s = compliance();
        if (s == null) return Double.NaN;
        double norm = Math.sqrt(nx * nx + ny * ny + nz * nz);
        nx /= norm; ny /= norm; nz /= norm;
        // the engineering strain of a uniaxial unit stress along n: n_i n_j in Voigt, shears doubled
        // cancel against the ½ factors of the tensor compliance, so 1/E = mᵀ S m with m below
        double[] m = {nx * nx, ny * ny, nz * nz, ny * nz, nx * nz, nx * ny};
        double inv = 0;
        for (int i = 0; i < 6; i++) for (int j = 0; j < 6; j++) inv += m[i] * s[6 * i + j] * m[j];
        return 1.0 / inv;
    }

    /** Eigenvalues of C (ascending, GPa): all positive is the general Born criterion. */
    public double[] eigenvalues() {
        return dev.curvature.linalg.SymmetricEigenSolvers.ejml().decompose(c, 6).values();
    }

    /** Largest |C_ij| (GPa), the scale for tolerances. */
    public double scale() {
        double m = 0;
        for (double v : c) m = Math.max(m, Math.abs(v));
        return m;
    }
}
