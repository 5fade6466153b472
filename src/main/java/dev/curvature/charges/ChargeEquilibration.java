package dev.curvature.charges;

import dev.curvature.linalg.DenseLu;
import dev.curvature.structure.Structure;
import dev.curvature.units.Units;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Electronegativity-equalization charges: minimises E(q) = Σ χ_i q_i + ½ Σ J_ij q_i q_j subject to
 * Σ q_i = Q (the structure's total charge) by solving the bordered system
 * [J 1; 1ᵀ 0] [q; −μ] = [−χ; Q], μ being the equalised electronegativity (chemical potential).
 *
 * <p>When a self-hardness depends on the atom's own charge (QEq hydrogen) the stationarity equations
 * χ_i + Σ_j J_ij(q) q_j − μ = 0 are solved by Newton's method on (q, μ) to max |Δq| ≤ 1e-10 e; the
 * Jacobian used for the response is then the effective hardness J_ij + δ_ij q_i dJ_ii/dq_i, so the
 * responses are exact derivatives of the self-consistent charges.
 *
 * <p>Cost: building J is O(N²) pair terms (for QEq each a one-dimensional quadrature, for EEM a
 * division); each solve is a dense LU of the (N+1)×(N+1) bordered matrix, O(N³) (EJML below order
 * {@link DenseLu#NATIVE_CROSSOVER_SIZE}, LAPACK dgetrf from there), and the inverse needed for the
 * response another O(N³); the atomic polar tensors then cost O(N²) (EquilibratedCharges), the full
 * charge flux ∂q/∂R, asked for explicitly, O(N³). Fine for molecules up to a few thousand atoms;
 * periodic systems are not handled.
 *
 * <p>Atoms closer than {@link #MIN_SEPARATION_ANGSTROM} and bordered matrices whose 1-norm condition
 * number exceeds {@link #MAX_CONDITION} are refused with a {@link ChargeModelException} naming the
 * atoms, instead of returning meaningless (or NaN) charges.
 */
public final class ChargeEquilibration implements ChargeModel {
    /** e²/(4πε₀) in eV·Å: one hartree times one bohr (CODATA 2018), 14.3996 eV·Å. */
    public static final double COULOMB_EV_ANGSTROM =
            Units.KCAL_PER_MOL_PER_HARTREE / Units.KCAL_PER_MOL_PER_EV * Units.ANGSTROM_PER_BOHR;
    /** Atoms closer than this (Å) are treated as coincident. */
    public static final double MIN_SEPARATION_ANGSTROM = 0.1;
    /** Largest acceptable 1-norm condition number of the bordered matrix. */
    public static final double MAX_CONDITION = 1e12;
    /** Convergence of the self-consistent charges (e). */
    public static final double CHARGE_TOLERANCE = 1e-10;
    private static final int MAX_ITERATIONS = 100;

    private final HardnessModel model;

    public ChargeEquilibration(HardnessModel model) {
        this.model = model;
    }

    public HardnessModel model() { return model; }

    @Override public String name() { return model.name(); }
    @Override public boolean hasPolarizability() { return true; }

    @Override public EquilibratedCharges charges(Structure structure, double[] positionsAngstrom) {
        return solve(structure, positionsAngstrom);
    }

    /** Charges at the structure's own positions. */
    public EquilibratedCharges solve(Structure structure) {
        return solve(structure, structure.positions());
    }

    /** Charges at the given positions (Å, interleaved) of the structure's atoms. */
    public EquilibratedCharges solve(Structure structure, double[] positionsAngstrom) {
        return solve(structure, positionsAngstrom, structure.totalCharge(), null);
    }

    /**
     * Charges for an arbitrary (possibly fractional) total charge Q (e) in a uniform external field F
     * (V/Å, may be null), which adds −Σ q_i F·r_i to the energy (r about the laboratory origin).
     * The returned response quantities are those of the zero-field system (J does not depend on F).
     */
    public EquilibratedCharges solve(Structure structure, double[] positionsAngstrom, double totalCharge, double[] fieldVPerAngstrom) {
        return solve(structure, positionsAngstrom, totalCharge, fieldVPerAngstrom, DenseLu.NATIVE_CROSSOVER_SIZE);
    }

    /** As above, factoring with LAPACK from bordered order {@code nativeFromOrder} on (tests compare both routes). */
    EquilibratedCharges solve(Structure structure, double[] positionsAngstrom, double totalCharge, double[] fieldVPerAngstrom,
                              int nativeFromOrder) {
        HardnessModel.Bound bound = model.bind(structure);
        int n = structure.atomCount();
        if (n == 0) throw new ChargeModelException("structure " + structure + " has no atoms");
        if (positionsAngstrom.length != 3 * n) throw new IllegalArgumentException("need " + 3 * n + " coordinates, got " + positionsAngstrom.length);
        double[] chi = new double[n];
        for (int i = 0; i < n; i++) {
            chi[i] = bound.electronegativityEV(i);
            if (fieldVPerAngstrom != null)
                for (int k = 0; k < 3; k++) chi[i] -= fieldVPerAngstrom[k] * positionsAngstrom[3 * i + k];
        }

        // Pair hardness and its radial derivative: O(N²), computed once per geometry.
        double[] pair = new double[n * n], pairSlope = new double[n * n];
        double[] d = new double[1];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double r = distance(positionsAngstrom, i, j);
                if (!(r >= MIN_SEPARATION_ANGSTROM))
                    throw new ChargeModelException(String.format(java.util.Locale.ROOT,
                            "atoms %s and %s of %s are %.4f Å apart: coincident atoms make the hardness matrix singular",
                            label(structure, i), label(structure, j), structure.name().isEmpty() ? "the structure" : structure.name(), r));
                double v = bound.pairHardnessEV(i, j, r, d);
                pair[i * n + j] = pair[j * n + i] = v;
                pairSlope[i * n + j] = pairSlope[j * n + i] = d[0];
            }
        }

        Solution sol = equilibrate(bound, chi, pair, totalCharge, structure, positionsAngstrom, nativeFromOrder);
        return new EquilibratedCharges(structure, positionsAngstrom, sol.charges, totalCharge, sol.chemicalPotentialEV, sol.iterations,
                sol.response, sol.perTotalCharge, pairSlope, sol.selfCurvature);
    }

    /** Charges, μ, iterations and the constrained inverse of the effective hardness (response). */
    record Solution(double[] charges, double chemicalPotentialEV, int iterations, double[] response, double[] perTotalCharge,
                    double[] selfCurvature) {}

    /**
     * Solves the stationarity equations for the hardness matrix whose off-site part is {@code pair}
     * (N×N row-major; its diagonal holds extra self terms such as a periodic atom's interaction with
     * its own images, zero for molecules) plus the model's self-hardness J_ii(q).
     */
    static Solution equilibrate(HardnessModel.Bound bound, double[] chi, double[] pair, double totalCharge, Structure structure,
                                double[] positionsAngstrom) {
        return equilibrate(bound, chi, pair, totalCharge, structure, positionsAngstrom, DenseLu.NATIVE_CROSSOVER_SIZE);
    }

    private static Solution equilibrate(HardnessModel.Bound bound, double[] chi, double[] pair, double totalCharge, Structure structure,
                                        double[] positionsAngstrom, int nativeFromOrder) {
        int n = chi.length, n1 = n + 1;
        double[] q = new double[n];
        java.util.Arrays.fill(q, totalCharge / n);
        double nu = 0; // ν = −μ
        int iterations = 0;
        double[] m = new double[n1 * n1], rhs = new double[n1];
        Factor lu;
        while (true) {
            buildBordered(bound, pair, q, n, m);
            lu = factor(m, n1, structure, positionsAngstrom, nativeFromOrder);
            // Newton step on F_i = χ_i + Σ_j J_ij(q) q_j + ν, F_n = Σ q − Q (one step is exact when J is constant).
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double f = chi[i] + nu + bound.selfHardnessEV(i, q[i]) * q[i];
                for (int j = 0; j < n; j++) f += pair[i * n + j] * q[j];
                rhs[i] = -f;
                sum += q[i];
            }
            rhs[n] = -(sum - totalCharge);
            double[] step = lu.solve(rhs);
            double largest = 0;
            for (int i = 0; i < n; i++) {
                q[i] += step[i];
                largest = Math.max(largest, Math.abs(step[i]));
            }
            nu += step[n];
            iterations++;
            for (double v : q) // a singular bordered matrix that slipped through LU shows up here
                if (!Double.isFinite(v)) throw illConditioned(structure, positionsAngstrom, Double.POSITIVE_INFINITY);
            if (!Double.isFinite(nu)) throw illConditioned(structure, positionsAngstrom, Double.POSITIVE_INFINITY);
            if (!bound.chargeDependent() || largest <= CHARGE_TOLERANCE) break;
            if (iterations >= MAX_ITERATIONS)
                throw new ChargeModelException("self-consistent charges of " + structure + " did not converge in " + MAX_ITERATIONS
                        + " iterations (last change " + largest + " e)");
        }
        for (int i = 0; i < n; i++)
            if (!(bound.selfHardnessEV(i, q[i]) > 0))
                throw new ChargeModelException(String.format(java.util.Locale.ROOT,
                        "atom %s of %s ends with charge %.3f e where its hardness %.3f eV is not positive; the model does not apply",
                        label(structure, i), structure, q[i], bound.selfHardnessEV(i, q[i])));
        if (bound.chargeDependent()) { // response matrix at the converged charges
            buildBordered(bound, pair, q, n, m);
            lu = factor(m, n1, structure, positionsAngstrom, nativeFromOrder);
        }
        double[] inverse = lu.inverse();
        double largestElement = 0;
        for (double v : m) largestElement = Math.max(largestElement, Math.abs(v));
        double condition = largestElement > 0 ? norm1(m, n1) * norm1(inverse, n1) : Double.POSITIVE_INFINITY;
        if (!(condition <= MAX_CONDITION)) throw illConditioned(structure, positionsAngstrom, condition);
        double[] response = new double[n * n], perTotalCharge = new double[n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(inverse, i * n1, response, i * n, n);
            perTotalCharge[i] = inverse[i * n1 + n];
        }
        // d(J_eff,ii)/dq_i with J_eff,ii = J_ii(q) + q J'_ii(q): how the response matrix follows the charges
        // (the slope's own derivative by a central difference, exact for the linear QEq hydrogen hardness)
        double[] selfCurvature = new double[n];
        if (bound.chargeDependent())
            for (int i = 0; i < n; i++) {
                double h = 1e-4;
                double slopeDerivative = (bound.selfHardnessSlope(i, q[i] + h) - bound.selfHardnessSlope(i, q[i] - h)) / (2 * h);
                selfCurvature[i] = 2 * bound.selfHardnessSlope(i, q[i]) + q[i] * slopeDerivative;
            }
        return new Solution(q, -nu, iterations, response, perTotalCharge, selfCurvature);
    }

    /** The bordered matrix (row-major, order N+1) at charges q. */
    private static void buildBordered(HardnessModel.Bound bound, double[] pair, double[] q, int n, double[] m) {
        int n1 = n + 1;
        for (int i = 0; i < n; i++) {
            System.arraycopy(pair, i * n, m, i * n1, n);
            m[i * n1 + i] = pair[i * n + i] + bound.selfHardnessEV(i, q[i]) + q[i] * bound.selfHardnessSlope(i, q[i]);
            m[i * n1 + n] = 1;
            m[n * n1 + i] = 1;
        }
        m[n * n1 + n] = 0;
    }

    /** A factored bordered matrix: solves and the inverse (row-major). */
    private interface Factor {
        double[] solve(double[] rhs);
        double[] inverse();
    }

    /**
     * LU of the bordered matrix: EJML below {@link DenseLu#NATIVE_CROSSOVER_SIZE} (small molecules
     * never load the native library), LAPACK dgetrf from there on (at 1 060 atoms EJML's seven
     * factorizations and the inverse were most of the 8.6 s CPU of the equilibration; see DenseLu).
     */
    private static Factor factor(double[] m, int n1, Structure s, double[] x, int nativeFromOrder) {
        for (double v : m)
            if (!Double.isFinite(v)) throw new ChargeModelException("hardness matrix of " + s + " has non-finite elements");
        if (n1 >= nativeFromOrder && DenseLu.available()) {
            DenseLu lu = DenseLu.factor(m, n1);
            if (lu == null) throw illConditioned(s, x, Double.POSITIVE_INFINITY);
            return new Factor() {
                @Override public double[] solve(double[] rhs) {
                    double[] out = new double[n1];
                    lu.solve(rhs, out);
                    return out;
                }
                @Override public double[] inverse() { return lu.inverse(); }
            };
        }
        LinearSolverDense<DMatrixRMaj> lu = LinearSolverFactory_DDRM.lu(n1);
        if (!lu.setA(DMatrixRMaj.wrap(n1, n1, m.clone()))) throw illConditioned(s, x, Double.POSITIVE_INFINITY);
        return new Factor() {
            @Override public double[] solve(double[] rhs) {
                DMatrixRMaj step = new DMatrixRMaj(n1, 1);
                lu.solve(DMatrixRMaj.wrap(n1, 1, rhs.clone()), step);
                return step.data;
            }
            @Override public double[] inverse() {
                DMatrixRMaj inverse = new DMatrixRMaj(n1, n1);
                lu.invert(inverse);
                return inverse.data;
            }
        };
    }

    private static double norm1(double[] a, int n) {
        double best = 0;
        for (int j = 0; j < n; j++) {
            double sum = 0;
            for (int i = 0; i < n; i++) sum += Math.abs(a[i * n + j]);
            best = Math.max(best, sum);
        }
        return best;
    }

    private static ChargeModelException illConditioned(Structure s, double[] x, double condition) {
        int n = s.atomCount(), bi = -1, bj = -1;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) {
                double r = distance(x, i, j);
                if (r < best) { best = r; bi = i; bj = j; }
            }
        String closest = bi < 0 ? "" : String.format(java.util.Locale.ROOT, "; closest atoms %s and %s at %.4f Å",
                label(s, bi), label(s, bj), best);
        return new ChargeModelException(String.format(java.util.Locale.ROOT,
                "hardness matrix of %s is singular or ill-conditioned (condition number %.3g)%s", s, condition, closest));
    }

    static String label(Structure s, int atom) {
        return (atom + 1) + " (" + s.element(atom).symbol() + ")";
    }

    static double distance(double[] x, int i, int j) {
        double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
}
