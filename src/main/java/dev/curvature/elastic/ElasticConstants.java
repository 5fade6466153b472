package dev.curvature.elastic;

import dev.curvature.model.Configuration;
import dev.curvature.model.HomogeneousStrain;
import dev.curvature.model.Potential;
import dev.curvature.model.Property;
import dev.curvature.model.Results;
import dev.curvature.optimize.CrystalRelaxation;
import dev.curvature.periodic.Deformation;
import dev.curvature.structure.Structure;

import java.util.function.BooleanSupplier;

/**
 * Elastic constants of a crystal at its given geometry (relax it first: the tensors are second
 * derivatives of the energy, which equal the stress–strain coefficients only at zero stress).
 *
 * <ul>
 *   <li>{@link #analytic}: clamped-ion C⁰ = (∂²E/∂η∂η)/V from the strain–strain block, relaxed-ion
 *       C = C⁰ − Λ H⁺ Λᵀ / V with the projected Hessian ({@link InternalRelaxation}). One
 *       evaluation of the potential.</li>
 *   <li>{@link #finiteDifference}: central differences of the analytic stress, σ(+δ) − σ(−δ) over
 *       2δ, with the ions relaxed in every strained cell — the route LAMMPS' ELASTIC example
 *       takes, kept as an independent check.</li>
 * </ul>
 */
public final class ElasticConstants {
    private ElasticConstants() {}

    /**
     * @param relaxed        relaxed-ion tensor (GPa)
     * @param clamped        clamped-ion tensor (GPa), null for the finite-difference method
     * @param stressGpa      stress at the given geometry, 3×3 row-major, positive under tension
     * @param energy         energy (potential's unit)
     * @param volume         cell volume (Å³)
     * @param negativeModes  negative Hessian modes (internal instability) found by the analytic route
     * @param method         "analytic (eigen)", "analytic (cg)" or "finite-difference"
     */
    public record Result(ElasticTensor relaxed, ElasticTensor clamped, double[] stressGpa, double energy, double volume,
                         int negativeModes, String method) {}

    public static Result analytic(Potential p, Structure s) {
        return analytic(p, s, null);
    }

    /** As {@link #analytic(Potential, Structure)}, stopping once {@code cancelled} (may be null) says so. */
    public static Result analytic(Potential p, Structure s, BooleanSupplier cancelled) {
        requirePeriodic(p, s);
        int n = s.atomCount(), n3 = 3 * n;
        Results r = Results.request(n, Property.STRAIN_DERIVATIVE, Property.HESSIAN, Property.STRAIN_POSITION, Property.STRAIN_STRAIN);
        p.compute(Configuration.periodic(s.positions(), s.cell()), r, null);
        double v = s.cell().volume(), toGpa = p.units().toGpa(1.0) / v;
        double[] c0 = r.strainStrain().clone();
        InternalRelaxation.Result ir = InternalRelaxation.solve(r.hessian(), r.strainPosition(), n3, cancelled);
        double[] c = new double[36];
        for (int k = 0; k < 36; k++) { c[k] = (c0[k] - ir.correction()[k]) * toGpa; c0[k] *= toGpa; }
        return new Result(new ElasticTensor(c), new ElasticTensor(c0), stress(r.strainDerivative(), toGpa), r.energy(), v,
                ir.negativeModes(), "analytic (" + ir.method() + ")");
    }

    /**
     * Relaxed-ion tensor by central differences of the stress with strain steps ±δ (Voigt,
     * engineering shear), the ions relaxed by {@code relaxation} in each strained cell.
     */
    public static Result finiteDifference(Potential p, Structure s, double step, CrystalRelaxation relaxation) {
        requirePeriodic(p, s);
        double v = s.cell().volume();
        double[] c = new double[36];
        for (int col = 0; col < 6; col++) {
            double[] plus = relaxedStress(p, s, col, step, relaxation), minus = relaxedStress(p, s, col, -step, relaxation);
            for (int row = 0; row < 6; row++) c[6 * row + col] = (plus[row] - minus[row]) / (2 * step);
        }
        Results r = Results.request(s.atomCount(), Property.STRAIN_DERIVATIVE);
        p.compute(Configuration.periodic(s.positions(), s.cell()), r, null);
        return new Result(new ElasticTensor(c), null, stress(r.strainDerivative(), p.units().toGpa(1.0) / v), r.energy(), v, 0,
                "finite-difference");
    }

    /** Voigt stress (GPa) after straining by h along Voigt component v and relaxing the ions. */
    private static double[] relaxedStress(Potential p, Structure s, int v, double h, CrystalRelaxation relaxation) {
        double[] e = HomogeneousStrain.unitStrain(v);
        for (int k = 0; k < 9; k++) e[k] *= h;
        Structure strained = Deformation.strained(s, e);
        Structure relaxed = relaxation.ions(p, strained).structure();
        Results r = Results.request(s.atomCount(), Property.STRAIN_DERIVATIVE);
        p.compute(Configuration.periodic(relaxed.positions(), relaxed.cell()), r, null);
        double[] sig = stress(r.strainDerivative(), p.units().toGpa(1.0) / relaxed.cell().volume());
        double[] out = new double[6];
        for (int k = 0; k < 6; k++) out[k] = sig[3 * HomogeneousStrain.VOIGT_PAIRS[k][0] + HomogeneousStrain.VOIGT_PAIRS[k][1]];
        return out;
    }

    /** σ = (dE/dε)/V symmetrised, in GPa. */
    static double[] stress(double[] strainDerivative, double toGpaPerVolume) {
        double[] s = new double[9];
        for (int a = 0; a < 3; a++)
            for (int b = 0; b < 3; b++) s[3 * a + b] = 0.5 * (strainDerivative[3 * a + b] + strainDerivative[3 * b + a]) * toGpaPerVolume;
        return s;
    }

    private static void requirePeriodic(Potential p, Structure s) {
        if (!s.isPeriodic())
            throw new IllegalArgumentException(s.name() + " is a molecule (no cell): elastic constants need a periodic crystal");
        if (p.atomCount() != s.atomCount())
            throw new IllegalArgumentException("potential bound to " + p.atomCount() + " atoms, structure has " + s.atomCount());
    }
}
