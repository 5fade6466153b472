package dev.curvature.xtb.d4;

/**
 * The D4 charge scaling ζ of a reference polarizability (Caldeweyher et al. 2019, eq. 2):
 * ζ = exp(ga·(1 − exp(c·(1 − zRef/z)))), with z = Zeff + q of the atom, zRef = Zeff + q of the
 * reference and c = gc·hardness. For z ≤ 0 (more electrons than Zeff) ζ saturates at exp(ga).
 */
final class ChargeScaling {
    private ChargeScaling() {}

    static double zeta(double ga, double c, double zRef, double z) {
        if (z <= 0) return Math.exp(ga);
        return Math.exp(ga * (1 - Math.exp(c * (1 - zRef / z))));
    }

    /** dζ/dz (equal to dζ/dq since z = Zeff + q). */
    static double zetaDerivative(double ga, double c, double zRef, double z) {
        if (z <= 0) return 0;
        double inner = Math.exp(c * (1 - zRef / z));
        return -ga * c * inner * Math.exp(ga * (1 - inner)) * zRef / (z * z);
    }
}
