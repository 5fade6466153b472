package dev.curvature.forcefield.mmff;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The MMFF94 / MMFF94s parameter tables read from the official .par files (resources of this
 * package), with the lookups MMFF defines on them, including the step-down search through the
 * equivalence levels of mmffdef.par. Immutable and shared: one instance per variant.
 *
 * <p>Not here: mmffvdw.par (the non-bonded model reads it) and the empirical rules (see
 * {@link MmffEmpiricalRules}).
 */
public final class MmffParameters {
    static final int MAX_TYPE = 99;

    private static final Map<MmffVariant, MmffParameters> CACHE = new EnumMap<>(MmffVariant.class);

    private final MmffVariant variant;
    private final MmffAtomProperties[] properties = new MmffAtomProperties[MAX_TYPE + 1];
    /** levels[type][1..5]: equivalence classes; level 5 is the wild card 0 (ions map to themselves). */
    private final int[][] levels = new int[MAX_TYPE + 1][];
    private final Map<Long, double[]> bonds = new HashMap<>();
    private final Map<Long, double[]> bondReference = new HashMap<>();
    private final Map<Long, double[]> angles = new HashMap<>();
    private final Map<Long, double[]> stretchBends = new HashMap<>();
    private final Map<Long, double[]> stretchBendDefaults = new HashMap<>();
    private final Map<Long, Double> outOfPlane = new HashMap<>();
    private final Map<Long, double[]> torsions = new HashMap<>();
    private final Map<Long, Double> bondChargeIncrements = new HashMap<>();
    private final double[] partialBondChargeIncrement = new double[MAX_TYPE + 1];
    private final double[] formalChargeAdjustment = new double[MAX_TYPE + 1];
    private final boolean[] hasPbci = new boolean[MAX_TYPE + 1];

    /** The shared tables of a variant (read on first use). */
    public static synchronized MmffParameters get(MmffVariant variant) {
        return CACHE.computeIfAbsent(variant, MmffParameters::new);
    }

    private MmffParameters(MmffVariant variant) {
        this.variant = variant;
        for (MmffParameterFile.Line l : MmffParameterFile.read("mmffprop.par")) {
            int t = type(l, 0);
            properties[t] = new MmffAtomProperties(t, l.integer(1), l.integer(2), l.integer(3), l.integer(4),
                    l.integer(5), l.integer(6) != 0, l.integer(7) != 0, l.integer(8) != 0);
        }
        for (MmffParameterFile.Line l : MmffParameterFile.read("mmffdef.par")) {
            int t = type(l, 1);
            if (levels[t] == null) levels[t] = new int[]{0, l.integer(1), l.integer(2), l.integer(3), l.integer(4), l.integer(5)};
        }
        for (MmffParameterFile.Line l : MmffParameterFile.read("mmffbond.par"))
            bonds.put(key(l.integer(0), Math.min(l.integer(1), l.integer(2)), Math.max(l.integer(1), l.integer(2))),
                    new double[]{l.real(3), l.real(4)});
        for (MmffParameterFile.Line l : MmffParameterFile.read("mmffbndk.par"))
            bondReference.put(key(Math.min(l.integer(0), l.integer(1)), Math.max(l.integer(0), l.integer(1))),
                    new double[]{l.real(2), l.real(3)});
        for (MmffParameterFile.Line l : MmffParameterFile.read("mmffang.par")) {
            int i = l.integer(1), k = l.integer(3);
            angles.put(key(l.integer(0), Math.min(i, k), l.integer(2), Math.max(i, k)), new double[]{l.real(4), l.real(5)});
        }
        for (MmffParameterFile.Line l : MmffParameterFile.read("mmffstbn.par")) {
            int i = l.integer(1), k = l.integer(3);
            if (i > k) throw new IllegalStateException("mmffstbn.par line " + l.number() + ": outer types not in canonical order");
            stretchBends.put(key(l.integer(0), i, l.integer(2), k), new double[]{l.real(4), l.real(5)});
        }
        for (MmffParameterFile.Line l : MmffParameterFile.read("mmffdfsb.par"))
            stretchBendDefaults.put(key(l.integer(0), l.integer(1), l.integer(2)), new double[]{l.real(3), l.real(4)});
        for (MmffParameterFile.Line l : MmffParameterFile.read(variant.outOfPlaneFile())) {
            int[] outer = sorted3(l.integer(0), l.integer(2), l.integer(3));
            outOfPlane.put(key(outer[0], l.integer(1), outer[1], outer[2]), l.real(4));
        }
        for (MmffParameterFile.Line l : MmffParameterFile.read(variant.torsionFile())) {
            int[] c = canonicalTorsion(l.integer(1), l.integer(2), l.integer(3), l.integer(4));
            torsions.put(key(l.integer(0), c[0], c[1], c[2], c[3]), new double[]{l.real(5), l.real(6), l.real(7)});
        }
        for (MmffParameterFile.Line l : MmffParameterFile.read("mmffchg.par"))
            bondChargeIncrements.put(key(l.integer(0), l.integer(1), l.integer(2)), l.real(3));
        for (MmffParameterFile.Line l : MmffParameterFile.read("mmffpbci.par")) {
            int t = type(l, 1);
            partialBondChargeIncrement[t] = l.real(2);
            formalChargeAdjustment[t] = l.real(3);
            hasPbci[t] = true;
        }
    }

    private static int type(MmffParameterFile.Line l, int column) {
        int t = l.integer(column);
        if (t < 1 || t > MAX_TYPE) throw new IllegalStateException(l.file() + " line " + l.number() + ": atom type " + t + " out of range");
        return t;
    }

