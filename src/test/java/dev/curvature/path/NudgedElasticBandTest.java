package dev.curvature.path;

import dev.curvature.model.Potential;
import dev.curvature.model.Results;
import dev.curvature.model.Configuration;
import dev.curvature.model.Property;
import dev.curvature.testing.AnalyticSurfaces;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** The band on the Müller–Brown surface, whose saddle points are known to 6 decimals. */
class NudgedElasticBandTest {
    private static final double[][] MIN = AnalyticSurfaces.MULLER_BROWN_MINIMA, SADDLE = AnalyticSurfaces.MULLER_BROWN_SADDLES;

    private static double[] point(double[] xy) { return new double[] {xy[0], xy[1], 0}; }

    private static NudgedElasticBand.Result band(int from, int to, NebOptions o) {
        Potential mb = AnalyticSurfaces.mullerBrown();
        double[] a = point(MIN[from]), b = point(MIN[to]);
        return new NudgedElasticBand(mb, o).relax(PathInterpolation.linear(a, b, o.interiorImages()), mb.energy(a), mb.energy(b),
                NudgedElasticBand.Observer.NONE);
    }

    @Test
    void climbingImageEndsOnTheSaddleBetweenTheTwoMinima() {
        NebOptions o = NebOptions.defaults().withImages(9).withSpringConstant(20).withMaxForce(1e-3).withMaxIterations(20000)
                .withInterpolation(Interpolation.LINEAR);
        // deepest minimum -> central minimum crosses saddle 0; central -> the other one crosses saddle 1
        int[][] cases = {{0, 2, 0}, {2, 1, 1}};
        for (int[] c : cases) {
            NudgedElasticBand.Result r = band(c[0], c[1], o);
            assertTrue(r.converged(), "steps " + r.steps() + ", max force " + r.maxForce());
            assertTrue(r.climbed());
            double[] top = r.images()[r.highest()];
            // at convergence the climbing image's force is |∇E| itself: 1e-3 over curvatures of ~10^3 puts it within ~1e-5
            assertEquals(SADDLE[c[2]][0], top[0], 2e-5, "x of saddle " + c[2]);
            assertEquals(SADDLE[c[2]][1], top[1], 2e-5, "y of saddle " + c[2]);
            assertEquals(SADDLE[c[2]][2], r.energies()[r.highest()], 1e-6);
            // the ends never move, and every other image is below the climbing one
            assertArrayEquals(point(MIN[c[0]]), r.images()[0], 0);
            assertArrayEquals(point(MIN[c[1]]), r.images()[o.interiorImages() + 1], 0);
            for (int i = 0; i < r.energies().length; i++) assertTrue(r.energies()[i] <= r.energies()[r.highest()] + 1e-12);
        }
    }

    @Test
    void withoutClimbingTheHighestImageOnlyApproximatesTheSaddle() {
        NebOptions o = NebOptions.defaults().withImages(5).withSpringConstant(20).withClimb(false).withMaxForce(1e-3)
                .withMaxIterations(20000).withInterpolation(Interpolation.LINEAR);
        NudgedElasticBand.Result r = band(0, 2, o);
        assertTrue(r.converged());
        assertFalse(r.climbed());
        double gap = SADDLE[0][2] - r.energies()[r.highest()];
        assertTrue(gap > 1e-3, "a plain band's highest image sits below the saddle: " + gap);
    }

    @Test
    void observerCancels() {
        Potential mb = AnalyticSurfaces.mullerBrown();
        double[] a = point(MIN[0]), b = point(MIN[2]);
        NebOptions o = NebOptions.defaults().withImages(5).withMaxForce(1e-6).withInterpolation(Interpolation.LINEAR);
        int[] calls = {0};
        NudgedElasticBand.Result r = new NudgedElasticBand(mb, o).relax(PathInterpolation.linear(a, b, 5), mb.energy(a), mb.energy(b),
                (s, f, c) -> ++calls[0] < 10);
        assertTrue(r.cancelled());
        assertFalse(r.converged());
        assertEquals(10, calls[0]);
    }

    @Test
    void tangentPointsUphillAndIsUnitLength() {
        double[] prev = {0, 0, 0}, here = {1, 0, 0}, next = {1, 1, 0};
        assertArrayEquals(new double[] {0, 1, 0}, NudgedElasticBand.tangent(prev, here, next, 0, 1, 2), 1e-15);
        assertArrayEquals(new double[] {1, 0, 0}, NudgedElasticBand.tangent(prev, here, next, 2, 1, 0), 1e-15);
        // a maximum (3 between 0 and 1): τ = τ⁺ ΔV_max + τ⁻ ΔV_min since the next image is the higher one
        double[] t = NudgedElasticBand.tangent(prev, here, next, 0, 3, 1);
        assertArrayEquals(new double[] {2 / Math.sqrt(13), 3 / Math.sqrt(13), 0}, t, 1e-15);
    }

