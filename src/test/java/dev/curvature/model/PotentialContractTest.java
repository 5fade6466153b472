package dev.curvature.model;

import dev.curvature.structure.Cell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The energy-model contract of {@link Potential}, checked on any bound model: subclass it, supply
 * the potential and one or more configurations (molecular or periodic, optionally in a field), and
 * adjust {@link #tolerances()} if the model's derivatives are noisier than a force field's.
 * Periodic and learned models subclass it the same way.
 *
 * <p>Checked: every implemented derivative against {@link FiniteDifferenceModel#differencing}
 * (gradient vs energies, Hessian vs gradients and symmetric, strain derivative vs strained
 * energies, strain–position vs gradients under strain, strain–strain vs strain derivatives under
 * strain, dipole vs field energies, polarizability vs field dipoles); shapes and units of every
 * property; {@link PropertyNotImplementedException} before anything is written; only requested
 * arrays are written, and overwritten rather than added to; refusal of a field or a cell the model
 * cannot take; invariance under rigid translation and rotation (energy equal, gradient and strain
 * derivative rotate, the strain derivative symmetric); identical results from several threads,
 * each with its own workspace, and with or without a (reused) workspace; the same results from a
 * workspace that last saw a nearby geometry (bitwise unless {@link #historyTolerance} says what an
 * iterative model's warm start may change).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PotentialContractTest {

    /**
     * Each check passes when max|analytic − differenced| ≤ tolerance · max(1, max|differenced|).
     * {@code invariance} bounds the same scaled difference under rigid motions (round-off only).
     */
    public record Tolerances(double gradient, double hessian, double strainDerivative, double strainPosition,
                             double strainStrain, double dipole, double polarizability, double invariance) {
        public static final Tolerances DEFAULT = new Tolerances(1e-7, 1e-6, 1e-7, 1e-6, 1e-6, 1e-7, 1e-6, 1e-10);
    }

    /** The model under test, bound to the atoms of every {@link #configurations()}. */
    protected abstract Potential potential();

    /** Where to test it: positions (perturbed off symmetric points), cells, fields. */
    protected abstract List<Configuration> configurations();

    protected Tolerances tolerances() { return Tolerances.DEFAULT; }

    /**
     * How far a result may move with what the workspace remembers (absolute, in the property's
     * unit; ENERGY for the energy). 0, the default, demands bitwise equality: models that keep
     * only geometry-free scratch must not depend on history at all. An iterative model that starts
     * from its previous solution (GFN2-xTB's SCC) converges to the same answer only within its
     * tolerance, and states here how far that is.
     */
    protected double historyTolerance(Property p) { return 0; }

    private void assertSameWithinHistory(Results expected, Results actual, String what) {
        assertSameWithinHistory(expected, actual, what, false);
    }

    /**
     * @param roundOff allow last-digit differences where the model demands bitwise equality: a
     *                 neighbour list kept from a nearby geometry (periodic potentials) holds the
     *                 same pairs in another order, so sums differ by ~1 ulp
     */
    private void assertSameWithinHistory(Results expected, Results actual, String what, boolean roundOff) {
        if (roundOff && historyTolerance(Property.ENERGY) == 0) {
            assertEquals(expected.energy(), actual.energy(), 1e-12 * Math.max(1, Math.abs(expected.energy())), what + ": energy");
            for (Property q : model().implementedProperties())
                if (q != Property.ENERGY && historyTolerance(q) == 0)
                    assertClose(expected.array(q), actual.array(q), 1e-12, what + ": " + q.key());
            return;
        }
        double te = historyTolerance(Property.ENERGY);
        if (te == 0) assertEquals(0, Double.compare(expected.energy(), actual.energy()), what + ": energy differs (bitwise)");
        else assertEquals(expected.energy(), actual.energy(), te, what + ": energy");
        for (Property q : model().implementedProperties()) {
            if (q == Property.ENERGY) continue;
            double[] e = expected.array(q), a = actual.array(q);
            double t = historyTolerance(q);
            if (t == 0) { assertArrayEquals(e, a, what + ": " + q.key() + " differs (bitwise)"); continue; }
            double worst = 0;
            for (int i = 0; i < e.length; i++) worst = Math.max(worst, Math.abs(e[i] - a[i]));
            assertTrue(worst <= t, String.format("%s: %s moved by %.3e with the workspace's history, allowed %.1e", what, q.key(), worst, t));
        }
    }

    /** Steps of the finite-difference oracle. */
    protected FiniteDifferenceModel.Steps steps() { return FiniteDifferenceModel.DEFAULT_STEPS; }

    /** Whether the model takes a periodic cell (molecular models must refuse one). */
    protected boolean acceptsCell() { return configurations().stream().anyMatch(Configuration::isPeriodic); }

    private Potential model;
    private List<Configuration> configs;

    private Potential model() {
        if (model == null) model = potential();
        return model;
    }

    private List<Configuration> configs() {
        if (configs == null) {
            configs = List.copyOf(configurations());
            assertFalse(configs.isEmpty(), "a contract test needs at least one configuration");
        }
        return configs;
    }

    /** Every implemented property at c, fresh arrays. */
    private Results all(Configuration c, Workspace w) {
        Results r = Results.request(model().atomCount(), model().implementedProperties());
        model().compute(c, r, w);
        return r;
    }

    private static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) m = Math.max(m, Math.abs(v));
        return m;
    }

    private static void assertClose(double[] expected, double[] actual, double tolerance, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        double worst = 0;
        int at = -1;
        for (int i = 0; i < expected.length; i++) {
            double d = Math.abs(expected[i] - actual[i]);
            if (!(d <= worst)) { worst = d; at = i; }
        }
        double scale = Math.max(1.0, maxAbs(expected));
        assertTrue(worst <= tolerance * scale, String.format("%s: max deviation %.3e at %d (%.10g vs %.10g), allowed %.3e",
                what, worst, at, at < 0 ? 0 : expected[at], at < 0 ? 0 : actual[at], tolerance * scale));
    }

    private String where(int k) {
        Configuration c = configs().get(k);
        return model().modelName() + ", configuration " + k + (c.isPeriodic() ? " (periodic)" : "")
                + (c.fieldVoltsPerAngstrom() != null ? " (in a field)" : "");
    }

    // ----- derivatives against finite differences ---------------------------------------------

    private void checkAgainstDifferences(Property p, double tolerance) {
        if (!model().implementedProperties().contains(p)) return;
        FiniteDifferenceModel oracle = FiniteDifferenceModel.differencing(model(), steps(), p);
        for (int k = 0; k < configs().size(); k++) {
            Configuration c = configs().get(k);
            Results analytic = Results.request(model().atomCount(), p);
            model().compute(c, analytic, null);
            Results differenced = Results.request(model().atomCount(), p);
            oracle.compute(c, differenced, null);
            // the same energy up to round-off (a kernel may sum in another order when it also builds a Hessian)
            assertEquals(analytic.energy(), differenced.energy(), 1e-12 * Math.max(1, Math.abs(analytic.energy())),
                    where(k) + ": the oracle's energy is the model's");
            assertClose(differenced.array(p), analytic.array(p), tolerance, where(k) + ": " + p.key() + " vs finite differences");
        }
    }

    @Test void gradientMatchesDifferencesOfTheEnergy() { checkAgainstDifferences(Property.GRADIENT, tolerances().gradient()); }

    @Test void hessianMatchesDifferencesOfTheGradient() { checkAgainstDifferences(Property.HESSIAN, tolerances().hessian()); }

    @Test void strainDerivativeMatchesStrainedEnergies() { checkAgainstDifferences(Property.STRAIN_DERIVATIVE, tolerances().strainDerivative()); }

    @Test void strainPositionBlockMatchesGradientsUnderStrain() { checkAgainstDifferences(Property.STRAIN_POSITION, tolerances().strainPosition()); }

    @Test void strainStrainBlockMatchesStrainDerivativesUnderStrain() { checkAgainstDifferences(Property.STRAIN_STRAIN, tolerances().strainStrain()); }

    @Test void dipoleMatchesFieldDifferencesOfTheEnergy() { checkAgainstDifferences(Property.DIPOLE, tolerances().dipole()); }

    @Test void polarizabilityMatchesFieldDifferencesOfTheDipole() { checkAgainstDifferences(Property.POLARIZABILITY, tolerances().polarizability()); }

    @Test
    void hessianAndStrainStrainAreSymmetric() {
        int n3 = 3 * model().atomCount();
        for (int k = 0; k < configs().size(); k++) {
            Results r = all(configs().get(k), null);
            if (r.hessian() != null) assertSymmetric(r.hessian(), n3, where(k) + ": Hessian");
            if (r.strainStrain() != null) assertSymmetric(r.strainStrain(), 6, where(k) + ": strain–strain block");
            if (r.polarizability() != null) assertSymmetric(r.polarizability(), 3, where(k) + ": polarizability");
        }
    }

    private void assertSymmetric(double[] m, int n, String what) {
        double scale = Math.max(1.0, maxAbs(m)), worst = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) worst = Math.max(worst, Math.abs(m[i * n + j] - m[j * n + i]));
        assertTrue(worst <= 1e-10 * scale, what + " asymmetric by " + worst);
    }

    // ----- shapes, units, requests --------------------------------------------------------------

    @Test
    void propertiesHaveTheirShapesAndUnits() {
        Potential p = model();
        Set<Property> have = p.implementedProperties();
        assertTrue(have.contains(Property.ENERGY), "ENERGY is always implemented");
        assertNotNull(p.units());
        String e = p.units().energyUnit();
        int n = p.atomCount();
        for (int k = 0; k < configs().size(); k++) {
            Configuration c = configs().get(k);
            assertEquals(3 * n, c.positionsAngstrom().length, where(k) + ": configuration of another size");
            Results r = all(c, null);
            assertTrue(Double.isFinite(r.energy()), where(k) + ": energy " + r.energy());
            for (Property q : have) {
                if (q == Property.ENERGY) continue;
                assertEquals(q.length(n), r.array(q).length, where(k) + ": " + q.key() + " length");
                for (double v : r.array(q)) assertTrue(Double.isFinite(v), where(k) + ": " + q.key() + " not finite");
            }
        }
        assertEquals(e, Property.ENERGY.unit(p.units()));
        assertEquals(e + "/Å", Property.GRADIENT.unit(p.units()));
        assertEquals(e + "/Å²", Property.HESSIAN.unit(p.units()));
        assertEquals(e, Property.STRAIN_DERIVATIVE.unit(p.units()));
        assertThrows(IllegalArgumentException.class, () -> Results.request(n).use(Property.GRADIENT, new double[3 * n + 1]));
    }

    @Test
    void unimplementedPropertiesThrowBeforeAnythingIsWritten() {
        Potential p = model();
        int n = p.atomCount();
        EnumSet<Property> missing = EnumSet.allOf(Property.class);
        missing.removeAll(p.implementedProperties());
        for (Property q : missing) {
            Results r = Results.request(n, q);
            double[] sentinel = null;
            if (p.implementedProperties().contains(Property.GRADIENT)) {
                sentinel = new double[3 * n];
                Arrays.fill(sentinel, 7.0);
                r.use(Property.GRADIENT, sentinel);
            }
            PropertyNotImplementedException ex = assertThrows(PropertyNotImplementedException.class,
                    () -> p.compute(configs().get(0), r, null), q.key());
            assertEquals(q, ex.property());
            if (sentinel != null) for (double v : sentinel) assertEquals(7.0, v, 0.0, "gradient written before the refusal");
            assertTrue(Double.isNaN(r.energy()), "energy set before the refusal");
        }
    }

    @Test
    void onlyRequestedArraysAreWrittenAndTheyAreOverwritten() {
        Potential p = model();
        int n = p.atomCount();
        Configuration c = configs().get(0);
        Results reference = all(c, null);
        for (Property q : p.implementedProperties()) {
            Results r = Results.request(n);
            List<double[]> others = new ArrayList<>();
            for (Property o : p.implementedProperties()) {
                if (o == Property.ENERGY) continue;
                double[] a = new double[o.length(n)];
                Arrays.fill(a, 7.0);
                if (o == q) r.use(o, a);
                else others.add(a);
            }
            p.compute(c, r, null);
            assertEquals(reference.energy(), r.energy(), 1e-12 * Math.max(1, Math.abs(reference.energy())), q.key() + " request: energy");
            if (q != Property.ENERGY)
                assertClose(reference.array(q), r.array(q), 1e-12, q.key() + " requested alone (filled with 7 first)");
            for (double[] a : others) for (double v : a) assertEquals(7.0, v, 0.0, q.key() + " request wrote into an array nobody asked for");
        }
    }

    @Test
    void refusesWhatItCannotTake() {
        Configuration c = configs().get(0);
        if (!model().acceptsField())
            assertThrows(IllegalArgumentException.class, () -> model().compute(c.withField(new double[] {0, 0, 0.01}),
                    Results.request(model().atomCount()), null), "a model without a field response must refuse a field");
        if (!acceptsCell())
            assertThrows(IllegalArgumentException.class, () -> model().compute(c.withCell(new Cell(new double[][] {{20, 0, 0}, {0, 20, 0}, {0, 0, 20}})),
                    Results.request(model().atomCount()), null), "a molecular model must refuse a cell");
    }

    // ----- invariance ---------------------------------------------------------------------------

    /** Random proper rotation (row-major 3×3) from a random unit quaternion. */
    private static double[] rotation(Random random) {
        double[] q = new double[4];
        double norm = 0;
        for (int i = 0; i < 4; i++) { q[i] = random.nextGaussian(); norm += q[i] * q[i]; }
        norm = Math.sqrt(norm);
        double w = q[0] / norm, x = q[1] / norm, y = q[2] / norm, z = q[3] / norm;
        return new double[] {
                1 - 2 * (y * y + z * z), 2 * (x * y - w * z), 2 * (x * z + w * y),
                2 * (x * y + w * z), 1 - 2 * (x * x + z * z), 2 * (y * z - w * x),
                2 * (x * z - w * y), 2 * (y * z + w * x), 1 - 2 * (x * x + y * y)};
    }

    private static double[] rotateVectors(double[] rot, double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i += 3)
            for (int a = 0; a < 3; a++) out[i + a] = rot[3 * a] * v[i] + rot[3 * a + 1] * v[i + 1] + rot[3 * a + 2] * v[i + 2];
        return out;
    }

    private static Configuration moved(Configuration c, double[] rot, double[] shift) {
        double[] y = rotateVectors(rot, c.positionsAngstrom());
        for (int i = 0; i < y.length; i++) y[i] += shift[i % 3];
        Configuration out = c.withPositions(y);
        if (c.cell() == null) return out;
        double[][] v = c.cell().vectorsAngstrom(), nv = new double[3][];
        for (int r = 0; r < 3; r++) nv[r] = rotateVectors(rot, v[r]);
        return out.withCell(new Cell(nv));
    }

    @Test
    void invariantUnderRigidTranslationAndRotation() {
        Random random = new Random(8);
        double tol = tolerances().invariance();
        double[] identity = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        for (int k = 0; k < configs().size(); k++) {
            Configuration c = configs().get(k);
            if (c.fieldVoltsPerAngstrom() != null) continue;   // a field is fixed in space: no rotation invariance
            Results r0 = all(c, null);
            double[] shift = {random.nextGaussian() * 3, random.nextGaussian() * 3, random.nextGaussian() * 3};
            Results rt = all(moved(c, identity, shift), null);
            double[] rot = rotation(random);
            Results rr = all(moved(c, rot, new double[3]), null);
            double eScale = Math.max(1, Math.abs(r0.energy()));
            assertEquals(r0.energy(), rt.energy(), tol * eScale * 100, where(k) + ": energy changes under translation");
            assertEquals(r0.energy(), rr.energy(), tol * eScale * 100, where(k) + ": energy changes under rotation");
            if (r0.gradient() != null) {
                assertClose(r0.gradient(), rt.gradient(), tol * 1e3, where(k) + ": gradient under translation");
                assertClose(rotateVectors(rot, r0.gradient()), rr.gradient(), tol * 1e3, where(k) + ": gradient does not rotate with the atoms");
            }
            if (r0.hessian() != null) assertClose(r0.hessian(), rt.hessian(), tol * 1e3, where(k) + ": Hessian under translation");
            double[] w = r0.strainDerivative();
            if (w != null) {
                double scale = Math.max(1, maxAbs(w));
                for (int a = 0; a < 3; a++)
                    for (int b = a + 1; b < 3; b++)
                        assertEquals(w[3 * a + b], w[3 * b + a], tol * 1e3 * scale, where(k) + ": antisymmetric strain derivative (a torque)");
                assertClose(w, rt.strainDerivative(), tol * 1e3, where(k) + ": strain derivative under translation");
                double[] rwrt = new double[9];   // R W Rᵀ
                for (int a = 0; a < 3; a++)
                    for (int b = 0; b < 3; b++)
                        for (int i = 0; i < 3; i++)
                            for (int j = 0; j < 3; j++) rwrt[3 * a + b] += rot[3 * a + i] * w[3 * i + j] * rot[3 * b + j];
                assertClose(rwrt, rr.strainDerivative(), tol * 1e3, where(k) + ": strain derivative does not rotate as a tensor");
            }
        }
    }

    // ----- threads and workspaces ---------------------------------------------------------------

    @Test
    void sameResultsFromSeveralThreadsEachWithItsOwnWorkspace() throws Exception {
        List<Results> reference = new ArrayList<>();
        for (Configuration c : configs()) reference.add(all(c, null));
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    Workspace w = model().newWorkspace();
                    for (int round = 0; round < 3; round++)
                        for (int i = 0; i < configs().size(); i++) {
                            int k = (i + offset) % configs().size();   // threads visit configurations in different orders
                            Results r = all(configs().get(k), w);
                            Results ref = reference.get(k);
                            try {
                                assertSameWithinHistory(ref, r, where(k) + " in a thread");
                            } catch (AssertionError e) {
                                return e.getMessage();
                            }
                        }
                    return null;
                }));
            }
            for (Future<String> f : futures) assertNull(f.get());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A workspace that has just evaluated a geometry 0.02 Å away gives the answer of a fresh one (up to round-off, or the stated history tolerance). */
    @Test
    void sameResultsAfterTheWorkspaceSawANearbyGeometry() {
        for (int k = 0; k < configs().size(); k++) {
            Configuration c = configs().get(k);
            Results fresh = all(c, null);
            double[] x = c.positionsAngstrom().clone();
            for (int i = 0; i < x.length; i++) x[i] += 0.02 * Math.cos(3.0 * i + 0.5);
            Workspace w = model().newWorkspace();
            all(c.withPositions(x), w);
            assertSameWithinHistory(fresh, all(c, w), where(k) + " after a nearby geometry", true);
        }
    }
}