    public MmffVariant variant() { return variant; }

    /** mmffprop.par record of a numeric type, or null if the type does not exist. */
    public MmffAtomProperties properties(int type) {
        return type >= 1 && type <= MAX_TYPE ? properties[type] : null;
    }

    /** Equivalence type of {@code type} at level 1..5 (mmffdef.par). */
    public int equivalent(int type, int level) {
        int[] l = levels[type];
        if (l == null) throw new IllegalArgumentException("MMFF type " + type + " has no mmffdef.par entry");
        return l[level];
    }

    /** Tabulated bond stretch {kb, r0} for bond-type index bt, or null (no step-down for bonds). */
    public double[] bond(int bondType, int typeI, int typeJ) {
        return bonds.get(key(bondType, Math.min(typeI, typeJ), Math.max(typeI, typeJ)));
    }

    /** Reference {r0, kb} of mmffbndk.par for a pair of elements, or null. */
    public double[] bondReference(int atomicNumberI, int atomicNumberJ) {
        return bondReference.get(key(Math.min(atomicNumberI, atomicNumberJ), Math.max(atomicNumberI, atomicNumberJ)));
    }

    /**
     * Angle {ka, theta0} by the step-down search of MMFF.I note 68: outer atoms at levels 2 (equal
     * to 1), 3, 4 and 5 (wild card), the vertex always exact. Null if nothing matches; a match
     * may carry ka = 0 (wild-card defaults), which tells the caller to apply the empirical ka rule.
     */
    public double[] angle(int angleType, int typeI, int typeJ, int typeK) {
        for (int level = 2; level <= 5; level++) {
            int a = equivalent(typeI, level), c = equivalent(typeK, level);
            double[] p = angles.get(key(angleType, Math.min(a, c), typeJ, Math.max(a, c)));
            if (p != null) return p;
        }
        return null;
    }

    /** Tabulated stretch-bend {kbaIJK, kbaKJI} for canonical outer types (typeI <= typeK), or null. */
    double[] stretchBend(int stretchBendType, int typeI, int typeJ, int typeK) {
        return stretchBends.get(key(stretchBendType, typeI, typeJ, typeK));
    }

    /** Default stretch-bend {F(I_J,K), F(K_J,I)} by periodic-table rows with rowI <= rowK, or null. */
    double[] stretchBendDefault(int rowI, int rowJ, int rowK) {
        return stretchBendDefaults.get(key(rowI, rowJ, rowK));
    }

    /**
     * Out-of-plane koop for central type j and its three neighbours, by the step-down search over
     * levels 2..5 of the outer atoms (sorted). Null if nothing matches (the term is then omitted).
     */
    public Double outOfPlane(int typeI, int typeJ, int typeK, int typeL) {
        for (int level = 2; level <= 5; level++) {
            int[] o = sorted3(equivalent(typeI, level), equivalent(typeK, level), equivalent(typeL, level));
            Double p = outOfPlane.get(key(o[0], typeJ, o[1], o[2]));
            if (p != null) return p;
        }
        return null;
    }

    /**
     * Torsion {V1, V2, V3} for one torsion type by the stages of MMFF.IV: outer atoms at
     * (1,1), (3,5), (5,3), (5,5) with the central atoms exact. Null if no stage matches.
     */
    public double[] torsion(int torsionType, int typeI, int typeJ, int typeK, int typeL) {
        return torsion(torsionType, typeI, typeJ, typeK, typeL, 4);
    }

    /** As {@link #torsion(int, int, int, int, int)} but trying only the first {@code stages} stages (1..4). */
    public double[] torsion(int torsionType, int typeI, int typeJ, int typeK, int typeL, int stageCount) {
        int[][] stages = {{1, 1}, {3, 5}, {5, 3}, {5, 5}};
        for (int n = 0; n < stageCount; n++) {
            int[] s = stages[n];
            int[] c = canonicalTorsion(equivalent(typeI, s[0]), typeJ, typeK, equivalent(typeL, s[1]));
            double[] p = torsions.get(key(torsionType, c[0], c[1], c[2], c[3]));
            if (p != null) return p;
        }
        return null;
    }

    /** Bond charge increment of mmffchg.par for (bt, i, j) as listed, or null. */
    public Double bondChargeIncrement(int bondType, int typeI, int typeJ) {
        return bondChargeIncrements.get(key(bondType, typeI, typeJ));
    }

    /** Partial bond charge increment (mmffpbci.par) of a type; NaN if not listed. */
    public double partialBondChargeIncrement(int type) {
        return hasPbci[type] ? partialBondChargeIncrement[type] : Double.NaN;
    }

    /** Formal-charge sharing factor (mmffpbci.par, column fcadj) of a type; NaN if not listed. */
    public double formalChargeAdjustment(int type) {
        return hasPbci[type] ? formalChargeAdjustment[type] : Double.NaN;
    }

    private static int[] canonicalTorsion(int i, int j, int k, int l) {
        if (j > k || (j == k && i > l)) return new int[]{l, k, j, i};
        return new int[]{i, j, k, l};
    }

    private static int[] sorted3(int a, int b, int c) {
        int[] s = {a, b, c};
        java.util.Arrays.sort(s);
        return s;
    }

    private static long key(int... parts) {
        long k = 0;
        for (int p : parts) k = (k << 8) | (p & 0xff);
        return k | ((long) parts.length << 56);
    }
}
