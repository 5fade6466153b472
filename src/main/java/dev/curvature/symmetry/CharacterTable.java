package dev.curvature.symmetry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The character table of a point group together with its operations written out in the group's
 * standard frame (z the principal axis, x the axis of the first C2′ or the in-plane axis chosen by
 * {@link SymmetryFrame}). Only the characters (the published tables, e.g. Atkins, Child & Phillips,
 * <i>Tables for Group Theory</i>) are typed in; the operations are generated from a few
 * generators by closure, each operation's class is the conjugacy class of the column's
 * representative, and which irreducible representations are IR active (transform like x, y, z)
 * and Raman active (like the quadratic functions) is computed by reducing the vector
 * representation and its symmetric square — nothing about activity is typed in.
 *
 * <p>Matrices are 3×3, row-major, acting on column vectors.
 */
public final class CharacterTable {
    private static final double SAME = 1e-6;

    private final String name;
    private final String[] classNames;
    private final String[] irreps;
    private final double[][] characters; // [irrep][class]
    private final List<double[]> operations = new ArrayList<>();
    private final int[] classOf; // per operation
    private final int[] classSize;
    private final List<double[]> generators;
    private final boolean[] irActive, ramanActive;

    private CharacterTable(String name, List<double[]> generators, String[] classNames, double[][] representatives,
                           String[] irreps, double[][] characters) {
        this.name = name;
        this.classNames = classNames;
        this.irreps = irreps;
        this.characters = characters;
        this.generators = generators;
        closure(generators);
        classOf = new int[operations.size()];
        Arrays.fill(classOf, -1);
        classSize = new int[classNames.length];
        for (int c = 0; c < classNames.length; c++) {
            int rep = indexOf(representatives[c]);
            if (rep < 0) throw new IllegalStateException(name + ": representative of " + classNames[c] + " is not in the group");
            for (double[] h : operations) {
                int k = indexOf(mul(mul(h, operations.get(rep)), transpose(h)));
                if (classOf[k] == -1) { classOf[k] = c; classSize[c]++; }
                else if (classOf[k] != c) throw new IllegalStateException(name + ": classes " + classNames[c] + " and " + classNames[classOf[k]] + " overlap");
            }
        }
        for (int k = 0; k < classOf.length; k++)
            if (classOf[k] < 0) throw new IllegalStateException(name + ": an operation belongs to no column");
        // activity from the vector representation (x, y, z) and its symmetric square (x², xy, ...)
        double[] vector = new double[operations.size()], square = new double[operations.size()];
        for (int k = 0; k < operations.size(); k++) {
            double[] g = operations.get(k);
            double t = trace(g);
            vector[k] = t;
            square[k] = 0.5 * (t * t + trace(mul(g, g)));
        }
        double[] nv = reduce(vector), ns = reduce(square);
        irActive = new boolean[irreps.length];
        ramanActive = new boolean[irreps.length];
        for (int i = 0; i < irreps.length; i++) {
            irActive[i] = nv[i] > 0.5;
            ramanActive[i] = ns[i] > 0.5;
        }
    }

    /** The group's name as in the tables ("C2v", "D6h", "Td"). */
    public String name() { return name; }

    public int order() { return operations.size(); }

    /** Operation k in the standard frame (copy). */
    public double[] operation(int k) { return operations.get(k).clone(); }

    /** Column (class) of operation k. */
    public int classOf(int k) { return classOf[k]; }

    public int classSize(int c) { return classSize[c]; }

    public List<String> classNames() { return List.of(classNames); }

    public List<String> irreps() { return List.of(irreps); }

    public double character(int irrep, int cls) { return characters[irrep][cls]; }

    /** Dimension of an irreducible representation (its character at E). */
    public int dimension(int irrep) { return (int) Math.round(characters[irrep][0]); }

    public boolean irActive(int irrep) { return irActive[irrep]; }

    public boolean ramanActive(int irrep) { return ramanActive[irrep]; }

    /** The generators, standard frame (the first one involves only the z axis). */
    List<double[]> generators() { return generators; }

    /**
     * Multiplicity of each irreducible representation in a representation given by its character
     * on every operation (in the order of {@link #operation}); not rounded.
     */
    public double[] reduce(double[] characterPerOperation) {
        double[] n = new double[irreps.length];
        for (int i = 0; i < irreps.length; i++) {
            double num = 0, norm = 0;
            for (int k = 0; k < operations.size(); k++) {
                double chi = characters[i][classOf[k]];
                num += characterPerOperation[k] * chi;
                norm += chi * chi;
            }
            n[i] = num / norm;
        }
        return n;
    }

