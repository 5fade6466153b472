package dev.curvature.xtb;

import dev.curvature.model.EnergyModel;
import dev.curvature.model.Potential;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Structure;
import dev.curvature.xtb.param.Gfn2Parameters;

import java.util.ArrayList;
import java.util.List;

/**
 * The model id "gfn2": binds {@link Gfn2Potential} to a molecule (H-Rn); energy and gradient are
 * analytic, the Hessian comes from central differences of the analytic gradient, run in parallel
 * by the potential itself ({@link Gfn2Potential}).
 */
public final class Gfn2Model implements EnergyModel {
    @Override public String name() { return "GFN2-xTB"; }

    @Override
    public Potential bind(Structure structure) throws UnsupportedStructureException {
        if (structure.isPeriodic()) throw new UnsupportedStructureException("GFN2-xTB is implemented for molecules only, not periodic cells");
        int n = structure.atomCount();
        int[] z = new int[n];
        List<Integer> bad = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            z[a] = structure.atomicNumber(a);
            if (z[a] < 1 || z[a] > Gfn2Parameters.MAX_Z) bad.add(a);
        }
        if (!bad.isEmpty()) throw new UnsupportedStructureException("GFN2-xTB has parameters for H-Rn only", bad);
        int charge = structure.totalCharge(), unpaired = structure.unpairedElectrons();
        int electrons = Gfn2Potential.valenceElectrons(z, charge);
        if (electrons < 0)
            throw new UnsupportedStructureException("GFN2-xTB: total charge " + charge + " leaves " + electrons + " valence electrons");
        if (unpaired != Structure.LOWEST_SPIN && (unpaired > electrons || (electrons - unpaired) % 2 != 0))
            throw new UnsupportedStructureException("GFN2-xTB: " + electrons + " valence electrons at charge " + charge
                    + " cannot have " + unpaired + " unpaired (--uhf)");
        return new Gfn2Potential(z, D4Seam.GFN2, charge, unpaired);
    }
}
