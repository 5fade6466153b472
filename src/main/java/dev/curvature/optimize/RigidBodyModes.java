package dev.curvature.optimize;

import java.util.ArrayList;
import java.util.List;

/**
 * Overall translations and rotations of a set of atoms, as an orthonormal basis of 3N vectors, and
 * the projector P = 1 − Σ vvᵀ that removes them. Rotations are about the centroid with unit
 * weights (the optimizers work in Cartesian, not mass-weighted, space). Linear molecules get 2
 * rotations, single atoms none: (nearly) dependent vectors are dropped during Gram–Schmidt.
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

    /** Orthonormal rigid-body vectors at geometry x (0 to 6 of them). */
    double[][] basis(double[] x) {
        int n3 = x.length;
        List<double[]> raw = new ArrayList<>();
        if (translations)
            for (int k = 0; k < 3; k++) {
                double[] v = new double[n3];
                for (int a = k; a < n3; a += 3) v[a] = 1;
                raw.add(v);
            }
        double scale = 1;
        if (rotations) {
            double[] c = centroid(x);
            double s2 = 0;
            for (int i = 0; i < n3; i++) s2 += (x[i] - c[i % 3]) * (x[i] - c[i % 3]);
            scale = Math.max(Math.sqrt(s2), 1e-300);
            for (int k = 0; k < 3; k++) {
                double[] v = new double[n3];
                for (int a = 0; a < n3; a += 3) {
                    double[] d = {x[a] - c[0], x[a + 1] - c[1], x[a + 2] - c[2]};
                    // e_k × d
                    v[a] = k == 1 ? d[2] : k == 2 ? -d[1] : 0;
                    v[a + 1] = k == 2 ? d[0] : k == 0 ? -d[2] : 0;
                    v[a + 2] = k == 0 ? d[1] : k == 1 ? -d[0] : 0;
                }
                raw.add(v);
            }
        }
        List<double[]> basis = new ArrayList<>();
        for (double[] v : raw) {
            double before = Residuals.norm(v);
            if (before == 0) continue;
            for (double[] b : basis) {
                double d = Residuals.dot(v, b);
                for (int i = 0; i < n3; i++) v[i] -= d * b[i];
            }
            double after = Residuals.norm(v);
            // A rotation that is (nearly) a combination of the others: one atom, or a linear
            // molecule. The spin about the axis of a molecule bent by δ has relative norm ≈ δ; kept,
            // its normalised vector would be a bend, and projecting it out would stop the optimizer
            // from straightening the molecule. 1e-4 treats anything within ~0.01° of linear as linear.
            if (after <= 1e-4 * Math.max(before, scale)) continue;
            for (int i = 0; i < n3; i++) v[i] /= after;
            basis.add(v);
        }
        return basis.toArray(new double[0][]);
    }

    /** v ← P v. */
    static void project(double[][] basis, double[] v) {
        for (double[] b : basis) {
            double d = Residuals.dot(v, b);
            for (int i = 0; i < v.length; i++) v[i] -= d * b[i];
        }
    }

    /**
     * h ← P h P + shift·(1 − P): the rigid-body space becomes an exact eigenspace with eigenvalue
     * {@code shift}, so it can neither mix with soft internal modes nor receive a step.
     */
    static void projectHessian(double[][] basis, double[] h, int n, double shift) {
        if (basis.length == 0) return;
        double[] hb = new double[n];
        for (double[] b : basis) {
            // h ← h − (h b) bᵀ − b (h b)ᵀ + b (bᵀ h b) bᵀ  ==  (1 − bbᵀ) h (1 − bbᵀ)
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) s += h[i * n + j] * b[j];
                hb[i] = s;
            }
            double bhb = Residuals.dot(b, hb);
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                    h[i * n + j] += -hb[i] * b[j] - b[i] * hb[j] + bhb * b[i] * b[j];
        }
        for (double[] b : basis)
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++) h[i * n + j] += shift * b[i] * b[j];
    }
}
