package dev.curvature.build.embed;

/** A torsion term V(1 + s·cos kφ) on coordinates stored with {@code dim} values per atom (first three used). */
final class Dihedral {
    private Dihedral() {}

    /** Returns V(1 + s cos kφ) and adds scale · its gradient to {@code grad}. */
    static double fourierTerm(double[] x, int dim, int[] atoms, double v, int k, double s, double[] grad, double scale) {
        int i = dim * atoms[0], j = dim * atoms[1], l = dim * atoms[2], m = dim * atoms[3];
        double b1x = x[j] - x[i], b1y = x[j + 1] - x[i + 1], b1z = x[j + 2] - x[i + 2];
        double b2x = x[l] - x[j], b2y = x[l + 1] - x[j + 1], b2z = x[l + 2] - x[j + 2];
        double b3x = x[m] - x[l], b3y = x[m + 1] - x[l + 1], b3z = x[m + 2] - x[l + 2];
        double mx = b1y * b2z - b1z * b2y, my = b1z * b2x - b1x * b2z, mz = b1x * b2y - b1y * b2x;
        double nx = b2y * b3z - b2z * b3y, ny = b2z * b3x - b2x * b3z, nz = b2x * b3y - b2y * b3x;
        double m2 = mx * mx + my * my + mz * mz, n2 = nx * nx + ny * ny + nz * nz;
        double b2sq = b2x * b2x + b2y * b2y + b2z * b2z, b2 = Math.sqrt(b2sq);
        if (m2 < 1e-12 || n2 < 1e-12 || b2 < 1e-9) return v * (1 + s); // collinear: undefined, no force
        double phi = Math.atan2(b2 * (b1x * nx + b1y * ny + b1z * nz), mx * nx + my * ny + mz * nz);
        double e = v * (1 + s * Math.cos(k * phi));
        double dEdphi = -v * s * k * Math.sin(k * phi) * scale;
        // dφ/dx (Bekker; Blondel & Karplus 1996)
        double f1 = -b2 / m2, f4 = b2 / n2;
        double g1x = f1 * mx, g1y = f1 * my, g1z = f1 * mz;
        double g4x = f4 * nx, g4y = f4 * ny, g4z = f4 * nz;
        double p = (b1x * b2x + b1y * b2y + b1z * b2z) / b2sq, q = (b3x * b2x + b3y * b2y + b3z * b2z) / b2sq;
        double g2x = -g1x - p * g1x + q * g4x, g2y = -g1y - p * g1y + q * g4y, g2z = -g1z - p * g1z + q * g4z;
        double g3x = -g4x + p * g1x - q * g4x, g3y = -g4y + p * g1y - q * g4y, g3z = -g4z + p * g1z - q * g4z;
        grad[i] += dEdphi * g1x; grad[i + 1] += dEdphi * g1y; grad[i + 2] += dEdphi * g1z;
        grad[j] += dEdphi * g2x; grad[j + 1] += dEdphi * g2y; grad[j + 2] += dEdphi * g2z;
        grad[l] += dEdphi * g3x; grad[l + 1] += dEdphi * g3y; grad[l + 2] += dEdphi * g3z;
        grad[m] += dEdphi * g4x; grad[m + 1] += dEdphi * g4y; grad[m + 2] += dEdphi * g4z;
        return e;
    }
}
