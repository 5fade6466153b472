package dev.curvature.vibration;

import dev.curvature.linalg.PrincipalAxes;
import dev.curvature.linalg.RigidBodySpace;
import dev.curvature.linalg.SymmetricEigenDecomposition;
import dev.curvature.linalg.SymmetricEigenSolver;
import dev.curvature.linalg.SymmetricEigenSolvers;
import dev.curvature.linalg.Symmetrise;
import dev.curvature.model.FiniteDifferenceModel;
import dev.curvature.model.Potential;
import dev.curvature.structure.MassModel;
import dev.curvature.structure.Structure;
import dev.curvature.units.Units;

/**
 * Harmonic vibrational analysis of one structure: holds the structure, the atomic masses and the
 * Cartesian Hessian, and computes (once, lazily, thread-safely) the normal modes.
 *
 * <p>Method: the Hessian (kcal/mol/Å²) is mass-weighted, H̃ = M^-1/2 H M^-1/2 (amu), and
 * restricted to the orthonormal complement of rigid translations and rotations about the centre
 * of mass (see {@link RigidBodySpace}), so exactly 3N − 6 modes (3N − 5 for a linear molecule,
 * detected through the inertia tensor with {@link PrincipalAxes#LINEAR_MOMENT_TOLERANCE_AMU_A2};
 * none for a single atom) are produced. Each eigenvalue λ (kcal/mol/Å²/amu) gives a wavenumber
 * ν̃ = sign(λ) √|λ| · {@link Units#WAVENUMBER_FACTOR} cm⁻¹; imaginary frequencies are reported as
 * negative numbers. All lists are indexed by mode in ascending order of ν̃.
 *
 * <p>Normal-mode displacement convention (as Gaussian prints and Molden expects): the Cartesian
 * displacement dₐ = qₐ / √mₐ obtained from the unit mass-weighted eigenvector q, scaled to unit
 * Euclidean norm over all 3N components, with its largest-magnitude component positive. The
 * reduced mass is μ = 1 / Σ qᵢ²/mᵢ = 1/|d|² before scaling (amu) and the force constant
 * k = λ μ (converted to mdyn/Å; negative for imaginary modes).
 */
public final class NormalModes {
    /**
     * Imaginary frequencies smaller in magnitude than this (cm⁻¹) are treated as numerical noise when
     * classifying a stationary point. A geometry optimised to typical thresholds (RMS gradient
     * ~1e-3 kcal/mol/Å) and a finite-difference Hessian leave soft torsions and the residue of
     * imperfect rigid-mode separation at a few cm⁻¹ either side of zero; genuine reaction-coordinate
     * modes of transition states are almost always hundreds of cm⁻¹ imaginary.
     */
    public static final double DEFAULT_IMAGINARY_NOISE_CM1 = 10.0;

    private final Structure structure;
    private final double[] masses;
    private final double[] hessian;
    private volatile Solution solution;
    private volatile double[] unprojectedLowest;

    private NormalModes(Structure structure, double[] massesAmu, double[] hessianKcalPerMolA2) {
        int n3 = 3 * structure.atomCount();
        if (massesAmu.length != structure.atomCount())
            throw new IllegalArgumentException(structure + ": " + massesAmu.length + " masses for " + structure.atomCount() + " atoms");
        if (hessianKcalPerMolA2.length != n3 * n3)
            throw new IllegalArgumentException(structure + ": Hessian needs " + n3 * n3 + " elements (3N×3N), got " + hessianKcalPerMolA2.length);
        for (int a = 0; a < massesAmu.length; a++)
            if (!(massesAmu[a] > 0)) throw new IllegalArgumentException(structure + ": atom " + (a + 1) + " has non-positive mass " + massesAmu[a]);
        for (double h : hessianKcalPerMolA2)
            if (!Double.isFinite(h)) throw new IllegalArgumentException(structure + ": Hessian has a non-finite element");
        this.structure = structure;
        this.masses = massesAmu.clone();
        // Symmetrise: analytic Hessians are symmetric to roundoff, finite-difference ones nearly so.
        this.hessian = symmetrised(hessianKcalPerMolA2, n3);
    }

    /** Normal modes of a structure from its Cartesian Hessian (kcal/mol/Å², 3N×3N row-major). */
    public static NormalModes of(Structure structure, MassModel massModel, double[] hessianKcalPerMolA2) {
        return new NormalModes(structure, structure.masses(massModel), hessianKcalPerMolA2);
    }

    /** As {@link #of(Structure, MassModel, double[])} with explicit masses (amu), e.g. isotopologues. */
    public static NormalModes of(Structure structure, double[] massesAmu, double[] hessianKcalPerMolA2) {
        return new NormalModes(structure, massesAmu, hessianKcalPerMolA2);
    }

