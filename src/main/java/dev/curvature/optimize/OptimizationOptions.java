package dev.curvature.optimize;

/**
 * Immutable settings for minimizations and transition-state searches; change one with a
 * {@code withX} call, which returns a copy.
 *
 * <h2>Convergence</h2>
 * A point is converged when all four residuals are at or below their thresholds: the largest
 * per-atom force norm ({@link #maxForce()}), the RMS of the 3N gradient components
 * ({@link #rmsForce()}), the largest per-atom displacement of the last step
 * ({@link #maxDisplacement()}) and the RMS of its 3N components ({@link #rmsDisplacement()}).
 * The displacement tests are waived when the force residuals are 100 times below their thresholds
 * (as in Gaussian), so a start that is already a stationary point is accepted without a step.
 *
 * <p>Why the defaults (1e-4 kcal/mol/Å max force, 5e-5 RMS; 1e-4 Å / 5e-5 Å displacements) are
 * tight enough for harmonic frequencies stable to 0.1 cm⁻¹: a residual force f leaves the geometry
 * off the minimum by δx ≈ f/k along a mode of force constant k. The frequency changes through the
 * cubic anharmonicity, δk ≈ k'''·δx; for bonded terms k''' ≈ 6k/Å (Morse-like), so
 * δν/ν = δk/2k ≈ 3f/k. Even for a soft torsion with k = 1 kcal/mol/Å² this is ≈ 3e-4, i.e.
 * ≤ 0.03 cm⁻¹ at 100 cm⁻¹, and far less for stiffer modes. The residual gradient also leaks into
 * the projected rigid-body block of the Hessian only at order f·r ≈ 1e-3 kcal/mol/Å², far below
 * the curvature of any vibration above ~1 cm⁻¹. Measured (OptimizerTest, ethane valence model,
 * 300–2980 cm⁻¹): default-threshold L-BFGS and RFO minima give harmonic wavenumbers within
 * 4e-5 cm⁻¹ and 7e-7 cm⁻¹ of those at a 1e-9 kcal/mol/Å minimum.
 */
public final class OptimizationOptions {

    private final OptimizationMethod method;
    private final int maxIterations;
    private final double maxForce, rmsForce, maxDisplacement, rmsDisplacement;
    private final int lbfgsMemory;
    private final double maxStepPerAtom;
    private final double initialTrustRadius, maxTrustRadius, minTrustRadius;
    private final int rfoMaxAtoms;
    private final RigidBodyTreatment rigidBody;
    private final int transitionStateMode;

    private OptimizationOptions(OptimizationMethod method, int maxIterations, double maxForce, double rmsForce,
                                double maxDisplacement, double rmsDisplacement, int lbfgsMemory, double maxStepPerAtom,
                                double initialTrustRadius, double maxTrustRadius, double minTrustRadius,
                                int rfoMaxAtoms, RigidBodyTreatment rigidBody, int transitionStateMode) {
        if (method == null || rigidBody == null) throw new IllegalArgumentException("method and rigid-body treatment must not be null");
        if (maxIterations < 0) throw new IllegalArgumentException("max iterations must be >= 0, got " + maxIterations);
        if (!(maxForce > 0 && rmsForce > 0 && maxDisplacement > 0 && rmsDisplacement > 0))
            throw new IllegalArgumentException("convergence thresholds must be positive");
        if (lbfgsMemory < 1) throw new IllegalArgumentException("L-BFGS memory must be >= 1, got " + lbfgsMemory);
        if (!(maxStepPerAtom > 0)) throw new IllegalArgumentException("max step per atom must be positive");
        if (!(minTrustRadius > 0 && minTrustRadius <= initialTrustRadius && initialTrustRadius <= maxTrustRadius))
            throw new IllegalArgumentException("trust radii must satisfy 0 < min <= initial <= max");
        if (transitionStateMode < 1) throw new IllegalArgumentException("transition-state mode is 1-based, got " + transitionStateMode);
        this.method = method;
        this.maxIterations = maxIterations;
        this.maxForce = maxForce;
        this.rmsForce = rmsForce;
        this.maxDisplacement = maxDisplacement;
        this.rmsDisplacement = rmsDisplacement;
        this.lbfgsMemory = lbfgsMemory;
        this.maxStepPerAtom = maxStepPerAtom;
        this.initialTrustRadius = initialTrustRadius;
        this.maxTrustRadius = maxTrustRadius;
        this.minTrustRadius = minTrustRadius;
        this.rfoMaxAtoms = rfoMaxAtoms;
        this.rigidBody = rigidBody;
        this.transitionStateMode = transitionStateMode;
    }

