package dev.curvature.optimize;

import dev.curvature.linalg.InternalCoordinates;
import dev.curvature.units.Units;

/**
 * Lindh's model Hessian (R. Lindh, A. Bernhardsson, G. Karlström, P.-Å. Malmqvist, Chem. Phys.
 * Lett. 241, 423 (1995)) as a dense Cartesian matrix: every atom pair, triple and quadruple
 * contributes k·∇q∇qᵀ for its stretch, bend or torsion q, with force constants that decay with
 * distance instead of following a bond graph,
 * <pre>
 *   ρ_ij = exp[α_ij (r_ref,ij² − r_ij²)]       (r in bohr)
 *   k_ij = k_r ρ_ij,  k_ijk = k_φ ρ_ij ρ_jk,  k_ijkl = k_τ ρ_ij ρ_jk ρ_kl
 *   k_r = 0.45 Eh/bohr², k_φ = 0.15 Eh/rad², k_τ = 0.005 Eh/rad²
 * </pre>
 * with α and r_ref by period (H–He, Li–Ne, the rest) from the paper's table. Only the elements
 * and geometry are needed, so it serves any model; it is what xtb's ANCopt builds its approximate
 * normal coordinates from (with its own tweaks and a D2 term, not copied here).
 *
 * <p>Being a sum of Gauss–Newton terms k·∇q∇qᵀ with k &gt; 0 the matrix is symmetric positive
 * semi-definite, and since every q is an internal coordinate it has rigid translations and
 * rotations in its null space. Returned in kcal/mol/Å², row-major 3N×3N.
 *
 * <p>Near-linear bends (angle within ~6° of 180°) get two perpendicular linear-bend coordinates
 * instead of the angle, whose gradient only spans one of the two bending planes there; triples
 * within ~6° of 0° (both ends on the same side, as O–O–C in CO₂) have no bend, and torsions
 * through a near-linear bend are left out (their gradient diverges).
 */
public final class LindhModelHessian {
    static final double K_STRETCH = 0.45, K_BEND = 0.15, K_TORSION = 0.005;
    /** Reference distances (bohr) by period pair, from Lindh et al. (1995), table 1. */
    private static final double[][] R_REF = {{1.35, 2.10, 2.53}, {2.10, 2.87, 3.40}, {2.53, 3.40, 3.40}};
    /** Exponents (bohr⁻²) by period pair, same table. */
    private static final double[][] ALPHA = {{1.0000, 0.3949, 0.3949}, {0.3949, 0.2800, 0.2800}, {0.3949, 0.2800, 0.2800}};
    /**
     * Pairs with ρ below this are not chained into bends and torsions: their products are below
     * 1e-4 of a bonded term (≈ 3.3 Å between two carbons) and only cost time. Stretches keep all
     * pairs down to {@link #RHO_STRETCH}.
     */
    private static final double RHO_CHAIN = 1e-4, RHO_STRETCH = 1e-8;
    /** sin of the bend angle below which a bend is treated as linear (≈ 174°). */
    private static final double LINEAR_SIN = 0.1;
    private static final double TO_KCAL_ANGSTROM = Units.KCAL_PER_MOL_PER_HARTREE
            / (Units.ANGSTROM_PER_BOHR * Units.ANGSTROM_PER_BOHR);

    private LindhModelHessian() {}

