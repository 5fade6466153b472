package dev.curvature.build;

import dev.curvature.periodic.NeighbourList;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Element;
import org.openscience.cdk.config.Elements;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bonds for formats that carry only coordinates (XYZ, PDB without CONECT): connectivity from
 * covalent radii, then bond orders and formal charges from valence rules. The order assignment
 * assumes every hydrogen is present: each atom's deficit (usual valence minus number of
 * neighbours) is distributed over its bonds as extra bond order, forced moves first (terminal
 * atoms, triple bonds, cumulenes), then a depth-first search for the conjugated rest (Kekulé
 * structures). Atoms whose deficit cannot be met are reported, which for organic input means
 * hydrogens are missing.
 */
public final class BondPerception {
    /** Added to the sum of covalent radii: the usual rule (Jmol, Open Babel use 0.4–0.45 Å). */
    static final double TOLERANCE_ANGSTROM = 0.45;
    static final double MIN_DISTANCE_ANGSTROM = 0.4;
    private static final int SEARCH_BUDGET = 20000;
    private static final int MAX_CHARGE_TRIALS = 200;

    private BondPerception() {}

    /** Result of order assignment: bonds, formal charges, and how much valence stayed unmet per atom. */
    public record Orders(List<Bond> bonds, int[] formalCharges, int[] unmetValence) {
        public boolean complete() { return Arrays.stream(unmetValence).allMatch(v -> v == 0); }
    }

    static double covalentRadius(Element e) {
        Double r = Elements.ofNumber(e.atomicNumber()).covalentRadius();
        return r == null ? 1.5 : r;
    }

