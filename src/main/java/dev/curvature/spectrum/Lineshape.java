package dev.curvature.spectrum;

/**
 * Area-normalised line shapes of full width at half maximum w (cm⁻¹): a stick of intensity I
 * becomes I·g(ν̃ − ν̃₀), ∫g = 1, so the broadened curve (intensity per cm⁻¹) integrates to the stick sum.
 */
public enum Lineshape {
    /** g = (w/2π) / (Δ² + (w/2)²). Slow 1/Δ² tails: a finite grid misses ~w/(π·distance to its edge). */
    LORENTZIAN {
        @Override public double value(double delta, double fwhm) {
            double half = 0.5 * fwhm;
            return half / Math.PI / (delta * delta + half * half);
        }
    },
    /** g = √(4 ln2/π)/w · exp(−4 ln2 Δ²/w²). */
    GAUSSIAN {
        @Override public double value(double delta, double fwhm) {
            double c = 4 * Math.log(2) / (fwhm * fwhm);
            return Math.sqrt(c / Math.PI) * Math.exp(-c * delta * delta);
        }
    };

    /** g(Δ) in 1/cm⁻¹ for an offset Δ (cm⁻¹) from the line centre. */
    public abstract double value(double deltaCm1, double fwhmCm1);
}