    /** The defaults documented on each accessor. */
    public static OptimizationOptions defaults() {
        return new OptimizationOptions(OptimizationMethod.AUTO, 5000, 1e-4, 5e-5, 1e-4, 5e-5, 20, 0.3,
                0.3, 1.0, 1e-7, 150, RigidBodyTreatment.AUTO, 1);
    }

    private OptimizationOptions copy(OptimizationMethod method, int maxIterations, double maxForce, double rmsForce,
                                     double maxDisplacement, double rmsDisplacement, int lbfgsMemory, double maxStepPerAtom,
                                     double initialTrustRadius, double maxTrustRadius, double minTrustRadius,
                                     int rfoMaxAtoms, RigidBodyTreatment rigidBody, int transitionStateMode) {
        return new OptimizationOptions(method, maxIterations, maxForce, rmsForce, maxDisplacement, rmsDisplacement,
                lbfgsMemory, maxStepPerAtom, initialTrustRadius, maxTrustRadius, minTrustRadius, rfoMaxAtoms,
                rigidBody, transitionStateMode);
    }

    /** Algorithm for minimizations; default {@link OptimizationMethod#AUTO}. Ignored by TS searches. */
    public OptimizationMethod method() { return method; }
    /** Maximum number of steps; default 5000 (L-BFGS needs ~1900 on a 152-atom alkane). */
    public int maxIterations() { return maxIterations; }
    /** Threshold on the largest per-atom force norm, kcal/mol/Å; default 1e-4. */
    public double maxForce() { return maxForce; }
    /** Threshold on the RMS gradient component, kcal/mol/Å; default 5e-5. */
    public double rmsForce() { return rmsForce; }
    /** Threshold on the largest per-atom displacement of the last step, Å; default 1e-4. */
    public double maxDisplacement() { return maxDisplacement; }
    /** Threshold on the RMS displacement component of the last step, Å; default 5e-5. */
    public double rmsDisplacement() { return rmsDisplacement; }
    /** Number of (s, y) pairs L-BFGS keeps; default 20. */
    public int lbfgsMemory() { return lbfgsMemory; }
    /** No atom moves farther than this in one step (all methods), Å; default 0.3. */
    public double maxStepPerAtom() { return maxStepPerAtom; }
    /** Starting trust radius (norm of the whole 3N step) for RFO and TS searches, Å; default 0.3. */
    public double initialTrustRadius() { return initialTrustRadius; }
    /** Largest trust radius, Å; default 1.0. */
    public double maxTrustRadius() { return maxTrustRadius; }
    /** RFO/TS stop with {@link StopReason#TRUST_RADIUS_TOO_SMALL} below this, Å; default 1e-7. */
    public double minTrustRadius() { return minTrustRadius; }
    /**
     * AUTO uses RFO up to this many atoms (if the potential has an analytic Hessian), L-BFGS above;
     * default 150. Measured crossover: see {@link Optimizer}.
     */
    public int rfoMaxAtoms() { return rfoMaxAtoms; }
    /** Rigid-body projection for Hessian-based steps; default {@link RigidBodyTreatment#AUTO}. */
    public RigidBodyTreatment rigidBody() { return rigidBody; }
    /** Which internal Hessian mode a TS search maximizes along, 1 = lowest (default). */
    public int transitionStateMode() { return transitionStateMode; }

