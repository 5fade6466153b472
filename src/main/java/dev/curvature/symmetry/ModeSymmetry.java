package dev.curvature.symmetry;

import dev.curvature.linalg.PrincipalAxes;
import dev.curvature.vibration.NormalModes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The irreducible representation of each normal mode in the molecule's point group, and what the
 * selection rules say about it: IR active when the irrep transforms like x, y or z, Raman active
 * when like a quadratic function (both from {@link CharacterTable}).
 *
 * <p>Method. The table's operations are placed on the molecule ({@link SymmetryFrame}); each one
 * acts on a mass-weighted displacement field by rotating every atom's displacement and moving it
 * to the image atom. The character of a set of modes is Σₖ qₖ·(O qₖ) over its orthonormal
 * mass-weighted eigenvectors, reduced with the table. Modes are taken in sets of equal frequency
 * (within {@value #DEGENERATE_CM1} cm⁻¹): a set whose characters do not reduce to whole
 * multiplicities is widened by its neighbours within {@value #NEAR_DEGENERATE_CM1} cm⁻¹ (a
 * degenerate pair split by an imperfectly symmetric geometry); failing that the mode is "?".
 *
 * <p>Linear molecules are labelled in the largest abelian subgroup, as quantum-chemistry programs
 * print them: C∞v in C2v (Σ⁺ = A1, Σ⁻ = A2, Π = B1+B2), D∞h in D2h (Σg⁺ = Ag, Σu⁺ = B1u,
 * Πg = B2g+B3g, Πu = B2u+B3u), with z along the molecule.
 */
public final class ModeSymmetry {
    /** Modes closer in frequency than this (cm⁻¹) form one (degenerate) set. */
    public static final double DEGENERATE_CM1 = 0.5;
    /** A set that does not reduce may take in modes up to this far (cm⁻¹). */
    public static final double NEAR_DEGENERATE_CM1 = 5.0;
    private static final double WHOLE = 0.2;

    private final String pointGroup;
    private final CharacterTable table;
    private final String note;
    private final String[] labels;
    private final boolean[] ir, raman;
    private final int[] set;
    private final double[] vibrationalCount;

    private ModeSymmetry(String pointGroup, CharacterTable table, String note, String[] labels, boolean[] ir, boolean[] raman,
                         int[] set, double[] vibrationalCount) {
        this.pointGroup = pointGroup;
        this.table = table;
        this.note = note;
        this.labels = labels;
        this.ir = ir;
        this.raman = raman;
        this.set = set;
        this.vibrationalCount = vibrationalCount;
    }

    /** The default point-group tolerance, {@link PointGroupDetector#DEFAULT_TOLERANCE_ANGSTROM}. */
    public static ModeSymmetry of(NormalModes modes, PointGroup group) {
        return of(modes, group, PointGroupDetector.DEFAULT_TOLERANCE_ANGSTROM);
    }

    /**
     * Labels the modes of a molecule whose point group was detected with the given tolerance (Å).
     * Never throws for a group without a table or a frame that cannot be placed: {@link #available()}
     * is then false and {@link #note()} says why.
     */
    public static ModeSymmetry of(NormalModes modes, PointGroup group, double toleranceAngstrom) {
        String g = group.schoenflies();
        int m = modes.modeCount();
        String tableName = g.equals("Cinfv") ? "C2v" : g.equals("Dinfh") ? "D2h" : g;
        CharacterTable table = CharacterTable.forGroup(tableName).orElse(null);
        if (m == 0) return unavailable(g, "no vibrational modes");
        if (table == null) return unavailable(g, "no character table for " + g + " (tables: " + String.join(", ", CharacterTable.groups()) + ")");
        int n = modes.structure().atomCount();
        double[] masses = modes.massesAmu(), x = modes.structure().positions();
        int[] z = new int[n];
        for (int a = 0; a < n; a++) z[a] = modes.structure().atomicNumber(a);
        PrincipalAxes pa = PrincipalAxes.of(masses, x);
        double[] c = pa.centreOfMass();
        double[][] r = new double[n][3];
        for (int a = 0; a < n; a++) for (int k = 0; k < 3; k++) r[a][k] = x[3 * a + k] - c[k];
        SymmetryFrame frame = new SymmetryFrame(z, masses, r, toleranceAngstrom);
        boolean linear = modes.isLinear();
        double[] a = frame.find(table, new double[][] {pa.axis(0), pa.axis(1), pa.axis(2)}, linear);
        if (a == null)
            return unavailable(g, "the operations of " + g + " do not all map the atoms (with their masses) onto each other");
        String note = linear ? (g.equals("Cinfv") ? "C∞v" : "D∞h") + " molecule: labels of its " + tableName
                + " subgroup (z along the molecule), as quantum-chemistry programs print them" : "";
        return assign(modes, table, frame, a, linear, g, note);
    }

    private static ModeSymmetry unavailable(String group, String why) {
        return new ModeSymmetry(group, null, why, null, null, null, null, null);
    }

    private static ModeSymmetry assign(NormalModes modes, CharacterTable t, SymmetryFrame frame, double[] a, boolean linear,
                                       String group, String note) {
        int h = t.order(), m = modes.modeCount(), n = modes.structure().atomCount();
        double[][] ops = new double[h][];
        int[][] perm = new int[h][];
        for (int k = 0; k < h; k++) {
            ops[k] = SymmetryFrame.inFrame(a, t.operation(k));
            perm[k] = frame.permutation(ops[k]);
            if (perm[k] == null) return unavailable(group, "operation " + t.classNames().get(t.classOf(k)) + " of " + t.name() + " is not a symmetry of the atoms");
        }
        // diagonal element qₘ·(Oₖ qₘ) of each mode under each operation
        double[][] diag = new double[m][h];
        for (int mode = 0; mode < m; mode++) {
            double[] q = modes.massWeightedVector(mode);
            for (int k = 0; k < h; k++) {
                double[] o = ops[k];
                double s = 0;
                for (int at = 0; at < n; at++) {
                    int b = perm[k][at];
                    double qx = q[3 * at], qy = q[3 * at + 1], qz = q[3 * at + 2];
                    s += q[3 * b] * (o[0] * qx + o[1] * qy + o[2] * qz)
                            + q[3 * b + 1] * (o[3] * qx + o[4] * qy + o[5] * qz)
                            + q[3 * b + 2] * (o[6] * qx + o[7] * qy + o[8] * qz);
                }
                diag[mode][k] = s;
            }
        }
        double[] f = modes.frequenciesCm1();
        String[] labels = new String[m];
        boolean[] ir = new boolean[m], raman = new boolean[m];
        int[] set = new int[m];
        int start = 0, setIndex = 0;
        while (start < m) {
            int size = 0;
            double[] mult = null;
            for (int s = 1; start + s <= m && f[start + s - 1] - f[start] < NEAR_DEGENERATE_CM1; s++) {
                int last = start + s - 1;
                if (last + 1 < m && f[last + 1] - f[last] < DEGENERATE_CM1) continue; // never split an exact degeneracy
                double[] chi = new double[h];
                for (int mode = start; mode <= last; mode++) for (int k = 0; k < h; k++) chi[k] += diag[mode][k];
                double[] red = t.reduce(chi);
                if (whole(t, red, s)) { size = s; mult = red; break; }
            }
            if (size == 0) { // nothing reduces: say so for this mode alone
                labels[start] = "?";
                set[start] = setIndex++;
                start++;
                continue;
            }
            // k accidentally near-degenerate modes of one irrep (a 1 060-atom C1 cluster had sets of 15
            // within 0.5 cm⁻¹) are each that irrep: "A", not "15A"; mixed sets keep "A1+B2"
            String label = singleIrrep(mult) >= 0 ? t.irreps().get(singleIrrep(mult)) : text(t, mult);
            boolean anyIr = false, anyRaman = false;
            for (int i = 0; i < mult.length; i++)
                if (Math.round(mult[i]) > 0) { anyIr |= t.irActive(i); anyRaman |= t.ramanActive(i); }
            for (int mode = start; mode < start + size; mode++) {
                labels[mode] = label;
                ir[mode] = anyIr;
                raman[mode] = anyRaman;
                set[mode] = setIndex;
            }
            setIndex++;
            start += size;
        }
        return new ModeSymmetry(group, t, note, labels, ir, raman, set, countVibrations(t, ops, perm, a, linear));
    }

    /** Γvib by counting unmoved atoms: Γ3N − Γtrans − Γrot (the textbook route, no modes needed). */
    private static double[] countVibrations(CharacterTable t, double[][] ops, int[][] perm, double[] a, boolean linear) {
        double[] chi = new double[t.order()];
        for (int k = 0; k < ops.length; k++) {
            double[] o = ops[k];
            double tr = CharacterTable.trace(o);
            double det = determinant(o);
            int fixed = 0;
            for (int at = 0; at < perm[k].length; at++) if (perm[k][at] == at) fixed++;
            double rot = linear ? det * (tr - t.operation(k)[8]) : det * tr; // no rotation about a linear molecule's axis
            chi[k] = fixed * tr - tr - rot;
        }
        return t.reduce(chi);
    }

    private static double determinant(double[] o) {
        return o[0] * (o[4] * o[8] - o[5] * o[7]) - o[1] * (o[3] * o[8] - o[5] * o[6]) + o[2] * (o[3] * o[7] - o[4] * o[6]);
    }

    private static boolean whole(CharacterTable t, double[] mult, int size) {
        int dims = 0;
        for (int i = 0; i < mult.length; i++) {
            long k = Math.round(mult[i]);
            if (Math.abs(mult[i] - k) > WHOLE || k < 0) return false;
            dims += k * t.dimension(i);
        }
        return dims == size;
    }

    /** The only irrep with a positive multiplicity, or -1 when there are several. */
    private static int singleIrrep(double[] mult) {
        int only = -1;
        for (int i = 0; i < mult.length; i++) {
            if (Math.round(mult[i]) <= 0) continue;
            if (only >= 0) return -1;
            only = i;
        }
        return only;
    }

    private static String text(CharacterTable t, double[] mult) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < mult.length; i++) {
            long k = Math.round(mult[i]);
            if (k <= 0) continue;
            if (b.length() > 0) b.append('+');
            if (k > 1) b.append(k);
            b.append(t.irreps().get(i));
        }
        return b.toString();
    }

    /** Whether labels exist (a table for the group and its operations placed on the molecule). */
    public boolean available() { return labels != null; }

    /** The detected point group ("C2v", "Dinfh"). */
    public String pointGroup() { return pointGroup; }

    /** The group whose labels are used ("D2h" for a D∞h molecule), or null when unavailable. */
    public String labelGroup() { return table == null ? null : table.name(); }

    /** Why labels are missing, or how they were chosen for a linear molecule; "" otherwise. */
    public String note() { return note; }

    public int modeCount() { return labels == null ? 0 : labels.length; }

    /** Irrep of a mode: "A1", "E2g" (each mode of a degenerate set carries the set's label), "B1+B2", "?". */
    public String label(int mode) { return labels[mode]; }

    /** Labels per mode (copy), or null when unavailable. */
    public String[] labels() { return labels == null ? null : labels.clone(); }

    /** Whether the selection rules allow the mode in the IR (its irrep transforms like x, y or z). */
    public boolean irAllowed(int mode) { return ir[mode]; }

    /** Whether the selection rules allow the mode in Raman (its irrep transforms like a quadratic function). */
    public boolean ramanAllowed(int mode) { return raman[mode]; }

    /** Index of the mode's degenerate set; modes of one set share it. */
    public int setIndex(int mode) { return set[mode]; }

    /** Selection-rule text of a mode: "IR, Raman", "IR", "Raman", "inactive"; "" for "?" modes. */
    public String activity(int mode) {
        if ("?".equals(labels[mode])) return "";
        if (ir[mode] && raman[mode]) return "IR, Raman";
        return ir[mode] ? "IR" : raman[mode] ? "Raman" : "inactive";
    }

    /** IR-active and Raman-active irreps of the label group, e.g. "IR: A1, B1, B2; Raman: A1, A2, B1, B2". */
    public String selectionRules() {
        if (table == null) return "";
        List<String> irs = new ArrayList<>(), ram = new ArrayList<>();
        for (int i = 0; i < table.irreps().size(); i++) {
            if (table.irActive(i)) irs.add(table.irreps().get(i));
            if (table.ramanActive(i)) ram.add(table.irreps().get(i));
        }
        return "IR: " + String.join(", ", irs) + "; Raman: " + String.join(", ", ram);
    }

    /**
     * Γvib counted from unmoved atoms (Γ3N − Γtrans − Γrot), e.g. "2A1 + B2": what the mode labels
     * must add up to. Null when unavailable.
     */
    public String vibrationalRepresentation() {
        if (vibrationalCount == null) return null;
        long[] count = new long[vibrationalCount.length];
        for (int i = 0; i < count.length; i++) count[i] = Math.round(vibrationalCount[i]);
        return sum(count);
    }

    /** "2A1 + B2" from multiplicities in table order. */
    private String sum(long[] count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count.length; i++) {
            if (count[i] <= 0) continue;
            if (b.length() > 0) b.append(" + ");
            if (count[i] > 1) b.append(count[i]);
            b.append(table.irreps().get(i));
        }
        return b.toString();
    }

    /** The same as the sum of the mode labels (each degenerate set once), for comparison; null when unavailable. */
    public String representationOfModes() {
        if (labels == null) return null;
        long[] count = new long[table.irreps().size()];
        int lastSet = -1;
        for (int mode = 0; mode < labels.length; mode++) {
            if (set[mode] == lastSet) continue;
            lastSet = set[mode];
            if (labels[mode].equals("?")) return null;
            int irrep = table.irreps().indexOf(labels[mode]);
            if (irrep >= 0) { // one irrep, possibly several copies: the set's size says how many
                int size = 0;
                for (int other = mode; other < labels.length && set[other] == set[mode]; other++) size++;
                count[irrep] += size / table.dimension(irrep);
                continue;
            }
            for (String part : labels[mode].split("\\+")) {
                int k = 1, p = 0;
                while (Character.isDigit(part.charAt(p))) p++; // irrep names never start with a digit
                if (p > 0) k = Integer.parseInt(part.substring(0, p));
                count[table.irreps().indexOf(part.substring(p))] += k;
            }
        }
        return sum(count);
    }

    @Override public String toString() {
        return available() ? pointGroup + " modes: " + Arrays.toString(labels) : pointGroup + ": " + note;
    }
}
