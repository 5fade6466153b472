package dev.curvature.structure;

import dev.curvature.linalg.Vec3;

/**
 * A periodic cell: three lattice vectors a, b, c in Å as rows of a 3×3 matrix. Present in a
 * {@link Structure} only for periodic systems; molecules have none.
 */
public record Cell(double[][] vectorsAngstrom) {
    public Cell {
        if (vectorsAngstrom.length != 3) throw new IllegalArgumentException("a cell needs 3 lattice vectors");
        double[][] copy = new double[3][];
        for (int r = 0; r < 3; r++) {
            if (vectorsAngstrom[r].length != 3) throw new IllegalArgumentException("lattice vectors have 3 components");
            copy[r] = vectorsAngstrom[r].clone();
        }
        vectorsAngstrom = copy;
    }

    /** Cell volume in Å³ (absolute value of the triple product). */
    public double volume() {
        double[] a = vectorsAngstrom[0], b = vectorsAngstrom[1], c = vectorsAngstrom[2];
        return Math.abs(Vec3.triple(a, b, c));
    }
}
