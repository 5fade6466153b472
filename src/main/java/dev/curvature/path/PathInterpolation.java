package dev.curvature.path;

import dev.curvature.model.Potential;

import java.util.ArrayList;
import java.util.List;

/** The first band between two ends (already superposed): straight lines, then IDPP if asked. */
public final class PathInterpolation {
    private PathInterpolation() {}

    private static final double JITTER_ANGSTROM = 0.02;

    /** interior + 2 images from start to end, evenly spaced on the straight line. */
    public static double[][] linear(double[] start, double[] end, int interior) {
        double[][] images = new double[interior + 2][start.length];
        for (int i = 0; i <= interior + 1; i++) {
            double f = (double) i / (interior + 1);
            for (int k = 0; k < start.length; k++) images[i][k] = start[k] + f * (end[k] - start[k]);
        }
        images[interior + 1] = end.clone(); // exactly, not start + 1·(end − start)
        return images;
    }

    /**
     * The linear band relaxed, as a band, on each image's own IDPP surface (as Smidstrup et al.
     * and ASE do): images end near interpolated interatomic distances, evenly spread. Systems of
     * fewer than two atoms have no pair distances and keep the linear band.
     */
    public static double[][] idpp(double[] start, double[] end, int interior) {
        double[][] images = linear(start, end, interior);
        if (start.length < 6) return images;
        // a symmetric straight band (HCN -> HNC on its axis) has a symmetric IDPP gradient and would
        // stay on the line through the other atoms: a small fixed-seed jitter lets it bend away
        java.util.Random jitter = new java.util.Random(20140214L);
        for (int i = 1; i <= interior; i++)
            for (int k = 0; k < start.length; k++) images[i][k] += JITTER_ANGSTROM * jitter.nextGaussian();
        List<Potential> surfaces = new ArrayList<>();
        for (int i = 1; i <= interior; i++) surfaces.add(new IdppPotential(start, end, (double) i / (interior + 1)));
        // IDPP values are small numbers in Å⁻²: a loose threshold and a stiff spring as ASE uses
        NebOptions o = new NebOptions(interior, 1.0, false, 0.01, 1000, Interpolation.LINEAR);
        return new NudgedElasticBand(surfaces, o).relax(images, 0, 0, NudgedElasticBand.Observer.NONE).images();
    }

    public static double[][] of(Interpolation kind, double[] start, double[] end, int interior) {
        return kind == Interpolation.IDPP ? idpp(start, end, interior) : linear(start, end, interior);
    }
}
