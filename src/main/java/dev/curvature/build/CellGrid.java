package dev.curvature.build;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Atoms binned into cubic cells of a given width, for finding every atom within that width of
 * another in O(1) per atom. Cells are found through a hash of their integer indices; two cells
 * sharing a hash only add candidates (callers test distances), so any coordinates work, however
 * far apart. Non-finite coordinates put every atom in one cell (all pairs, still correct).
 */
final class CellGrid {
    private final double width;
    private final double[] x;
    private final Map<Long, int[]> cells;
    private final boolean single;
    private int[] buffer = new int[64]; // gathers candidates; one grid is used by one thread

    private CellGrid(double width, double[] x, Map<Long, int[]> cells, boolean single) {
        this.width = width;
        this.x = x;
        this.cells = cells;
        this.single = single;
    }

    static CellGrid of(double[] x, double width) {
        int n = x.length / 3;
        boolean finite = width > 0 && Double.isFinite(width);
        for (double v : x) finite &= Double.isFinite(v);
        Map<Long, int[]> cells = new HashMap<>();
        Map<Long, Integer> sizes = new HashMap<>();
        long[] keys = new long[n];
        for (int a = 0; a < n; a++) {
            keys[a] = finite ? key(cell(x[3 * a], width), cell(x[3 * a + 1], width), cell(x[3 * a + 2], width)) : 0;
            sizes.merge(keys[a], 1, Integer::sum);
        }
        Map<Long, Integer> filled = new HashMap<>();
        for (int a = 0; a < n; a++) {
            int[] members = cells.computeIfAbsent(keys[a], k -> new int[sizes.get(k)]);
            members[filled.merge(keys[a], 1, Integer::sum) - 1] = a;
        }
        return new CellGrid(width, x, cells, !finite);
    }

    /** Atoms in the 27 cells around atom a's cell (a itself included), in no particular order. */
    int[] candidates(int a) {
        if (single) return cells.getOrDefault(0L, new int[0]);
        long cx = cell(x[3 * a], width), cy = cell(x[3 * a + 1], width), cz = cell(x[3 * a + 2], width);
        int count = 0;
        long[] seen = new long[27];
        int seenCount = 0;
        for (long dx = -1; dx <= 1; dx++)
            for (long dy = -1; dy <= 1; dy++)
                for (long dz = -1; dz <= 1; dz++) {
                    long k = key(cx + dx, cy + dy, cz + dz);
                    boolean again = false; // two neighbour cells with one hash: visit once
                    for (int s = 0; s < seenCount; s++) again |= seen[s] == k;
                    if (again) continue;
                    seen[seenCount++] = k;
                    int[] members = cells.get(k);
                    if (members == null) continue;
                    if (count + members.length > buffer.length) buffer = Arrays.copyOf(buffer, 2 * (count + members.length));
                    System.arraycopy(members, 0, buffer, count, members.length);
                    count += members.length;
                }
        return Arrays.copyOf(buffer, count);
    }

    private static long cell(double v, double width) { return (long) Math.floor(v / width); }

    private static long key(long i, long j, long k) { return i * 73856093L ^ j * 19349663L ^ k * 83492791L; }
}
