package dev.curvature.path;

/**
 * Settings of a nudged-elastic-band run.
 *
 * @param interiorImages       images between the two fixed ends (≥ 1)
 * @param springConstant       spring constant along the path, energy unit/Å² of the potential
 * @param climb                whether the highest image climbs to the saddle point
 * @param maxForce             convergence: the largest per-atom NEB force over all moving images
 *                             below this (energy unit/Å)
 * @param maxIterations        FIRE steps at most
 * @param interpolation        how the first images are made
 */
public record NebOptions(int interiorImages, double springConstant, boolean climb, double maxForce, int maxIterations,
                         Interpolation interpolation) {

    public NebOptions {
        if (interiorImages < 1) throw new IllegalArgumentException("at least one image between the ends is needed, got " + interiorImages);
        if (!(springConstant > 0) || !Double.isFinite(springConstant))
            throw new IllegalArgumentException("the spring constant must be positive, got " + springConstant);
        if (!(maxForce > 0) || !Double.isFinite(maxForce)) throw new IllegalArgumentException("the force threshold must be positive, got " + maxForce);
        if (maxIterations < 1) throw new IllegalArgumentException("at least one iteration, got " + maxIterations);
        if (interpolation == null) throw new IllegalArgumentException("no interpolation given");
    }

    /**
     * 7 images, k = 5 kcal/mol/Å² (ASE's default 0.1 eV/Å² is 2.3; a little stiffer keeps the
     * images spread over steep molecular paths), climbing image, 0.05 kcal/mol/Å (a path is then
     * refined by a saddle search, so it need not be tighter), 2000 steps, IDPP.
     */
    public static NebOptions defaults() {
        return new NebOptions(7, 5.0, true, 0.05, 2000, Interpolation.IDPP);
    }

    public NebOptions withImages(int n) { return new NebOptions(n, springConstant, climb, maxForce, maxIterations, interpolation); }
    public NebOptions withSpringConstant(double k) { return new NebOptions(interiorImages, k, climb, maxForce, maxIterations, interpolation); }
    public NebOptions withClimb(boolean c) { return new NebOptions(interiorImages, springConstant, c, maxForce, maxIterations, interpolation); }
    public NebOptions withMaxForce(double f) { return new NebOptions(interiorImages, springConstant, climb, f, maxIterations, interpolation); }
    public NebOptions withMaxIterations(int m) { return new NebOptions(interiorImages, springConstant, climb, maxForce, m, interpolation); }
    public NebOptions withInterpolation(Interpolation i) { return new NebOptions(interiorImages, springConstant, climb, maxForce, maxIterations, i); }
}