    /** The table for a Schoenflies label, or empty when the project has no table for it. */
    public static Optional<CharacterTable> forGroup(String schoenflies) {
        return Optional.ofNullable(TABLES.get(schoenflies));
    }

    /** Names of the groups with a table. */
    public static Set<String> groups() { return TABLES.keySet(); }

    private int indexOf(double[] m) {
        for (int k = 0; k < operations.size(); k++) if (same(operations.get(k), m)) return k;
        return -1;
    }

    private void closure(List<double[]> gens) {
        operations.add(identity());
        for (int i = 0; i < operations.size(); i++)
            for (double[] g : gens) {
                double[] p = mul(operations.get(i), g);
                if (indexOf(p) < 0) operations.add(p);
                if (operations.size() > 200) throw new IllegalStateException(name + ": generators do not close");
            }
    }

    // ---- the tables ---------------------------------------------------------------------------

    private static final double S3 = Math.sqrt(3) / 2;
    private static final double[] X = {1, 0, 0}, Y = {0, 1, 0}, Z = {0, 0, 1};
    private static final double[] D30 = {S3, 0.5, 0};             // 30° from x in the xy plane
    private static final double[] D111 = unit(new double[] {1, 1, 1});
    private static final double[] D110 = unit(new double[] {1, 1, 0}), D1M10 = unit(new double[] {1, -1, 0});

    private static final Map<String, CharacterTable> TABLES = new TreeMap<>();