    /** The model Hessian at positions (3N, Å) of atoms with these atomic numbers, kcal/mol/Å². */
    public static double[] of(int[] atomicNumbers, double[] positionsAngstrom) {
        int n = atomicNumbers.length;
        if (positionsAngstrom.length != 3 * n)
            throw new IllegalArgumentException("expected " + 3 * n + " coordinates, got " + positionsAngstrom.length);
        int n3 = 3 * n;
        double[] x = new double[n3];
        for (int i = 0; i < n3; i++) x[i] = positionsAngstrom[i] / Units.ANGSTROM_PER_BOHR;
        double[][] rho = new double[n][n];
        int[][] near = new int[n][];
        for (int i = 0; i < n; i++) {
            int[] list = new int[n];
            int count = 0;
            for (int j = 0; j < n; j++) {
                if (j == i) continue;
                double r2 = distance2(x, i, j);
                int a = period(atomicNumbers[i]), b = period(atomicNumbers[j]);
                rho[i][j] = Math.exp(ALPHA[a][b] * (R_REF[a][b] * R_REF[a][b] - r2));
                if (rho[i][j] >= RHO_CHAIN) list[count++] = j;
            }
            near[i] = java.util.Arrays.copyOf(list, count);
        }
        double[] h = new double[n3 * n3];
        double[] g2 = new double[6], g3 = new double[9], g4 = new double[12];
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) {
                if (rho[i][j] < RHO_STRETCH) continue;
                InternalCoordinates.distance(x, i, j, g2, null);
                addOuter(h, n3, new int[] {i, j}, g2, K_STRETCH * rho[i][j]);
            }
        for (int j = 0; j < n; j++) {
            int[] nb = near[j];
            for (int p = 0; p < nb.length; p++)
                for (int q = p + 1; q < nb.length; q++) {
                    int i = nb[p], k = nb[q];
                    double kb = K_BEND * rho[i][j] * rho[j][k];
                    if (kb < K_BEND * RHO_CHAIN) continue;
                    if (sinBend(x, i, j, k) < LINEAR_SIN) {
                        // near 180°: two linear bends; near 0° (i and k on the same side of j) no bend
                        if (cosBend(x, i, j, k) < 0) addLinearBend(h, n3, x, i, j, k, kb);
                    } else {
                        InternalCoordinates.bendAngle(x, i, j, k, g3, null);
                        addOuter(h, n3, new int[] {i, j, k}, g3, kb);
                    }
                }
        }
        // torsions i–j–k–l over the central pair j < k
        for (int j = 0; j < n; j++)
            for (int k : near[j]) {
                if (k < j) continue;
                double rjk = rho[j][k];
                for (int i : near[j]) {
                    if (i == k || sinBend(x, i, j, k) < LINEAR_SIN) continue;
                    for (int l : near[k]) {
                        if (l == j || l == i || sinBend(x, j, k, l) < LINEAR_SIN) continue;
                        double kt = K_TORSION * rho[i][j] * rjk * rho[k][l];
                        if (kt < K_TORSION * RHO_CHAIN) continue;
                        InternalCoordinates.dihedral(x, i, j, k, l, g4, null);
                        addOuter(h, n3, new int[] {i, j, k, l}, g4, kt);
                    }
                }
            }
        for (int i = 0; i < h.length; i++) h[i] *= TO_KCAL_ANGSTROM;
        return h;
    }

    /** 0 for H and He, 1 for Li–Ne, 2 for everything heavier (the paper's third row stands for all). */
    static int period(int z) {
        if (z <= 0) throw new IllegalArgumentException("atomic number must be positive, got " + z);
        return z <= 2 ? 0 : z <= 10 ? 1 : 2;
    }

    private static double distance2(double[] x, int i, int j) {
        double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
        return dx * dx + dy * dy + dz * dz;
    }

    private static double sinBend(double[] x, int a, int vertex, int c) {
        double[] u = diff(x, a, vertex), w = diff(x, c, vertex);
        double[] m = cross(u, w);
        return Math.sqrt(dot(m, m) / (dot(u, u) * dot(w, w)));
    }

    private static double cosBend(double[] x, int a, int vertex, int c) {
        double[] u = diff(x, a, vertex), w = diff(x, c, vertex);
        return dot(u, w) / Math.sqrt(dot(u, u) * dot(w, w));
    }

    /**
     * Two bends of the near-linear a–vertex–c in the planes through the axis along two directions
     * e perpendicular to it: the coordinate e·(x_a − x_v)/r_av + e·(x_c − x_v)/r_cv.
     */
    private static void addLinearBend(double[] h, int n3, double[] x, int a, int vertex, int c, double k) {
        double[] u = diff(x, a, vertex), w = diff(x, c, vertex);
        double ru = Math.sqrt(dot(u, u)), rw = Math.sqrt(dot(w, w));
        double[] axis = {u[0] / ru - w[0] / rw, u[1] / ru - w[1] / rw, u[2] / ru - w[2] / rw};
        double la = Math.sqrt(dot(axis, axis));
        for (int d = 0; d < 3; d++) axis[d] /= la;
        // any vector not parallel to the axis, then two orthonormal perpendiculars
        double[] trial = Math.abs(axis[0]) < 0.9 ? new double[] {1, 0, 0} : new double[] {0, 1, 0};
        double[] e1 = cross(axis, trial);
        double l1 = Math.sqrt(dot(e1, e1));
        for (int d = 0; d < 3; d++) e1[d] /= l1;
        double[] e2 = cross(axis, e1);
        double[] g = new double[9];
        double[] triple = new double[9];
        for (int d = 0; d < 3; d++) {
            triple[d] = x[3 * a + d];
            triple[3 + d] = x[3 * vertex + d];
            triple[6 + d] = x[3 * c + d];
        }
        // short of exact collinearity these coordinates turn a little with the molecule: keep
        // only their part orthogonal to the three atoms' rigid motions, so the model stays exactly
        // blind to translations and rotations
        dev.curvature.linalg.RigidBodySpace rigid = dev.curvature.linalg.RigidBodySpace.cartesian(triple, true, true);
        for (double[] e : new double[][] {e1, e2}) {
            for (int d = 0; d < 3; d++) {
                g[d] = e[d] / ru;
                g[6 + d] = e[d] / rw;
                g[3 + d] = -(g[d] + g[6 + d]);
            }
            rigid.project(g);
            addOuter(h, n3, new int[] {a, vertex, c}, g, k);
        }
    }

    /** h += k·bbᵀ for b the local gradient over the given atoms (3 components each). */
    private static void addOuter(double[] h, int n3, int[] atoms, double[] b, double k) {
        for (int p = 0; p < atoms.length; p++)
            for (int dp = 0; dp < 3; dp++) {
                double bp = k * b[3 * p + dp];
                if (bp == 0) continue;
                int row = (3 * atoms[p] + dp) * n3;
                for (int q = 0; q < atoms.length; q++) {
                    int col = 3 * atoms[q];
                    h[row + col] += bp * b[3 * q];
                    h[row + col + 1] += bp * b[3 * q + 1];
                    h[row + col + 2] += bp * b[3 * q + 2];
                }
            }
    }

    private static double[] diff(double[] x, int a, int b) {
        return new double[] {x[3 * a] - x[3 * b], x[3 * a + 1] - x[3 * b + 1], x[3 * a + 2] - x[3 * b + 2]};
    }

    private static double[] cross(double[] u, double[] w) {
        return new double[] {u[1] * w[2] - u[2] * w[1], u[2] * w[0] - u[0] * w[2], u[0] * w[1] - u[1] * w[0]};
    }

    private static double dot(double[] u, double[] w) { return u[0] * w[0] + u[1] * w[1] + u[2] * w[2]; }
}
