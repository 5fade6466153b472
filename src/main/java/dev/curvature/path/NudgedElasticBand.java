package dev.curvature.path;

import dev.curvature.model.Potential;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The nudged elastic band: a chain of images between two fixed ends, each moved by the potential's
 * force perpendicular to the path and a spring force along it, so the images slide onto the
 * minimum-energy path at even spacing. With a climbing image, the highest image feels the
 * potential's force with its component along the path inverted and no springs, and so ends on the
 * saddle point (Henkelman, Uberuaga & Jónsson 2000). Tangents are the improved upwind ones of
 * Henkelman & Jónsson (2000), which keep kinks out of the band where the energy changes fast.
 *
 * <p>Images are evaluated in parallel: potentials are thread-safe by contract.
 */
public final class NudgedElasticBand {

    /** Receives the progress of a run; false cancels. */
    @FunctionalInterface
    public interface Observer {
        boolean onStep(int step, double maxForce, boolean climbing);

        Observer NONE = (s, f, c) -> true;
    }

    /**
     * The band after relaxation.
     *
     * @param images      all images, the two ends included (3N Å each)
     * @param energies    energy of each image, the potential's unit
     * @param highest     index of the highest interior image (the climbing one, if climbing)
     * @param tangent     unit tangent of the path at the highest image
     * @param converged   whether the largest NEB force fell below the threshold
     * @param cancelled   whether the observer stopped the run
     * @param steps       FIRE steps taken (both phases)
     * @param maxForce    the largest per-atom NEB force at the end (energy unit/Å)
     * @param climbed     whether the highest image was climbing at the end
     */
    public record Result(double[][] images, double[] energies, int highest, double[] tangent, boolean converged,
                         boolean cancelled, int steps, double maxForce, boolean climbed) {}

    private final List<Potential> potentials; // one per interior image
    private final NebOptions options;
    private boolean rigidMotionRemoved;

    /** The same potential for every image. */
    public NudgedElasticBand(Potential potential, NebOptions options) {
        this(java.util.Collections.nCopies(options.interiorImages(), potential), options);
    }

    /** One potential per interior image (the IDPP interpolation gives each image its own target). */
    NudgedElasticBand(List<Potential> perImage, NebOptions options) {
        if (perImage.size() != options.interiorImages())
            throw new IllegalArgumentException(perImage.size() + " potentials for " + options.interiorImages() + " images");
        this.potentials = List.copyOf(perImage);
        this.options = options;
    }

    /**
     * For a potential that rigid motions leave unchanged: each image sees its neighbours
     * superposed onto it (least RMSD) for its tangent and spring lengths, and the rigid
     * translations and rotations are projected out of its band force. Otherwise the springs are
     * satisfied by turning and shifting whole images at no cost in energy, and images pile up at
     * the ends as copies of the end molecules in other orientations (HCN -> HNC under GFN2-xTB:
     * 5 of 7 images).
     */
    public NudgedElasticBand removeRigidMotion(boolean on) {
        this.rigidMotionRemoved = on;
        return this;
    }

    /**
     * Relaxes the band whose images (ends included: interiorImages + 2 rows) are given; the ends
     * do not move. The first rows are not modified.
     */
    public Result relax(double[][] start, double startEnergy, double endEnergy, Observer observer) {
        int m = options.interiorImages();
        if (start.length != m + 2) throw new IllegalArgumentException(start.length + " images given for " + m + " interior ones and 2 ends");
        int n3 = start[0].length;
        Band band = new Band(start, startEnergy, endEnergy);
        double[] x = new double[m * n3];
        for (int i = 0; i < m; i++) System.arraycopy(start[i + 1], 0, x, i * n3, n3);

        // phase 1: no climbing until the band is roughly on the path, so the image that climbs is the right one
        int total = 0;
        Fire.Outcome phase = null;
        boolean cancelled = false;
        if (options.climb()) {
            band.climbing = false;
            double rough = Math.max(10 * options.maxForce(), Math.min(1.0, 100 * options.maxForce()));
            phase = Fire.relax(band::forces, x, rough, options.maxIterations() / 2, (s, f) -> observer.onStep(s, f, false));
            total += phase.steps();
            cancelled = phase.stopped();
        }
        if (!cancelled) {
            band.climbing = options.climb();
            int offset = total;
            phase = Fire.relax(band::forces, x, options.maxForce(), options.maxIterations() - total,
                    (s, f) -> observer.onStep(offset + s, f, band.climbing));
            total += phase.steps();
            cancelled = phase.stopped();
        }
        double measure = band.forces(x, new double[x.length]); // energies, tangents and highest image at the final x
        double[][] images = new double[m + 2][];
        images[0] = start[0].clone();
        images[m + 1] = start[m + 1].clone();
        for (int i = 0; i < m; i++) images[i + 1] = java.util.Arrays.copyOfRange(x, i * n3, (i + 1) * n3);
        return new Result(images, band.energies.clone(), band.highest, band.tangents[band.highest].clone(),
                measure <= options.maxForce(), cancelled, total, measure, band.climbing);
    }