    private static void add(String name, double[][] gens, String classes, double[][] reps, String... rows) {
        String[] cls = classes.trim().split("\\s+");
        String[] irr = new String[rows.length];
        double[][] chi = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            String[] f = rows[i].trim().split("\\s+");
            irr[i] = f[0];
            chi[i] = new double[f.length - 1];
            for (int c = 1; c < f.length; c++) chi[i][c - 1] = Double.parseDouble(f[c]);
            if (chi[i].length != cls.length) throw new IllegalStateException(name + " " + irr[i] + ": wrong number of characters");
        }
        TABLES.put(name, new CharacterTable(name, List.of(gens), cls, reps, irr, chi));
    }

    static {
        double[] e = identity(), inv = scale(identity(), -1);
        add("C1", new double[][] {}, "E", new double[][] {e}, "A 1");
        add("Cs", new double[][] {mirror(Z)}, "E σh", new double[][] {e, mirror(Z)},
                "A' 1 1", "A'' 1 -1");
        add("Ci", new double[][] {inv}, "E i", new double[][] {e, inv},
                "Ag 1 1", "Au 1 -1");
        add("C2", new double[][] {rotation(Z, 2)}, "E C2", new double[][] {e, rotation(Z, 2)},
                "A 1 1", "B 1 -1");
        add("C2v", new double[][] {rotation(Z, 2), mirror(Y)}, "E C2 σv(xz) σv'(yz)",
                new double[][] {e, rotation(Z, 2), mirror(Y), mirror(X)},
                "A1 1 1 1 1", "A2 1 1 -1 -1", "B1 1 -1 1 -1", "B2 1 -1 -1 1");
        add("C2h", new double[][] {rotation(Z, 2), inv}, "E C2 i σh",
                new double[][] {e, rotation(Z, 2), inv, mirror(Z)},
                "Ag 1 1 1 1", "Bg 1 -1 1 -1", "Au 1 1 -1 -1", "Bu 1 -1 -1 1");
        add("D2", new double[][] {rotation(Z, 2), rotation(Y, 2)}, "E C2(z) C2(y) C2(x)",
                new double[][] {e, rotation(Z, 2), rotation(Y, 2), rotation(X, 2)},
                "A 1 1 1 1", "B1 1 1 -1 -1", "B2 1 -1 1 -1", "B3 1 -1 -1 1");
        add("D2h", new double[][] {rotation(Z, 2), rotation(Y, 2), inv}, "E C2(z) C2(y) C2(x) i σ(xy) σ(xz) σ(yz)",
                new double[][] {e, rotation(Z, 2), rotation(Y, 2), rotation(X, 2), inv, mirror(Z), mirror(Y), mirror(X)},
                "Ag 1 1 1 1 1 1 1 1", "B1g 1 1 -1 -1 1 1 -1 -1", "B2g 1 -1 1 -1 1 -1 1 -1", "B3g 1 -1 -1 1 1 -1 -1 1",
                "Au 1 1 1 1 -1 -1 -1 -1", "B1u 1 1 -1 -1 -1 -1 1 1", "B2u 1 -1 1 -1 -1 1 -1 1", "B3u 1 -1 -1 1 -1 1 1 -1");
        add("C3v", new double[][] {rotation(Z, 3), mirror(Y)}, "E 2C3 3σv",
                new double[][] {e, rotation(Z, 3), mirror(Y)},
                "A1 1 1 1", "A2 1 1 -1", "E 2 -1 0");
        add("C4v", new double[][] {rotation(Z, 4), mirror(Y)}, "E 2C4 C2 2σv 2σd",
                new double[][] {e, rotation(Z, 4), rotation(Z, 2), mirror(Y), mirror(D110)},
                "A1 1 1 1 1 1", "A2 1 1 1 -1 -1", "B1 1 -1 1 1 -1", "B2 1 -1 1 -1 1", "E 2 0 -2 0 0");
        add("D3h", new double[][] {rotation(Z, 3), rotation(X, 2), mirror(Z)}, "E 2C3 3C2 σh 2S3 3σv",
                new double[][] {e, rotation(Z, 3), rotation(X, 2), mirror(Z), improper(Z, 3), mirror(Y)},
                "A1' 1 1 1 1 1 1", "A2' 1 1 -1 1 1 -1", "E' 2 -1 0 2 -1 0",
                "A1'' 1 1 1 -1 -1 -1", "A2'' 1 1 -1 -1 -1 1", "E'' 2 -1 0 -2 1 0");
        // σd ⟂ the C2 axis x (the product i·C2(x))
        add("D3d", new double[][] {rotation(Z, 3), rotation(X, 2), inv}, "E 2C3 3C2 i 2S6 3σd",
                new double[][] {e, rotation(Z, 3), rotation(X, 2), inv, improper(Z, 6), mirror(X)},
                "A1g 1 1 1 1 1 1", "A2g 1 1 -1 1 1 -1", "Eg 2 -1 0 2 -1 0",
                "A1u 1 1 1 -1 -1 -1", "A2u 1 1 -1 -1 -1 1", "Eu 2 -1 0 -2 1 0");
        add("D2d", new double[][] {improper(Z, 4), rotation(X, 2)}, "E 2S4 C2 2C2' 2σd",
                new double[][] {e, improper(Z, 4), rotation(Z, 2), rotation(X, 2), mirror(D1M10)},
                "A1 1 1 1 1 1", "A2 1 1 1 -1 -1", "B1 1 -1 1 1 -1", "B2 1 -1 1 -1 1", "E 2 0 -2 0 0");
        add("D4h", new double[][] {rotation(Z, 4), rotation(X, 2), inv}, "E 2C4 C2 2C2' 2C2'' i 2S4 σh 2σv 2σd",
                new double[][] {e, rotation(Z, 4), rotation(Z, 2), rotation(X, 2), rotation(D110, 2), inv, improper(Z, 4),
                        mirror(Z), mirror(X), mirror(D110)},
                "A1g 1 1 1 1 1 1 1 1 1 1", "A2g 1 1 1 -1 -1 1 1 1 -1 -1", "B1g 1 -1 1 1 -1 1 -1 1 1 -1",
                "B2g 1 -1 1 -1 1 1 -1 1 -1 1", "Eg 2 0 -2 0 0 2 0 -2 0 0",
                "A1u 1 1 1 1 1 -1 -1 -1 -1 -1", "A2u 1 1 1 -1 -1 -1 -1 -1 1 1", "B1u 1 -1 1 1 -1 -1 1 -1 -1 1",
                "B2u 1 -1 1 -1 1 -1 1 -1 1 -1", "Eu 2 0 -2 0 0 -2 0 2 0 0");
        // C2' along x (through atoms, by SymmetryFrame's choice), C2'' at 30°; σd ⟂ C2', σv ⟂ C2''
        add("D6h", new double[][] {rotation(Z, 6), rotation(X, 2), inv}, "E 2C6 2C3 C2 3C2' 3C2'' i 2S3 2S6 σh 3σd 3σv",
                new double[][] {e, rotation(Z, 6), rotation(Z, 3), rotation(Z, 2), rotation(X, 2), rotation(D30, 2), inv,
                        improper(Z, 3), improper(Z, 6), mirror(Z), mirror(X), mirror(D30)},
                "A1g 1 1 1 1 1 1 1 1 1 1 1 1", "A2g 1 1 1 1 -1 -1 1 1 1 1 -1 -1",
                "B1g 1 -1 1 -1 1 -1 1 -1 1 -1 1 -1", "B2g 1 -1 1 -1 -1 1 1 -1 1 -1 -1 1",
                "E1g 2 1 -1 -2 0 0 2 1 -1 -2 0 0", "E2g 2 -1 -1 2 0 0 2 -1 -1 2 0 0",
                "A1u 1 1 1 1 1 1 -1 -1 -1 -1 -1 -1", "A2u 1 1 1 1 -1 -1 -1 -1 -1 -1 1 1",
                "B1u 1 -1 1 -1 1 -1 -1 1 -1 1 -1 1", "B2u 1 -1 1 -1 -1 1 -1 1 -1 1 1 -1",
                "E1u 2 1 -1 -2 0 0 -2 -1 1 2 0 0", "E2u 2 -1 -1 2 0 0 -2 1 1 -2 0 0");
        add("Td", new double[][] {improper(Z, 4), rotation(D111, 3)}, "E 8C3 3C2 6S4 6σd",
                new double[][] {e, rotation(D111, 3), rotation(Z, 2), improper(Z, 4), mirror(D1M10)},
                "A1 1 1 1 1 1", "A2 1 1 1 -1 -1", "E 2 -1 2 0 0", "T1 3 0 -1 1 -1", "T2 3 0 -1 -1 1");
        add("Oh", new double[][] {rotation(Z, 4), rotation(D111, 3), inv}, "E 8C3 6C2 6C4 3C2(=C4²) i 6S4 8S6 3σh 6σd",
                new double[][] {e, rotation(D111, 3), rotation(D110, 2), rotation(Z, 4), rotation(Z, 2), inv,
                        improper(Z, 4), improper(D111, 6), mirror(Z), mirror(D1M10)},
                "A1g 1 1 1 1 1 1 1 1 1 1", "A2g 1 1 -1 -1 1 1 -1 1 1 -1", "Eg 2 -1 0 0 2 2 0 -1 2 0",
                "T1g 3 0 -1 1 -1 3 1 0 -1 -1", "T2g 3 0 1 -1 -1 3 -1 0 -1 1",
                "A1u 1 1 1 1 1 -1 -1 -1 -1 -1", "A2u 1 1 -1 -1 1 -1 1 -1 -1 1", "Eu 2 -1 0 0 2 -2 0 1 -2 0",
                "T1u 3 0 -1 1 -1 -3 -1 0 1 1", "T2u 3 0 1 -1 -1 -3 1 0 1 -1");
    }

    // ---- 3×3 helpers -------------------------------------------------------------------------

    static double[] identity() { return new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}; }

    static double[] rotation(double[] axis, int n) { return PointGroupDetector.rotation(axis, 2 * Math.PI / n); }

    static double[] mirror(double[] normal) { return PointGroupDetector.mirror(normal); }

    static double[] improper(double[] axis, int n) { return PointGroupDetector.improper(axis, n); }

    static double[] mul(double[] a, double[] b) {
        double[] m = new double[9];
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++)
                for (int k = 0; k < 3; k++) m[3 * i + j] += a[3 * i + k] * b[3 * k + j];
        return m;
    }

    static double[] transpose(double[] a) {
        return new double[] {a[0], a[3], a[6], a[1], a[4], a[7], a[2], a[5], a[8]};
    }

    static double trace(double[] a) { return a[0] + a[4] + a[8]; }

    private static double[] scale(double[] a, double s) {
        double[] m = a.clone();
        for (int i = 0; i < 9; i++) m[i] *= s;
        return m;
    }

    private static boolean same(double[] a, double[] b) {
        for (int i = 0; i < 9; i++) if (Math.abs(a[i] - b[i]) > SAME) return false;
        return true;
    }

    private static double[] unit(double[] v) { return dev.curvature.linalg.Vec3.unit(v); }
}
