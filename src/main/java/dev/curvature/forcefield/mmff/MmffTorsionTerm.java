package dev.curvature.forcefield.mmff;

import dev.curvature.forcefield.Term;
import dev.curvature.forcefield.geometry.Accumulate;
import dev.curvature.linalg.InternalCoordinates;

/**
 * MMFF94 torsion i-j-k-l: E = ½ (V1 (1 + cos φ) + V2 (1 − cos 2φ) + V3 (1 + cos 3φ)), V in kcal/mol.
 */
public final class MmffTorsionTerm implements Term {
    private final int[] atoms;          // flat, 4 per interaction: {i, j, k, l}
    private final double[] v1, v2, v3;

    public MmffTorsionTerm(int[][] atoms, double[] v1, double[] v2, double[] v3) {
        int n = atoms.length;
        if (v1.length != n || v2.length != n || v3.length != n) throw new IllegalArgumentException("torsion arrays differ in length");
        this.atoms = InteractionAtoms.flatten(atoms, 4, "a torsion");
        this.v1 = v1.clone();
        this.v2 = v2.clone();
        this.v3 = v3.clone();
    }

    @Override public String name() { return "torsion"; }

    public int size() { return atoms.length / 4; }

    @Override
    public double accumulate(double[] x, double[] g, double[] h) {
        int n3 = x.length;
        double[] gq = (g != null || h != null) ? new double[12] : null;
        double[] hq = h != null ? new double[144] : null;
        double[] local = h != null ? new double[144] : null;
        double sum = 0;
        for (int t = 0, o = 0; o < atoms.length; t++, o += 4) {
            double phi = InternalCoordinates.dihedral(x, atoms[o], atoms[o + 1], atoms[o + 2], atoms[o + 3], gq, hq);
            double c1 = Math.cos(phi), c2 = Math.cos(2 * phi), c3 = Math.cos(3 * phi);
            sum += 0.5 * (v1[t] * (1 + c1) + v2[t] * (1 - c2) + v3[t] * (1 + c3));
            if (gq == null) continue;
            double s1 = Math.sin(phi), s2 = Math.sin(2 * phi), s3 = Math.sin(3 * phi);
            double d1 = 0.5 * (-v1[t] * s1 + 2 * v2[t] * s2 - 3 * v3[t] * s3);
            if (g != null) Accumulate.gradient(g, atoms, o, 4, gq, d1);
            if (h != null) {
                double d2 = 0.5 * (-v1[t] * c1 + 4 * v2[t] * c2 - 9 * v3[t] * c3);
                ChainRule.hessian(12, d1, d2, gq, hq, local);
                Accumulate.hessian(h, n3, atoms, o, 4, local, 1.0);
            }
        }
        return sum;
    }
}
