package dev.curvature.forcefield.geometry;

import dev.curvature.linalg.InternalCoordinates;

import dev.curvature.forcefield.geometry.DerivativeChecks.Coordinate;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static dev.curvature.forcefield.geometry.DerivativeChecks.checkAll;
import static dev.curvature.forcefield.geometry.DerivativeChecks.checkRigidInvariance;
import static dev.curvature.forcefield.geometry.DerivativeChecks.put;
import static dev.curvature.forcefield.geometry.DerivativeChecks.randomPositions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InternalCoordinatesTest {

    /** Gradient vs FD of the value, relative to max(1, |g|∞). */
    private static final double GRAD_TOL = 1e-7;
    /** Hessian vs FD of the analytic gradient, relative to max(1, |H|∞). */
    private static final double HESS_TOL = 1e-6;
    private static final int RANDOM_CASES = 300;
    private static final int TOTAL_ATOMS = 7;
    /** The coordinate's atoms sit at scattered positions of a 7-atom array to exercise the indexing. */
    private static final int[] ATOMS = {5, 1, 6, 3};

    private static int[] atoms(int k) {
        return java.util.Arrays.copyOf(ATOMS, k);
    }

    private static double[] vec(double[] x, int from, int to) {
        return new double[]{x[3 * to] - x[3 * from], x[3 * to + 1] - x[3 * from + 1], x[3 * to + 2] - x[3 * from + 2]};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[]{a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static double sinAngle(double[] a, double[] b) {
        return norm(cross(a, b)) / (norm(a) * norm(b));
    }

    // ---- coordinates under test, bound to ATOMS

    private static final Coordinate DISTANCE = (x, g, h) -> InternalCoordinates.distance(x, ATOMS[0], ATOMS[1], g, h);
    private static final Coordinate BEND = (x, g, h) -> InternalCoordinates.bendAngle(x, ATOMS[0], ATOMS[1], ATOMS[2], g, h);
    private static final Coordinate COS_BEND = (x, g, h) -> InternalCoordinates.cosBendAngle(x, ATOMS[0], ATOMS[1], ATOMS[2], g, h);
    private static final Coordinate DIHEDRAL = (x, g, h) -> InternalCoordinates.dihedral(x, ATOMS[0], ATOMS[1], ATOMS[2], ATOMS[3], g, h);
    private static final Coordinate WILSON = (x, g, h) -> InternalCoordinates.outOfPlaneAngle(x, ATOMS[0], ATOMS[1], ATOMS[2], ATOMS[3], g, h);

    // ---- independent reference values

    private static double referenceBend(double[] x) {
        double[] u = vec(x, ATOMS[1], ATOMS[0]), w = vec(x, ATOMS[1], ATOMS[2]);
        return Math.acos(dot(u, w) / (norm(u) * norm(w)));
    }

    /** Projects the outer bonds onto the plane normal to the b–c axis and measures the turn. */
    private static double referenceDihedral(double[] x) {
        double[] ba = vec(x, ATOMS[1], ATOMS[0]), cd = vec(x, ATOMS[2], ATOMS[3]), axis = vec(x, ATOMS[1], ATOMS[2]);
        double l = norm(axis);
        for (int i = 0; i < 3; i++) axis[i] /= l;
        double da = dot(ba, axis), dd = dot(cd, axis);
        double[] pa = new double[3], pd = new double[3];
        for (int i = 0; i < 3; i++) {
            pa[i] = ba[i] - da * axis[i];
            pd[i] = cd[i] - dd * axis[i];
        }
        return Math.atan2(dot(cross(pa, pd), axis), dot(pa, pd));
    }

    private static double referenceWilson(double[] x) {
        double[] u = vec(x, ATOMS[1], ATOMS[0]), w = vec(x, ATOMS[1], ATOMS[2]), v = vec(x, ATOMS[1], ATOMS[3]);
        double[] n = cross(u, w);
        return Math.asin(dot(n, v) / (norm(n) * norm(v)));
    }

    // ---- random geometries

    private interface Acceptance {
        boolean ok(double[] x);
    }

    private static double[] randomGeometry(Random rnd, Acceptance acceptance) {
        while (true) {
            double[] x = randomPositions(rnd, TOTAL_ATOMS);
            if (acceptance.ok(x)) return x;
        }
    }

    private static boolean bondsAtLeast(double[] x, int k, double min) {
        for (int s = 0; s + 1 < k; s++) if (norm(vec(x, ATOMS[s], ATOMS[s + 1])) < min) return false;
        return true;
    }

    @Test
    void distanceOnRandomGeometries() {
        Random rnd = new Random(11);
        for (int t = 0; t < RANDOM_CASES; t++) {
            double[] x = randomGeometry(rnd, y -> bondsAtLeast(y, 2, 0.4));
            double ref = Math.hypot(Math.hypot(x[3 * ATOMS[1]] - x[3 * ATOMS[0]], x[3 * ATOMS[1] + 1] - x[3 * ATOMS[0] + 1]),
                    x[3 * ATOMS[1] + 2] - x[3 * ATOMS[0] + 2]);
            assertEquals(ref, DISTANCE.eval(x, null, null), 1e-14 * ref);
            checkAll("distance #" + t, DISTANCE, x, atoms(2), GRAD_TOL, HESS_TOL);
            checkRigidInvariance("distance #" + t, DISTANCE, x, rnd, 1e-13);
        }
    }

    @Test
    void bendAngleOnRandomGeometries() {
        Random rnd = new Random(12);
        for (int t = 0; t < RANDOM_CASES; t++) {
            double[] x = randomGeometry(rnd, y -> bondsAtLeast(y, 3, 0.5)
                    && sinAngle(vec(y, ATOMS[1], ATOMS[0]), vec(y, ATOMS[1], ATOMS[2])) > 0.05);
            double theta = BEND.eval(x, null, null);
            assertTrue(theta >= 0 && theta <= Math.PI);
            assertEquals(referenceBend(x), theta, 1e-12);
            checkAll("bend #" + t, BEND, x, atoms(3), GRAD_TOL, HESS_TOL);
            checkRigidInvariance("bend #" + t, BEND, x, rnd, 1e-13);
        }
    }

    @Test
    void cosBendAngleOnRandomGeometries() {
        Random rnd = new Random(13);
        for (int t = 0; t < RANDOM_CASES; t++) {
            // no angular restriction: cos θ is smooth everywhere
            double[] x = randomGeometry(rnd, y -> bondsAtLeast(y, 3, 0.5));
            assertEquals(Math.cos(referenceBend(x)), COS_BEND.eval(x, null, null), 1e-14);
            checkAll("cos bend #" + t, COS_BEND, x, atoms(3), GRAD_TOL, HESS_TOL);
            checkRigidInvariance("cos bend #" + t, COS_BEND, x, rnd, 1e-13);
        }
    }

    @Test
    void dihedralOnRandomGeometries() {
        Random rnd = new Random(14);
        for (int t = 0; t < RANDOM_CASES; t++) {
            double[] x = randomGeometry(rnd, y -> bondsAtLeast(y, 4, 0.5)
                    && sinAngle(vec(y, ATOMS[1], ATOMS[0]), vec(y, ATOMS[1], ATOMS[2])) > 0.1
                    && sinAngle(vec(y, ATOMS[2], ATOMS[1]), vec(y, ATOMS[2], ATOMS[3])) > 0.1);
            double phi = DIHEDRAL.eval(x, null, null);
            assertTrue(phi > -Math.PI && phi <= Math.PI);
            assertEquals(referenceDihedral(x), phi, 1e-12);
            checkAll("dihedral #" + t, DIHEDRAL, x, atoms(4), GRAD_TOL, HESS_TOL);
            checkRigidInvariance("dihedral #" + t, DIHEDRAL, x, rnd, 1e-12);
        }
    }

    @Test
    void wilsonAngleOnRandomGeometries() {
        Random rnd = new Random(15);
        for (int t = 0; t < RANDOM_CASES; t++) {
            double[] x = randomGeometry(rnd, y -> {
                if (!bondsAtLeast(y, 2, 0.5)) return false;
                double[] u = vec(y, ATOMS[1], ATOMS[0]), w = vec(y, ATOMS[1], ATOMS[2]), v = vec(y, ATOMS[1], ATOMS[3]);
                return norm(w) > 0.5 && norm(v) > 0.5 && sinAngle(u, w) > 0.1 && sinAngle(cross(u, w), v) > 0.1;
            });
            double chi = WILSON.eval(x, null, null);
            assertTrue(Math.abs(chi) <= Math.PI / 2);
            assertEquals(referenceWilson(x), chi, 1e-12);
            checkAll("wilson #" + t, WILSON, x, atoms(4), GRAD_TOL, HESS_TOL);
            checkRigidInvariance("wilson #" + t, WILSON, x, rnd, 1e-12);
        }
    }

    // ---- special geometries

    private static double[] blank() {
        return new double[3 * TOTAL_ATOMS];
    }

    @Test
    void rightAngleAndLinearBends() {
        double[] x = blank();
        put(x, ATOMS[0], 1.1, 0, 0);
        put(x, ATOMS[1], 0, 0, 0);
        put(x, ATOMS[2], 0, 1.7, 0);
        assertEquals(Math.PI / 2, BEND.eval(x, null, null), 1e-15);
        assertEquals(0.0, COS_BEND.eval(x, null, null), 1e-16);
        checkAll("right angle", BEND, x, atoms(3), GRAD_TOL, HESS_TOL);
        checkAll("right angle cos", COS_BEND, x, atoms(3), GRAD_TOL, HESS_TOL);

        // exactly linear (θ = π) and folded (θ = 0): cos θ stays smooth with exact derivatives
        put(x, ATOMS[2], -1.3, 0, 0);
        assertEquals(-1.0, COS_BEND.eval(x, null, null), 0.0);
        checkAll("linear cos", COS_BEND, x, atoms(3), GRAD_TOL, HESS_TOL);
        assertEquals(Math.PI, BEND.eval(x, null, null), 0.0);
        double[] g = new double[9], h = new double[81];
        java.util.Arrays.fill(g, 7.0);
        java.util.Arrays.fill(h, 7.0);
        BEND.eval(x, g, h);
        assertEquals(0.0, DerivativeChecks.maxAbs(g), 0.0, "linear bend: documented zero gradient");
        assertEquals(0.0, DerivativeChecks.maxAbs(h), 0.0, "linear bend: documented zero Hessian");
        put(x, ATOMS[2], 2.0, 0, 0);
        assertEquals(1.0, COS_BEND.eval(x, null, null), 0.0);
        assertEquals(0.0, BEND.eval(x, null, null), 0.0);
        checkAll("folded cos", COS_BEND, x, atoms(3), GRAD_TOL, HESS_TOL);

        // tilted 3-D near-linear bends, off by 1e-6 .. 1e-2 rad
        Random rnd = new Random(21);
        for (double delta : new double[]{1e-6, 1e-4, 1e-2}) {
            double[] y = nearLinearBend(Math.PI - delta, rnd);
            assertEquals(Math.cos(Math.PI - delta), COS_BEND.eval(y, null, null), 1e-15);
            assertEquals(Math.PI - delta, BEND.eval(y, null, null), 1e-15);
            checkAll("near-linear cos " + delta, COS_BEND, y, atoms(3), GRAD_TOL, HESS_TOL);
            double[] z = nearLinearBend(delta, rnd);
            assertEquals(delta, BEND.eval(z, null, null), 1e-15);
            checkAll("near-folded cos " + delta, COS_BEND, z, atoms(3), GRAD_TOL, HESS_TOL);
        }
        // the angle itself is still right 1e-2 rad from linear (its Hessian is ~ 1/sin θ there)
        double[] y = nearLinearBend(Math.PI - 1e-2, rnd);
        checkAll("near-linear angle", BEND, y, atoms(3), GRAD_TOL, HESS_TOL, 1e-5);
    }

    /** A bend of angle theta with bond lengths 1.2 and 0.9, rigidly rotated at random. */
    private static double[] nearLinearBend(double theta, Random rnd) {
        double[] local = {1.2, 0, 0, 0, 0, 0, 0.9 * Math.cos(theta), 0.9 * Math.sin(theta), 0};
        double[] r = DerivativeChecks.randomRotation(rnd);
        double[] x = blank();
        for (int s = 0; s < 3; s++) {
            double px = local[3 * s], py = local[3 * s + 1], pz = local[3 * s + 2];
            put(x, ATOMS[s], r[0] * px + r[1] * py + r[2] * pz + 0.3, r[3] * px + r[4] * py + r[5] * pz - 0.2,
                    r[6] * px + r[7] * py + r[8] * pz + 0.1);
        }
        return x;
    }

    /** Butane-like frame: b at the origin, c on +z; a along +x; d turned by phi about +z. */
    private static double[] dihedralFrame(double phi) {
        double[] x = blank();
        put(x, ATOMS[0], 1.4, 0, -0.5);
        put(x, ATOMS[1], 0, 0, 0);
        put(x, ATOMS[2], 0, 0, 1.5);
        put(x, ATOMS[3], 1.1 * Math.cos(phi), 1.1 * Math.sin(phi), 2.0);
        return x;
    }

    @Test
    void dihedralSignFollowsIupac() {
        // Looking from b to c (along +z), +x → +y appears clockwise, so turning a (on +x) to d by
        // +phi about +z is a positive (clockwise) dihedral.
        for (double deg : new double[]{0, 30, 60, 90, 120, 179, -179, -120, -60, -1e-3}) {
            double phi = Math.toRadians(deg);
            double[] x = dihedralFrame(phi);
            assertEquals(phi, DIHEDRAL.eval(x, null, null), 1e-14, "dihedral " + deg);
            checkAll("dihedral " + deg, DIHEDRAL, x, atoms(4), GRAD_TOL, HESS_TOL);
        }
        double[] trans = dihedralFrame(Math.PI);
        assertEquals(Math.PI, DIHEDRAL.eval(trans, null, null), 1e-14);
        checkAll("trans", DIHEDRAL, trans, atoms(4), GRAD_TOL, HESS_TOL);
        // antiperiplanar from the negative side, within rounding of −π: reported as +π, never −π
        double[] exact = blank();
        put(exact, ATOMS[0], 1, 0, 0);
        put(exact, ATOMS[1], 0, 0, 0);
        put(exact, ATOMS[2], 0, 0, 1);
        put(exact, ATOMS[3], -1, -1e-300, 1);
        assertEquals(Math.PI, DIHEDRAL.eval(exact, null, null), 0.0);
        // reversing the atom order keeps the dihedral; mirroring flips its sign
        double[] x = dihedralFrame(Math.toRadians(75));
        double rev = InternalCoordinates.dihedral(x, ATOMS[3], ATOMS[2], ATOMS[1], ATOMS[0], null, null);
        assertEquals(Math.toRadians(75), rev, 1e-14);
        for (int a = 0; a < TOTAL_ATOMS; a++) x[3 * a] = -x[3 * a];
        assertEquals(Math.toRadians(-75), DIHEDRAL.eval(x, null, null), 1e-14);
    }

    @Test
    void dihedralWithCollinearAtomsIsZero() {
        double[] x = dihedralFrame(1.0);
        put(x, ATOMS[0], 0, 0, -1.2);   // a, b, c collinear
        double[] g = new double[12], h = new double[144];
        java.util.Arrays.fill(g, 3.0);
        java.util.Arrays.fill(h, 3.0);
        assertEquals(0.0, DIHEDRAL.eval(x, g, h), 0.0);
        assertEquals(0.0, DerivativeChecks.maxAbs(g), 0.0);
        assertEquals(0.0, DerivativeChecks.maxAbs(h), 0.0);
        x = dihedralFrame(1.0);
        put(x, ATOMS[3], 0, 0, 2.9);    // b, c, d collinear
        assertEquals(0.0, DIHEDRAL.eval(x, g, h), 0.0);
        assertEquals(0.0, DerivativeChecks.maxAbs(g), 0.0);
        // a dihedral with a 1e-3 rad bend is still differentiated correctly
        x = dihedralFrame(1.0);
        put(x, ATOMS[0], 1.4e-3, 0, -1.4);
        checkAll("nearly collinear dihedral", DIHEDRAL, x, atoms(4), GRAD_TOL, HESS_TOL, 1e-6);
    }

    /** Plane of a, center, c is z = 0 with u × w along +z; out leaves the plane by chi. */
    private static double[] wilsonFrame(double chi) {
        double[] x = blank();
        put(x, ATOMS[0], 1.3, 0, 0);
        put(x, ATOMS[1], 0, 0, 0);
        put(x, ATOMS[2], 1.2 * Math.cos(2.1), 1.2 * Math.sin(2.1), 0);
        double az = -2.0;
        put(x, ATOMS[3], Math.cos(chi) * Math.cos(az), Math.cos(chi) * Math.sin(az), Math.sin(chi));
        return x;
    }

    @Test
    void wilsonAngleSignAndSpecialCases() {
        for (double deg : new double[]{0, 5, -5, 20, -35, 60, -80, 89}) {
            double chi = Math.toRadians(deg);
            double[] x = wilsonFrame(chi);
            assertEquals(chi, WILSON.eval(x, null, null), 1e-14, "Wilson " + deg);
            if (Math.abs(deg) < 89) checkAll("Wilson " + deg, WILSON, x, atoms(4), GRAD_TOL, HESS_TOL);
        }
        // swapping a and c reverses the normal and so the sign
        double[] x = wilsonFrame(Math.toRadians(25));
        assertEquals(Math.toRadians(-25), InternalCoordinates.outOfPlaneAngle(x, ATOMS[2], ATOMS[1], ATOMS[0], ATOMS[3], null, null), 1e-14);
        // perpendicular out-of-plane bond: exact value π/2, documented zero derivatives
        x = wilsonFrame(Math.PI / 2);
        put(x, ATOMS[3], 0, 0, 1.0);
        double[] g = new double[12];
        assertEquals(Math.PI / 2, WILSON.eval(x, g, null), 0.0);
        assertEquals(0.0, DerivativeChecks.maxAbs(g), 0.0);
        // no plane: a, center, c collinear
        x = wilsonFrame(0.3);
        put(x, ATOMS[2], -2.0, 0, 0);
        assertEquals(0.0, WILSON.eval(x, g, null), 0.0);
        assertEquals(0.0, DerivativeChecks.maxAbs(g), 0.0);
    }

    @Test
    void nullArgumentsAndOverwriting() {
        // derivatives are overwritten, not added
        double[] x = wilsonFrame(0.4);
        double[] g1 = new double[12], h1 = new double[144];
        WILSON.eval(x, g1, h1);
        double[] g2 = new double[12], h2 = new double[144];
        java.util.Arrays.fill(g2, 1e3);
        java.util.Arrays.fill(h2, -1e3);
        WILSON.eval(x, g2, h2);
        org.junit.jupiter.api.Assertions.assertArrayEquals(g1, g2, 0.0);
        org.junit.jupiter.api.Assertions.assertArrayEquals(h1, h2, 0.0);
        double[] hOnly = new double[144];
        DIHEDRAL.eval(dihedralFrame(0.7), null, hOnly);
        assertTrue(DerivativeChecks.maxAbs(hOnly) > 0);
    }
}
