package dev.curvature.optimize;

import dev.curvature.model.Potential;
import dev.curvature.testing.AnalyticSurfaces;
import dev.curvature.testing.ValenceModel;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class TransitionStateTest {

    private static final double[][] SADDLES = AnalyticSurfaces.MULLER_BROWN_SADDLES;
    /** The saddle points as usually quoted (3 decimals), e.g. in the P-RFO / NEB literature. */
    private static final double[][] LITERATURE = {{-0.822, 0.624}, {0.212, 0.293}};

    private static void assertAtSaddle(OptimizationResult r, int which) {
        assertTrue(r.converged(), r.toString());
        assertEquals(StopReason.CONVERGED, r.stopReason());
        assertEquals(1, r.negativeHessianEigenvalues(), "first-order saddle");
        double[] x = r.positionsAngstrom();
        assertEquals(SADDLES[which][0], x[0], 2e-6, r.toString());
        assertEquals(SADDLES[which][1], x[1], 2e-6, r.toString());
        assertEquals(LITERATURE[which][0], x[0], 1e-3);
        assertEquals(LITERATURE[which][1], x[1], 1e-3);
        assertEquals(0.0, x[2], 1e-8);
        assertEquals(SADDLES[which][2], r.energyKcalPerMol(), 2e-6);
    }

    @Test
    void mullerBrownSaddlesFromNearbyStarts() {
        Optimizer ts = new Optimizer();
        assertAtSaddle(ts.transitionState(AnalyticSurfaces.mullerBrown(), new double[] {-0.7, 0.5, 0.05}), 0);
        assertAtSaddle(ts.transitionState(AnalyticSurfaces.mullerBrown(), new double[] {-0.9, 0.8, 0.0}), 0);
        assertAtSaddle(ts.transitionState(AnalyticSurfaces.mullerBrown(), new double[] {0.1, 0.35, 0.0}), 1);
        assertAtSaddle(ts.transitionState(AnalyticSurfaces.mullerBrown(), new double[] {0.3, 0.3, 0.02}), 1);
    }

    @Test
    void mullerBrownSaddleReachedByClimbingOutOfAMinimum() {
        double[] minimum = AnalyticSurfaces.MULLER_BROWN_MINIMA[1];
        // exactly at the minimum the gradient vanishes: the search must kick itself uphill
        assertAtSaddle(new Optimizer().transitionState(AnalyticSurfaces.mullerBrown(), new double[] {minimum[0], minimum[1], 0}), 1);
        assertAtSaddle(new Optimizer().transitionState(AnalyticSurfaces.mullerBrown(), new double[] {0.62, 0.03, 0}), 1);
    }

    @Test
    void modeOptionSelectsWhichModeToClimb() {
        // From the deepest minimum, climbing the second-lowest mode leads to saddle 1 (the lowest
        // one wanders off towards the steep outer wall of the surface)
        OptimizationOptions mode2 = OptimizationOptions.defaults().withTransitionStateMode(2);
        assertAtSaddle(new Optimizer(mode2).transitionState(AnalyticSurfaces.mullerBrown(), new double[] {-0.55, 1.4, 0}), 0);
        // near the central minimum, modes 1 and 2 lead to different saddles
        assertAtSaddle(new Optimizer(mode2).transitionState(AnalyticSurfaces.mullerBrown(), new double[] {0.1, 0.35, 0}), 0);
        assertThrows(IllegalArgumentException.class, () -> new Optimizer(OptimizationOptions.defaults().withTransitionStateMode(4))
                .transitionState(AnalyticSurfaces.mullerBrown(), new double[] {0.1, 0.35, 0}));
    }

    @Test
    void ethaneTorsionSaddleIsTheEclipsedForm() {
        double v3 = 0.3;
        Potential p = ValenceModel.ethane(v3);
        for (double offset : new double[] {10, 20, 25}) {
            double[] start = OptimizerTest.jitter(ValenceModel.ethaneGeometry(offset), 0.05, 17 + (long) offset);
            OptimizationResult r = new Optimizer().transitionState(p, start);
            assertTrue(r.converged(), offset + ": " + r);
            assertEquals(1, r.negativeHessianEigenvalues(), "exactly one negative eigenvalue after projecting rigid modes");
            assertEquals(6, r.rigidBodyModesRemoved());
            assertEquals(9 * v3, r.energyKcalPerMol(), 1e-9, "eclipsed barrier 9·V3");
            Map<String, Double> terms = p.energyTerms(r.positionsAngstrom());
            assertEquals(9 * v3, terms.get("torsion"), 1e-9);
            assertEquals(0.0, terms.get("bond"), 1e-9);
            assertEquals(0.0, terms.get("angle"), 1e-9);
            OptimizerTest.assertSameShape(ValenceModel.ethaneGeometry(0), r.positionsAngstrom(), 1e-5, "eclipsed");
            assertTrue(r.iterations() <= 15, r.toString());
        }
    }

    @Test
    void aStationaryPointOfTheWrongIndexIsNotCalledATransitionState() {
        // E = −x² − y² + z²: the origin is stationary with two negative curvatures
        Potential hilltop = new dev.curvature.testing.JetPotential("hilltop", 1, java.util.List.of(
                dev.curvature.testing.JetPotential.term("q", new int[] {0},
                        x -> x[2].square().minus(x[0].square()).minus(x[1].square()))));
        OptimizationResult r = new Optimizer().transitionState(hilltop, new double[] {0, 0, 0});
        assertFalse(r.converged());
        assertEquals(StopReason.WRONG_CURVATURE, r.stopReason());
        assertEquals(2, r.negativeHessianEigenvalues());
        assertEquals(0, r.iterations());
    }
}
