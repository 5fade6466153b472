package dev.curvature.workflow;

import dev.curvature.linalg.Superposition;
import dev.curvature.model.Potential;
import dev.curvature.optimize.OptimizationOptions;
import dev.curvature.optimize.OptimizationResult;
import dev.curvature.optimize.Optimizer;
import dev.curvature.path.NebOptions;
import dev.curvature.path.NudgedElasticBand;
import dev.curvature.path.PathInterpolation;
import dev.curvature.structure.MassModel;
import dev.curvature.structure.OverlappingAtomsException;
import dev.curvature.structure.Structure;
import dev.curvature.vibration.NormalModes;

/**
 * The reaction-path job behind {@code curvature neb}: superpose the product onto the reactant,
 * interpolate, relax a climbing-image nudged elastic band, then (if asked) refine the highest image
 * into a first-order saddle point with partitioned RFO climbing the Hessian mode most along the
 * path, and check its imaginary mode. The band finds which saddle connects the two ends; the
 * refinement makes it exact (forces to the optimizer's thresholds, not the band's).
 */
public final class ReactionPath {
    private ReactionPath() {}

    /** The two ends cannot make a path: different atoms, or an end that cannot be minimized. */
    public static final class EndsException extends Exception {
        public EndsException(String message) { super(message); }
    }

    /**
     * @param band               the relaxed band (the product superposed onto the reactant)
     * @param saddle             the saddle search from the highest image, or null if not asked
     * @param saddleModes        normal modes at the saddle search's end, or null
     * @param imaginaryAlongPath |cos| between the lowest mode's Cartesian displacement at the saddle
     *                           and the band's tangent at its highest image (1: the saddle's
     *                           imaginary mode is the reaction coordinate), NaN without refinement
     */
    public record Result(NudgedElasticBand.Result band, OptimizationResult saddle, NormalModes saddleModes,
                         double imaginaryAlongPath) {

        /** Energy of the highest image above the reactant (the band's barrier estimate). */
        public double bandBarrier() { return band.energies()[band.highest()] - band.energies()[0]; }

        /** A first-order saddle with its imaginary mode along the path was found. */
        public boolean saddleConfirmed() {
            return saddle != null && saddle.converged() && saddleModes != null && saddleModes.imaginaryModeCount() == 1
                    && imaginaryAlongPath > 0.5;
        }
    }

    /** Checks that the two ends are the same atoms in the same order. */
    public static void checkSameAtoms(Structure reactant, Structure product) throws EndsException {
        if (reactant.atomCount() != product.atomCount())
            throw new EndsException("the two ends have different numbers of atoms (" + reactant.atomCount() + " and "
                    + product.atomCount() + "); a path needs the same atoms in the same order");
        for (int i = 0; i < reactant.atomCount(); i++)
            if (reactant.atomicNumber(i) != product.atomicNumber(i))
                throw new EndsException("atom " + (i + 1) + " is " + reactant.element(i).symbol() + " in the first structure but "
                        + product.element(i).symbol() + " in the second; a path needs the same atoms in the same order");
    }

    /**
     * @param potential bound to the reactant (the same topology serves every image: force fields
     *                  keep their bonds, so a force field path cannot break one)
     * @throws EndsException if the ends are different atoms
     * @throws OverlappingAtomsException if an end has overlapping atoms
     */
    public static Result run(Potential potential, Structure reactant, Structure product, NebOptions options, boolean refine,
                             NudgedElasticBand.Observer observer) throws EndsException {
        return run(potential, reactant, product, options, false, refine, observer);
    }

    /**
     * @param minimizeEnds minimize both ends first (a band between points that are not minima has
     *                     images sliding downhill at its ends and a climbing image with no top to
     *                     find); an end that does not converge is an error
     */
    public static Result run(Potential potential, Structure reactant, Structure product, NebOptions options, boolean minimizeEnds,
                             boolean refine, NudgedElasticBand.Observer observer) throws EndsException {
        return run(potential, reactant, product, options, minimizeEnds, true, refine, observer);
    }

    /**
     * @param align superpose END onto START (least RMSD); off keeps the user's frames, for reactions
     *              where the least-RMSD orientation is not the reacting one (HCN → HNC: it swaps C and N)
     */
    public static Result run(Potential potential, Structure reactant, Structure product, NebOptions options, boolean minimizeEnds,
                             boolean align, boolean refine, NudgedElasticBand.Observer observer) throws EndsException {
        checkSameAtoms(reactant, product);
        OverlappingAtomsException.check(reactant);
        OverlappingAtomsException.check(product);
        if (observer == null) observer = NudgedElasticBand.Observer.NONE;
        double[] start = minimizeEnds ? minimized(potential, reactant.positions(), "START") : reactant.positions();
        double[] other = minimizeEnds ? minimized(potential, product.positions(), "END") : product.positions();
        boolean rigidFree = start.length >= 6 && translationAndRotationFree(potential, start);
        double[] end = align && rigidFree ? Superposition.onto(start, other) : other;
        double[][] images = PathInterpolation.of(options.interpolation(), start, end, options.interiorImages());
        NudgedElasticBand.Result band = new NudgedElasticBand(potential, options).removeRigidMotion(rigidFree)
                .relax(images, potential.energy(start), potential.energy(end), observer);
        // a band that did not converge may have a climbing image anywhere: no saddle search from there
        if (!refine || band.cancelled() || !band.converged()) return new Result(band, null, null, Double.NaN);

        double[] top = band.images()[band.highest()];
        Optimizer probe = new Optimizer();
        int mode = probe.modeAlong(potential, top, band.tangent());
        OptimizationResult saddle = new Optimizer(OptimizationOptions.defaults().withTransitionStateMode(mode))
                .transitionState(potential, top);
        NormalModes modes = null;
        double along = Double.NaN;
        if (saddle.converged() && saddle.hasFinalHessian()) { // modes of a point that is not stationary mean nothing
            modes = NormalModes.of(reactant.withPositions(saddle.positionsAngstrom()), MassModel.STANDARD_ATOMIC_WEIGHT,
                    NormalModes.inKcalPerMol(saddle.hessian(), potential.units())); // an eV model (ml:) too
            if (modes.modeCount() > 0) {
                double[] d = modes.displacement(0), t = band.tangent();
                along = Math.abs(dot(d, t)) / Math.sqrt(dot(d, d) * dot(t, t));
            }
        }
        return new Result(band, saddle, modes, along);
    }

    private static double[] minimized(Potential potential, double[] x, String which) throws EndsException {
        OptimizationResult r = new Optimizer().minimize(potential, x);
        if (!r.converged()) throw new EndsException(which + " could not be minimized: " + r.nonConvergenceMessage());
        return r.positionsAngstrom();
    }

    /** Superposing the ends is only right for a potential that rigid motions leave unchanged. */
    private static boolean translationAndRotationFree(Potential p, double[] x) {
        double e = p.energy(x);
        return Math.abs(p.energy(rotated(x)) - e) <= 1e-8 * (1 + Math.abs(e)); // turned and shifted at once
    }

    private static double[] rotated(double[] x) {
        double c = Math.cos(0.4), s = Math.sin(0.4);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length / 3; i++) {
            out[3 * i] = c * x[3 * i] - s * x[3 * i + 1] + 0.3;
            out[3 * i + 1] = s * x[3 * i] + c * x[3 * i + 1] - 0.2;
            out[3 * i + 2] = x[3 * i + 2] + 0.1;
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) s += a[k] * b[k];
        return s;
    }
}