    /**
     * Evaluates the Hessian of a potential at the structure's positions (analytic if the potential
     * has one, otherwise by central differences of its gradient) and analyses it.
     */
    public static NormalModes of(Structure structure, MassModel massModel, Potential potential) {
        if (potential.atomCount() != structure.atomCount())
            throw new IllegalArgumentException(structure + ": potential is for " + potential.atomCount() + " atoms");
        int n3 = 3 * structure.atomCount();
        double[] h = new double[n3 * n3];
        FiniteDifferenceModel.ensureHessian(potential).evaluate(structure.positions(), null, h);
        return of(structure, massModel, inKcalPerMol(h, potential.units()));
    }

    /**
     * A Hessian in a potential's own energy unit per Å² as kcal/mol/Å² (what the mass weighting
     * here expects): unchanged for molecular potentials, a copy scaled by 23.06 for eV ones (learned
     * or materials potentials applied to a molecule).
     */
    public static double[] inKcalPerMol(double[] hessian, dev.curvature.model.UnitSystem units) {
        if (units == dev.curvature.model.UnitSystem.MOLECULAR) return hessian;
        double k = dev.curvature.model.UnitSystem.MOLECULAR.energyPerEv() / units.energyPerEv();
        double[] h = hessian.clone();
        for (int i = 0; i < h.length; i++) h[i] *= k;
        return h;
    }

    public Structure structure() { return structure; }

    /** Masses used, amu (copy). */
    public double[] massesAmu() { return masses.clone(); }

    /** The (symmetrised) Cartesian Hessian, kcal/mol/Å² (copy). */
    public double[] hessianKcalPerMolA2() { return hessian.clone(); }

    /** Number of vibrational modes: 3N − 6, 3N − 5 (linear) or 0 (one atom). */
    public int modeCount() { return solution().frequencies.length; }

    /** True if the molecule was treated as linear (5 rigid modes). */
    public boolean isLinear() { return solution().rigidCount == 5; }

    /** Number of rigid-body degrees of freedom projected out: 3 (atom), 5 (linear) or 6. */
    public int rigidBodyModeCount() { return solution().rigidCount; }

    /** Name of the eigensolver backend that diagonalised the projected Hessian ("EJML", "LAPACK dsyevd (OpenBLAS)"). */
    public String eigenSolverName() { return solution().solverName; }

    /** Frequencies in cm⁻¹, ascending, imaginary ones negative (copy). */
    public double[] frequenciesCm1() { return solution().frequencies.clone(); }

    public double frequencyCm1(int mode) { return solution().frequencies[mode]; }

    /** Eigenvalues of the projected mass-weighted Hessian, kcal/mol/Å²/amu, ascending (copy). */
    public double[] massWeightedEigenvalues() { return solution().eigenvalues.clone(); }

    /** Unit-norm Cartesian displacement vector (length 3N) of a mode; see the class comment. */
    public double[] displacement(int mode) { return solution().displacements[mode].clone(); }

    /** Unit mass-weighted eigenvector (length 3N) of a mode. */
    public double[] massWeightedVector(int mode) { return solution().massWeighted[mode].clone(); }

    /** Reduced masses, amu (copy). */
    public double[] reducedMassesAmu() { return solution().reducedMasses.clone(); }

    /** Force constants k = λ μ, mdyn/Å, negative for imaginary modes (copy). */
    public double[] forceConstantsMdynPerA() { return solution().forceConstants.clone(); }

    /** Number of modes with a negative eigenvalue, however small. */
    public int imaginaryModeCount() {
        int c = 0;
        for (double f : solution().frequencies) if (f < 0) c++;
        return c;
    }

    /** Number of imaginary modes with |ν̃| ≥ the threshold (cm⁻¹). */
    public int significantImaginaryModeCount(double noiseThresholdCm1) {
        int c = 0;
        for (double f : solution().frequencies) if (f <= -noiseThresholdCm1) c++;
        return c;
    }

    /** {@link #classification(double)} with {@link #DEFAULT_IMAGINARY_NOISE_CM1}. */
    public String classification() { return classification(DEFAULT_IMAGINARY_NOISE_CM1); }

    /**
     * "minimum" (no significant imaginary mode), "transition-state" (one) or "saddle-N" (N ≥ 2),
     * counting imaginary modes with |ν̃| ≥ noiseThresholdCm1.
     */
    public String classification(double noiseThresholdCm1) {
        int k = significantImaginaryModeCount(noiseThresholdCm1);
        return k == 0 ? "minimum" : k == 1 ? "transition-state" : "saddle-" + k;
    }

    /**
     * The unprojected mass-weighted Hessian seen on the 6 (5 linear, 3 atom) rigid-body directions:
     * the eigenvalues of its r×r block in the orthonormal rigid basis (Rayleigh–Ritz values), as
     * signed wavenumbers (cm⁻¹), ascending. At a well-converged stationary point with a
     * translation- and rotation-invariant Hessian they are near zero; large values mean the
     * gradient was not zero or the Hessian is inconsistent with rigid motions. To first order they
     * equal the r eigenvalues of the full matrix closest to zero, but cost O(r·9N²) instead of a
     * second 3N×3N diagonalisation; computed on first request.
     */
    public double[] unprojectedRigidFrequenciesCm1() {
        double[] r = unprojectedLowest;
        if (r == null) {
            synchronized (this) {
                r = unprojectedLowest;
                if (r == null) unprojectedLowest = r = computeUnprojectedLowest();
            }
        }
        return r.clone();
    }

