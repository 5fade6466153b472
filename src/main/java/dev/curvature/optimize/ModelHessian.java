package dev.curvature.optimize;

import dev.curvature.linalg.InternalCoordinates;
import dev.curvature.linalg.SparseBlockMatrix;

/**
 * A positive-definite sparse model Hessian from the bond graph alone, in the spirit of Lindh's
 * model Hessian (Lindh, Bernhardsson, Karlström &amp; Malmqvist, Chem. Phys. Lett. 241, 423
 * (1995)): every bond stretch, bond angle and dihedral contributes k·∇q∇qᵀ (the Gauss–Newton part,
 * always positive semi-definite) with Lindh's constants for bonded atoms — 0.45 Eh/bohr²,
 * 0.15 Eh/rad², 0.005 Eh/rad² — in kcal/mol and Å; a diagonal shift stands for the non-bonded
 * curvature (and makes rigid motions of each fragment definite). It knows the stiff bonded
 * directions a force field has, which is what an optimizer on a large molecule lacks.
 */
public final class ModelHessian {
    private static final double HARTREE_KCAL = 627.509474, BOHR_ANGSTROM = 0.529177210903;
    static final double K_STRETCH = 0.45 * HARTREE_KCAL / (BOHR_ANGSTROM * BOHR_ANGSTROM);
    static final double K_BEND = 0.15 * HARTREE_KCAL;
    static final double K_TORSION = 0.005 * HARTREE_KCAL;
    /** kcal/mol/Å²: of the order of van der Waals contact curvature. */
    static final double SHIFT = 2.0;

    private ModelHessian() { }

    /** The model Hessian at positions x (3N, Å) for atoms bonded as in neighbours. */
    public static SparseBlockMatrix of(int[][] neighbours, double[] x) {
        int n = neighbours.length;
        SparseBlockMatrix h = new SparseBlockMatrix(n);
        double[] g2 = new double[6], g3 = new double[9], g4 = new double[12];
        for (int j = 0; j < n; j++) {
            int[] nb = neighbours[j];
            for (int i : nb) {
                if (i < j) {
                    InternalCoordinates.distance(x, i, j, g2, null);
                    h.addOuter(new int[]{i, j}, g2, K_STRETCH);
                }
            }
            for (int p = 0; p < nb.length; p++)
                for (int q = p + 1; q < nb.length; q++) {
                    InternalCoordinates.bendAngle(x, nb[p], j, nb[q], g3, null);
                    if (finite(g3)) h.addOuter(new int[]{nb[p], j, nb[q]}, g3, K_BEND);
                }
            for (int k : nb) {
                if (k < j) continue;
                for (int i : nb) {
                    if (i == k) continue;
                    for (int l : neighbours[k]) {
                        if (l == j || l == i) continue;
                        InternalCoordinates.dihedral(x, i, j, k, l, g4, null);
                        if (finite(g4) && norm(g4) < 1e3) h.addOuter(new int[]{i, j, k, l}, g4, K_TORSION);
                    }
                }
            }
        }
        h.addToDiagonal(SHIFT);
        return h;
    }

    private static boolean finite(double[] v) {
        for (double d : v) if (!Double.isFinite(d)) return false;
        return true;
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double d : v) s += d * d;
        return Math.sqrt(s);
    }
}
