package dev.curvature.optimize;

import dev.curvature.model.Potential;
import dev.curvature.testing.AnalyticSurfaces;
import dev.curvature.testing.ValenceModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import dev.curvature.testing.JetPotential;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import dev.curvature.units.Units;

import static org.junit.jupiter.api.Assertions.*;

class OptimizerTest {

    static final OptimizationOptions LBFGS = OptimizationOptions.defaults().withMethod(OptimizationMethod.LBFGS);
    static final OptimizationOptions RFO = OptimizationOptions.defaults().withMethod(OptimizationMethod.RFO);

    static double[] jitter(double[] x, double amplitude, long seed) {
        Random r = new Random(seed);
        double[] y = x.clone();
        for (int i = 0; i < y.length; i++) y[i] += amplitude * (2 * r.nextDouble() - 1);
        return y;
    }

    static double distance(double[] x, int a, int b) {
        double dx = x[3 * a] - x[3 * b], dy = x[3 * a + 1] - x[3 * b + 1], dz = x[3 * a + 2] - x[3 * b + 2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    static double angleDegrees(double[] x, int a, int v, int b) {
        double[] u = new double[3], w = new double[3];
        for (int k = 0; k < 3; k++) {
            u[k] = x[3 * a + k] - x[3 * v + k];
            w[k] = x[3 * b + k] - x[3 * v + k];
        }
        double c = (u[0] * w[0] + u[1] * w[1] + u[2] * w[2])
                / Math.sqrt((u[0] * u[0] + u[1] * u[1] + u[2] * u[2]) * (w[0] * w[0] + w[1] * w[1] + w[2] * w[2]));
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, c))));
    }

    static void assertConverged(OptimizationResult r, OptimizationOptions o) {
        assertTrue(r.converged(), r.toString());
        assertEquals(StopReason.CONVERGED, r.stopReason());
        assertTrue(r.maxForce() <= o.maxForce(), r.toString());
        assertTrue(r.rmsForce() <= o.rmsForce(), r.toString());
    }

    @Test
    void rosenbrockMinimumIsFoundByBothMethods() {
        Potential p = AnalyticSurfaces.rosenbrock();
        double[] start = {-1.2, 1.0, 1.0};
        for (OptimizationOptions o : new OptimizationOptions[] {LBFGS, RFO}) {
            OptimizationResult r = new Optimizer(o).minimize(p, start);
            assertConverged(r, o);
            assertEquals(0.0, r.energyKcalPerMol(), 1e-10, r.toString());
            // the softest Hessian eigenvalue at the minimum is 0.475, so δx ≲ 2.1·max force
            for (double xi : r.positionsAngstrom()) assertEquals(1.0, xi, 1e-5, r.toString());
            assertEquals(0, r.rigidBodyModesRemoved(), "Rosenbrock is not translation invariant");
            OptimizationOptions tight = o.withForceThresholdScaled(1e-9);
            OptimizationResult t = new Optimizer(tight).minimize(p, start);
            assertConverged(t, tight);
            for (double xi : t.positionsAngstrom()) assertEquals(1.0, xi, 1e-8, t.toString());
        }
    }

    @Test
    void valenceModelsWithoutRepulsionReachTheirReferenceGeometry() {
        double td = Math.toDegrees(Math.acos(-1.0 / 3.0));
        Object[][] cases = {
            {ValenceModel.water(false), new double[] {0, 0, 0.1, 0.75, 0, -0.45, -0.8, 0.05, -0.5}, 0.96, 104.5},
            {ValenceModel.ammonia(), new double[] {0, 0, 0.3, 1.0, 0, -0.05, -0.5, 0.85, 0, -0.45, -0.9, 0.1}, 1.01, 107.0},
            {ValenceModel.methane(), new double[] {0, 0, 0, 0.62, 0.63, 0.64, -0.63, -0.6, 0.62, -0.64, 0.62, -0.61, 0.6, -0.65, -0.6}, 1.09, td}};
        for (Object[] c : cases) {
            Potential p = (Potential) c[0];
            double r0 = (double) c[2], theta0 = (double) c[3];
            for (OptimizationOptions o : new OptimizationOptions[] {LBFGS, RFO}) {
                OptimizationResult r = new Optimizer(o).minimize(p, jitter((double[]) c[1], 0.1, 7));
                assertConverged(r, o);
                assertEquals(0.0, r.energyKcalPerMol(), 1e-9, p.modelName() + " " + r);
                double[] x = r.positionsAngstrom();
                int n = p.atomCount();
                for (int h = 1; h < n; h++) assertEquals(r0, distance(x, 0, h), 1e-6, p.modelName() + " bond");
                for (int a = 1; a < n; a++)
                    for (int b = a + 1; b < n; b++) assertEquals(theta0, angleDegrees(x, a, 0, b), 1e-4, p.modelName() + " angle");
                if (o == RFO) assertEquals(6, r.rigidBodyModesRemoved());
                if (o == RFO) assertEquals(0, r.negativeHessianEigenvalues());
            }
        }
    }

    /**
     * Water with H···H repulsion: its minimum is not at r0/θ0. Reference: an independent 2-D
     * minimisation of E(r, θ) in the symmetric (C2v) internal coordinates by Newton's method on
     * finite differences, nothing shared with the optimizers under test.
     */
    @Test
    void waterWithRepulsionMatchesAnIndependentInternalCoordinateMinimum() {
        double kb = 1100, r0 = 0.96, ka = 110, c0 = Math.cos(Math.toRadians(104.5)), a = 50;
        java.util.function.DoubleBinaryOperator energy = (r, th) -> {
            double d = 2 * r * Math.sin(th / 2);
            return kb * (r - r0) * (r - r0) + 0.5 * ka * (Math.cos(th) - c0) * (Math.cos(th) - c0) + a / Math.pow(d, 12);
        };
        double r = 0.96, th = Math.toRadians(104.5), h = 1e-4;
        for (int it = 0; it < 50; it++) {
            double e0 = energy.applyAsDouble(r, th);
            double er = (energy.applyAsDouble(r + h, th) - energy.applyAsDouble(r - h, th)) / (2 * h);
            double et = (energy.applyAsDouble(r, th + h) - energy.applyAsDouble(r, th - h)) / (2 * h);
            double err = (energy.applyAsDouble(r + h, th) - 2 * e0 + energy.applyAsDouble(r - h, th)) / (h * h);
            double ett = (energy.applyAsDouble(r, th + h) - 2 * e0 + energy.applyAsDouble(r, th - h)) / (h * h);
            double ert = (energy.applyAsDouble(r + h, th + h) - energy.applyAsDouble(r + h, th - h)
                    - energy.applyAsDouble(r - h, th + h) + energy.applyAsDouble(r - h, th - h)) / (4 * h * h);
            double det = err * ett - ert * ert;
            r -= (ett * er - ert * et) / det;
            th -= (err * et - ert * er) / det;
        }
        double eRef = energy.applyAsDouble(r, th);
        Potential p = ValenceModel.water(true);
        for (OptimizationOptions o : new OptimizationOptions[] {LBFGS, RFO}) {
            OptimizationResult res = new Optimizer(o).minimize(p, jitter(new double[] {0, 0, 0.1, 0.75, 0, -0.45, -0.8, 0.05, -0.5}, 0.1, 3));
            assertConverged(res, o);
            double[] x = res.positionsAngstrom();
            assertEquals(eRef, res.energyKcalPerMol(), 1e-8);
            assertEquals(r, distance(x, 0, 1), 1e-6);
            assertEquals(r, distance(x, 0, 2), 1e-6);
            assertEquals(Math.toDegrees(th), angleDegrees(x, 1, 0, 2), 1e-4);
        }
    }

    /** Rotates (angle about axis (0.3, −0.5, 0.8)) and translates every atom. */
    static double[] rigidlyMoved(double[] x, double angle, double[] shift) {
        double n = Math.sqrt(0.09 + 0.25 + 0.64), ux = 0.3 / n, uy = -0.5 / n, uz = 0.8 / n;
        double c = Math.cos(angle), s = Math.sin(angle), t = 1 - c;
        double[][] r = {
            {c + ux * ux * t, ux * uy * t - uz * s, ux * uz * t + uy * s},
            {uy * ux * t + uz * s, c + uy * uy * t, uy * uz * t - ux * s},
            {uz * ux * t - uy * s, uz * uy * t + ux * s, c + uz * uz * t}};
        double[] y = new double[x.length];
        for (int a = 0; a < x.length; a += 3)
            for (int k = 0; k < 3; k++) y[a + k] = r[k][0] * x[a] + r[k][1] * x[a + 1] + r[k][2] * x[a + 2] + shift[k];
        return y;
    }

    static double[] pairDistances(double[] x) {
        int n = x.length / 3;
        List<Double> d = new ArrayList<>();
        for (int a = 0; a < n; a++) for (int b = a + 1; b < n; b++) d.add(distance(x, a, b));
        return d.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static void assertSameShape(double[] expected, double[] actual, double tol, String what) {
        double[] a = pairDistances(expected), b = pairDistances(actual);
        for (int i = 0; i < a.length; i++) assertEquals(a[i], b[i], tol, what + " pair distance " + i);
    }

    @Test
    void resultIsInvariantToRigidMotionOfTheStartAndMethodsAgree() {
        Potential p = ValenceModel.ethane(0.3);
        double[] start = jitter(ValenceModel.ethaneGeometry(40), 0.08, 21);
        double[] moved = rigidlyMoved(start, 1.1, new double[] {3.0, -1.5, 0.7});
        OptimizationResult reference = new Optimizer(RFO).minimize(p, start);
        assertConverged(reference, RFO);
        assertEquals(0.0, reference.energyKcalPerMol(), 1e-9, "staggered ethane has E = 0 exactly");
        for (OptimizationOptions o : new OptimizationOptions[] {LBFGS, RFO})
            for (double[] x0 : new double[][] {start, moved}) {
                OptimizationResult r = new Optimizer(o).minimize(p, x0);
                assertConverged(r, o);
                assertEquals(reference.energyKcalPerMol(), r.energyKcalPerMol(), 1e-9);
                assertSameShape(reference.positionsAngstrom(), r.positionsAngstrom(), 1e-5, o.method() + "");
            }
        // Hessian steps are built from rotation-equivariant pieces, so the rotated start follows
        // the rotated path: the final geometry is the rigidly moved reference, not just congruent
        OptimizationResult r = new Optimizer(RFO).minimize(p, moved);
        double[] expected = rigidlyMoved(reference.positionsAngstrom(), 1.1, new double[] {3.0, -1.5, 0.7});
        double[] actual = r.positionsAngstrom();
        for (int i = 0; i < expected.length; i++) assertEquals(expected[i], actual[i], 1e-6, "coordinate " + i);
        assertEquals(reference.iterations(), r.iterations());
    }

    @Test
    void octaneFromARoughStartReachesTheStrainFreeMinimumWithBothMethods() {
        Potential p = ValenceModel.alkane(8, 0.3);
        double[] start = jitter(ValenceModel.alkaneGeometry(8), 0.1, 8);
        OptimizationResult rfo = new Optimizer(RFO).minimize(p, start);
        OptimizationResult lbfgs = new Optimizer(LBFGS).minimize(p, start);
        assertConverged(rfo, RFO);
        assertConverged(lbfgs, LBFGS);
        // every bond, bend and torsion can sit at its optimum at once in all-anti octane
        assertEquals(0.0, rfo.energyKcalPerMol(), 1e-9);
        assertEquals(0.0, lbfgs.energyKcalPerMol(), 1e-8);
        assertSameShape(rfo.positionsAngstrom(), lbfgs.positionsAngstrom(), 1e-4, "octane");
        assertTrue(rfo.iterations() <= 15, rfo.toString());
    }

    @Test
    void rfoMinimizationStartedOnASaddleStepsOffIt() {
        Potential p = ValenceModel.ethane(0.3);
        double[] eclipsed = ValenceModel.ethaneGeometry(0); // stationary: zero gradient, one negative mode
        OptimizationResult r = new Optimizer(RFO).minimize(p, eclipsed);
        assertConverged(r, RFO);
        assertEquals(0, r.negativeHessianEigenvalues());
        assertEquals(0.0, r.energyKcalPerMol(), 1e-9, "staggered minimum");
        assertSameShape(ValenceModel.ethaneGeometry(60), r.positionsAngstrom(), 1e-5, "staggered");
        // L-BFGS has no curvature information: at a zero gradient it can only stop
        OptimizationResult l = new Optimizer(LBFGS).minimize(p, eclipsed);
        assertEquals(0, l.iterations());
        assertEquals(-1, l.negativeHessianEigenvalues());
    }

    @Test
    void structureInStructureOut() {
        dev.curvature.structure.Element o = dev.curvature.structure.Element.of("O"), h = dev.curvature.structure.Element.of("H");
        dev.curvature.structure.Structure water = dev.curvature.structure.Structure.of("water",
                new dev.curvature.structure.Element[] {o, h, h}, new double[] {0, 0, 0.1, 0.75, 0, -0.45, -0.8, 0.05, -0.5},
                new int[3], List.of(new dev.curvature.structure.Bond(0, 1, 1), new dev.curvature.structure.Bond(0, 2, 1)));
        OptimizationResult r = new Optimizer().minimize(ValenceModel.water(false), water);
        dev.curvature.structure.Structure optimized = r.applyTo(water);
        assertEquals("water", optimized.name());
        assertArrayEquals(r.positionsAngstrom(), optimized.positions(), 0.0);
        assertEquals(0.96, distance(optimized.positions(), 0, 1), 1e-6);
        assertThrows(IllegalArgumentException.class, () -> new Optimizer().minimize(ValenceModel.methane(), water),
                "a potential bound to a different structure");
    }

    /** The same potential with its gradient sign flipped: no method may claim convergence. */
    static Potential wrongGradient(Potential p) {
        return new dev.curvature.model.MolecularPotential() {
            public int atomCount() { return p.atomCount(); }
            public String modelName() { return "broken"; }
            @Override protected double energy(double[] x, double[] g, double[] h) {
                double e = p.evaluate(x, g, h);
                if (g != null) for (int i = 0; i < g.length; i++) g[i] = -g[i];
                return e;
            }
            @Override protected boolean analyticHessian() { return true; }
            public java.util.Map<String, Double> energyTerms(double[] x) { return p.energyTerms(x); }
        };
    }

    @Test
    void aWrongGradientEndsInAnHonestFailure() {
        Potential broken = wrongGradient(ValenceModel.ethane(0.3));
        double[] start = jitter(ValenceModel.ethaneGeometry(40), 0.1, 5);
        OptimizationResult l = new Optimizer(LBFGS).minimize(broken, start);
        assertEquals(StopReason.LINE_SEARCH_FAILED, l.stopReason(), l.toString());
        assertFalse(l.converged());
        OptimizationResult r = new Optimizer(RFO).minimize(broken, start);
        assertEquals(StopReason.TRUST_RADIUS_TOO_SMALL, r.stopReason(), r.toString());
        assertFalse(r.converged());
        assertArrayEquals(start, r.positionsAngstrom(), 0.0, "every uphill step was rejected");
    }

    @Test
    void noAtomMovesFartherThanTheStepLimit() {
        Potential p = ValenceModel.ethane(0.3);
        double[] start = jitter(ValenceModel.ethaneGeometry(40), 0.35, 13); // badly distorted
        for (OptimizationOptions o : new OptimizationOptions[] {LBFGS.withMaxStepPerAtom(0.05), RFO.withMaxStepPerAtom(0.05)}) {
            double[] largest = {0};
            OptimizationResult r = new Optimizer(o).minimize(p, start, progress -> {
                if (progress.iteration() > 0) largest[0] = Math.max(largest[0], progress.maxDisplacement());
                return true;
            });
            assertConverged(r, o);
            assertTrue(largest[0] <= 0.05 + 1e-12, o.method() + " moved an atom " + largest[0] + " Å");
            assertTrue(largest[0] > 0.04, "the limit was actually reached: " + largest[0]);
            assertEquals(0.0, r.energyKcalPerMol(), 1e-8);
        }
    }

    @Test
    void nonConvergentRunReportsItsResiduals() {
        Potential p = ValenceModel.ethane(0.3);
        double[] start = jitter(ValenceModel.ethaneGeometry(40), 0.1, 5);
        for (OptimizationOptions o : new OptimizationOptions[] {LBFGS, RFO}) {
            OptimizationOptions three = o.withMaxIterations(3);
            OptimizationResult r = new Optimizer(three).minimize(p, start);
            assertFalse(r.converged());
            assertEquals(StopReason.MAX_ITERATIONS, r.stopReason());
            assertEquals(3, r.iterations());
            assertTrue(r.maxForce() > three.maxForce() && Double.isFinite(r.maxForce()), r.toString());
            assertTrue(r.rmsForce() > 0 && Double.isFinite(r.rmsForce()));
            assertTrue(r.maxDisplacement() > 0 && Double.isFinite(r.rmsDisplacement()));
            assertTrue(r.energyKcalPerMol() < p.energy(start), "three steps still lower the energy");
            assertEquals(p.energy(r.positionsAngstrom()), r.energyKcalPerMol(), 1e-12, "energy belongs to the returned positions");
            double[] g = new double[24];
            p.evaluate(r.positionsAngstrom(), g, null);
            assertArrayEquals(g, r.gradient(), 1e-12);
        }
    }

    @Test
    void observerSeesEveryIterationAndCanCancel() {
        Potential p = ValenceModel.ethane(0.3);
        double[] start = jitter(ValenceModel.ethaneGeometry(40), 0.1, 5);
        for (OptimizationOptions o : new OptimizationOptions[] {LBFGS, RFO}) {
            List<OptimizationProgress> seen = new ArrayList<>();
            OptimizationResult r = new Optimizer(o).minimize(p, start, progress -> {
                seen.add(progress);
                return progress.iteration() < 2;
            });
            assertEquals(StopReason.CANCELLED, r.stopReason());
            assertFalse(r.converged());
            assertEquals(2, r.iterations());
            assertEquals(3, seen.size());
            for (int i = 0; i < seen.size(); i++) assertEquals(i, seen.get(i).iteration());
            assertTrue(Double.isNaN(seen.get(0).maxDisplacement()), "no step before the first iteration");
            assertEquals(seen.get(2).energyKcalPerMol(), r.energyKcalPerMol(), 0.0);
            // an uncancelled run reports each step once and ends on the converged point
            List<OptimizationProgress> all = new ArrayList<>();
            OptimizationResult full = new Optimizer(o).minimize(p, start, progress -> all.add(progress));
            assertConverged(full, o);
            assertEquals(full.iterations() + 1, all.size());
        }
    }

    @Test
    void autoChoosesRfoForSmallAnalyticSystemsAndLbfgsOtherwise() {
        Potential ethane = ValenceModel.ethane(0.3);
        assertEquals(OptimizationMethod.RFO, new Optimizer().methodFor(ethane));
        assertEquals(OptimizationMethod.LBFGS, new Optimizer(OptimizationOptions.defaults().withRfoMaxAtoms(7)).methodFor(ethane));
        Potential gradientOnly = new dev.curvature.model.MolecularPotential() {
            public int atomCount() { return ethane.atomCount(); }
            public String modelName() { return "gradient-only"; }
            @Override protected double energy(double[] x, double[] g, double[] h) {
                if (h != null) throw new IllegalStateException("no Hessian");
                return ethane.evaluate(x, g, null);
            }
            @Override protected boolean analyticHessian() { return false; }
            public java.util.Map<String, Double> energyTerms(double[] x) { return ethane.energyTerms(x); }
        };
        assertEquals(OptimizationMethod.LBFGS, new Optimizer().methodFor(gradientOnly));
        OptimizationResult r = new Optimizer().minimize(gradientOnly, jitter(ValenceModel.ethaneGeometry(40), 0.05, 8));
        assertEquals("L-BFGS", r.method());
        assertTrue(r.converged());
        assertEquals("RFO", new Optimizer().minimize(ethane, jitter(ValenceModel.ethaneGeometry(40), 0.05, 8)).method());
    }

    @Test
    void rigidBodyModesAreDetectedFromThePotential() {
        OptimizationResult mb = new Optimizer(RFO).minimize(AnalyticSurfaces.mullerBrown(), new double[] {-0.7, 1.2, 0.01});
        assertEquals(0, mb.rigidBodyModesRemoved(), "an atom in an external field keeps all three directions");
        JetPotential linear = new ValenceModel(3).bond(0, 1, 800, 1.16).bond(0, 2, 800, 1.16).linearAngle(1, 0, 2, 40).build("linear");
        OptimizationResult lin = new Optimizer(RFO).minimize(linear, new double[] {0, 0, 0, 1.1, 0.2, 0, -1.2, 0.1, 0.05});
        assertConverged(lin, RFO);
        assertEquals(5, lin.rigidBodyModesRemoved(), "a linear molecule has two rotations");
        assertEquals(180.0, angleDegrees(lin.positionsAngstrom(), 1, 0, 2), 1e-4);
        OptimizationResult none = new Optimizer(RFO.withRigidBody(RigidBodyTreatment.NONE)).minimize(ValenceModel.water(true),
                new double[] {0, 0, 0.1, 0.75, 0, -0.45, -0.8, 0.05, -0.5});
        assertEquals(0, none.rigidBodyModesRemoved());
        assertTrue(none.converged(), "RFO copes with the zero modes even unprojected: " + none);
    }

    @Test
    void translationInvariantButOrientedPotentialKeepsItsRotations() {
        // like a crystal field or a periodic cell: shifting everything is free, turning it is not
        JetPotential oriented = new JetPotential("oriented", 2, List.of(
                JetPotential.term("spring", new int[] {0, 1}, x -> x[3].minus(x[0]).plus(-1.0).square().times(50.0)
                        .plus(x[4].minus(x[1]).square().times(20.0)).plus(x[5].minus(x[2]).square().times(20.0)))));
        OptimizationResult r = new Optimizer(RFO).minimize(oriented, new double[] {0.1, 0.2, -0.1, 1.3, -0.2, 0.3});
        assertConverged(r, RFO);
        assertEquals(3, r.rigidBodyModesRemoved());
        double[] x = r.positionsAngstrom();
        assertEquals(1.0, x[3] - x[0], 1e-7);
        assertEquals(0.0, x[4] - x[1], 1e-7);
        assertEquals(0.0, x[5] - x[2], 1e-7);
    }

    @Test
    void mullerBrownMinimaAreFoundByBothMethods() {
        double[][] starts = {{-0.5, 1.3, 0.01}, {0.5, 0.1, -0.01}, {-0.1, 0.5, 0.0}};
        for (int m = 0; m < 3; m++)
            for (OptimizationOptions o : new OptimizationOptions[] {LBFGS, RFO}) {
                OptimizationResult r = new Optimizer(o).minimize(AnalyticSurfaces.mullerBrown(), starts[m]);
                assertConverged(r, o);
                double[] ref = AnalyticSurfaces.MULLER_BROWN_MINIMA[m];
                assertEquals(ref[0], r.positionsAngstrom()[0], 2e-6, r.toString());
                assertEquals(ref[1], r.positionsAngstrom()[1], 2e-6, r.toString());
                assertEquals(ref[2], r.energyKcalPerMol(), 2e-6);
            }
    }

    @Test
    void optionsAreImmutableAndValidated() {
        OptimizationOptions d = OptimizationOptions.defaults();
        OptimizationOptions changed = d.withMaxForce(1e-3).withMaxIterations(7).withMethod(OptimizationMethod.RFO);
        assertEquals(1e-4, d.maxForce());
        assertEquals(5000, d.maxIterations());
        assertEquals(OptimizationMethod.AUTO, d.method());
        assertEquals(1e-3, changed.maxForce());
        assertEquals(7, changed.maxIterations());
        assertThrows(IllegalArgumentException.class, () -> d.withMaxForce(0));
        assertThrows(IllegalArgumentException.class, () -> d.withTrustRadius(0.5, 0.3, 1e-7));
        assertThrows(IllegalArgumentException.class, () -> d.withTransitionStateMode(0));
        assertThrows(IllegalArgumentException.class, () -> new Optimizer().minimize(ValenceModel.water(false), new double[6]));
    }

    /** Harmonic wavenumbers (cm⁻¹) of the internal modes: mass-weighted, rigid modes projected out. */
    static double[] wavenumbers(Potential p, double[] x, double[] masses) {
        int n = x.length;
        double[] h = new double[n * n];
        p.evaluate(x, new double[n], h);
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) h[i * n + j] /= Math.sqrt(masses[i / 3] * masses[j / 3]);
        double total = Arrays.stream(masses).sum();
        double[] com = new double[3];
        for (int a = 0; a < masses.length; a++) for (int k = 0; k < 3; k++) com[k] += masses[a] * x[3 * a + k] / total;
        List<double[]> basis = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            double[] v = new double[n];
            for (int a = 0; a < masses.length; a++) {
                double sm = Math.sqrt(masses[a]);
                double[] d = {x[3 * a] - com[0], x[3 * a + 1] - com[1], x[3 * a + 2] - com[2]};
                if (k < 3) v[3 * a + k] = sm;
                else {
                    int q = k - 3; // e_q × d
                    v[3 * a] = sm * (q == 1 ? d[2] : q == 2 ? -d[1] : 0);
                    v[3 * a + 1] = sm * (q == 2 ? d[0] : q == 0 ? -d[2] : 0);
                    v[3 * a + 2] = sm * (q == 0 ? d[1] : q == 1 ? -d[0] : 0);
                }
            }
            for (double[] b : basis) {
                double dot = 0;
                for (int i = 0; i < n; i++) dot += v[i] * b[i];
                for (int i = 0; i < n; i++) v[i] -= dot * b[i];
            }
            double norm = 0;
            for (double vi : v) norm += vi * vi;
            norm = Math.sqrt(norm);
            for (int i = 0; i < n; i++) v[i] /= norm;
            basis.add(v);
        }
        double[] proj = new double[n * n];
        for (int i = 0; i < n; i++) proj[i * n + i] = 1;
        for (double[] b : basis) for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) proj[i * n + j] -= b[i] * b[j];
        DMatrixRMaj pm = new DMatrixRMaj(n, n, true, proj), hm = new DMatrixRMaj(n, n, true, h), t = new DMatrixRMaj(n, n), ph = new DMatrixRMaj(n, n);
        org.ejml.dense.row.CommonOps_DDRM.mult(pm, hm, t);
        org.ejml.dense.row.CommonOps_DDRM.mult(t, pm, ph);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
        assertTrue(eig.decompose(ph));
        double[] lambda = new double[n];
        for (int i = 0; i < n; i++) lambda[i] = eig.getEigenvalue(i).getReal();
        Arrays.sort(lambda);
        // drop the six (projected, ≈ 0) rigid-body values: the smallest in magnitude
        double[] byMagnitude = Arrays.stream(lambda).boxed().sorted((a, b) -> Double.compare(Math.abs(a), Math.abs(b)))
                .skip(6).mapToDouble(Double::doubleValue).sorted().toArray();
        return Arrays.stream(byMagnitude).map(l -> Math.copySign(Units.WAVENUMBER_FACTOR * Math.sqrt(Math.abs(l)), l)).toArray();
    }

    /** The Javadoc claim on {@link OptimizationOptions}: default thresholds fix frequencies to ≪ 0.1 cm⁻¹. */
    @Test
    void defaultThresholdsGiveFrequenciesStableToATenthOfAWavenumber() {
        Potential p = ValenceModel.ethane(0.3);
        double[] masses = {12.011, 12.011, 1.008, 1.008, 1.008, 1.008, 1.008, 1.008};
        double[] start = jitter(ValenceModel.ethaneGeometry(40), 0.08, 33);
        OptimizationOptions tight = OptimizationOptions.defaults().withForceThresholdScaled(1e-9);
        OptimizationResult exact = new Optimizer(tight.withMethod(OptimizationMethod.RFO)).minimize(p, start);
        assertConverged(exact, tight);
        double[] reference = wavenumbers(p, exact.positionsAngstrom(), masses);
        assertTrue(reference[0] > 100 && reference[0] < 400, "torsion frequency " + reference[0]);
        for (OptimizationOptions o : new OptimizationOptions[] {LBFGS, RFO}) {
            OptimizationResult r = new Optimizer(o).minimize(p, start);
            assertConverged(r, o);
            double[] nu = wavenumbers(p, r.positionsAngstrom(), masses);
            double worst = 0;
            for (int i = 0; i < nu.length; i++) worst = Math.max(worst, Math.abs(nu[i] - reference[i]));
            assertTrue(worst < 0.1, o.method() + ": largest frequency shift " + worst + " cm-1");
        }
    }

    /** A rejected RFO step is retried with the radius cut to the minimum of the cubic along it. */
    @Test
    void backtrackFractionIsTheMinimumOfTheCubicAlongTheRejectedStep() {
        // φ(t) = 2t³ + 2.4t² − 1.2t: φ'(t) = 6(t − 0.2)(t + 1), minimum at t = 0.2
        assertEquals(0.2, RfoOptimizer.backtrackFraction(0, -1.2, 3.2, 9.6), 1e-12);
        // φ(t) = (t − 0.3)²: a quadratic is a cubic too
        assertEquals(0.3, RfoOptimizer.backtrackFraction(0.09, -0.6, 0.49, 1.4), 1e-12);
        // φ(t) = t³ − 1.2t has its minimum at 0.63: never keep more than half the step
        assertEquals(0.5, RfoOptimizer.backtrackFraction(0, -1.2, -0.2, 1.8), 1e-12);
        // φ(t) = 100t² − 0.1t: minimum at 5e-4, but never cut below a tenth
        assertEquals(0.1, RfoOptimizer.backtrackFraction(0, -0.1, 99.9, 199.9), 1e-12);
        // energy rose although the slope at the start was not downhill: a quarter
        assertEquals(0.25, RfoOptimizer.backtrackFraction(0, 0.5, 1, 1), 0.0);
    }
}

