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
     *
     * <p>The IDPP objective Σ (d − t)²/d⁴ also falls to zero as atoms fly apart, and a straight
     * band that runs one atom through another (HCN → HNC on its axis) starts where its d⁻⁴ forces
     * are huge: such a band can end, converged or not, with atoms tens of Å apart. A band is kept
     * only if it converged and no pair in it is longer than at both ends by more than 1 Å.
     * Otherwise the images are made by continuation instead: each one minimizes its own IDPP
     * surface starting from the previous image (so no atom ever has to pass through another), is
     * superposed onto its straight-line position, and the band is then relaxed from there with
     * ASE's softer spring (0.1); the continuation band itself if that relaxation is not kept. If
     * neither is kept, the straight band.
     */
    public static double[][] idpp(double[] start, double[] end, int interior) {
        double[][] line = linear(start, end, interior);
        if (start.length < 6) return line;
        double[][] band = idpp(start, end, interior, JITTER_ANGSTROM, 1.0);
        if (band != null) return band;
        double[][] continued = continuation(start, end, interior);
        if (continued == null) return line;
        band = relaxBand(start, end, continued, 0.1);
        return band != null ? band : continued;
    }

    private static final double RUNAWAY_ANGSTROM = 1.0;

    /** Images one after the other, each from the previous one on its own IDPP surface; null if one fails. */
    static double[][] continuation(double[] start, double[] end, int interior) {
        double[][] line = linear(start, end, interior);
        double[][] images = new double[interior + 2][];
        images[0] = start.clone();
        images[interior + 1] = end.clone();
        double[] x = start.clone();
        java.util.Random jitter = new java.util.Random(20140214L); // leaves a line the symmetric gradient would keep
        for (int k = 0; k < x.length; k++) x[k] += JITTER_ANGSTROM * jitter.nextGaussian();
        for (int i = 1; i <= interior; i++) {
            IdppPotential surface = new IdppPotential(start, end, (double) i / (interior + 1));
            Fire.Outcome o = Fire.relax((y, f) -> {
                surface.evaluate(y, f, null);
                double largest = 0;
                for (int k = 0; k < f.length; k++) f[k] = -f[k];
                for (int a = 0; a < f.length / 3; a++)
                    largest = Math.max(largest, Math.sqrt(f[3 * a] * f[3 * a] + f[3 * a + 1] * f[3 * a + 1] + f[3 * a + 2] * f[3 * a + 2]));
                return largest;
            }, x, 0.001, 2000, (s, f) -> true);
            if (!o.converged()) return null;
            images[i] = dev.curvature.linalg.Superposition.onto(line[i], x);
        }
        return sane(start, end, images) ? images : null;
    }

    /** One IDPP relaxation from a jittered straight band; null if it did not converge or pulled atoms apart. */
    static double[][] idpp(double[] start, double[] end, int interior, double jitterAngstrom, double spring) {
        double[][] images = linear(start, end, interior);
        // a symmetric straight band (HCN -> HNC on its axis) has a symmetric IDPP gradient and would
        // stay on the line through the other atoms: a small fixed-seed jitter lets it bend away
        java.util.Random jitter = new java.util.Random(20140214L);
        for (int i = 1; i <= interior; i++)
            for (int k = 0; k < start.length; k++) images[i][k] += jitterAngstrom * jitter.nextGaussian();
        return relaxBand(start, end, images, spring);
    }

    /** The band relaxed on the IDPP surfaces; null if it did not converge or pulled atoms apart. */
    private static double[][] relaxBand(double[] start, double[] end, double[][] images, double spring) {
        List<Potential> surfaces = new ArrayList<>();
        int interior = images.length - 2;
        for (int i = 1; i <= interior; i++) surfaces.add(new IdppPotential(start, end, (double) i / (interior + 1)));
        // IDPP values are small numbers in Å⁻²: a loose threshold
        NebOptions o = new NebOptions(interior, spring, false, 0.01, 1000, Interpolation.LINEAR);
        NudgedElasticBand.Result r = new NudgedElasticBand(surfaces, o).relax(images, 0, 0, NudgedElasticBand.Observer.NONE);
        return r.converged() && sane(start, end, r.images()) ? r.images() : null;
    }

    /** No pair longer than at both ends by more than {@link #RUNAWAY_ANGSTROM}. */
    private static boolean sane(double[] start, double[] end, double[][] images) {
        int atoms = start.length / 3;
        for (double[] image : images)
            for (int a = 0; a < atoms; a++)
                for (int b = a + 1; b < atoms; b++) {
                    double longest = Math.max(pair(start, a, b), pair(end, a, b));
                    if (pair(image, a, b) > longest + RUNAWAY_ANGSTROM) return false;
                }
        return true;
    }

    private static double pair(double[] x, int a, int b) {
        double dx = x[3 * a] - x[3 * b], dy = x[3 * a + 1] - x[3 * b + 1], dz = x[3 * a + 2] - x[3 * b + 2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    public static double[][] of(Interpolation kind, double[] start, double[] end, int interior) {
        return kind == Interpolation.IDPP ? idpp(start, end, interior) : linear(start, end, interior);
    }
}
