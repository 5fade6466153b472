package dev.curvature.testing;

import java.util.List;

/** Classic analytic test surfaces embedded in Cartesian coordinates of one or two "atoms". */
public final class AnalyticSurfaces {
    private AnalyticSurfaces() {}

    private static final double[] MB_A = {-200, -100, -170, 15};
    private static final double[] MB_a = {-1, -1, -6.5, 0.7};
    private static final double[] MB_b = {0, 0, 11, 0.6};
    private static final double[] MB_c = {-10, -10, -6.5, 0.7};
    private static final double[] MB_X0 = {1, 0, -0.5, -1};
    private static final double[] MB_Y0 = {0, 0.5, 1.5, 1};

    /** Force constant of the harmonic restraint on z in {@link #mullerBrown()}. */
    public static final double Z_FORCE_CONSTANT = 2.0e4;

    /** Müller–Brown minima (x, y, E): literature (Müller & Brown, Theor. Chim. Acta 53, 75 (1979)) to 3 decimals, refined to 6 by tools/fixtures/muller_brown_stationary_points.py. */
    public static final double[][] MULLER_BROWN_MINIMA = {
        {-0.558224, 1.441726, -146.699517}, {0.623499, 0.028038, -108.166724}, {-0.050011, 0.466694, -80.767818}};
    /** Müller–Brown saddle points (x, y, E). */
    public static final double[][] MULLER_BROWN_SADDLES = {
        {-0.822002, 0.624313, -40.664844}, {0.212487, 0.292988, -72.248940}};

    /**
     * Müller–Brown potential on the x, y of a single atom, plus ½·k_z·z² so the third direction is a
     * plain minimum, stiffer than any in-plane curvature so that the lowest mode is always an
     * in-plane one. Not translation invariant: no rigid-body modes.
     */
    public static JetPotential mullerBrown() {
        return new JetPotential("muller-brown", 1, List.of(JetPotential.term("mb", new int[] {0}, x -> {
            Jet e = x[2].square().times(0.5 * Z_FORCE_CONSTANT);
            for (int k = 0; k < 4; k++) {
                Jet dx = x[0].plus(-MB_X0[k]), dy = x[1].plus(-MB_Y0[k]);
                Jet q = dx.square().times(MB_a[k]).plus(dx.times(dy).times(MB_b[k])).plus(dy.square().times(MB_c[k]));
                e = e.plus(q.exp().times(MB_A[k]));
            }
            return e;
        })));
    }

    /**
     * Extended Rosenbrock function over the x, y, z of one atom:
     * 100 (y − x²)² + (1 − x)² + 100 (z − y²)² + (1 − y)², whose only minimum is 0 at (1, 1, 1)
     * (for three variables there is no second local minimum; from four on there is one near
     * x₁ = −1). A long curved valley: a classic hard case for line searches and trust regions.
     */
    public static JetPotential rosenbrock() {
        return new JetPotential("rosenbrock", 1, List.of(JetPotential.term("rosenbrock", new int[] {0}, x -> {
            Jet e = Jet.constant(3, 0.0);
            for (int i = 0; i < 2; i++)
                e = e.plus(x[i + 1].minus(x[i].square()).square().times(100.0)).plus(x[i].times(-1.0).plus(1.0).square());
            return e;
        })));
    }
}
