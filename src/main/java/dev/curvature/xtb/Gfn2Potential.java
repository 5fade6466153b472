package dev.curvature.xtb;

import dev.curvature.model.Configuration;
import dev.curvature.model.DipoleDerivatives;
import dev.curvature.model.Potential;
import dev.curvature.model.Property;
import dev.curvature.model.Results;
import dev.curvature.model.UnitSystem;
import dev.curvature.model.Workspace;
import dev.curvature.structure.Structure;
import dev.curvature.units.Units;
import dev.curvature.xtb.param.Gfn2Parameters;
import dev.curvature.xtb.scc.ChargeDependentDispersion;
import dev.curvature.xtb.scc.Gfn2Calculator;
import dev.curvature.xtb.scc.Gfn2Result;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * GFN2-xTB under the energy-model contract: energy and Mulliken charges of a molecule. The
 * boundary converts explicitly: positions Å → bohr (CODATA 2018, as xtb 6.5 reads .xyz), energies
 * Eh → kcal/mol, dipoles e·bohr → e·Å, fields V/Å → Eh/(e·bohr). The molecule's total charge and unpaired electrons are
 * bound at construction (the structure's, as xtb's --chrg and --uhf); a {@link Configuration} that
 * states anything but a neutral singlet overrides them. With no spin stated an odd electron count
 * is a doublet. The gradient is analytic; the
 * Hessian comes from central differences of it ({@link Gfn2Hessian}: warm-started, parallel, xtb's
 * step of 0.005 bohr), and the same
 * displacements give the atomic polar tensors, kept for the IR intensities asked next
 * ({@link DipoleDerivatives}).
 * The dispersion is whatever {@link ChargeDependentDispersion} is passed ({@link D4Seam#GFN2} for
 * GFN2-xTB proper; null leaves it out).
 */
public final class Gfn2Potential implements Potential, DipoleDerivatives {
    private static final double BOHR_PER_ANGSTROM = 1 / Units.ANGSTROM_PER_BOHR;
    private static final double KCAL_PER_HARTREE = Units.KCAL_PER_MOL_PER_HARTREE;

    /**
     * SCC tolerance in a field. Fields reach the model almost only through finite-field
     * polarizabilities, whose dipole differences over 1e-3 V/Å are ~1e-4 e·bohr: the default
     * tolerance would leave them 1e-4 relative noise, this one ~1e-6.
     */
    static final double FIELD_CHARGE_TOLERANCE = 1e-9;

    private final int[] z;
    private final Gfn2Calculator calculator;
    private final int boundCharge;
    /** Unpaired electrons bound at construction, or {@link Structure#LOWEST_SPIN}. */
    private final int boundUnpaired;
    /** Polar tensors from the last Hessian, for the intensities of the same geometry. */
    private volatile PolarTensors lastPolarTensors;

    private record PolarTensors(double[] positionsAngstrom, double[] apt) {}

    /** A neutral molecule in its lowest spin state. */
    public Gfn2Potential(int[] atomicNumbers, ChargeDependentDispersion dispersion) {
        this(atomicNumbers, dispersion, 0, Structure.LOWEST_SPIN);
    }

    /**
     * @param totalCharge       the molecule's total charge (e)
     * @param unpairedElectrons its unpaired electrons, or {@link Structure#LOWEST_SPIN} for 0 or 1 by parity
     */
    public Gfn2Potential(int[] atomicNumbers, ChargeDependentDispersion dispersion, int totalCharge, int unpairedElectrons) {
        this.z = atomicNumbers.clone();
        this.calculator = new Gfn2Calculator(Gfn2Parameters.bundled(), z, dispersion);
        this.boundCharge = totalCharge;
        this.boundUnpaired = unpairedElectrons;
    }

    /** Electrons in the valence space of these atoms at this total charge. */
    public static int valenceElectrons(int[] atomicNumbers, int totalCharge) {
        int electrons = -totalCharge;
        for (int zi : atomicNumbers) electrons += (int) Math.rint(Gfn2Parameters.bundled().element(zi).valenceElectrons());
        return electrons;
    }

    /** Whether the configuration states nothing but the default neutral singlet (then the bound state applies). */
    private static boolean statesDefault(Configuration c) {
        return c.totalCharge() == 0 && c.spinMultiplicity() == 1;
    }

    private int charge(Configuration c) { return statesDefault(c) ? boundCharge : c.totalCharge(); }

    @Override public int atomCount() { return z.length; }

    @Override public String modelName() { return "GFN2-xTB"; }

    @Override public UnitSystem units() { return UnitSystem.MOLECULAR; }

    @Override public Set<Property> implementedProperties() {
        return EnumSet.of(Property.ENERGY, Property.GRADIENT, Property.HESSIAN, Property.DIPOLE, Property.CHARGES);
    }

    /**
     * False although HESSIAN is implemented: it costs 6N gradients, so optimizers must not take
     * it every step (AUTO then picks L-BFGS; frequencies and saddle searches still ask for it).
     */
    @Override public boolean hasAnalyticHessian() { return false; }

    @Override public boolean acceptsField() { return true; }

    /**
     * A workspace remembers the last converged SCC state of its caller and starts the next SCC
     * there when no atom has moved more than {@link #WARM_START_RADIUS_BOHR} (same charge and spin,
     * no field), with that SCC's Broyden differences as the mixer's first inverse-Jacobian estimate:
     * an optimizer's last steps then need about half the iterations (bromobenzene: 48 vs 90). Converged to the
     * same tolerance, the result differs from a cold start only within it (energy ~1e-12 Eh,
     * gradient ≲ 2e-8 Eh/bohr: Gfn2WarmStartTest), not bitwise. Without a workspace every
     * evaluation starts from neutral shells. The Hessian's displacements start from the reference
     * geometry's own converged state, whatever the workspace holds.
     */
    @Override public Workspace newWorkspace() { return new SccHistory(); }

    /** Farthest any atom may have moved since the remembered state for it to be the start, bohr. */
    static final double WARM_START_RADIUS_BOHR = 0.5;

    /** The last converged SCC state one caller reached, and the SCC iterations it has spent. */
    static final class SccHistory implements Workspace {
        private double[] positionsBohr, state;
        private dev.curvature.xtb.scc.BroydenMixer.History mixer;
        private int charge, unpaired;
        long iterations, calculations;

        double[] startFor(double[] bohr, int charge, int unpaired) {
            if (state == null || charge != this.charge || unpaired != this.unpaired) return null;
            for (int a = 0; a < bohr.length; a += 3) {
                double dx = bohr[a] - positionsBohr[a], dy = bohr[a + 1] - positionsBohr[a + 1], dz = bohr[a + 2] - positionsBohr[a + 2];
                if (dx * dx + dy * dy + dz * dz > WARM_START_RADIUS_BOHR * WARM_START_RADIUS_BOHR) return null;
            }
            return state;
        }

        void remember(double[] bohr, int charge, int unpaired, Gfn2Result r, double requestedKelvin) {
            iterations += r.iterations();
            calculations++;
            // a state converged only at a higher electronic temperature is no start for the requested one
            boolean usable = r.electronicTemperature() == requestedKelvin;
            positionsBohr = usable ? bohr.clone() : null;
            state = usable ? r.sccState().clone() : null;
            mixer = usable ? r.mixerHistory() : null;
            this.charge = charge;
            this.unpaired = unpaired;
        }
    }

    /** Runs the calculation in atomic units (positions in Å converted here). */
    public Gfn2Result calculate(Configuration c, Workspace workspace, boolean withGradient) {
        if (c.isPeriodic()) throw new IllegalArgumentException("GFN2-xTB is implemented for molecules only, not periodic cells");
        if (c.atomCount() != z.length) throw new IllegalArgumentException("configuration has " + c.atomCount() + " atoms, model " + z.length);
        double[] bohr = bohr(c);
        double[] field = fieldAu(c);
        double tolerance = field != null ? FIELD_CHARGE_TOLERANCE : Gfn2Calculator.DEFAULT_CHARGE_TOLERANCE;
        int charge = charge(c), unpaired = unpaired(c);
        SccHistory history = field == null && workspace instanceof SccHistory h ? h : null;
        double[] start = history != null ? history.startFor(bohr, charge, unpaired) : null;
        Gfn2Result r = calculator.compute(bohr, charge, unpaired, withGradient, start, start != null ? history.mixer : null,
                field, tolerance);
        if (history != null) history.remember(bohr, charge, unpaired, r, calculator.electronicTemperature());
        return r;
    }

    private int unpaired(Configuration c) {
        boolean bound = statesDefault(c);
        int stated = bound ? boundUnpaired : c.spinMultiplicity() - 1;
        // nothing stated, or a configuration's multiplicity 1 with an odd electron count: 0 or 1 by parity
        if (stated == Structure.LOWEST_SPIN || (!bound && stated == 0)) return valenceElectrons(z, charge(c)) % 2 != 0 ? 1 : 0;
        return stated;
    }

    private static double[] fieldAu(Configuration c) {
        if (c.fieldVoltsPerAngstrom() == null) return null;
        // V/Å → Eh/(e·bohr); the eV per Eh is taken from the same constants as kcal/mol per eV,
        // so −μ·F comes out identical in both unit paths
        double voltsPerAu = KCAL_PER_HARTREE / UnitSystem.MOLECULAR.energyPerEv() * BOHR_PER_ANGSTROM;
        double[] field = new double[3];
        for (int k = 0; k < 3; k++) field[k] = c.fieldVoltsPerAngstrom()[k] / voltsPerAu;
        return field;
    }

    private static double[] bohr(Configuration c) {
        double[] bohr = new double[c.positionsAngstrom().length];
        for (int i = 0; i < bohr.length; i++) bohr[i] = c.positionsAngstrom()[i] * BOHR_PER_ANGSTROM;
        return bohr;
    }

    /** Hessian (and polar tensors) by warm-started parallel differences around the converged reference. */
    private Gfn2Hessian.Result differences(Configuration c, Gfn2Result reference, boolean gradients) {
        Gfn2Hessian.Result h = Gfn2Hessian.compute(calculator, bohr(c), charge(c), unpaired(c), fieldAu(c),
                reference, Gfn2Hessian.STEP_BOHR, gradients);
        // DipoleModel asks for the polar tensors of the plain molecule: keep only those
        if (statesDefault(c) && c.fieldVoltsPerAngstrom() == null)
            lastPolarTensors = new PolarTensors(c.positionsAngstrom().clone(), h.apt());
        return h;
    }

    @Override
    public double[] atomicPolarTensors(double[] positionsAngstrom) {
        PolarTensors last = lastPolarTensors;
        if (last != null && java.util.Arrays.equals(last.positionsAngstrom(), positionsAngstrom)) return last.apt().clone();
        Configuration c = Configuration.molecule(positionsAngstrom);
        return differences(c, calculate(c, null, false), false).apt().clone();
    }

    @Override
    public void compute(Configuration configuration, Results results, Workspace workspace) {
        checkImplemented(results);
        boolean hessian = results.wants(Property.HESSIAN);
        Gfn2Result r = calculate(configuration, workspace, results.wants(Property.GRADIENT) || hessian);
        results.setEnergy(r.total() * KCAL_PER_HARTREE);
        if (hessian) {
            double[] h = differences(configuration, r, true).hessian(), out = results.hessian();
            double f = KCAL_PER_HARTREE * BOHR_PER_ANGSTROM * BOHR_PER_ANGSTROM; // Eh/bohr² → kcal/mol/Å²
            for (int i = 0; i < h.length; i++) out[i] = h[i] * f;
        }
        if (results.wants(Property.GRADIENT)) {
            double[] g = results.gradient();
            // Eh/bohr → kcal/mol/Å
            for (int i = 0; i < g.length; i++) g[i] = r.gradient()[i] * KCAL_PER_HARTREE * BOHR_PER_ANGSTROM;
        }
        if (results.wants(Property.DIPOLE))
            for (int k = 0; k < 3; k++) results.dipole()[k] = r.dipole()[k] * Units.ANGSTROM_PER_BOHR; // e·bohr → e·Å
        if (results.wants(Property.CHARGES)) System.arraycopy(r.atomicCharges(), 0, results.charges(), 0, z.length);
    }

    @Override
    public Map<String, Double> energyTerms(double[] positionsAngstrom) {
        Gfn2Result r = calculate(Configuration.molecule(positionsAngstrom), null, false);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("band_h0", (r.electronic() - r.isotropicEs() - r.thirdOrder() - r.anisotropicEs() - r.anisotropicXc() - r.dispersion()) * KCAL_PER_HARTREE);
        m.put("isotropic_es", (r.isotropicEs() + r.thirdOrder()) * KCAL_PER_HARTREE);
        m.put("anisotropic_es", r.anisotropicEs() * KCAL_PER_HARTREE);
        m.put("anisotropic_xc", r.anisotropicXc() * KCAL_PER_HARTREE);
        m.put("dispersion", r.dispersion() * KCAL_PER_HARTREE);
        m.put("repulsion", r.repulsion() * KCAL_PER_HARTREE);
        return m;
    }
}
