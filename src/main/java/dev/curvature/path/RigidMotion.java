package dev.curvature.path;

/** Removes the rigid translations and rotations of a molecule from a displacement or force. */
final class RigidMotion {
    private RigidMotion() {}

    /**
     * Projects out of v[offset .. offset+3N) its components along the three translations and the
     * infinitesimal rotations about the centroid of the positions x (3N); a rotation that does not
     * move the atoms (about the axis of a linear molecule) is skipped.
     */
    static void projectOut(double[] x, double[] v, int offset) {
        int n3 = x.length, atoms = n3 / 3;
        if (atoms < 2) return;
        double[] c = new double[3];
        for (int a = 0; a < atoms; a++)
            for (int k = 0; k < 3; k++) c[k] += x[3 * a + k] / atoms;
        double[][] basis = new double[6][];
        int count = 0;
        for (int k = 0; k < 6; k++) {
            double[] u = new double[n3];
            for (int a = 0; a < atoms; a++) {
                if (k < 3) u[3 * a + k] = 1;
                else { // e_axis × (x_a − c)
                    int axis = k - 3, i = (axis + 1) % 3, j = (axis + 2) % 3;
                    u[3 * a + j] = x[3 * a + i] - c[i];
                    u[3 * a + i] = -(x[3 * a + j] - c[j]);
                }
            }
            double before = Math.sqrt(NudgedElasticBand.dot(u, u));
            for (int b = 0; b < count; b++) { // Gram-Schmidt
                double p = NudgedElasticBand.dot(u, basis[b]);
                for (int q = 0; q < n3; q++) u[q] -= p * basis[b][q];
            }
            double norm = Math.sqrt(NudgedElasticBand.dot(u, u));
            if (norm <= 1e-8 * Math.max(1, before)) continue;
            for (int q = 0; q < n3; q++) u[q] /= norm;
            basis[count++] = u;
        }
        for (int b = 0; b < count; b++) {
            double p = 0;
            for (int q = 0; q < n3; q++) p += v[offset + q] * basis[b][q];
            for (int q = 0; q < n3; q++) v[offset + q] -= p * basis[b][q];
        }
    }
}