    @Test
    void idppGradientIsTheDerivativeOfItsValue() {
        Random rnd = new Random(7);
        double[] a = new double[15], b = new double[15], x = new double[15];
        for (int i = 0; i < 15; i++) {
            a[i] = 3 * rnd.nextDouble();
            b[i] = 3 * rnd.nextDouble();
            x[i] = 3 * rnd.nextDouble();
        }
        IdppPotential p = new IdppPotential(a, b, 0.3);
        Results r = Results.request(5, Property.GRADIENT);
        p.compute(Configuration.molecule(x), r, null);
        double h = 1e-6;
        for (int k = 0; k < 15; k++) {
            double[] up = x.clone(), down = x.clone();
            up[k] += h;
            down[k] -= h;
            double fd = (p.energy(up) - p.energy(down)) / (2 * h);
            assertEquals(fd, r.gradient()[k], 1e-6 * Math.max(1, Math.abs(fd)), "component " + k);
        }
        // at fraction 0 the start itself is the minimum (value 0)
        assertEquals(0, new IdppPotential(a, b, 0).energy(a), 1e-24);
    }

    @Test
    void idppKeepsAtomsApartWhereStraightLinesCollide() {
        // a diatomic turning by 90°: straight lines shorten the bond to 0.99 Å half way
        double[] a = {-0.7, 0, 0, 0.7, 0, 0}, b = {0, -0.7, 0, 0, 0.7, 0};
        double[][] line = PathInterpolation.linear(a, b, 5), idpp = PathInterpolation.idpp(a, b, 5);
        assertEquals(0.7 * Math.sqrt(2), NudgedElasticBand.distance(java.util.Arrays.copyOfRange(line[3], 0, 3), java.util.Arrays.copyOfRange(line[3], 3, 6)), 1e-12);
        for (double[] image : idpp) {
            double d = NudgedElasticBand.distance(java.util.Arrays.copyOfRange(image, 0, 3), java.util.Arrays.copyOfRange(image, 3, 6));
            assertEquals(1.4, d, 0.05, "IDPP keeps the bond length along the path");
        }
    }

    @Test
    void idppLeavesTheLineWhenStraightLinesRunThroughAnAtom() {
        // H moving from C's end of C≡N to N's end along the axis: the straight band runs H through both
        double[] hcn = {0, 0, -1.066, 0, 0, 0, 0, 0, 1.156}, hnc = {0, 0, 2.166, 0, 0, 0, 0, 0, 1.169};
        double closestLine = Double.MAX_VALUE, closestIdpp = Double.MAX_VALUE;
        for (double[] image : PathInterpolation.linear(hcn, hnc, 7)) closestLine = Math.min(closestLine, closestToH(image));
        for (double[] image : PathInterpolation.idpp(hcn, hnc, 7)) closestIdpp = Math.min(closestIdpp, closestToH(image));
        assertTrue(closestLine < 0.2, "the straight band collides: " + closestLine);
        assertTrue(closestIdpp > 0.6, "IDPP keeps H away from C and N: " + closestIdpp);
    }

    /**
     * Σ (d − t)²/d⁴ also vanishes with atoms far apart: the first HCN → HNC relaxation (stiff
     * spring, 0.02 Å jitter) ends with atoms 10-50 Å apart. The band kept has every image near its
     * interpolated distances: C–N stays 1.16 Å and H goes round, equally far from C and N half way.
     */
    @Test
    void idppBandOfHcnToHncStaysAMoleculeAndGoesRound() {
        double[] hcn = {0, 0, -1.066, 0, 0, 0, 0, 0, 1.156}, hnc = {0, 0, 2.166, 0, 0, 0, 0, 0, 1.169};
        double[][] band = PathInterpolation.idpp(hcn, hnc, 7);
        for (double[] x : band) {
            double hc = NudgedElasticBand.distance(slice(x, 0), slice(x, 1)), hn = NudgedElasticBand.distance(slice(x, 0), slice(x, 2));
            assertEquals(1.16, NudgedElasticBand.distance(slice(x, 1), slice(x, 2)), 0.02, "C-N");
            assertTrue(hc < 2.3 && hn < 2.3, "H stays bonded: " + hc + " " + hn);
        }
        double[] mid = band[4];
        assertEquals(NudgedElasticBand.distance(slice(mid, 0), slice(mid, 1)), NudgedElasticBand.distance(slice(mid, 0), slice(mid, 2)), 0.1);
    }

    private static double[] slice(double[] x, int atom) {
        return java.util.Arrays.copyOfRange(x, 3 * atom, 3 * atom + 3);
    }

    private static double closestToH(double[] x) {
        double[] h = java.util.Arrays.copyOfRange(x, 0, 3);
        return Math.min(NudgedElasticBand.distance(h, java.util.Arrays.copyOfRange(x, 3, 6)),
                NudgedElasticBand.distance(h, java.util.Arrays.copyOfRange(x, 6, 9)));
    }
}
