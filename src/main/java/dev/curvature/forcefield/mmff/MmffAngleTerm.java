package dev.curvature.forcefield.mmff;

import static dev.curvature.forcefield.mmff.MmffConstants.ANGLE_PREFACTOR;
import static dev.curvature.forcefield.mmff.MmffConstants.CUBIC_BEND_PER_DEG;
import static dev.curvature.forcefield.mmff.MmffConstants.DEG_PER_RAD;
import static dev.curvature.forcefield.mmff.MmffConstants.MDYNE_ANGSTROM_TO_KCAL;

import dev.curvature.forcefield.Term;
import dev.curvature.forcefield.geometry.Accumulate;
import dev.curvature.linalg.InternalCoordinates;

/**
 * MMFF94 angle bending. Ordinary angles: E = 0.043844 · ka/2 · Δθ² (1 + cb Δθ), Δθ = θ − θ0 in
 * degrees, cb = −0.4 rad⁻¹. Angles at a linear centre (MMFF "lin" property): E = 143.9325 ka (1 + cos θ),
 * evaluated through cos θ so that it stays smooth at θ = 180°.
 */
public final class MmffAngleTerm implements Term {
    private final int[] atoms;          // flat, 3 per interaction: {i, j (vertex), k}
    private final double[] ka, theta0Deg;
    private final boolean[] linear;

    public MmffAngleTerm(int[][] atoms, double[] kaMdynAngstromPerRad2, double[] theta0Deg, boolean[] linear) {
        int n = atoms.length;
        if (kaMdynAngstromPerRad2.length != n || theta0Deg.length != n || linear.length != n)
            throw new IllegalArgumentException("angle arrays differ in length");
        this.atoms = InteractionAtoms.flatten(atoms, 3, "an angle");
        this.ka = kaMdynAngstromPerRad2.clone();
        this.theta0Deg = theta0Deg.clone();
        this.linear = linear.clone();
    }

    @Override public String name() { return "angle"; }

    public int size() { return atoms.length / 3; }

    @Override
    public double accumulate(double[] x, double[] g, double[] h) {
        int n3 = x.length;
        double[] gq = (g != null || h != null) ? new double[9] : null;
        double[] hq = h != null ? new double[81] : null;
        double[] local = h != null ? new double[81] : null;
        double sum = 0;
        for (int t = 0, o = 0; o < atoms.length; t++, o += 3) {
            double e, d1, d2;
            if (linear[t]) {
                double c = InternalCoordinates.cosBendAngle(x, atoms[o], atoms[o + 1], atoms[o + 2], gq, hq);
                double k = MDYNE_ANGSTROM_TO_KCAL * ka[t];
                e = k * (1 + c);
                d1 = k;
                d2 = 0;
            } else {
                double theta = InternalCoordinates.bendAngle(x, atoms[o], atoms[o + 1], atoms[o + 2], gq, hq);
                double dt = theta * DEG_PER_RAD - theta0Deg[t];
                double k = 0.5 * ANGLE_PREFACTOR * ka[t];
                e = k * dt * dt * (1 + CUBIC_BEND_PER_DEG * dt);
                d1 = k * dt * (2 + 3 * CUBIC_BEND_PER_DEG * dt) * DEG_PER_RAD;
                d2 = k * (2 + 6 * CUBIC_BEND_PER_DEG * dt) * DEG_PER_RAD * DEG_PER_RAD;
            }
            sum += e;
            if (g != null) Accumulate.gradient(g, atoms, o, 3, gq, d1);
            if (h != null) {
                ChainRule.hessian(9, d1, d2, gq, hq, local);
                Accumulate.hessian(h, n3, atoms, o, 3, local, 1.0);
            }
        }
        return sum;
    }
}