    private double[] computeUnprojectedLowest() {
        double[] x = structure.positions();
        RigidBodySpace space = rigidSpace(masses, x, PrincipalAxes.of(masses, x));
        int r = space.dimension();
        double[] vals = SymmetricEigenSolvers.decompose(space.rigidBlock(massWeighted()), r).values();
        double[] out = new double[r];
        for (int i = 0; i < r; i++) out[i] = toWavenumber(vals[i]);
        java.util.Arrays.sort(out);
        return out;
    }

    /** Signed wavenumber (cm⁻¹) of a mass-weighted Hessian eigenvalue (kcal/mol/Å²/amu). */
    public static double toWavenumber(double eigenvalue) {
        return Math.signum(eigenvalue) * Math.sqrt(Math.abs(eigenvalue)) * Units.WAVENUMBER_FACTOR;
    }

    private double[] massWeighted() {
        int n3 = 3 * masses.length;
        double[] inv = new double[n3];
        for (int i = 0; i < n3; i++) inv[i] = 1 / Math.sqrt(masses[i / 3]);
        double[] hmw = new double[n3 * n3];
        for (int i = 0; i < n3; i++)
            for (int j = 0; j < n3; j++) hmw[i * n3 + j] = hessian[i * n3 + j] * inv[i] * inv[j];
        return hmw;
    }

    /** ½(A + Aᵀ) of an n×n row-major matrix (tiled: see {@link Symmetrise}). */
    static double[] symmetrised(double[] a, int n) {
        double[] h = new double[n * n];
        Symmetrise.block(a, n, 0, n, h);
        return h;
    }

    private Solution solution() {
        Solution s = solution;
        if (s == null) {
            synchronized (this) {
                s = solution;
                if (s == null) solution = s = solve();
            }
        }
        return s;
    }

    /**
     * Mass-weighted translations and rotations about the principal axes through the centre of mass,
     * leaving out the axis of a linear body (moment below
     * {@link PrincipalAxes#LINEAR_MOMENT_TOLERANCE_AMU_A2}).
     */
    static RigidBodySpace rigidSpace(double[] masses, double[] x, PrincipalAxes axes) {
        double[] moments = axes.momentsAmuA2();
        java.util.List<double[]> rotationAxes = new java.util.ArrayList<>();
        for (int k = 0; k < 3 && rotationAxes.size() < axes.rotationalDegreesOfFreedom(); k++)
            if (moments[k] >= PrincipalAxes.LINEAR_MOMENT_TOLERANCE_AMU_A2) rotationAxes.add(axes.axis(k));
        RigidBodySpace space = RigidBodySpace.of(x, masses, axes.centreOfMass(), true, rotationAxes.toArray(new double[0][]));
        int expected = 3 + axes.rotationalDegreesOfFreedom();
        if (space.dimension() != expected)
            throw new IllegalStateException("expected " + expected + " rigid-body vectors, found " + space.dimension() + " independent ones");
        return space;
    }

    private Solution solve() {
        int atoms = masses.length;
        int n3 = 3 * atoms;
        double[] x = structure.positions();
        PrincipalAxes axes = PrincipalAxes.of(masses, x);
        RigidBodySpace space = rigidSpace(masses, x, axes);
        int m = space.internalDimension();
        double[] block = space.restrictInPlace(massWeighted()); // the mass-weighted copy is scratch
        SymmetricEigenSolver solver = SymmetricEigenSolvers.forSize(m);
        SymmetricEigenDecomposition d = solver.decompose(block, m);
        double[] eig = d.values();
        double[] freq = new double[m], mu = new double[m], k = new double[m];
        double[][] disp = new double[m][], mw = new double[m][];
        for (int mode = 0; mode < m; mode++) {
            double[] q = space.expand(d.vector(mode));
            double[] c = new double[n3];
            double norm2 = 0;
            int big = 0;
            for (int i = 0; i < n3; i++) {
                c[i] = q[i] / Math.sqrt(masses[i / 3]);
                norm2 += c[i] * c[i];
                if (Math.abs(c[i]) > Math.abs(c[big]) + 1e-12) big = i;
            }
            double sign = c[big] < 0 ? -1 : 1; // deterministic phase
            double scale = sign / Math.sqrt(norm2);
            for (int i = 0; i < n3; i++) {
                c[i] *= scale;
                q[i] *= sign;
            }
            freq[mode] = toWavenumber(eig[mode]);
            mu[mode] = 1 / norm2;
            k[mode] = eig[mode] * mu[mode] / Units.KCAL_PER_MOL_A2_PER_MDYN_PER_A;
            disp[mode] = c;
            mw[mode] = q;
        }
        return new Solution(space.dimension(), solver.name(), eig, freq, disp, mw, mu, k);
    }

    private record Solution(int rigidCount, String solverName, double[] eigenvalues, double[] frequencies, double[][] displacements,
                            double[][] massWeighted, double[] reducedMasses, double[] forceConstants) {}
}