    /** The band's state at the latest evaluation. */
    private final class Band {
        final int m = options.interiorImages();
        final double[] first, last;
        final double[] energies;
        final double[][] gradients, tangents;
        int highest = 1;
        boolean climbing;

        Band(double[][] start, double startEnergy, double endEnergy) {
            first = start[0].clone();
            last = start[m + 1].clone();
            energies = new double[m + 2];
            energies[0] = startEnergy;
            energies[m + 1] = endEnergy;
            gradients = new double[m + 2][first.length];
            tangents = new double[m + 2][first.length];
        }

        double[] image(double[] x, int i) {
            if (i == 0) return first;
            if (i == m + 1) return last;
            return java.util.Arrays.copyOfRange(x, (i - 1) * first.length, i * first.length);
        }

        /** NEB forces of the interior images into f; returns the largest per-atom force norm. */
        double forces(double[] x, double[] f) {
            int n3 = first.length;
            IntStream.rangeClosed(1, m).parallel().forEach(i ->
                    energies[i] = potentials.get(i - 1).evaluate(image(x, i), gradients[i], null));
            highest = 1;
            for (int i = 2; i <= m; i++) if (energies[i] > energies[highest]) highest = i;
            double largest = 0;
            for (int i = 1; i <= m; i++) {
                double[] prev = image(x, i - 1), here = image(x, i), next = image(x, i + 1);
                if (rigidMotionRemoved) { // neighbours as seen from here: turning a whole image is no step along the path
                    prev = dev.curvature.linalg.Superposition.onto(here, prev);
                    next = dev.curvature.linalg.Superposition.onto(here, next);
                }
                double[] t = tangent(prev, here, next, energies[i - 1], energies[i], energies[i + 1]);
                tangents[i] = t;
                double[] g = gradients[i];
                double gt = dot(g, t);
                int o = (i - 1) * n3;
                if (climbing && i == highest) {
                    for (int k = 0; k < n3; k++) f[o + k] = -g[k] + 2 * gt * t[k];
                } else {
                    double spring = options.springConstant() * (distance(next, here) - distance(here, prev));
                    for (int k = 0; k < n3; k++) f[o + k] = -(g[k] - gt * t[k]) + spring * t[k];
                }
                if (rigidMotionRemoved) RigidMotion.projectOut(here, f, o);
                for (int a = 0; a < n3 / 3; a++) {
                    double fx = f[o + 3 * a], fy = f[o + 3 * a + 1], fz = f[o + 3 * a + 2];
                    largest = Math.max(largest, Math.sqrt(fx * fx + fy * fy + fz * fz));
                }
            }
            return largest;
        }
    }

    /** Henkelman & Jónsson's tangent: towards the higher neighbour, energy-weighted at extrema. */
    static double[] tangent(double[] prev, double[] here, double[] next, double ePrev, double eHere, double eNext) {
        int n = here.length;
        double[] plus = new double[n], minus = new double[n], t = new double[n];
        for (int k = 0; k < n; k++) {
            plus[k] = next[k] - here[k];
            minus[k] = here[k] - prev[k];
        }
        if (eNext > eHere && eHere > ePrev) System.arraycopy(plus, 0, t, 0, n);
        else if (eNext < eHere && eHere < ePrev) System.arraycopy(minus, 0, t, 0, n);
        else {
            double big = Math.max(Math.abs(eNext - eHere), Math.abs(ePrev - eHere));
            double small = Math.min(Math.abs(eNext - eHere), Math.abs(ePrev - eHere));
            double wPlus = eNext > ePrev ? big : small, wMinus = eNext > ePrev ? small : big;
            for (int k = 0; k < n; k++) t[k] = wPlus * plus[k] + wMinus * minus[k];
        }
        double norm = Math.sqrt(dot(t, t));
        if (norm == 0) { // flat and evenly spaced at once: fall back to the chord
            for (int k = 0; k < n; k++) t[k] = next[k] - prev[k];
            norm = Math.sqrt(dot(t, t));
        }
        for (int k = 0; k < n; k++) t[k] /= norm;
        return t;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) s += a[k] * b[k];
        return s;
    }

    static double distance(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) s += (a[k] - b[k]) * (a[k] - b[k]);
        return Math.sqrt(s);
    }
}
