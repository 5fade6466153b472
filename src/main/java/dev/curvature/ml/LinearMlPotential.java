package dev.curvature.ml;

import dev.curvature.ml.descriptor.BasisSpec;
import dev.curvature.periodic.NeighbourList;
import dev.curvature.potential.Accumulator;
import dev.curvature.potential.LocalNeighbours;
import dev.curvature.potential.PeriodicPotential;
import dev.curvature.structure.Cell;

/**
 * A learned potential linear in the descriptors of {@link BasisSpec}: E = Σ_i [e0(t_i) + Σ_f
 * c(t_i, f) G_f(i)]. The coefficients are contracted once per element ({@link ContractedAtom}), so
 * energies, forces, the strain derivative, the Hessian and both strain blocks are analytic (elastic
 * constants and phonons need no finite differences). eV and Å, as every materials potential.
 */
public final class LinearMlPotential extends PeriodicPotential {
    private final BasisSpec spec;
    private final double[] reference;    // e0 per element (eV)
    private final double[][] twoBody;    // [t_i][t_j·n2 + n]
    private final double[][][] threeBody; // [t_i][pair(ta ≤ tb)][(n·n3 + n')·(lmax+1) + l]

    /**
     * @param type   element index (in spec) of every atom
     * @param theta  parameters: e0 per element, then featureCount coefficients per central element
     */
    public LinearMlPotential(String name, BasisSpec spec, int[] type, double[] theta) {
        super(name, type);
        if (spec.quadratic()) throw new IllegalArgumentException("a quadratic basis needs QuadraticMlPotential");
        if (theta.length != spec.parameterCount())
            throw new IllegalArgumentException("model has " + theta.length + " parameters, its basis needs " + spec.parameterCount());
        this.spec = spec;
        int s = spec.species(), nf = spec.featureCount();
        reference = java.util.Arrays.copyOf(theta, s);
        ContractedAtom c = new ContractedAtom(spec);
        twoBody = new double[s][];
        threeBody = new double[s][][];
        for (int ti = 0; ti < s; ti++) {
            twoBody[ti] = c.twoBody(theta, s + ti * nf);
            threeBody[ti] = c.threeBody(theta, s + ti * nf);
        }
    }

    public BasisSpec basis() { return spec; }

    @Override public double cutoff() { return spec.cutoff(); }

    @Override
    protected void accumulate(double[] x, Cell cell, NeighbourList list, Accumulator out) {
        double rc = spec.cutoff();
        double[] l = latticeRows(cell);
        LocalNeighbours nb = new LocalNeighbours();
        ContractedAtom atom = new ContractedAtom(spec);
        for (int i = 0; i < type.length; i++) {
            int ti = type[i];
            out.addEnergy(i, reference[ti]);
            nb.collect(list, x, l, i, rc * rc);
            atom.add(i, type, nb, twoBody[ti], threeBody[ti], out, true);
        }
    }
}
