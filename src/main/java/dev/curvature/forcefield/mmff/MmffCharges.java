package dev.curvature.forcefield.mmff;

/**
 * MMFF94 partial charges (Halgren, MMFF.V, J. Comput. Chem. 17 (1996) 616, eq. 15) from the numeric
 * types: formal charges shared over resonance partners as MMFF defines them, bond charge
 * increments of mmffchg.par, and partial bond charge increments (mmffpbci.par) where no bci is
 * tabulated.
 */
final class MmffCharges {
    private MmffCharges() { }

    /** The MMFF formal charge of each atom (fractional where MMFF shares it). */
    static double[] formalCharges(MmffMolecule m) {
        int n = m.atomCount();
        double[] q = new double[n];
        for (int a = 0; a < n; a++) {
            q[a] = switch (m.types[a]) {
                case 32, 72 -> terminalOxygenOrSulfurCharge(m, a);
                case 76 -> tetrazoleNitrogenCharge(m, a);
                case 55, 56, 81 -> sharedCationCharge(m, a);
                case 61 -> isonitrileOrDiazoniumCharge(m, a);
                case 34, 49, 51, 54, 58, 92, 93, 94, 97 -> 1.0;
                case 87, 95, 96, 98, 99 -> 2.0;
                case 88 -> 3.0;
                case 35, 62, 89, 90, 91 -> -1.0;
                default -> 0.0;
            };
        }
        return q;
    }

    static double[] partialCharges(MmffMolecule m, MmffParameters p) {
        double[] formal = formalCharges(m);
        int n = m.atomCount();
        double[] charges = new double[n];
        for (int a = 0; a < n; a++) {
            int type = m.types[a];
            double q0 = formal[a];
            double crd = m.props[a].crd();
            double fcadj = p.formalChargeAdjustment(type);
            // mmffpbci.par omits MG+2 (99); a free ion keeps its formal charge whatever fcadj is.
            if (Double.isNaN(fcadj) && m.neighbours[a].length == 0) fcadj = 0.0;
            if (Double.isNaN(fcadj)) throw new IllegalStateException("MMFF type " + type + " has no mmffpbci.par entry");
            if (fcadj == 0.0) {
                // Negative charge on a neighbour spills half-way onto this atom (MMFF.V).
                for (int b : m.neighbours[a])
                    if (formal[b] < 0.0) q0 += formal[b] / (2.0 * m.neighbours[b].length);
            }
            if (type == 62) {
                for (int b : m.neighbours[a])
                    if (formal[b] > 0.0) q0 -= formal[b] / 2.0;
            }
            double sumFormal = 0.0, sumIncrements = 0.0;
            for (int b : m.neighbours[a]) {
                sumFormal += formal[b];
                sumIncrements += increment(m, p, a, b);
            }
            charges[a] = (1.0 - crd * fcadj) * q0 + fcadj * sumFormal + sumIncrements;
        }
        return charges;
    }

    /** Charge that bond a-b moves onto a: -bci(a,b) as tabulated for a < b, else from the pbci difference. */
    private static double increment(MmffMolecule m, MmffParameters p, int a, int b) {
        int ta = m.types[a], tb = m.types[b];
        int bt = m.bondTypeIndex(a, b);
        Double bci = ta <= tb ? p.bondChargeIncrement(bt, ta, tb) : p.bondChargeIncrement(bt, tb, ta);
        if (bci != null) return ta <= tb ? -bci : bci;
        double pa = p.partialBondChargeIncrement(ta), pb = p.partialBondChargeIncrement(tb);
        if (Double.isNaN(pa) || Double.isNaN(pb)) throw new IllegalStateException("no MMFF charge increment for types " + ta + "-" + tb);
        return pa - pb;
    }

    private static double terminalOxygenOrSulfurCharge(MmffMolecule m, int a) {
        for (int b : m.neighbours[a]) {
            int terminal = 0, secondaryN = 0;
            for (int c : m.neighbours[b]) {
                int z = m.atomicNumber(c);
                if (z == 7 && m.neighbours[c].length == 2 && !m.props[c].aromatic()) secondaryN++;
                if ((z == 8 || z == 16) && m.neighbours[c].length == 1) terminal++;
            }
            // A deprotonated sulfonamide N is not an oxygen substitute of a sulfone.
            if (m.atomicNumber(b) == 16 && terminal == 2 && secondaryN == 1) secondaryN = 0;
            int tb = m.types[b];
            if (m.atomicNumber(b) == 6 && terminal > 0) return terminal == 1 ? -1.0 : -(terminal - 1.0) / terminal;
            if (tb == 45 && terminal == 3) return -1.0 / 3.0;
            if ((tb == 25 || tb == 73) && terminal > 0) return terminal == 1 ? 0.0 : -(terminal - 1.0) / terminal;
            if (tb == 18 && terminal > 0) {
                int k = secondaryN + terminal;
                return k == 2 ? 0.0 : -(k - 2.0) / terminal;
            }
            if (tb == 77 && terminal > 0) return -1.0 / terminal;
        }
        return 0.0;
    }

    /** N5M: the ring's negative charge is shared by its type-76 nitrogens. */
    private static double tetrazoleNitrogenCharge(MmffMolecule m, int a) {
        int[] ring = smallestRing(m, a);
        if (ring == null) return 0.0;
        int count = 0;
        for (int x : ring) if (m.types[x] == 76) count++;
        return count == 0 ? 0.0 : -1.0 / count;
    }

    /**
     * NCN+, NGD+, NIM+: the formal charges of the nitrogens conjugated through CNN+/CIM+ carbons
     * (types 57, 80) are summed and shared equally.
     */
    private static double sharedCationCharge(MmffMolecule m, int a) {
        int n = m.atomCount();
        boolean[] marked = new boolean[n];
        marked[a] = true;
        double total = m.structure.formalCharge(a);
        int count = 1;
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i < n; i++) {
                if (!marked[i]) continue;
                for (int c : m.neighbours[i]) {
                    if (m.types[c] != 57 && m.types[c] != 80) continue;
                    for (int d : m.neighbours[c]) {
                        int td = m.types[d];
                        if ((td == 55 || td == 56 || td == 81) && !marked[d]) {
                            marked[d] = true;
                            total += m.structure.formalCharge(d);
                            count++;
                            grew = true;
                        }
                    }
                }
            }
        }
        return total / count;
    }

    private static double isonitrileOrDiazoniumCharge(MmffMolecule m, int a) {
        for (int b : m.neighbours[a]) if (m.types[b] == 42) return 1.0;
        return 0.0;
    }

    /** Atoms of a smallest ring through a (BFS), or null. */
    static int[] smallestRing(MmffMolecule m, int a) {
        int n = m.atomCount();
        int[] best = null;
        for (int start : m.neighbours[a]) {
            // shortest path from start back to a without using the bond a-start
            int[] prev = new int[n];
            java.util.Arrays.fill(prev, -2);
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
            prev[start] = -1;
            queue.add(start);
            while (!queue.isEmpty()) {
                int u = queue.poll();
                if (u == a) break;
                for (int v : m.neighbours[u]) {
                    if (prev[v] != -2) continue;
                    if (u == start && v == a) continue;
                    prev[v] = u;
                    queue.add(v);
                }
            }
            if (prev[a] == -2) continue;
            java.util.List<Integer> path = new java.util.ArrayList<>();
            for (int v = a; v != -1; v = prev[v]) path.add(v);
            if (best == null || path.size() < best.length) best = path.stream().mapToInt(Integer::intValue).toArray();
        }
        return best;
    }
}
