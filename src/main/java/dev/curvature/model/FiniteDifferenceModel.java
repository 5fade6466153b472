package dev.curvature.model;

import dev.curvature.structure.Cell;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Wraps any potential and supplies the derivatives it lacks by finite differences of the ones it
 * has — and, made with {@link #differencing}, recomputes properties it does have, so that the
 * analytic ones can be checked against it (the contract test's oracle).
 *
 * <p>What is differenced, with steps h (Å), δ (strain) and f (V/Å) from {@link Steps}:
 * <table>
 *   <tr><th>property</th><th>from</th><th>stencil</th><th>truncation error</th><th>cost</th></tr>
 *   <tr><td>GRADIENT</td><td>energies at x ± h, x ± 2h per coordinate</td><td>5-point</td><td>O(h⁴)</td><td>12N energies</td></tr>
 *   <tr><td>HESSIAN</td><td>gradients at x ± h per coordinate, then symmetrised</td><td>central</td><td>O(h²)</td><td>6N gradients</td></tr>
 *   <tr><td>STRAIN_DERIVATIVE</td><td>energies under ε = ±δ, ±2δ in one component ab (9)</td><td>5-point</td><td>O(δ⁴)</td><td>36 energies</td></tr>
 *   <tr><td>STRAIN_POSITION</td><td>gradients under the Voigt strain η_v = ±δ, ±2δ</td><td>5-point</td><td>O(δ⁴)</td><td>24 gradients</td></tr>
 *   <tr><td>STRAIN_STRAIN</td><td>strain derivatives under η_v = ±δ, ±2δ; or, without them, energies under η_u ± 10δ, η_v ± 10δ</td><td>5-point; 3×3 cross</td><td>O(δ⁴); O(δ²)</td><td>24 strain derivatives; 4 energies per pair</td></tr>
 *   <tr><td>DIPOLE</td><td>energies in the fields F ± f, F ± 2f per axis</td><td>5-point</td><td>O(f⁴)</td><td>12 energies</td></tr>
 *   <tr><td>POLARIZABILITY</td><td>dipoles in F ± f, F ± 2f; or, without them, energies in F ± 10f per pair of axes</td><td>5-point; cross</td><td>O(f⁴); O(f²)</td><td>12 dipoles; 4 energies per pair</td></tr>
 * </table>
 * A strain ε moves the positions and the cell rows together, x → (I + ε)x (the convention of
 * {@link Property}), so the same code serves molecules and periodic cells. Second differences of
 * energies use ten times the step because their round-off grows as ε_mach·|E|/step². With the
 * defaults (h = 1e-4 Å, δ = 1e-4, f = 1e-3 V/Å) a first derivative of the energy is good to about
 * 1e-12·|E|/step and a difference of an analytic derivative to ~1e-8 relative (the Hessian keeps
 * the central stencil and step the frequency code has always used, so its numbers are unchanged).
 * CHARGES and ATOM_ENERGIES cannot be differenced: they come from the inner potential or not at all.
 *
 * <p>Derivatives of a derived property use the inner potential's own lower-order property when
 * it has one (a differenced Hessian is made from its analytic gradient) and differences below
 * that. Results are symmetrised only for the Hessian; the strain blocks and the polarizability
 * are left as differenced so a test sees their asymmetry. The workspace is the inner potential's,
 * passed to every displaced evaluation.
 */
public final class FiniteDifferenceModel implements Potential {
    /** Steps of the differences. */
    public record Steps(double positionAngstrom, double strain, double fieldVoltsPerAngstrom) {
        public Steps {
            if (!(positionAngstrom > 0) || !(strain > 0) || !(fieldVoltsPerAngstrom > 0))
                throw new IllegalArgumentException("finite-difference steps must be positive");
        }
    }

    public static final double DEFAULT_POSITION_STEP_ANGSTROM = 1e-4;
    public static final Steps DEFAULT_STEPS = new Steps(DEFAULT_POSITION_STEP_ANGSTROM, 1e-4, 1e-3);
    private static final double SECOND_DIFFERENCE_FACTOR = 10.0;
    private static final Set<Property> DERIVABLE = Collections.unmodifiableSet(EnumSet.of(Property.GRADIENT,
            Property.HESSIAN, Property.STRAIN_DERIVATIVE, Property.STRAIN_POSITION, Property.STRAIN_STRAIN));
    private static final Set<Property> FIELD_DERIVABLE = Collections.unmodifiableSet(EnumSet.of(Property.DIPOLE, Property.POLARIZABILITY));

    private final Potential inner;
    private final Steps steps;
    private final Set<Property> implemented;
    private final Set<Property> differenced;
    private final Set<Property> native_;

    private FiniteDifferenceModel(Potential inner, Steps steps, Set<Property> forced) {
        this.inner = inner;
        this.steps = steps;
        this.native_ = inner.implementedProperties();
        EnumSet<Property> derivable = EnumSet.copyOf(DERIVABLE);
        if (inner.acceptsField()) derivable.addAll(FIELD_DERIVABLE);
        EnumSet<Property> all = EnumSet.copyOf(native_);
        all.addAll(derivable);
        all.add(Property.ENERGY);
        EnumSet<Property> diff = EnumSet.copyOf(derivable);
        diff.removeAll(native_);
        for (Property p : forced) {
            if (!derivable.contains(p))
                throw new IllegalArgumentException(p.key() + " of " + inner.modelName() + " cannot be obtained by finite differences");
            diff.add(p);
        }
        this.implemented = Collections.unmodifiableSet(all);
        this.differenced = Collections.unmodifiableSet(diff);
    }

    /** The inner potential with every missing derivative supplied by differences. */
    public FiniteDifferenceModel(Potential inner, Steps steps) { this(inner, steps, Set.of()); }

    public FiniteDifferenceModel(Potential inner) { this(inner, DEFAULT_STEPS, Set.of()); }

    /** An oracle: these properties are always differenced, even where the inner potential has them. */
    public static FiniteDifferenceModel differencing(Potential inner, Steps steps, Property... properties) {
        return new FiniteDifferenceModel(inner, steps, EnumSet.copyOf(java.util.List.of(properties)));
    }

    /** The potential itself if it has an analytic Hessian, else a wrapper that differences its gradient. */
    public static Potential ensureHessian(Potential p) {
        return p.hasAnalyticHessian() ? p : new FiniteDifferenceModel(p);
    }

    /** Properties this wrapper computes by differences (the rest come from the inner potential). */
    public Set<Property> differencedProperties() { return differenced; }

    public Potential inner() { return inner; }

    public Steps steps() { return steps; }

    @Override public int atomCount() { return inner.atomCount(); }
    @Override public String modelName() { return inner.modelName(); }
    @Override public UnitSystem units() { return inner.units(); }
    @Override public Set<Property> implementedProperties() { return implemented; }
    @Override public boolean acceptsField() { return inner.acceptsField(); }
    @Override public Workspace newWorkspace() { return inner.newWorkspace(); }
    @Override public boolean hasAnalyticHessian() { return true; }
    @Override public Map<String, Double> energyTerms(double[] x) { return inner.energyTerms(x); }

    @Override
    public void compute(Configuration c, Results r, Workspace workspace) {
        checkImplemented(r);
        Workspace w = workspace != null ? workspace : inner.newWorkspace();
        int n = atomCount();
        // what the inner potential fills straight into the caller's arrays
        Results direct = Results.request(n);
        for (Property p : r.requested())
            if (p != Property.ENERGY && !differenced.contains(p)) direct.use(p, r.array(p));
        inner.compute(c, direct, w);
        r.setEnergy(direct.energy());
        for (Property p : r.requested()) {
            if (!differenced.contains(p)) continue;
            double[] out = r.array(p);
            switch (p) {
                case GRADIENT -> gradientFromEnergies(c, w, out);
                case HESSIAN -> hessian(c, w, out);
                case STRAIN_DERIVATIVE -> strainDerivativeFromEnergies(c, w, out);
                case STRAIN_POSITION -> strainPosition(c, w, out);
                case STRAIN_STRAIN -> strainStrain(c, w, out);
                case DIPOLE -> dipoleFromEnergies(c, w, out);
                case POLARIZABILITY -> polarizability(c, w, out);
                default -> throw new IllegalStateException(p.key() + " is not differenced");
            }
        }
    }

    // ----- evaluations of the inner potential --------------------------------------------------

    private double energy(Configuration c, Workspace w) {
        Results r = Results.request(atomCount());
        inner.compute(c, r, w);
        return r.energy();
    }

    /** The gradient at c: the inner potential's, or differenced from its energies. */
    private void gradient(Configuration c, Workspace w, double[] out) {
        if (native_.contains(Property.GRADIENT)) inner.compute(c, Results.request(atomCount()).use(Property.GRADIENT, out), w);
        else gradientFromEnergies(c, w, out);
    }

    private void strainDerivative(Configuration c, Workspace w, double[] out) {
        if (native_.contains(Property.STRAIN_DERIVATIVE))
            inner.compute(c, Results.request(atomCount()).use(Property.STRAIN_DERIVATIVE, out), w);
        else strainDerivativeFromEnergies(c, w, out);
    }

    private void dipole(Configuration c, Workspace w, double[] out) {
        if (native_.contains(Property.DIPOLE)) inner.compute(c, Results.request(atomCount()).use(Property.DIPOLE, out), w);
        else dipoleFromEnergies(c, w, out);
    }

    /** (−f(2s) + 8 f(s) − 8 f(−s) + f(−2s)) / 12s, the 5-point first derivative. */
    private static double fivePoint(double p2, double p1, double m1, double m2, double s) {
        return (-p2 + 8 * p1 - 8 * m1 + m2) / (12 * s);
    }

    // ----- positions ----------------------------------------------------------------------------

    private void gradientFromEnergies(Configuration c, Workspace w, double[] out) {
        double[] x = c.positionsAngstrom().clone();
        double h = steps.positionAngstrom();
        Configuration moved = c.withPositions(x);
        for (int i = 0; i < x.length; i++) {
            double x0 = x[i];
            x[i] = x0 + 2 * h; double p2 = energy(moved, w);
            x[i] = x0 + h;     double p1 = energy(moved, w);
            x[i] = x0 - h;     double m1 = energy(moved, w);
            x[i] = x0 - 2 * h; double m2 = energy(moved, w);
            x[i] = x0;
            out[i] = fivePoint(p2, p1, m1, m2, h);
        }
    }

    private void hessian(Configuration c, Workspace w, double[] out) {
        double[] x = c.positionsAngstrom().clone();
        int n3 = x.length;
        double h = steps.positionAngstrom();
        Configuration moved = c.withPositions(x);
        double[] gp = new double[n3], gm = new double[n3];
        for (int i = 0; i < n3; i++) {
            double x0 = x[i];
            x[i] = x0 + h;
            gradient(moved, w, gp);
            x[i] = x0 - h;
            gradient(moved, w, gm);
            x[i] = x0;
            for (int j = 0; j < n3; j++) out[i * n3 + j] = (gp[j] - gm[j]) / (2 * h);
        }
        for (int i = 0; i < n3; i++)
            for (int j = i + 1; j < n3; j++) {
                double s = 0.5 * (out[i * n3 + j] + out[j * n3 + i]);
                out[i * n3 + j] = s;
                out[j * n3 + i] = s;
            }
    }

    /**
     * Fills hessian (3N×3N row-major) by central differences of p's gradient with step h (Å),
     * then symmetrises it: the Hessian this wrapper supplies, for callers that have a bare
     * molecular potential and positions.
     */
    public static void hessianByDifferences(Potential p, double[] x, double h, double[] hessian) {
        new FiniteDifferenceModel(p, new Steps(h, DEFAULT_STEPS.strain(), DEFAULT_STEPS.fieldVoltsPerAngstrom()))
                .hessian(Configuration.molecule(x), p.newWorkspace(), hessian);
    }

    // ----- strain -------------------------------------------------------------------------------

    /** The configuration with positions and cell deformed by x → (I + ε)x (ε 3×3 row-major). */
    public static Configuration strained(Configuration c, double[] epsilon) {
        double[] x = c.positionsAngstrom();
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i += 3)
            for (int a = 0; a < 3; a++)
                y[i + a] = x[i + a] + epsilon[3 * a] * x[i] + epsilon[3 * a + 1] * x[i + 1] + epsilon[3 * a + 2] * x[i + 2];
        Configuration out = c.withPositions(y);
        if (c.cell() == null) return out;
        double[][] v = c.cell().vectorsAngstrom(), nv = new double[3][3];
        for (int r = 0; r < 3; r++)
            for (int a = 0; a < 3; a++)
                nv[r][a] = v[r][a] + epsilon[3 * a] * v[r][0] + epsilon[3 * a + 1] * v[r][1] + epsilon[3 * a + 2] * v[r][2];
        return out.withCell(new Cell(nv));
    }

    private static double[] scaled(double[] unit, double s) {
        double[] e = new double[9];
        for (int k = 0; k < 9; k++) e[k] = unit[k] * s;
        return e;
    }

    private static double[] sum(double[] a, double[] b) {
        double[] e = new double[9];
        for (int k = 0; k < 9; k++) e[k] = a[k] + b[k];
        return e;
    }

    private void strainDerivativeFromEnergies(Configuration c, Workspace w, double[] out) {
        double d = steps.strain();
        for (int k = 0; k < 9; k++) {
            double[] unit = new double[9];
            unit[k] = 1.0;
            out[k] = fivePoint(energy(strained(c, scaled(unit, 2 * d)), w), energy(strained(c, scaled(unit, d)), w),
                    energy(strained(c, scaled(unit, -d)), w), energy(strained(c, scaled(unit, -2 * d)), w), d);
        }
    }

    private void strainPosition(Configuration c, Workspace w, double[] out) {
        int n3 = 3 * atomCount();
        double d = steps.strain();
        double[] p2 = new double[n3], p1 = new double[n3], m1 = new double[n3], m2 = new double[n3];
        for (int v = 0; v < 6; v++) {
            double[] unit = HomogeneousStrain.unitStrain(v);
            gradient(strained(c, scaled(unit, 2 * d)), w, p2);
            gradient(strained(c, scaled(unit, d)), w, p1);
            gradient(strained(c, scaled(unit, -d)), w, m1);
            gradient(strained(c, scaled(unit, -2 * d)), w, m2);
            for (int j = 0; j < n3; j++) out[v * n3 + j] = fivePoint(p2[j], p1[j], m1[j], m2[j], d);
        }
    }

    private void strainStrain(Configuration c, Workspace w, double[] out) {
        if (native_.contains(Property.STRAIN_DERIVATIVE)) strainStrainFromStrainDerivatives(c, w, out);
        else strainStrainFromEnergies(c, w, out);
    }

    /**
     * ∂E/∂η_u at the strained point η: the strain derivative there, W(y), is taken with respect to a
     * further strain of the strained configuration, so the derivative with respect to the
     * original strain is G = W(y)(I + ε)⁻ᵀ, contracted with the unit strain E_u.
     */
    private double[] voigtDerivative(Configuration c, Workspace w, double[] epsilon) {
        double[] wy = new double[9];
        strainDerivative(strained(c, epsilon), w, wy);
        double[] inv = inverse(new double[] {1 + epsilon[0], epsilon[1], epsilon[2], epsilon[3], 1 + epsilon[4], epsilon[5],
                epsilon[6], epsilon[7], 1 + epsilon[8]});
        double[] g = new double[9];   // W · inv^T
        for (int a = 0; a < 3; a++)
            for (int b = 0; b < 3; b++)
                for (int k = 0; k < 3; k++) g[3 * a + b] += wy[3 * a + k] * inv[3 * b + k];
        double[] dv = new double[6];
        for (int u = 0; u < 6; u++) {
            double[] e = HomogeneousStrain.unitStrain(u);
            for (int k = 0; k < 9; k++) dv[u] += g[k] * e[k];
        }
        return dv;
    }

    private void strainStrainFromStrainDerivatives(Configuration c, Workspace w, double[] out) {
        double d = steps.strain();
        for (int v = 0; v < 6; v++) {
            double[] unit = HomogeneousStrain.unitStrain(v);
            double[] p2 = voigtDerivative(c, w, scaled(unit, 2 * d)), p1 = voigtDerivative(c, w, scaled(unit, d));
            double[] m1 = voigtDerivative(c, w, scaled(unit, -d)), m2 = voigtDerivative(c, w, scaled(unit, -2 * d));
            for (int u = 0; u < 6; u++) out[6 * u + v] = fivePoint(p2[u], p1[u], m1[u], m2[u], d);
        }
    }

    private void strainStrainFromEnergies(Configuration c, Workspace w, double[] out) {
        double d = SECOND_DIFFERENCE_FACTOR * steps.strain();
        double e0 = energy(c, w);
        for (int u = 0; u < 6; u++) {
            double[] eu = HomogeneousStrain.unitStrain(u);
            for (int v = u; v < 6; v++) {
                double[] ev = HomogeneousStrain.unitStrain(v);
                double value;
                if (u == v) {
                    double p2 = energy(strained(c, scaled(eu, 2 * d)), w), p1 = energy(strained(c, scaled(eu, d)), w);
                    double m1 = energy(strained(c, scaled(eu, -d)), w), m2 = energy(strained(c, scaled(eu, -2 * d)), w);
                    value = (-p2 + 16 * p1 - 30 * e0 + 16 * m1 - m2) / (12 * d * d);
                } else {
                    double pp = energy(strained(c, sum(scaled(eu, d), scaled(ev, d))), w);
                    double pm = energy(strained(c, sum(scaled(eu, d), scaled(ev, -d))), w);
                    double mp = energy(strained(c, sum(scaled(eu, -d), scaled(ev, d))), w);
                    double mm = energy(strained(c, sum(scaled(eu, -d), scaled(ev, -d))), w);
                    value = (pp - pm - mp + mm) / (4 * d * d);
                }
                out[6 * u + v] = value;
                out[6 * v + u] = value;
            }
        }
    }

    private static double[] inverse(double[] m) {
        double det = m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6]) + m[2] * (m[3] * m[7] - m[4] * m[6]);
        return new double[] {
                (m[4] * m[8] - m[5] * m[7]) / det, (m[2] * m[7] - m[1] * m[8]) / det, (m[1] * m[5] - m[2] * m[4]) / det,
                (m[5] * m[6] - m[3] * m[8]) / det, (m[0] * m[8] - m[2] * m[6]) / det, (m[2] * m[3] - m[0] * m[5]) / det,
                (m[3] * m[7] - m[4] * m[6]) / det, (m[1] * m[6] - m[0] * m[7]) / det, (m[0] * m[4] - m[1] * m[3]) / det};
    }

    // ----- field --------------------------------------------------------------------------------

    private static Configuration inField(Configuration c, int axis, double delta) {
        double[] f = c.fieldVoltsPerAngstrom() == null ? new double[3] : c.fieldVoltsPerAngstrom().clone();
        f[axis] += delta;
        return c.withField(f);
    }

    private static Configuration inField(Configuration c, int a, double da, int b, double db) {
        return inField(inField(c, a, da), b, db);
    }

    private void dipoleFromEnergies(Configuration c, Workspace w, double[] out) {
        double f = steps.fieldVoltsPerAngstrom();
        for (int a = 0; a < 3; a++) {
            double dEdF = fivePoint(energy(inField(c, a, 2 * f), w), energy(inField(c, a, f), w),
                    energy(inField(c, a, -f), w), energy(inField(c, a, -2 * f), w), f);
            out[a] = units().dipoleFromFieldDerivative(-dEdF);
        }
    }

    private void polarizability(Configuration c, Workspace w, double[] out) {
        double f = steps.fieldVoltsPerAngstrom();
        if (native_.contains(Property.DIPOLE)) {
            double[] p2 = new double[3], p1 = new double[3], m1 = new double[3], m2 = new double[3];
            for (int b = 0; b < 3; b++) {
                dipole(inField(c, b, 2 * f), w, p2);
                dipole(inField(c, b, f), w, p1);
                dipole(inField(c, b, -f), w, m1);
                dipole(inField(c, b, -2 * f), w, m2);
                for (int a = 0; a < 3; a++)
                    out[3 * a + b] = UnitSystem.polarizabilityVolume(fivePoint(p2[a], p1[a], m1[a], m2[a], f));
            }
            return;
        }
        double s = SECOND_DIFFERENCE_FACTOR * f;
        double e0 = energy(c, w);
        for (int a = 0; a < 3; a++)
            for (int b = a; b < 3; b++) {
                double d2;
                if (a == b) {
                    d2 = (-energy(inField(c, a, 2 * s), w) + 16 * energy(inField(c, a, s), w) - 30 * e0
                            + 16 * energy(inField(c, a, -s), w) - energy(inField(c, a, -2 * s), w)) / (12 * s * s);
                } else {
                    d2 = (energy(inField(c, a, s, b, s), w) - energy(inField(c, a, s, b, -s), w)
                            - energy(inField(c, a, -s, b, s), w) + energy(inField(c, a, -s, b, -s), w)) / (4 * s * s);
                }
                // μ = −∂E/∂F / energyPerEv, α = k_e ∂μ/∂F
                double alpha = UnitSystem.polarizabilityVolume(units().dipoleFromFieldDerivative(-d2));
                out[3 * a + b] = alpha;
                out[3 * b + a] = alpha;
            }
    }
}
