package dev.curvature.forcefield.mmff;

import static dev.curvature.forcefield.mmff.MmffConstants.ANGLE_PREFACTOR;
import static dev.curvature.forcefield.mmff.MmffConstants.DEG_PER_RAD;

import dev.curvature.forcefield.Term;
import dev.curvature.forcefield.geometry.Accumulate;
import dev.curvature.linalg.InternalCoordinates;

/**
 * MMFF94 out-of-plane bending at a tricoordinate centre j: E = 0.043844 · koop/2 · χ², χ the Wilson
 * angle (degrees) between the bond j–l and the plane i–j–k. MMFF sums the three permutations (each
 * neighbour taking the role of l once); the topology lists each one as its own entry.
 */
public final class MmffOutOfPlaneTerm implements Term {
    private final int[] atoms;          // flat, 4 per interaction: {i, j (centre), k, l (out of plane)}
    private final double[] koop;

    public MmffOutOfPlaneTerm(int[][] atoms, double[] koopMdynAngstromPerRad2) {
        int n = atoms.length;
        if (koopMdynAngstromPerRad2.length != n) throw new IllegalArgumentException("out-of-plane arrays differ in length");
        this.atoms = InteractionAtoms.flatten(atoms, 4, "an out-of-plane term");
        this.koop = koopMdynAngstromPerRad2.clone();
    }

    @Override public String name() { return "oop"; }

    public int size() { return atoms.length / 4; }

    @Override
    public double accumulate(double[] x, double[] g, double[] h) {
        int n3 = x.length;
        double[] gq = (g != null || h != null) ? new double[12] : null;
        double[] hq = h != null ? new double[144] : null;
        double[] local = h != null ? new double[144] : null;
        double sum = 0;
        for (int t = 0, o = 0; o < atoms.length; t++, o += 4) {
            double chi = InternalCoordinates.outOfPlaneAngle(x, atoms[o], atoms[o + 1], atoms[o + 2], atoms[o + 3], gq, hq);
            double chiDeg = chi * DEG_PER_RAD;
            double k = ANGLE_PREFACTOR * koop[t];
            sum += 0.5 * k * chiDeg * chiDeg;
            double d1 = k * chiDeg * DEG_PER_RAD;
            double d2 = k * DEG_PER_RAD * DEG_PER_RAD;
            if (g != null) Accumulate.gradient(g, atoms, o, 4, gq, d1);
            if (h != null) {
                ChainRule.hessian(12, d1, d2, gq, hq, local);
                Accumulate.hessian(h, n3, atoms, o, 4, local, 1.0);
            }
        }
        return sum;
    }
}
