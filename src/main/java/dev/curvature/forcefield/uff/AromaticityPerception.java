package dev.curvature.forcefield.uff;

import dev.curvature.structure.Bond;
import dev.curvature.structure.Structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * RDKit's default aromaticity model applied to a Kekulé structure, so that molecules read from
 * ordinary mol files get the aromatic bonds (order 1.5 in UFF) RDKit gives them on reading. Rings
 * are the relevant cycles; an atom's electron-donor type follows RDKit (lone pairs, ring and
 * exocyclic multiple bonds, exocyclic bonds to more electronegative atoms taking the electron);
 * Hückel's 4n+2 rule is tried on every connected combination of up to six fused candidate rings
 * (rings sharing exactly one bond), counting atoms that lie in one or two of the combined rings.
 */
final class AromaticityPerception {
    private enum Donor { NONE, VACANT, ONE, TWO }

    private static final int MAX_FUSED_RINGS = 6;
    private static final int MAX_FUSED_RING_SIZE = 24;

    private final ValenceModel valence = ValenceModel.get();

    /**
     * Bond orders after aromatization: the structure's own if it already marks aromatic bonds
     * (then they are trusted as given), else its Kekulé orders with aromatic ring bonds set to 4.
     */
    int[] bondOrders(Structure s) {
        List<Bond> bonds = s.bonds();
        int[] orders = new int[bonds.size()];
        boolean given = false;
        for (int b = 0; b < orders.length; b++) {
            orders[b] = bonds.get(b).order();
            if (orders[b] == Bond.AROMATIC) given = true;
        }
        if (given) return orders;
        List<RingFinder.Ring> rings = RingFinder.relevantCycles(s.atomCount(), bonds);
        if (rings.isEmpty()) return orders;

        int n = s.atomCount();
        int[][] nb = s.neighbours();
        int[][] atomBonds = BondIndex.atomBonds(n, bonds);
        boolean[] ringBond = new boolean[bonds.size()];
        for (RingFinder.Ring r : rings) for (int b : r.bonds()) ringBond[b] = true;
        int[] explicitValence = new int[n];
        for (int a = 0; a < n; a++) for (int b : atomBonds[a]) explicitValence[a] += orders[b];

        // candidate rings: every atom a candidate
        Donor[] donor = new Donor[n];
        boolean[] candidate = new boolean[n];
        for (int a = 0; a < n; a++) {
            donor[a] = donorType(s, a, nb[a].length, atomBonds[a], bonds, orders, ringBond, explicitValence[a]);
            candidate[a] = isCandidate(s, a, donor[a], nb[a].length, atomBonds[a], orders, explicitValence[a]);
        }
        List<RingFinder.Ring> cand = new ArrayList<>();
        for (RingFinder.Ring r : rings) {
            boolean all = true;
            for (int a : r.atoms()) if (!candidate[a]) { all = false; break; }
            if (all) cand.add(r);
        }
        int m = cand.size();
        boolean[][] neighbour = new boolean[m][m];
        for (int i = 0; i < m; i++) {
            if (cand.get(i).atoms().length > MAX_FUSED_RING_SIZE) continue;
            for (int j = i + 1; j < m; j++) {
                if (cand.get(j).atoms().length > MAX_FUSED_RING_SIZE) continue;
                BitSet inter = (BitSet) cand.get(i).bondSet().clone();
                inter.and(cand.get(j).bondSet());
                if (inter.cardinality() == 1) neighbour[i][j] = neighbour[j][i] = true;
            }
        }
        boolean[] done = new boolean[m];
        int[] result = orders.clone();
        for (int start = 0; start < m; start++) {
            if (done[start]) continue;
            List<Integer> system = new ArrayList<>();
            pick(start, neighbour, done, system);
            huckelOnFused(system, cand, neighbour, donor, n, bonds.size(), result);
        }
        return result;
    }

    private static void pick(int ring, boolean[][] neighbour, boolean[] done, List<Integer> out) {
        done[ring] = true;
        out.add(ring);
        for (int j = 0; j < neighbour.length; j++) if (neighbour[ring][j] && !done[j]) pick(j, neighbour, done, out);
    }

