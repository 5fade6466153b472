package dev.curvature.build.embed;

import dev.curvature.forcefield.mmff.MmffForceField;
import dev.curvature.forcefield.uff.UffForceField;
import dev.curvature.build.CdkConversion;
import dev.curvature.model.Potential;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.optimize.OptimizationMethod;
import dev.curvature.optimize.OptimizationOptions;
import dev.curvature.optimize.OptimizationResult;
import dev.curvature.optimize.Optimizer;
import dev.curvature.structure.Structure;

import javax.vecmath.Point3d;
import java.util.List;

/**
 * SMILES → verified 3-D conformers: {@link DistanceGeometry} embedding, force-field cleanup
 * (MMFF94 where it types every atom, else UFF), then two checks on the result — CDK re-perceives
 * the SMILES' stereo from the coordinates ({@link StereoVerifier}) and no two atoms clash
 * ({@link ClashCriterion}) — retrying from another random start when either fails.
 */
public final class ConformerBuilder {
    /** Attempts per conformer before giving up (each from a fresh random start). */
    public static final int MAX_ATTEMPTS = 10;

    /** How the force-field cleanup is run: a loose L-BFGS minimisation (embedding) or a full one (conformers). */
    public enum Cleanup { NONE, QUICK, FULL }

    private static final Optimizer QUICK = new Optimizer(OptimizationOptions.defaults().withMethod(OptimizationMethod.LBFGS)
            .withMaxIterations(2000).withMaxForce(0.05).withRmsForce(0.02).withMaxDisplacement(1e-2).withRmsDisplacement(5e-3));
    private static final Optimizer FULL = new Optimizer(OptimizationOptions.defaults().withMaxIterations(5000));

    /**
     * Largest molecule the SMILES reader's quick cleanup minimises: the force fields evaluate all
     * atom pairs, so above this a cleanup would cost seconds to minutes (C300H602: ~50 s) while
     * the distance-geometry geometry is already clash-free with correct stereo. Commands that
     * need a minimum (optimize, freq, conformers) minimise anyway.
     */
    public static final int QUICK_CLEANUP_MAX_ATOMS = 250;

    /** A potential for the cleanup, or null if the model cannot describe the structure. */
    public interface CleanupModel {
        Potential bind(Structure s);
    }

    /** MMFF94 if it types every atom, else UFF, else no cleanup. */
    public static final CleanupModel MMFF_OR_UFF = s -> {
        try {
            return new MmffForceField().bind(s);
        } catch (UnsupportedStructureException | RuntimeException e) {
            try {
                return new UffForceField().bind(s);
            } catch (UnsupportedStructureException | RuntimeException e2) {
                return null;
            }
        }
    };

    /** One embedded, cleaned and verified conformer, with its force-field energy (NaN without cleanup). */
    public record Conformer(Structure structure, double energyKcalPerMol, String model, int attempts, boolean converged) {}

    private static final boolean TRACE = System.getProperty("embed.trace") != null;
    private final Cleanup cleanup;
    private final CleanupModel model;

    public ConformerBuilder(Cleanup cleanup, CleanupModel model) {
        this.cleanup = cleanup;
        this.model = model;
    }

    /** Quick MMFF/UFF cleanup: the geometry the SMILES reader returns. */
    public static ConformerBuilder standard() { return new ConformerBuilder(Cleanup.QUICK, MMFF_OR_UFF); }

    /** Parses, embeds and verifies one conformer; the name is used if not blank, else the SMILES. */
    public static Structure embedSmiles(String smiles, String name) throws EmbeddingException {
        SmilesMolecule m = SmilesMolecule.parse(smiles);
        return standard().build(m, name, 1L).structure();
    }

    /** One conformer from random starts derived from {@code seed}. */
    public Conformer build(SmilesMolecule m, String name, long seed) throws EmbeddingException {
        if (!m.unsupportedStereo.isEmpty())
            throw new EmbeddingException("SMILES '" + m.smiles + "': stereo of kind " + String.join(", ", m.unsupportedStereo)
                    + " is not embedded");
        Restraints r = new Restraints(m.graph, m.stereo);
        String lastProblem = "the distance restraints could not be met";
        Structure template = null;
        Potential potential = null;
        boolean bound = false;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            double[] x = DistanceGeometry.embedOnce(r, seed * 1_000_003L + attempt);
            if (x == null) continue;
            if (template == null) template = structureOf(m, x, name);
            Structure s = template.withPositions(x);
            double energy = Double.NaN;
            String modelName = "none";
            boolean converged = true;
            if (cleanup == Cleanup.FULL || (cleanup == Cleanup.QUICK && m.graph.n <= QUICK_CLEANUP_MAX_ATOMS)) {
                long t0 = System.nanoTime();
                if (!bound) { potential = model.bind(s); bound = true; }
                long t1 = System.nanoTime();
                if (potential != null) {
                    OptimizationResult res = (cleanup == Cleanup.QUICK ? QUICK : FULL).minimize(potential, x);
                    if (TRACE) System.err.printf("cleanup: bind %.1f ms, minimise %.1f ms, %d iterations, %d gradients%n",
                            (t1 - t0) / 1e6, (System.nanoTime() - t1) / 1e6, res.iterations(), res.gradientEvaluations());
                    x = res.positionsAngstrom();
                    energy = res.energyKcalPerMol();
                    converged = res.converged();
                    modelName = potential.modelName();
                    s = template.withPositions(x);
                }
            }
            String clash = ClashCriterion.firstClash(s);
            if (clash != null) { lastProblem = "clash: " + clash; continue; }
            StereoVerifier.Result st = StereoVerifier.check(m, x);
            if (!st.ok()) { lastProblem = "stereo not reproduced at " + String.join(", ", st.wrong()); continue; }
            return new Conformer(s, energy, modelName, attempt, converged);
        }
        throw new EmbeddingException("could not embed '" + m.smiles + "' in " + MAX_ATTEMPTS + " attempts: " + lastProblem);
    }

    private static Structure structureOf(SmilesMolecule m, double[] x, String name) throws EmbeddingException {
        for (int a = 0; a < m.mol.getAtomCount(); a++)
            m.mol.getAtom(a).setPoint3d(new Point3d(x[3 * a], x[3 * a + 1], x[3 * a + 2]));
        m.mol.setTitle(name == null || name.isBlank() ? m.smiles : name.strip());
        try {
            return CdkConversion.toStructure(m.mol);
        } catch (CdkConversion.ConversionException e) {
            throw new EmbeddingException(e.getMessage());
        }
    }

}
