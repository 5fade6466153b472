package dev.curvature.potential;

import dev.curvature.model.Workspace;
import dev.curvature.periodic.Lattice;
import dev.curvature.periodic.NeighbourList;
import dev.curvature.structure.Cell;

/**
 * The neighbour list a periodic potential keeps between evaluations, rebuilt only when it may have
 * gone stale: when atoms moved (measured in the frame of the cell the list was built in, so a
 * strained cell does not count as motion) or the cell deformed so much that a vector near the
 * cutoff could have crossed the skin.
 */
public final class NeighbourWorkspace implements Workspace {
    private final double cutoff;
    private final double skin;
    private NeighbourList list;
    private double[] builtPositions;
    private double[] builtCell;   // row-major a, b, c at build time, or null without a cell
    private int builds;

    public NeighbourWorkspace(double cutoff, double skin) {
        this.cutoff = cutoff;
        this.skin = skin;
    }

    /** A list valid for every pair closer than the cutoff at these positions and cell. */
    public NeighbourList listFor(double[] x, Cell cell) {
        if (list == null || isStale(x, cell)) {
            list = NeighbourList.build(x, cell, cutoff, skin);
            builtPositions = x.clone();
            builtCell = cell == null ? null : flatten(cell);
            builds++;
        }
        return list;
    }

    /** How many times the list was built (for tests and benchmarks). */
    public int builds() { return builds; }

    private boolean isStale(double[] x, Cell cell) {
        if (x.length != builtPositions.length || (cell == null) != (builtCell == null)) return true;
        if (cell == null) return maxDisplacement(x, null, null) * 2 > skin;
        double[] now = flatten(cell);
        // deformation M = L_built⁻¹ L_now maps built-frame vectors to current ones (rows convention)
        Lattice built = new Lattice(new Cell(new double[][]{
                {builtCell[0], builtCell[1], builtCell[2]}, {builtCell[3], builtCell[4], builtCell[5]}, {builtCell[6], builtCell[7], builtCell[8]}}));
        Lattice current = new Lattice(cell);
        double[] m = new double[9], s = new double[3];
        for (int r = 0; r < 3; r++) {
            built.toFractional(r == 0 ? 1 : 0, r == 1 ? 1 : 0, r == 2 ? 1 : 0, s);   // row r of L_built⁻¹
            for (int c = 0; c < 3; c++) m[3 * r + c] = s[0] * now[c] + s[1] * now[3 + c] + s[2] * now[6 + c];
        }
        // a vector r (row) built as r_b is now r_b·M, so ‖M − I‖ bounds the relative change of every vector
        double dev = 0;
        for (int k = 0; k < 9; k++) {
            double d = m[k] - (k % 4 == 0 ? 1 : 0);
            dev += d * d;
        }
        dev = Math.sqrt(dev);
        double move = maxDisplacement(x, current, builtCell);
        return dev * (cutoff + skin) + 2 * move * (1 + dev) > skin;
    }

    /** Largest displacement since the build, each atom taken back to the built cell by its fractional coordinates. */
    private double maxDisplacement(double[] x, Lattice current, double[] l) {
        double max2 = 0;
        double[] s = new double[3];
        for (int i = 0; i < x.length; i += 3) {
            double px = x[i], py = x[i + 1], pz = x[i + 2];
            if (current != null) {
                current.toFractional(px, py, pz, s);
                px = s[0] * l[0] + s[1] * l[3] + s[2] * l[6];
                py = s[0] * l[1] + s[1] * l[4] + s[2] * l[7];
                pz = s[0] * l[2] + s[1] * l[5] + s[2] * l[8];
            }
            double dx = px - builtPositions[i], dy = py - builtPositions[i + 1], dz = pz - builtPositions[i + 2];
            max2 = Math.max(max2, dx * dx + dy * dy + dz * dz);
        }
        return Math.sqrt(max2);
    }

    private static double[] flatten(Cell cell) {
        double[][] v = cell.vectorsAngstrom();
        return new double[]{v[0][0], v[0][1], v[0][2], v[1][0], v[1][1], v[1][2], v[2][0], v[2][1], v[2][2]};
    }
}
