package dev.curvature.testing;

import dev.curvature.model.Configuration;
import dev.curvature.model.HomogeneousStrain;
import dev.curvature.model.Potential;
import dev.curvature.model.Property;
import dev.curvature.model.Results;
import dev.curvature.model.UnitSystem;
import dev.curvature.model.Workspace;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Fixed point charges q_i and isotropic atomic polarizability volumes α_i (Å³) in a uniform field
 * F (V/Å), with no interactions between them: E = −μ₀·F − ½ Σ α_i |F|² / k_e with μ₀ = Σ q_i x_i,
 * converted to the unit system's energy. So μ = μ₀ + Σ α_i F / k_e, the polarizability is Σ α_i · I,
 * and g_i = −q_i F. The smallest model with a field response: summed with a force field it gives
 * the contract test something whose dipole and polarizability can be differenced. Molecules only.
 */
public final class PointChargeFieldModel implements Potential {
    private static final Set<Property> IMPLEMENTED = Collections.unmodifiableSet(EnumSet.of(Property.ENERGY, Property.GRADIENT,
            Property.HESSIAN, Property.STRAIN_DERIVATIVE, Property.STRAIN_POSITION, Property.STRAIN_STRAIN,
            Property.DIPOLE, Property.POLARIZABILITY, Property.CHARGES));
    private final double[] charges, alphas;
    private final UnitSystem units;

    public PointChargeFieldModel(double[] charges, double[] polarizabilityVolumes, UnitSystem units) {
        if (charges.length != polarizabilityVolumes.length) throw new IllegalArgumentException("one charge and one polarizability per atom");
        this.charges = charges.clone();
        this.alphas = polarizabilityVolumes.clone();
        this.units = units;
    }

    @Override public int atomCount() { return charges.length; }
    @Override public String modelName() { return "point-charges"; }
    @Override public UnitSystem units() { return units; }
    @Override public Set<Property> implementedProperties() { return IMPLEMENTED; }

    @Override
    public void compute(Configuration c, Results r, Workspace workspace) {
        checkImplemented(r);
        if (c.isPeriodic()) throw new IllegalArgumentException(modelName() + " is a molecular model: it takes no periodic cell");
        double[] x = c.positionsAngstrom();
        double[] f = c.fieldVoltsPerAngstrom() == null ? new double[3] : c.fieldVoltsPerAngstrom();
        double toEnergy = units.energyPerEv(), ke = UnitSystem.COULOMB_EV_ANGSTROM;
        double[] mu = new double[3];
        double alphaSum = 0;
        for (int i = 0; i < charges.length; i++) {
            for (int a = 0; a < 3; a++) mu[a] += charges[i] * x[3 * i + a];
            alphaSum += alphas[i];
        }
        double f2 = f[0] * f[0] + f[1] * f[1] + f[2] * f[2];
        r.clear();
        r.setEnergy(toEnergy * (-(mu[0] * f[0] + mu[1] * f[1] + mu[2] * f[2]) - 0.5 * alphaSum * f2 / ke));
        double[] g = r.gradient() != null ? r.gradient() : new double[x.length];
        for (int i = 0; i < charges.length; i++)
            for (int a = 0; a < 3; a++) g[3 * i + a] = -toEnergy * charges[i] * f[a];
        // the Hessian is zero (cleared); strain blocks follow from it and the gradient
        if (r.strainDerivative() != null) HomogeneousStrain.strainDerivative(x, g, r.strainDerivative());
        if (r.dipole() != null) for (int a = 0; a < 3; a++) r.dipole()[a] = mu[a] + alphaSum * f[a] / ke;
        if (r.polarizability() != null) for (int a = 0; a < 3; a++) r.polarizability()[4 * a] = alphaSum;
        if (r.charges() != null) System.arraycopy(charges, 0, r.charges(), 0, charges.length);
    }
}
