package dev.curvature.xtb;

import dev.curvature.xtb.d4.D4Dispersion;
import dev.curvature.xtb.d4.D4Result;
import dev.curvature.xtb.scc.ChargeDependentDispersion;

/** Plugs the GFN2 D4 dispersion of {@code dev.curvature.xtb.d4} into the SCC's dispersion seam. */
public final class D4Seam implements ChargeDependentDispersion {
    public static final D4Seam GFN2 = new D4Seam();

    private D4Seam() {}

    @Override
    public double evaluate(int[] z, double[] xyz, double[] q, double[] dEdq, double[] gradient) {
        D4Dispersion d4 = D4Dispersion.gfn2();
        if (gradient == null) return d4.at(z, xyz).energy(q, dEdq);
        D4Result r = d4.evaluate(z, xyz, q);
        for (int i = 0; i < gradient.length; i++) gradient[i] += r.gradient()[i];
        if (dEdq != null) System.arraycopy(r.chargeDerivative(), 0, dEdq, 0, dEdq.length);
        return r.energy();
    }

    @Override
    public AtGeometry at(int[] z, double[] xyz) {
        return D4Dispersion.gfn2().at(z, xyz)::energy;
    }
}