    /**
     * Pairs closer than the sum of covalent radii plus tolerance (ordered by first, then second
     * atom); a hydrogen keeps only its best partner. Candidates come from the O(N) cell list of
     * {@link NeighbourList} (no cell) within the longest possible bond, so the cost grows as N, not N² (a 50 000-atom protein).
     */
    public static List<int[]> connectivity(Element[] el, double[] x) {
        int n = el.length;
        double[] rc = new double[n];
        double maxRc = 0;
        for (int a = 0; a < n; a++) {
            rc[a] = covalentRadius(el[a]);
            maxRc = Math.max(maxRc, rc[a]);
        }
        List<int[]> pairs = new ArrayList<>();
        double minSq = MIN_DISTANCE_ANGSTROM * MIN_DISTANCE_ANGSTROM;
        NeighbourList candidates = NeighbourList.build(x, null, 2 * maxRc + TOLERANCE_ANGSTROM, 0);
        int[] found = new int[16];
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int k = candidates.start(i); k < candidates.end(i); k++) {
                int j = candidates.neighbour(k);
                if (j <= i) continue;
                double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
                double d2 = dx * dx + dy * dy + dz * dz;
                double cut = rc[i] + rc[j] + TOLERANCE_ANGSTROM;
                if (d2 > minSq && d2 < cut * cut) {
                    if (count == found.length) found = Arrays.copyOf(found, 2 * count);
                    found[count++] = j;
                }
            }
            Arrays.sort(found, 0, count);
            for (int k = 0; k < count; k++) pairs.add(new int[]{i, found[k]});
        }
        // A hydrogen bonds to one atom: keep the partner closest relative to the radii sum.
        int[] best = new int[n];
        double[] bestRatio = new double[n];
        Arrays.fill(best, -1);
        Arrays.fill(bestRatio, Double.MAX_VALUE);
        for (int[] p : pairs)
            for (int k = 0; k < 2; k++) {
                int h = p[k], o = p[1 - k];
                if (el[h].atomicNumber() != 1) continue;
                double ratio = distance(x, h, o) / (rc[h] + rc[o]);
                if (ratio < bestRatio[h]) { bestRatio[h] = ratio; best[h] = o; }
            }
        List<int[]> kept = new ArrayList<>();
        for (int[] p : pairs) {
            boolean ok = true;
            for (int k = 0; k < 2; k++)
                if (el[p[k]].atomicNumber() == 1 && best[p[k]] != p[1 - k]) ok = false;
            if (ok) kept.add(p);
        }
        return kept;
    }

    static double distance(double[] x, int i, int j) {
        double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** The usual valence of an element with this many neighbours, or -1 if it takes no multiple bonds. */
    static int targetValence(int z, int degree) {
        switch (z) {
            case 1: case 9: case 17: case 35: case 53: return Math.max(1, degree);
            case 6: case 14: case 32: return 4;
            case 5: return 3;
            case 7: return degree <= 3 ? 3 : 4;
            case 15: case 33: return degree <= 3 ? 3 : 5;
            case 8: case 34: return degree <= 2 ? 2 : 3;
            case 16: return degree <= 2 ? 2 : degree == 3 ? 4 : 6;
            default: return -1;
        }
    }

    /** Bond orders and formal charges for the given connectivity, assuming all hydrogens are present. */
    public static Orders assignOrders(Element[] el, List<int[]> pairs) {
        int n = el.length, m = pairs.size();
        int[][] nb = new int[n][];
        int[][] nbBond = new int[n][];
        int[] deg = new int[n];
        for (int[] p : pairs) { deg[p[0]]++; deg[p[1]]++; }
        for (int a = 0; a < n; a++) { nb[a] = new int[deg[a]]; nbBond[a] = new int[deg[a]]; }
        int[] fill = new int[n];
        for (int b = 0; b < m; b++) {
            int i = pairs.get(b)[0], j = pairs.get(b)[1];
            nb[i][fill[i]] = j; nbBond[i][fill[i]++] = b;
            nb[j][fill[j]] = i; nbBond[j][fill[j]++] = b;
        }
        int[] charge = new int[n];
        int[] deficit = new int[n];
        for (int a = 0; a < n; a++) {
            int t = targetValence(el[a].atomicNumber(), deg[a]);
            deficit[a] = t < 0 ? 0 : Math.max(0, t - deg[a]);
            int z = el[a].atomicNumber();
            if (z == 7 && deg[a] == 4) charge[a] = 1;       // ammonium, amine oxide N
            if (z == 8 && deg[a] == 3) charge[a] = 1;       // oxonium
        }
        // Nitro groups and N-oxides: N(+) with one terminal O(-); N then takes one double bond.
        for (int a = 0; a < n; a++) {
            if (el[a].atomicNumber() != 7 || deg[a] != 3) continue;
            for (int k = 0; k < deg[a]; k++) {
                int o = nb[a][k];
                if (el[o].atomicNumber() == 8 && deg[o] == 1 && charge[o] == 0) {
                    charge[a] = 1; deficit[a] = 1;
                    charge[o] = -1; deficit[o] = 0;
                    break;
                }
            }
        }
        // Azides, diazo compounds, isocyanides: R-N=N(+)=N(-), R-N(+)#C(-): the middle N takes two π bonds.
        for (int a = 0; a < n; a++) {
            if (el[a].atomicNumber() != 7 || deg[a] != 2 || charge[a] != 0) continue;
            for (int k = 0; k < 2; k++) {
                int t = nb[a][k];
                if (el[t].atomicNumber() == 7 && deg[t] == 1 && charge[t] == 0) {
                    charge[a] = 1; deficit[a] = 2;
                    charge[t] = -1; deficit[t] = 1;
                    break;
                }
                if (el[t].atomicNumber() == 6 && deg[t] == 1 && charge[t] == 0) { // isocyanide R-N(+)#C(-)
                    charge[a] = 1; deficit[a] = 2;
                    charge[t] = -1; deficit[t] = 2;
                    break;
                }
            }
        }
        int[][] best = solve(nb, nbBond, deficit, m);
        // Iminium, amidinium, guanidinium, pyridinium: a neutral three-coordinate N next to the π
        // system becomes N(+) with a double bond when that lets an unmet atom be matched.
        // Only N next to a π system that still has an unmet atom are tried, and only so often,
        // which keeps large inputs (proteins) fast.
        boolean improved = true;
        int solvesLeft = MAX_CHARGE_TRIALS;
        while (improved && sum(best[1]) > 0 && solvesLeft > 0) {
            improved = false;
            boolean[] unmetSystem = systemsWithUnmetAtoms(nb, deficit, best[1]);
            for (int a = 0; a < n && !improved && solvesLeft > 0; a++) {
                if (el[a].atomicNumber() != 7 || deg[a] != 3 || charge[a] != 0 || deficit[a] != 0) continue;
                boolean nextToPi = false;
                for (int u : nb[a]) nextToPi |= unmetSystem[u];
                if (!nextToPi) continue;
                solvesLeft--;
                deficit[a] = 1;
                int[][] trial = solve(nb, nbBond, deficit, m);
                if (sum(trial[1]) < sum(best[1])) { best = trial; charge[a] = 1; improved = true; }
                else deficit[a] = 0;
            }
        }
        int[] bestExtra = best[0];
        int[] unmet = best[1];
        // Terminal O/S and two-coordinate N left with one unmet valence are anions (carboxylate, phenolate...).
        for (int a = 0; a < n; a++) {
            int z = el[a].atomicNumber();
            if (unmet[a] == 1 && charge[a] == 0 && ((z == 8 || z == 16) && deg[a] == 1 || z == 7 && deg[a] == 2)) {
                charge[a] = -1;
                unmet[a] = 0;
            }
        }
        List<Bond> bonds = new ArrayList<>(m);
        for (int b = 0; b < m; b++) bonds.add(new Bond(pairs.get(b)[0], pairs.get(b)[1], 1 + bestExtra[b]));
        return new Orders(bonds, charge, unmet);
    }

    /** Marks the atoms of every π system (connected atoms with a deficit) that has an unmet atom. */
    private static boolean[] systemsWithUnmetAtoms(int[][] nb, int[] deficit, int[] unmet) {
        boolean[] mark = new boolean[nb.length];
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
        for (int a = 0; a < nb.length; a++)
            if (unmet[a] > 0 && !mark[a]) { mark[a] = true; todo.add(a); }
        while (!todo.isEmpty()) {
            int a = todo.poll();
            for (int u : nb[a]) if (!mark[u] && deficit[u] > 0) { mark[u] = true; todo.add(u); }
        }
        return mark;
    }

    /** {extra orders per bond, unmet valence per atom} of the best assignment found. */
    private static int[][] solve(int[][] nb, int[][] nbBond, int[] deficit, int m) {
        int[][] result = {null, null};
        search(nb, nbBond, deficit, new int[m], result, new int[]{SEARCH_BUDGET});
        return result;
    }

    private static int sum(int[] v) {
        int s = 0;
        for (int x : v) s += x;
        return s;
    }

    /**
     * Depth-first search over extra bond orders. result[0]/result[1] keep the best extra orders and
     * remaining deficits found (fewest unmet valences); returns true once every deficit is met.
     */
    private static boolean search(int[][] nb, int[][] nbBond, int[] deficit, int[] extra, int[][] result, int[] budget) {
        int[] d = deficit.clone();
        int[] e = extra.clone();
        boolean[] dead = new boolean[d.length];
        propagate(nb, nbBond, d, e, dead);
        int unmet = Arrays.stream(d).sum();
        if (result[1] == null || unmet < Arrays.stream(result[1]).sum()) { result[0] = e.clone(); result[1] = d.clone(); }
        if (unmet == 0) return true;
        if (--budget[0] < 0) return false;
        // Branch on the live atom with the fewest candidate bonds.
        int pick = -1, fewest = Integer.MAX_VALUE;
        for (int a = 0; a < d.length; a++) {
            if (d[a] == 0 || dead[a]) continue;
            int c = candidates(a, nb, nbBond, d, e);
            if (c >= 2 && c < fewest) { fewest = c; pick = a; }
        }
        if (pick < 0) return false;
        for (int k = 0; k < nb[pick].length; k++) {
            int u = nb[pick][k], b = nbBond[pick][k];
            if (d[u] == 0 || e[b] >= 2) continue;
            d[pick]--; d[u]--; e[b]++;
            if (search(nb, nbBond, d, e, result, budget)) return true;
            d[pick]++; d[u]++; e[b]--;
            if (budget[0] < 0) return false;
        }
        return false;
    }

    private static int candidates(int a, int[][] nb, int[][] nbBond, int[] d, int[] e) {
        int c = 0;
        for (int k = 0; k < nb[a].length; k++) if (d[nb[a][k]] > 0 && e[nbBond[a][k]] < 2) c++;
        return c;
    }

    /** Applies moves that have no alternative: an atom with one candidate bond puts all it can there. */
    private static void propagate(int[][] nb, int[][] nbBond, int[] d, int[] e, boolean[] dead) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int a = 0; a < d.length; a++) {
                if (d[a] == 0 || dead[a]) continue;
                int only = -1, count = 0;
                for (int k = 0; k < nb[a].length; k++)
                    if (d[nb[a][k]] > 0 && e[nbBond[a][k]] < 2) { count++; only = k; }
                if (count == 0) { dead[a] = true; continue; }
                if (count > 1) continue;
                int u = nb[a][only], b = nbBond[a][only];
                int add = Math.min(Math.min(d[a], d[u]), 2 - e[b]);
                d[a] -= add; d[u] -= add; e[b] += add;
                changed = true;
            }
        }
    }
}
