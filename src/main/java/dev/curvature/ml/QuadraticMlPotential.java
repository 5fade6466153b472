package dev.curvature.ml;

import dev.curvature.ml.descriptor.AtomDescriptors;
import dev.curvature.ml.descriptor.BasisSpec;
import dev.curvature.periodic.NeighbourList;
import dev.curvature.potential.Accumulator;
import dev.curvature.potential.BondTerm;
import dev.curvature.potential.LocalNeighbours;
import dev.curvature.potential.PeriodicPotential;
import dev.curvature.structure.Cell;

/**
 * A learned potential quadratic in each atom's features (as qSNAP), still linear in its parameters:
 * E = Σ_i [e0(t_i) + Σ_f c_f G_f(i) + Σ_{f≤g} q_fg G_f(i) G_g(i)] with c, q per central element.
 * With w(i) = ∂E_i/∂G(i) = c + S G(i) (S symmetric: S_fg = q_fg, S_ff = 2 q_ff) and J(i) = ∂G(i)/∂r
 * over the atom's bond vectors, everything is analytic: forces from w·J; second derivatives
 * Jᵀ S J (one term per atom over all its bonds) plus Σ_f w_f ∂²G_f, the linear model's contracted
 * second derivatives with the atom's own w ({@link ContractedAtom}); strain blocks follow from the
 * bond-vector derivatives as for every many-body potential. eV and Å.
 */
public final class QuadraticMlPotential extends PeriodicPotential {
    private final BasisSpec spec;
    private final double[] theta;
    private final double[][] sym;   // S per element, K×K row-major

    /** @param theta e0 per element, then per central element K linear and K(K+1)/2 quadratic coefficients (f ≤ g, row by row) */
    public QuadraticMlPotential(String name, BasisSpec spec, int[] type, double[] theta) {
        super(name, type);
        if (!spec.quadratic()) throw new IllegalArgumentException("a linear basis needs LinearMlPotential");
        if (theta.length != spec.parameterCount())
            throw new IllegalArgumentException("model has " + theta.length + " parameters, its basis needs " + spec.parameterCount());
        this.spec = spec;
        this.theta = theta.clone();
        int s = spec.species(), k = spec.featureCount();
        sym = new double[s][k * k];
        for (int t = 0; t < s; t++) {
            int o = linearOffset(t) + k;
            for (int f = 0; f < k; f++)
                for (int g = f; g < k; g++, o++) {
                    sym[t][f * k + g] += theta[o];
                    sym[t][g * k + f] += theta[o];
                }
        }
    }

    private int linearOffset(int t) { return spec.species() + t * spec.columns(); }

    public BasisSpec basis() { return spec; }

    @Override public double cutoff() { return spec.cutoff(); }

    @Override
    protected void accumulate(double[] x, Cell cell, NeighbourList list, Accumulator out) {
        int k = spec.featureCount(), s = spec.species();
        double rc = spec.cutoff();
        double[] l = latticeRows(cell);
        boolean grad = out.wantsFirst(), second = out.wantsSecond();
        LocalNeighbours nb = new LocalNeighbours();
        AtomDescriptors atom = new AtomDescriptors(spec);
        ContractedAtom contracted = new ContractedAtom(spec);
        BondTerm term = new BondTerm();
        double[] w = new double[k], c2 = contracted.twoBody(new double[k], 0), sj = new double[0];
        double[][] c3 = contracted.threeBody(new double[k], 0);
        for (int i = 0; i < type.length; i++) {
            int ti = type[i], o = linearOffset(ti);
            double[] st = sym[ti];
            nb.collect(list, x, l, i, rc * rc);
            atom.compute(type, nb, grad);
            double[] gi = atom.value;
            double e = theta[ti];
            for (int f = 0; f < k; f++) {
                double sg = 0;
                for (int g = 0; g < k; g++) sg += st[f * k + g] * gi[g];
                e += (theta[o + f] + 0.5 * sg) * gi[f];
                w[f] = theta[o + f] + sg;
            }
            out.addEnergy(i, e);
            if (!grad || nb.count == 0) continue;
            int m = nb.count, n3 = 3 * m;
            double[] j = atom.bond;
            if (!second) {
                for (int q = 0; q < m; q++) {
                    double gx = 0, gy = 0, gz = 0;
                    for (int f = 0; f < k; f++) {
                        int b = f * n3 + 3 * q;
                        gx += w[f] * j[b];
                        gy += w[f] * j[b + 1];
                        gz += w[f] * j[b + 2];
                    }
                    out.addBondGradient(i, nb.atom[q], nb.dx[q], nb.dy[q], nb.dz[q], gx, gy, gz);
                }
                continue;
            }
            // gradient and Σ_f w_f ∂²G_f through the contracted form with this atom's w
            contracted.fillTwoBody(w, 0, c2);
            contracted.fillThreeBody(w, 0, c3);
            contracted.add(i, type, nb, c2, c3, out, false);
            // Jᵀ S J over all bonds of the atom
            if (sj.length < k * n3) sj = new double[k * n3];
            for (int f = 0; f < k; f++)
                for (int a = 0; a < n3; a++) {
                    double v = 0;
                    for (int g = 0; g < k; g++) v += st[f * k + g] * j[g * n3 + a];
                    sj[f * n3 + a] = v;
                }
            term.begin(true);
            for (int q = 0; q < m; q++) term.add(i, nb.atom[q], nb.dx[q], nb.dy[q], nb.dz[q]);
            term.clearSecond();
            for (int a = 0; a < n3; a++)
                for (int b = a; b < n3; b++) {
                    double v = 0;
                    for (int f = 0; f < k; f++) v += j[f * n3 + a] * sj[f * n3 + b];
                    term.k[a * n3 + b] = v;
                    term.k[b * n3 + a] = v;
                }
            out.add(term);
        }
    }
}
