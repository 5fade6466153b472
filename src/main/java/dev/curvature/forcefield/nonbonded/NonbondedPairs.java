package dev.curvature.forcefield.nonbonded;

import dev.curvature.periodic.NeighbourList;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Which atom pairs of a molecule interact through non-bonded terms, generated on the fly so that
 * memory stays O(N): pairs beyond 1-3 (shortest bond path ≥ 3; 1-4 pairs flagged for the force
 * fields that scale them), optionally only within bonded fragments, and either all of them (exact,
 * the default) or only those the O(N) cell list finds within a {@link NonbondedCutoff}.
 * Per atom only the few atoms within three bonds are stored.
 *
 * <p>With a cutoff the neighbour list (cutoff + {@link #SKIN}) is cached and rebuilt when an atom
 * has moved more than half the skin, so successive evaluations along an optimization reuse it.
 * Instances are thread-safe.
 */
public final class NonbondedPairs {
    /** Verlet skin of the cached neighbour list (Å). */
    public static final double SKIN = 1.5;

    private final int atomCount;
    private final int[][] nearAbove;        // per atom i: sorted j > i within three bonds
    private final byte[][] separationAbove; // their bond-path length, 1..3
    private final int[] fragment;
    private final NonbondedCutoff cutoff;
    private final AtomicReference<NeighbourList> list = new AtomicReference<>();

    /**
     * @param neighbours bonded neighbours of each atom
     * @param fragment   fragment index per atom to keep pairs within fragments only, or null
     * @param cutoff     smooth cutoff, or null for all pairs
     */
    public NonbondedPairs(int[][] neighbours, int[] fragment, NonbondedCutoff cutoff) {
        this.atomCount = neighbours.length;
        this.fragment = fragment;
        this.cutoff = cutoff;
        nearAbove = new int[atomCount][];
        separationAbove = new byte[atomCount][];
        int[] seen = new int[atomCount];
        Arrays.fill(seen, -1);
        int[] depth = new int[atomCount];
        int[] queue = new int[atomCount];
        for (int a = 0; a < atomCount; a++) {
            int head = 0, tail = 0;
            queue[tail++] = a;
            seen[a] = a;
            depth[a] = 0;
            while (head < tail) {
                int u = queue[head++];
                if (depth[u] == 3) continue;
                for (int v : neighbours[u]) {
                    if (seen[v] == a) continue;
                    seen[v] = a;
                    depth[v] = depth[u] + 1;
                    queue[tail++] = v;
                }
            }
            int count = 0;
            for (int q = 1; q < tail; q++) if (queue[q] > a) count++;
            int[] idx = new int[count];
            int m = 0;
            for (int q = 1; q < tail; q++) if (queue[q] > a) idx[m++] = queue[q];
            Arrays.sort(idx);
            byte[] sep = new byte[count];
            for (int q = 0; q < count; q++) sep[q] = (byte) depth[idx[q]];
            nearAbove[a] = idx;
            separationAbove[a] = sep;
        }
    }

    public int atomCount() { return atomCount; }

    /** The cutoff, or null when every pair interacts. */
    public NonbondedCutoff cutoff() { return cutoff; }

    /** Shortest bond path between i and j: 1, 2, 3, or 4 for longer paths and other fragments. */
    public int separation(int i, int j) {
        if (i == j) return 0;
        int lo = Math.min(i, j), hi = Math.max(i, j);
        int p = Arrays.binarySearch(nearAbove[lo], hi);
        return p >= 0 ? separationAbove[lo][p] : 4;
    }

    /** A buffer large enough for {@link #partners}. */
    public int[] newBuffer() { return new int[Math.max(1, atomCount)]; }

    /**
     * The neighbour list valid at x (null without a cutoff); call once per evaluation and pass it
     * to {@link #partners}.
     */
    public NeighbourList neighbourList(double[] x) {
        if (cutoff == null) return null;
        NeighbourList current = list.get();
        if (current == null || current.isStale(x)) {
            current = NeighbourList.build(x, null, cutoff.cutoffAngstrom(), SKIN);
            list.set(current);
        }
        return current;
    }

    /**
     * Writes into js the interacting partners j &gt; i of atom i, each encoded as 2j, or 2j + 1 for a
     * 1-4 pair; returns how many. With a cutoff the partners are those of the neighbour list (the
     * caller still skips pairs at or beyond the cutoff distance).
     */
    public int partners(int i, NeighbourList nl, int[] js) {
        int[] near = nearAbove[i];
        byte[] sep = separationAbove[i];
        int m = 0;
        if (nl == null) {
            int q = 0;
            for (int j = i + 1; j < atomCount; j++) {
                int s = 4;
                if (q < near.length && near[q] == j) s = sep[q++];
                if (s <= 2 || (fragment != null && fragment[i] != fragment[j])) continue;
                js[m++] = 2 * j + (s == 3 ? 1 : 0);
            }
            return m;
        }
        for (int k = nl.start(i), end = nl.end(i); k < end; k++) {
            int j = nl.neighbour(k);
            if (j <= i || (fragment != null && fragment[i] != fragment[j])) continue;
            int p = Arrays.binarySearch(near, j);
            int s = p >= 0 ? sep[p] : 4;
            if (s <= 2) continue;
            js[m++] = 2 * j + (s == 3 ? 1 : 0);
        }
        return m;
    }
}
