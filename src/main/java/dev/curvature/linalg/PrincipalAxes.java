package dev.curvature.linalg;

/**
 * Centre of mass, inertia tensor and its principal moments and axes for point masses. Moments in
 * amu·Å², ascending; axis k (unit vector) belongs to moment k.
 */
public final class PrincipalAxes {
    /**
     * A body is linear when its smallest principal moment is below this, in amu·Å². 1e-4 amu·Å²
     * corresponds to a hydrogen atom 0.01 Å off the axis, the same length tolerance the symmetry
     * analysis uses; real bent molecules have moments above 0.1 amu·Å².
     */
    public static final double LINEAR_MOMENT_TOLERANCE_AMU_A2 = 1e-4;

    private final double[] centreOfMass;
    private final double[] moments;
    private final double[][] axes;
    private final double totalMass;

    private PrincipalAxes(double[] com, double[] moments, double[][] axes, double totalMass) {
        this.centreOfMass = com;
        this.moments = moments;
        this.axes = axes;
        this.totalMass = totalMass;
    }

    /** Principal axes of atoms with the given masses (amu) at positions (Å, interleaved 3N). */
    public static PrincipalAxes of(double[] massesAmu, double[] positionsAngstrom) {
        int n = massesAmu.length;
        if (positionsAngstrom.length != 3 * n)
            throw new IllegalArgumentException(n + " masses need " + 3 * n + " coordinates, got " + positionsAngstrom.length);
        double mt = 0;
        double[] c = new double[3];
        for (int a = 0; a < n; a++) {
            mt += massesAmu[a];
            for (int k = 0; k < 3; k++) c[k] += massesAmu[a] * positionsAngstrom[3 * a + k];
        }
        if (!(mt > 0)) throw new IllegalArgumentException("total mass must be positive");
        for (int k = 0; k < 3; k++) c[k] /= mt;
        double[] t = new double[9];
        for (int a = 0; a < n; a++) {
            double x = positionsAngstrom[3 * a] - c[0], y = positionsAngstrom[3 * a + 1] - c[1], z = positionsAngstrom[3 * a + 2] - c[2];
            double m = massesAmu[a];
            t[0] += m * (y * y + z * z);
            t[4] += m * (x * x + z * z);
            t[8] += m * (x * x + y * y);
            t[1] -= m * x * y;
            t[2] -= m * x * z;
            t[5] -= m * y * z;
        }
        t[3] = t[1];
        t[6] = t[2];
        t[7] = t[5];
        SymmetricEigenDecomposition d = SymmetricEigenSolvers.ejml().decompose(t, 3);
        double[] moments = d.values();
        for (int k = 0; k < 3; k++) if (moments[k] < 0) moments[k] = 0; // roundoff on linear bodies
        double[][] axes = {d.vector(0), d.vector(1), d.vector(2)};
        // make the frame right-handed so rotations built from it are proper
        if (Vec3.triple(axes[2], axes[0], axes[1]) < 0)
            for (int k = 0; k < 3; k++) axes[2][k] = -axes[2][k];
        return new PrincipalAxes(c, moments, axes, mt);
    }

    /** Centre of mass, Å (copy). */
    public double[] centreOfMass() { return centreOfMass.clone(); }

    /** Principal moments, amu·Å², ascending (copy). */
    public double[] momentsAmuA2() { return moments.clone(); }

    /** Unit principal axis k (copy), k = 0, 1, 2 in the order of {@link #momentsAmuA2()}. */
    public double[] axis(int k) { return axes[k].clone(); }

    public double totalMassAmu() { return totalMass; }

    /** Number of atoms-worth of rotational freedom: 0 for a point, 2 for a line, else 3. */
    public int rotationalDegreesOfFreedom() {
        if (moments[2] < LINEAR_MOMENT_TOLERANCE_AMU_A2) return 0;
        return moments[0] < LINEAR_MOMENT_TOLERANCE_AMU_A2 ? 2 : 3;
    }

    /** True for a linear body (including a diatomic), false for a single point or a nonlinear body. */
    public boolean isLinear() { return rotationalDegreesOfFreedom() == 2; }
}
