package dev.curvature.periodic;

import dev.curvature.structure.Cell;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NeighbourListTest {

    /** Every (i, j, image) within reach, by looping over a generous block of images. */
    private static List<String> bruteForce(double[] x, Cell cell, double reach, int images) {
        int n = x.length / 3;
        Lattice lat = cell == null ? null : new Lattice(cell);
        List<String> pairs = new ArrayList<>();
        double[] t = new double[3];
        int k = cell == null ? 0 : images;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                for (int a = -k; a <= k; a++)
                    for (int b = -k; b <= k; b++)
                        for (int c = -k; c <= k; c++) {
                            if (i == j && a == 0 && b == 0 && c == 0) continue;
                            if (lat != null) lat.translation(a, b, c, t);
                            double dx = x[3 * j] - x[3 * i] + t[0], dy = x[3 * j + 1] - x[3 * i + 1] + t[1], dz = x[3 * j + 2] - x[3 * i + 2] + t[2];
                            if (dx * dx + dy * dy + dz * dz < reach * reach) pairs.add(i + " " + j + " " + a + " " + b + " " + c);
                        }
        Collections.sort(pairs);
        return pairs;
    }

    private static List<String> listed(NeighbourList nl) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < nl.atomCount(); i++)
            for (int k = nl.start(i); k < nl.end(i); k++)
                pairs.add(i + " " + nl.neighbour(k) + " " + nl.image(k, 0) + " " + nl.image(k, 1) + " " + nl.image(k, 2));
        Collections.sort(pairs);
        return pairs;
    }

    @Test
    void smallSkewedCellSeesEveryImageInsideTheCutoff() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 20; trial++) {
            int n = 1 + rnd.nextInt(6);
            Cell cell = new Cell(new double[][]{
                    {3 + rnd.nextDouble() * 2, 0, 0},
                    {rnd.nextDouble() * 2 - 1, 3 + rnd.nextDouble() * 2, 0},
                    {rnd.nextDouble() * 2 - 1, rnd.nextDouble() * 2 - 1, 3 + rnd.nextDouble() * 2}});
            double[] x = new double[3 * n];
            for (int i = 0; i < x.length; i++) x[i] = rnd.nextDouble() * 12 - 4; // outside the cell too
            double cutoff = 3.0 + rnd.nextDouble() * 4.0;
            NeighbourList nl = NeighbourList.build(x, cell, cutoff, 0.3);
            assertEquals(bruteForce(x, cell, cutoff + 0.3, 8), listed(nl), "trial " + trial);
        }
    }

    @Test
    void largeCellAndOpenClusterAgreeWithBruteForce() {
        Random rnd = new Random(11);
        int n = 300;
        double[] x = new double[3 * n];
        for (int i = 0; i < x.length; i++) x[i] = rnd.nextDouble() * 20;
        Cell cell = new Cell(new double[][]{{20, 0, 0}, {2, 20, 0}, {-1, 3, 20}});
        assertEquals(bruteForce(x, cell, 5.5, 2), listed(NeighbourList.build(x, cell, 5.0, 0.5)));
        assertEquals(bruteForce(x, null, 5.5, 0), listed(NeighbourList.build(x, null, 5.0, 0.5)));
    }

    @Test
    void vectorsFollowPositionsAndTheListGoesStaleAfterHalfTheSkin() {
        Cell cell = new Cell(new double[][]{{4, 0, 0}, {0, 4, 0}, {0, 0, 4}});
        double[] x = {0, 0, 0, 1, 1, 1};
        NeighbourList nl = NeighbourList.build(x, cell, 3.0, 0.4);
        double[] r = new double[3];
        for (int k = nl.start(0); k < nl.end(0); k++) {
            nl.vector(0, k, x, cell, r);
            assertTrue(Math.sqrt(r[0] * r[0] + r[1] * r[1] + r[2] * r[2]) < 3.4);
        }
        double[] moved = x.clone();
        moved[0] += 0.19;
        assertFalse(nl.isStale(moved));
        moved[0] += 0.02;
        assertTrue(nl.isStale(moved));
    }
}
