package dev.curvature.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small analytic "valence force field" for tests: harmonic bonds, harmonic bends on cos θ
 * (smooth through linear angles), V3 threefold torsions and short-range pair repulsions A/r¹².
 * Energies are translation and rotation invariant; derivatives are exact (via {@link Jet}).
 * Parameters are made up but chemically sized (kcal/mol, Å).
 */
public final class ValenceModel {
    private final int atoms;
    private final List<JetPotential.Term> terms = new ArrayList<>();

    public ValenceModel(int atoms) { this.atoms = atoms; }

    /** ½ k (r − r0)², k in kcal/mol/Å². */
    public ValenceModel bond(int i, int j, double k, double r0) {
        terms.add(JetPotential.term("bond", new int[] {i, j}, x -> {
            Jet[] a = {x[0], x[1], x[2]}, b = {x[3], x[4], x[5]};
            Jet[] d = Jet.sub3(a, b);
            return Jet.dot3(d, d).sqrt().plus(-r0).square().times(0.5 * k);
        }));
        return this;
    }

    /** ½ k (cos θ − cos θ0)² for the angle i–vertex–j, k in kcal/mol. */
    public ValenceModel angle(int i, int vertex, int j, double k, double theta0Degrees) {
        double c0 = Math.cos(Math.toRadians(theta0Degrees));
        terms.add(JetPotential.term("angle", new int[] {i, vertex, j}, x -> cosAngle(x).plus(-c0).square().times(0.5 * k)));
        return this;
    }

    /** k (1 + cos θ) for a linear centre (UFF form): minimum at 180°, harmonic in the bend there, k in kcal/mol. */
    public ValenceModel linearAngle(int i, int vertex, int j, double k) {
        terms.add(JetPotential.term("angle", new int[] {i, vertex, j}, x -> cosAngle(x).plus(1.0).times(k)));
        return this;
    }

    /** (V/2)(1 + cos 3φ) for the dihedral i–j–k–l: minima staggered (φ = 60°, 180°, 300°), maxima eclipsed. */
    public ValenceModel torsionV3(int i, int j, int k, int l, double v3) {
        terms.add(JetPotential.term("torsion", new int[] {i, j, k, l}, x -> {
            Jet c = cosDihedral(x);
            // cos 3φ = 4 cos³φ − 3 cos φ: smooth in Cartesians wherever the dihedral is defined
            Jet cos3 = c.pow(3).times(4.0).minus(c.times(3.0));
            return cos3.plus(1.0).times(0.5 * v3);
        }));
        return this;
    }

    /** A / r¹² repulsion between i and j, A in kcal/mol·Å¹². */
    public ValenceModel repulsion(int i, int j, double a) {
        terms.add(JetPotential.term("repulsion", new int[] {i, j}, x -> {
            Jet[] d = Jet.sub3(new Jet[] {x[0], x[1], x[2]}, new Jet[] {x[3], x[4], x[5]});
            return Jet.dot3(d, d).pow(6).reciprocal().times(a);
        }));
        return this;
    }

    public JetPotential build(String name) { return new JetPotential(name, atoms, terms); }

    static Jet cosAngle(Jet[] x) {
        Jet[] a = {x[0], x[1], x[2]}, v = {x[3], x[4], x[5]}, b = {x[6], x[7], x[8]};
        Jet[] u = Jet.sub3(a, v), w = Jet.sub3(b, v);
        return Jet.dot3(u, w).dividedBy(Jet.dot3(u, u).times(Jet.dot3(w, w)).sqrt());
    }

    static Jet cosDihedral(Jet[] x) {
        Jet[] p0 = Arrays.copyOfRange(x, 0, 3), p1 = Arrays.copyOfRange(x, 3, 6);
        Jet[] p2 = Arrays.copyOfRange(x, 6, 9), p3 = Arrays.copyOfRange(x, 9, 12);
        Jet[] b1 = Jet.sub3(p1, p0), b2 = Jet.sub3(p2, p1), b3 = Jet.sub3(p3, p2);
        Jet[] n1 = Jet.cross3(b1, b2), n2 = Jet.cross3(b2, b3);
        return Jet.dot3(n1, n2).dividedBy(Jet.dot3(n1, n1).times(Jet.dot3(n2, n2)).sqrt());
    }

