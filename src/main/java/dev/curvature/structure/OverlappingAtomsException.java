package dev.curvature.structure;

/** Two atoms sit (nearly) on top of each other; no energy model or analysis can use such input. */
public final class OverlappingAtomsException extends IllegalArgumentException {
    public static final double MIN_DISTANCE_ANGSTROM = 0.2;

    public OverlappingAtomsException(String message) { super(message); }

    /**
     * Throws if two atoms of the structure are closer than {@link #MIN_DISTANCE_ANGSTROM}. Pairs are
     * found through a cell grid, so the check costs O(N) for ordinary molecules.
     */
    public static void check(Structure s) {
        int n = s.atomCount();
        double[] x = s.positions();
        double cell = 1.0;
        java.util.Map<Long, java.util.List<Integer>> grid = new java.util.HashMap<>();
        for (int a = 0; a < n; a++) {
            long ix = (long) Math.floor(x[3 * a] / cell), iy = (long) Math.floor(x[3 * a + 1] / cell), iz = (long) Math.floor(x[3 * a + 2] / cell);
            for (long dx = -1; dx <= 1; dx++)
                for (long dy = -1; dy <= 1; dy++)
                    for (long dz = -1; dz <= 1; dz++) {
                        java.util.List<Integer> bucket = grid.get(key(ix + dx, iy + dy, iz + dz));
                        if (bucket == null) continue;
                        for (int b : bucket) {
                            double ddx = x[3 * a] - x[3 * b], ddy = x[3 * a + 1] - x[3 * b + 1], ddz = x[3 * a + 2] - x[3 * b + 2];
                            double d = Math.sqrt(ddx * ddx + ddy * ddy + ddz * ddz);
                            if (d < MIN_DISTANCE_ANGSTROM)
                                throw new OverlappingAtomsException(String.format(java.util.Locale.ROOT,
                                        "%s: atoms %d (%s) and %d (%s) overlap (%.3f Å apart)", s.name().isEmpty() ? "structure" : s.name(),
                                        b + 1, s.element(b), a + 1, s.element(a), d));
                        }
                    }
            grid.computeIfAbsent(key(ix, iy, iz), k -> new java.util.ArrayList<>()).add(a);
        }
    }

    private static long key(long ix, long iy, long iz) {
        return (ix & 0x1FFFFF) | ((iy & 0x1FFFFF) << 21) | ((iz & 0x1FFFFF) << 42);
    }
}
