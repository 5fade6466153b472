package dev.curvature.workflow;

import dev.curvature.model.Configuration;
import dev.curvature.model.Potential;
import dev.curvature.model.Property;
import dev.curvature.model.Results;
import dev.curvature.structure.Structure;

/**
 * Energy, forces and stress of a crystal: the numbers {@code curvature energy --potential} prints.
 *
 * @param energyEv     total energy (eV)
 * @param forces       −dE/dx, 3N (eV/Å)
 * @param stressGpa    σ = (1/V) dE/dε, 3×3 row-major, GPa, positive under tension (ASE's sign;
 *                     the LAMMPS pressure tensor is −σ)
 */
public record CrystalEvaluation(double energyEv, double[] forces, double[] stressGpa) {

    public static CrystalEvaluation of(Potential p, Structure s) throws CrystalJobException {
        if (!s.isPeriodic()) throw new CrystalJobException(s.name() + " has no cell: a periodic potential needs a crystal");
        Results r = Results.request(s.atomCount(), Property.GRADIENT, Property.STRAIN_DERIVATIVE);
        p.compute(Configuration.periodic(s.positions(), s.cell()), r, null);
        double[] f = r.gradient().clone();
        for (int k = 0; k < f.length; k++) f[k] = -f[k];
        double scale = p.units().toGpa(1.0) / s.cell().volume();
        double[] d = r.strainDerivative(), sigma = new double[9];
        for (int a = 0; a < 3; a++)
            for (int b = 0; b < 3; b++) sigma[3 * a + b] = 0.5 * (d[3 * a + b] + d[3 * b + a]) * scale;
        return new CrystalEvaluation(r.energy() / p.units().energyPerEv(), f, sigma);
    }
}