    private void huckelOnFused(List<Integer> fused, List<RingFinder.Ring> rings, boolean[][] neighbour, Donor[] donor,
                               int atomCount, int bondCount, int[] orders) {
        int nr = fused.size();
        BitSet allBonds = new BitSet(bondCount);
        for (int r : fused) allBonds.or(rings.get(r).bondSet());
        BitSet doneBonds = new BitSet(bondCount);
        int[] count = new int[atomCount];
        for (int size = 1; size <= Math.min(nr, MAX_FUSED_RINGS); size++) {
            if (doneBonds.cardinality() >= allBonds.cardinality()) break;
            int[] comb = new int[size];
            for (int k = 0; k < size; k++) comb[k] = k;
            do {
                int[] ids = new int[size];
                for (int k = 0; k < size; k++) ids[k] = fused.get(comb[k]);
                if (!connected(ids, neighbour)) continue;
                Arrays.fill(count, 0);
                for (int r : ids) for (int a : rings.get(r).atoms()) count[a]++;
                int low = 0, high = 0;
                for (int a = 0; a < atomCount; a++) {
                    if (count[a] != 1 && count[a] != 2) continue;
                    int e = switch (donor[a]) { case ONE -> 1; case TWO -> 2; default -> 0; };
                    low += e;
                    high += e;
                }
                if (!huckel(low, high)) continue;
                int[] bondUse = new int[bondCount];
                for (int r : ids) for (int b : rings.get(r).bonds()) bondUse[b]++;
                for (int b = 0; b < bondCount; b++)
                    if (bondUse[b] == 1) {
                        if (orders[b] == 1 || orders[b] == 2) orders[b] = Bond.AROMATIC;
                        doneBonds.set(b);
                    }
            } while (nextCombination(comb, nr));
        }
    }

    private static boolean huckel(int low, int high) {
        if (high >= 6) {
            for (int e = low; e <= high; e++) if ((e - 2) % 4 == 0) return true;
            return false;
        }
        return high == 2;
    }

    /** Whether the chosen rings form one fused system through the neighbour relation. */
    private static boolean connected(int[] ids, boolean[][] neighbour) {
        boolean[] reached = new boolean[ids.length];
        reached[0] = true;
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int p = 0; p < ids.length; p++) {
                if (!reached[p]) continue;
                for (int q = 0; q < ids.length; q++)
                    if (!reached[q] && neighbour[ids[p]][ids[q]]) { reached[q] = true; grew = true; }
            }
        }
        for (boolean r : reached) if (!r) return false;
        return true;
    }

    /** Next k-combination of {0..n-1} in lexicographic order; false when exhausted. */
    private static boolean nextCombination(int[] c, int n) {
        int k = c.length;
        int i = k - 1;
        while (i >= 0 && c[i] == n - k + i) i--;
        if (i < 0) return false;
        c[i]++;
        for (int j = i + 1; j < k; j++) c[j] = c[j - 1] + 1;
        return true;
    }

    private Donor donorType(Structure s, int a, int degree, int[] myBonds, List<Bond> bonds, int[] orders,
                            boolean[] ringBond, int explicitValence) {
        int nelec = piElectrons(s, a, degree, explicitValence);
        int exo = -1;
        boolean cyclicMultiple = false;
        for (int b : myBonds) {
            if (!ringBond[b] && orders[b] >= 2 && exo < 0) exo = bonds.get(b).other(a);
            if (ringBond[b] && orders[b] >= 2) cyclicMultiple = true;
        }
        if (nelec < 0) return Donor.NONE;
        if (nelec == 0) {
            if (exo >= 0) return Donor.VACANT;
            return cyclicMultiple ? Donor.ONE : Donor.NONE;
        }
        if (nelec == 1) {
            if (exo >= 0) return moreElectronegative(s.atomicNumber(exo), s.atomicNumber(a)) ? Donor.VACANT : Donor.ONE;
            if (explicitValence != degree) return Donor.ONE;
            return s.formalCharge(a) == 1 ? Donor.VACANT : Donor.NONE;
        }
        if (exo >= 0 && moreElectronegative(s.atomicNumber(exo), s.atomicNumber(a))) nelec--;
        return nelec % 2 == 1 ? Donor.ONE : Donor.TWO;
    }

    /** RDKit's crude electronegativity order: more outer electrons, then the lighter element. */
    private boolean moreElectronegative(int z1, int z2) {
        int e1 = valence.outerElectrons(z1), e2 = valence.outerElectrons(z2);
        if (e1 != e2) return e1 > e2;
        return z1 < z2;
    }

    private int piElectrons(Structure s, int a, int degree, int explicitValence) {
        int z = s.atomicNumber(a);
        int dv = valence.defaultValence(z);
        if (dv <= 1 || degree > 3) return -1;
        int nlp = Math.max(valence.outerElectrons(z) - dv - s.formalCharge(a), 0);
        int res = (dv - degree) + nlp;
        if (res > 1 && explicitValence - degree > 1) res = 1;
        return res;
    }

    private boolean isCandidate(Structure s, int a, Donor donor, int degree, int[] myBonds, int[] orders, int explicitValence) {
        int z = s.atomicNumber(a);
        if (z > 18 && z != 34 && z != 52) return false;
        if (donor == Donor.NONE) return false;
        int dv = valence.defaultValence(z);
        int zc = z - s.formalCharge(a);
        if (dv > 0 && (zc < 1 || zc >= 119 || explicitValence > valence.defaultValence(zc))) return false;
        if (explicitValence - degree > 1) {
            int multiple = 0;
            for (int b : myBonds) if (orders[b] == 2 || orders[b] == 3) multiple++;
            if (multiple > 1) return false;
        }
        return true;
    }
}
