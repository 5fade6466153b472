package dev.curvature.workflow;

import dev.curvature.model.Potential;
import dev.curvature.optimize.CrystalRelaxation;
import dev.curvature.structure.Structure;

import java.util.Locale;

/**
 * The job behind {@code curvature optimize --potential}: relax the ions of a crystal, and with
 * {@code relaxCell} its cell to {@code pressureGpa}, by L-BFGS through the cell adapters.
 *
 * @param maxForce convergence threshold on the largest force (eV/Å)
 */
public record CrystalOptimization(double maxForce, boolean relaxCell, double pressureGpa) {

    /** The relaxed crystal. @throws CrystalJobException if the relaxation did not converge */
    public Structure run(Structure s, Potential p) throws CrystalJobException {
        CrystalRelaxation relax = new CrystalRelaxation(maxForce, 20000);
        CrystalRelaxation.Outcome o = relaxCell ? relax.cell(p, s, pressureGpa, null) : relax.ions(p, s);
        if (!o.converged())
            throw new CrystalJobException(String.format(Locale.ROOT, "%s: relaxation did not converge (largest force %.2e eV/Å)",
                    s.name(), o.optimization().maxForce()));
        return o.structure();
    }
}
