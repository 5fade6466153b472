package dev.curvature.optimize;

import dev.curvature.linalg.RigidBodySpace;

/**
 * Which overall motions a potential is invariant under, and so which rigid translations and
 * rotations the optimizers project out ({@link RigidBodySpace#cartesian}: unit weights, since the
 * optimizers work in Cartesian, not mass-weighted, space).
 */
final class RigidBodyModes {
    private final boolean translations;
    private final boolean rotations;

    RigidBodyModes(boolean translations, boolean rotations) {
        this.translations = translations;
        this.rotations = rotations;
    }

    static final RigidBodyModes NONE = new RigidBodyModes(false, false);

    boolean translations() { return translations; }
    boolean rotations() { return rotations; }

    /**
     * Decides which rigid motions the potential is invariant under. AUTO probes it: a finite
     * translation (0.37, −0.21, 0.13) Å and a 0.3 rad rotation about the centroid must leave the
     * energy unchanged to 1e-8·(1 + |E|), which any translation- or rotation-dependent potential
     * (external field, periodic cell for rotations) fails by orders of magnitude.
     */
    static RigidBodyModes choose(RigidBodyTreatment treatment, CountingPotential p, double[] x, double energy) {
        switch (treatment) {
            case NONE: return NONE;
            case PROJECT: return new RigidBodyModes(true, true);
            default: break;
        }
        double tol = 1e-8 * (1 + Math.abs(energy));
        double[] moved = x.clone();
        double[] t = {0.37, -0.21, 0.13};
        for (int i = 0; i < moved.length; i++) moved[i] += t[i % 3];
        boolean trans = Math.abs(p.evaluate(moved, null, null) - energy) <= tol;
        boolean rot = false;
        if (x.length >= 6) {
            rotate(x, moved, 0.3);
            rot = Math.abs(p.evaluate(moved, null, null) - energy) <= tol;
        }
        return new RigidBodyModes(trans, rot);
    }

    /** Rotates x about its centroid by angle (rad) about the axis (1, 2, 3)/√14 into out. */
    static void rotate(double[] x, double[] out, double angle) {
        double[] c = centroid(x);
        double n = Math.sqrt(14);
        double ux = 1 / n, uy = 2 / n, uz = 3 / n;
        double cs = Math.cos(angle), sn = Math.sin(angle), t = 1 - cs;
        double[][] r = {
            {cs + ux * ux * t, ux * uy * t - uz * sn, ux * uz * t + uy * sn},
            {uy * ux * t + uz * sn, cs + uy * uy * t, uy * uz * t - ux * sn},
            {uz * ux * t - uy * sn, uz * uy * t + ux * sn, cs + uz * uz * t}};
        for (int a = 0; a < x.length; a += 3) {
            double dx = x[a] - c[0], dy = x[a + 1] - c[1], dz = x[a + 2] - c[2];
            for (int k = 0; k < 3; k++) out[a + k] = c[k] + r[k][0] * dx + r[k][1] * dy + r[k][2] * dz;
        }
    }

    static double[] centroid(double[] x) {
        double[] c = new double[3];
        int n = x.length / 3;
        for (int a = 0; a < x.length; a += 3) {
            c[0] += x[a] / n;
            c[1] += x[a + 1] / n;
            c[2] += x[a + 2] / n;
        }
        return c;
    }

    /** The rigid-body space at geometry x: unit weights, rotations about the centroid. */
    RigidBodySpace space(double[] x) {
        return RigidBodySpace.cartesian(x, translations, rotations);
    }
}
