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

    /** Müller–Brown minima (x, y, E): literature (Müller & Brown, Theor. Chim. Acta 53, 75 (1979)) to 3 decimals, refined to 6 by tools/fixtures/muller_brown_stationary_points.py. */
    public static final double[][] MULLER_BROWN_MINIMA = {
        {-0.558224, 1.441726, -146.699517}, {0.623499, 0.028038, -108.166724}, {-0.050011, 0.466694, -80.767818}};
    /** Müller–Brown saddle points (x, y, E). */
    public static final double[][] MULLER_BROWN_SADDLES = {
        {-0.822002, 0.624313, -40.664844}, {0.212487, 0.292988, -72.248940}};

    /**
     * Müller–Brown potential on the x, y of a single atom, plus ½·k_z·z² (k_z = 50) so the
     * third direction is a plain minimum. Not translation invariant: no rigid-body modes.
     */
    public static JetPotential mullerBrown() {
        return new JetPotential("muller-brown", 1, List.of(JetPotential.term("mb", new int[] {0}, x -> {
            Jet e = x[2].square().times(25.0);
            for (int k = 0; k < 4; k++) {
                Jet dx = x[0].plus(-MB_X0[k]), dy = x[1].plus(-MB_Y0[k]);
                Jet q = dx.square().times(MB_a[k]).plus(dx.times(dy).times(MB_b[k])).plus(dy.square().times(MB_c[k]));
                e = e.plus(q.exp().times(MB_A[k]));
            }
            return e;
        })));
    }

    /**
     * Extended Rosenbrock function over the six coordinates of two atoms:
     * Σ_{i<5} 100 (x_{i+1} − x_i²)² + (1 − x_i)², minimum 0 at all coordinates = 1.
     */
    public static JetPotential rosenbrock() {
        return new JetPotential("rosenbrock", 2, List.of(JetPotential.term("rosenbrock", new int[] {0, 1}, x -> {
            Jet e = Jet.constant(6, 0.0);
            for (int i = 0; i < 5; i++)
                e = e.plus(x[i + 1].minus(x[i].square()).square().times(100.0)).plus(x[i].times(-1.0).plus(1.0).square());
            return e;
        })));
    }
}