    // ---------------------------------------------------------------- ready-made molecules

    public static final double CH_K = 680, CH_R0 = 1.09, CC_K = 600, CC_R0 = 1.53;

    /** H2O: O(0), H(1), H(2); optionally with an H···H repulsion (shifts the minimum off r0/θ0). */
    public static JetPotential water(boolean withRepulsion) {
        ValenceModel m = new ValenceModel(3).bond(0, 1, 1100, 0.96).bond(0, 2, 1100, 0.96).angle(1, 0, 2, 110, 104.5);
        if (withRepulsion) m.repulsion(1, 2, 50.0);
        return m.build("valence-H2O");
    }

    /** NH3: N(0), H(1..3), pyramidal with θ0 = 107°. */
    public static JetPotential ammonia() {
        ValenceModel m = new ValenceModel(4);
        for (int h = 1; h <= 3; h++) m.bond(0, h, 900, 1.01);
        m.angle(1, 0, 2, 90, 107).angle(1, 0, 3, 90, 107).angle(2, 0, 3, 90, 107);
        return m.build("valence-NH3");
    }

    /** CH4: C(0), H(1..4), tetrahedral θ0 = acos(−1/3). */
    public static JetPotential methane() {
        ValenceModel m = new ValenceModel(5);
        double td = Math.toDegrees(Math.acos(-1.0 / 3.0));
        for (int h = 1; h <= 4; h++) m.bond(0, h, CH_K, CH_R0);
        for (int a = 1; a <= 4; a++)
            for (int b = a + 1; b <= 4; b++) m.angle(a, 0, b, 80, td);
        return m.build("valence-CH4");
    }

    /**
     * Ethane C(0) C(1) H(2,3,4 on C0) H(5,6,7 on C1), with nine H–C–C–H V3 torsions of
     * {@code v3PerTorsion} kcal/mol each. The ideal staggered geometry ({@link #ethaneGeometry}(60))
     * is the minimum with E = 0 exactly; the ideal eclipsed one (dihedral offset 0) is a stationary
     * first-order saddle with E = 9·V3 exactly (all bonds and bends at their reference values, every
     * torsion at a maximum or at a point where dE/dcos φ = 0).
     */
    public static JetPotential ethane(double v3PerTorsion) {
        ValenceModel m = new ValenceModel(8);
        double td = Math.toDegrees(Math.acos(-1.0 / 3.0));
        m.bond(0, 1, CC_K, CC_R0);
        for (int h = 2; h <= 4; h++) m.bond(0, h, CH_K, CH_R0);
        for (int h = 5; h <= 7; h++) m.bond(1, h, CH_K, CH_R0);
        for (int h = 2; h <= 4; h++) m.angle(h, 0, 1, 70, td);
        for (int h = 5; h <= 7; h++) m.angle(h, 1, 0, 70, td);
        for (int a = 2; a <= 4; a++) for (int b = a + 1; b <= 4; b++) m.angle(a, 0, b, 70, td);
        for (int a = 5; a <= 7; a++) for (int b = a + 1; b <= 7; b++) m.angle(a, 1, b, 70, td);
        for (int a = 2; a <= 4; a++) for (int b = 5; b <= 7; b++) m.torsionV3(a, 0, 1, b, v3PerTorsion);
        return m.build("valence-C2H6");
    }

    /**
     * Ideal ethane geometry with the H–C–C–H dihedral offset {@code dihedralDegrees}
     * (60 = staggered, 0 = eclipsed), C–C along z.
     */
    public static double[] ethaneGeometry(double dihedralDegrees) {
        double[] x = new double[24];
        double half = CC_R0 / 2;
        x[2] = -half;
        x[5] = half;
        double td = Math.acos(-1.0 / 3.0);
        double rho = CH_R0 * Math.sin(Math.PI - td), dz = CH_R0 * Math.cos(Math.PI - td);
        for (int k = 0; k < 3; k++) {
            double p0 = Math.toRadians(120 * k), p1 = p0 + Math.toRadians(dihedralDegrees);
            int a = 2 + k, b = 5 + k;
            x[3 * a] = rho * Math.cos(p0); x[3 * a + 1] = rho * Math.sin(p0); x[3 * a + 2] = -half - dz;
            x[3 * b] = rho * Math.cos(p1); x[3 * b + 1] = rho * Math.sin(p1); x[3 * b + 2] = half + dz;
        }
        return x;
    }