    public OptimizationOptions withMethod(OptimizationMethod m) { return copy(m, maxIterations, maxForce, rmsForce, maxDisplacement, rmsDisplacement, lbfgsMemory, maxStepPerAtom, initialTrustRadius, maxTrustRadius, minTrustRadius, rfoMaxAtoms, rigidBody, transitionStateMode); }
    public OptimizationOptions withMaxIterations(int n) { return copy(method, n, maxForce, rmsForce, maxDisplacement, rmsDisplacement, lbfgsMemory, maxStepPerAtom, initialTrustRadius, maxTrustRadius, minTrustRadius, rfoMaxAtoms, rigidBody, transitionStateMode); }
    public OptimizationOptions withMaxForce(double f) { return copy(method, maxIterations, f, rmsForce, maxDisplacement, rmsDisplacement, lbfgsMemory, maxStepPerAtom, initialTrustRadius, maxTrustRadius, minTrustRadius, rfoMaxAtoms, rigidBody, transitionStateMode); }
    public OptimizationOptions withRmsForce(double f) { return copy(method, maxIterations, maxForce, f, maxDisplacement, rmsDisplacement, lbfgsMemory, maxStepPerAtom, initialTrustRadius, maxTrustRadius, minTrustRadius, rfoMaxAtoms, rigidBody, transitionStateMode); }
    public OptimizationOptions withMaxDisplacement(double d) { return copy(method, maxIterations, maxForce, rmsForce, d, rmsDisplacement, lbfgsMemory, maxStepPerAtom, initialTrustRadius, maxTrustRadius, minTrustRadius, rfoMaxAtoms, rigidBody, transitionStateMode); }
    public OptimizationOptions withRmsDisplacement(double d) { return copy(method, maxIterations, maxForce, rmsForce, maxDisplacement, d, lbfgsMemory, maxStepPerAtom, initialTrustRadius, maxTrustRadius, minTrustRadius, rfoMaxAtoms, rigidBody, transitionStateMode); }
    public OptimizationOptions withLbfgsMemory(int m) { return copy(method, maxIterations, maxForce, rmsForce, maxDisplacement, rmsDisplacement, m, maxStepPerAtom, initialTrustRadius, maxTrustRadius, minTrustRadius, rfoMaxAtoms, rigidBody, transitionStateMode); }
    public OptimizationOptions withMaxStepPerAtom(double s) { return copy(method, maxIterations, maxForce, rmsForce, maxDisplacement, rmsDisplacement, lbfgsMemory, s, initialTrustRadius, maxTrustRadius, minTrustRadius, rfoMaxAtoms, rigidBody, transitionStateMode); }
    /** Sets initial, maximum and minimum trust radius together (Å). */
    public OptimizationOptions withTrustRadius(double initial, double max, double min) { return copy(method, maxIterations, maxForce, rmsForce, maxDisplacement, rmsDisplacement, lbfgsMemory, maxStepPerAtom, initial, max, min, rfoMaxAtoms, rigidBody, transitionStateMode); }
    public OptimizationOptions withRfoMaxAtoms(int n) { return copy(method, maxIterations, maxForce, rmsForce, maxDisplacement, rmsDisplacement, lbfgsMemory, maxStepPerAtom, initialTrustRadius, maxTrustRadius, minTrustRadius, n, rigidBody, transitionStateMode); }
    public OptimizationOptions withRigidBody(RigidBodyTreatment r) { return copy(method, maxIterations, maxForce, rmsForce, maxDisplacement, rmsDisplacement, lbfgsMemory, maxStepPerAtom, initialTrustRadius, maxTrustRadius, minTrustRadius, rfoMaxAtoms, r, transitionStateMode); }
    public OptimizationOptions withTransitionStateMode(int k) { return copy(method, maxIterations, maxForce, rmsForce, maxDisplacement, rmsDisplacement, lbfgsMemory, maxStepPerAtom, initialTrustRadius, maxTrustRadius, minTrustRadius, rfoMaxAtoms, rigidBody, k); }

    /**
     * Scales all four thresholds so the max-force one becomes {@code maxForce}, keeping the default
     * ratios (RMS force = max/2; max displacement in Å numerically equal to the max force in
     * kcal/mol/Å; RMS displacement half of that).
     */
    public OptimizationOptions withForceThresholdScaled(double maxForce) {
        return copy(method, maxIterations, maxForce, 0.5 * maxForce, maxForce, 0.5 * maxForce, lbfgsMemory, maxStepPerAtom,
                initialTrustRadius, maxTrustRadius, minTrustRadius, rfoMaxAtoms, rigidBody, transitionStateMode);
    }

    @Override
    public String toString() {
        return "OptimizationOptions[method=" + method + ", maxIterations=" + maxIterations + ", maxForce=" + maxForce
                + ", rmsForce=" + rmsForce + ", maxDisplacement=" + maxDisplacement + ", rmsDisplacement=" + rmsDisplacement
                + ", lbfgsMemory=" + lbfgsMemory + ", maxStepPerAtom=" + maxStepPerAtom + ", trustRadius=" + initialTrustRadius
                + "/" + maxTrustRadius + "/" + minTrustRadius + ", rfoMaxAtoms=" + rfoMaxAtoms + ", rigidBody=" + rigidBody
                + ", transitionStateMode=" + transitionStateMode + "]";
    }
}
