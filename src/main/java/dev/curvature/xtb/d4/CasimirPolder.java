package dev.curvature.xtb.d4;

/**
 * Casimir–Polder integration C6 = 3/π ∫ α_A(iω) α_B(iω) dω on D4's 23-point imaginary-frequency
 * grid, by the trapezoidal rule the reference C6 were fitted with.
 */
final class CasimirPolder {
    private final double[] weights;

    CasimirPolder(double[] frequencies) {
        int n = frequencies.length;
        weights = new double[n];
        for (int k = 0; k + 1 < n; k++) {
            double half = 0.5 * (frequencies[k + 1] - frequencies[k]);
            weights[k] += half;
            weights[k + 1] += half;
        }
    }

    double c6(double[] alphaA, double[] alphaB) {
        double sum = 0;
        for (int k = 0; k < weights.length; k++) sum += weights[k] * alphaA[k] * alphaB[k];
        return 3.0 / Math.PI * sum;
    }
}