    /**
     * n-alkane CnH2n+2 (n ≥ 2) as a valence model: C–C and C–H bonds, every bend at every carbon,
     * a V3 torsion for every X–C–C–Y. Atoms: carbons 0..n−1, then the hydrogens.
     */
    public static JetPotential alkane(int n, double v3PerTorsion) {
        int atoms = 3 * n + 2;
        ValenceModel m = new ValenceModel(atoms);
        int[][] nb = alkaneNeighbours(n);
        double td = Math.toDegrees(Math.acos(-1.0 / 3.0));
        for (int c = 0; c < n; c++)
            for (int a : nb[c]) if (a > c) m.bond(c, a, a < n ? CC_K : CH_K, a < n ? CC_R0 : CH_R0);
        for (int c = 0; c < n; c++)
            for (int i = 0; i < nb[c].length; i++)
                for (int j = i + 1; j < nb[c].length; j++) m.angle(nb[c][i], c, nb[c][j], 70, td);
        for (int c = 0; c + 1 < n; c++)
            for (int a : nb[c]) if (a != c + 1)
                for (int d : nb[c + 1]) if (d != c) m.torsionV3(a, c, c + 1, d, v3PerTorsion);
        return m.build("valence-C" + n + "H" + (2 * n + 2));
    }

    private static int[][] alkaneNeighbours(int n) {
        java.util.List<java.util.List<Integer>> nb = new java.util.ArrayList<>();
        for (int i = 0; i < 3 * n + 2; i++) nb.add(new java.util.ArrayList<>());
        for (int c = 0; c + 1 < n; c++) { nb.get(c).add(c + 1); nb.get(c + 1).add(c); }
        int h = n;
        for (int c = 0; c < n; c++) {
            int count = (c == 0 || c == n - 1) ? 3 : 2;
            for (int k = 0; k < count; k++) { nb.get(c).add(h); nb.get(h).add(c); h++; }
        }
        int[][] out = new int[nb.size()][];
        for (int i = 0; i < out.length; i++) out[i] = nb.get(i).stream().mapToInt(Integer::intValue).toArray();
        return out;
    }

    /**
     * A rough all-anti zigzag start for {@link #alkane}: carbons exact, hydrogens only roughly placed
     * (a starting point for optimizer tests, not a minimum).
     */
    public static double[] alkaneGeometry(int n) {
        double[] x = new double[3 * (3 * n + 2)];
        double half = Math.toRadians(109.47 / 2), dx = CC_R0 * Math.sin(half), dy = CC_R0 * Math.cos(half);
        for (int c = 0; c < n; c++) {
            x[3 * c] = c * dx;
            x[3 * c + 1] = (c % 2 == 0) ? 0 : dy;
        }
        int h = n;
        for (int c = 0; c < n; c++) {
            double out = (c % 2 == 0) ? -1 : 1; // away from the neighbours, in the plane
            double ry = out * CH_R0 * Math.cos(Math.toRadians(54.75)), rz = CH_R0 * Math.sin(Math.toRadians(54.75));
            int[] signs = (c == 0 || c == n - 1) ? new int[] {1, -1, 0} : new int[] {1, -1};
            for (int sgn : signs) {
                x[3 * h] = x[3 * c] + (sgn == 0 ? (c == 0 ? -CH_R0 : CH_R0) : 0);
                x[3 * h + 1] = x[3 * c + 1] + (sgn == 0 ? 0 : ry);
                x[3 * h + 2] = sgn * rz;
                h++;
            }
        }
        return x;
    }
}
