package dev.curvature.optimize;

import dev.curvature.model.Configuration;
import dev.curvature.model.Potential;
import dev.curvature.model.Property;
import dev.curvature.model.Results;
import dev.curvature.model.UnitSystem;
import dev.curvature.model.Workspace;
import dev.curvature.structure.Cell;

import java.util.EnumSet;
import java.util.Set;

/**
 * Ions and cell as one coordinate vector, so the molecular optimizers relax both (the model is
 * ASE's UnitCellFilter). With the deformation gradient F relative to the starting cell L₀, the
 * variables are the N undeformed positions u_i (real positions F u_i) followed by 3 pseudo-atoms
 * holding s·F (s = N, ASE's cell factor, so a cell step is comparable to an atom step). The
 * objective is the enthalpy H = E(F u, F L₀) + P·V:
 * ∂H/∂u_i = Fᵀ g_i and ∂H/∂F = (D + P V I) F⁻ᵀ, where D = dE/dε is the potential's strain
 * derivative; at a stationary point the stress D/V equals −P (positive P compresses). A strain
 * mask zeroes the driving force on the Voigt components that must stay fixed.
 */
public final class CellFilter implements Potential {
    private final Potential inner;
    private final double[][] cell0;
    private final int atoms;
    private final double pressure;     // energy unit per Å³
    private final boolean[] mask;      // Voigt xx yy zz yz xz xy: true = may relax
    private final double factor;
    private final Workspace workspace;

    /**
     * @param periodic         a periodic potential (strain derivative implemented)
     * @param startCell        L₀
     * @param pressureGpa      target hydrostatic pressure, GPa (positive compresses)
     * @param voigtMask        6 flags, true where the strain may relax; null = all
     */
    public CellFilter(Potential periodic, Cell startCell, double pressureGpa, boolean[] voigtMask) {
        if (!periodic.implementedProperties().contains(Property.STRAIN_DERIVATIVE))
            throw new IllegalArgumentException(periodic.modelName() + " has no stress: the cell cannot be relaxed");
        if (voigtMask != null && voigtMask.length != 6) throw new IllegalArgumentException("a strain mask has 6 Voigt flags");
        this.inner = periodic;
        this.cell0 = startCell.vectorsAngstrom();
        this.atoms = periodic.atomCount();
        this.pressure = pressureGpa / periodic.units().toGpa(1.0);
        this.mask = voigtMask == null ? new boolean[] {true, true, true, true, true, true} : voigtMask.clone();
        this.factor = Math.max(1, atoms);
        this.workspace = periodic.newWorkspace();
    }

    /** The optimizer's start vector for ions at these real positions in the start cell (F = I). */
    public double[] start(double[] positionsAngstrom) {
        double[] q = new double[3 * atoms + 9];
        System.arraycopy(positionsAngstrom, 0, q, 0, 3 * atoms);
        for (int a = 0; a < 3; a++) q[3 * atoms + 4 * a] = factor;
        return q;
    }

    /** Deformation gradient F (row-major) of an optimizer vector. */
    public double[] deformation(double[] q) {
        double[] f = new double[9];
        for (int k = 0; k < 9; k++) f[k] = q[3 * atoms + k] / factor;
        return f;
    }

    /** Real positions F u_i (Å) of an optimizer vector. */
    public double[] positions(double[] q) {
        double[] f = deformation(q), x = new double[3 * atoms];
        for (int i = 0; i < atoms; i++)
            for (int a = 0; a < 3; a++)
                x[3 * i + a] = f[3 * a] * q[3 * i] + f[3 * a + 1] * q[3 * i + 1] + f[3 * a + 2] * q[3 * i + 2];
        return x;
    }

    /** The cell F L₀ (each lattice vector deformed) of an optimizer vector. */
    public Cell cell(double[] q) {
        double[] f = deformation(q);
        double[][] v = new double[3][3];
        for (int r = 0; r < 3; r++)
            for (int a = 0; a < 3; a++) v[r][a] = f[3 * a] * cell0[r][0] + f[3 * a + 1] * cell0[r][1] + f[3 * a + 2] * cell0[r][2];
        return new Cell(v);
    }

    @Override public int atomCount() { return atoms + 3; }
    @Override public String modelName() { return inner.modelName() + " + cell"; }
    @Override public UnitSystem units() { return inner.units(); }
    @Override public Set<Property> implementedProperties() { return EnumSet.of(Property.ENERGY, Property.GRADIENT); }

    @Override
    public void compute(Configuration configuration, Results results, Workspace ws) {
        checkImplemented(results);
        results.setEnergy(evaluate(configuration.positionsAngstrom(), results.gradient(), null));
    }

    @Override
    public double evaluate(double[] q, double[] gradient, double[] hessian) {
        if (hessian != null) throw new dev.curvature.model.PropertyNotImplementedException(modelName(), Property.HESSIAN);
        Cell cell = cell(q);
        double volume = cell.volume();
        Results r = gradient == null ? Results.request(atoms) : Results.request(atoms, Property.GRADIENT, Property.STRAIN_DERIVATIVE);
        inner.compute(Configuration.periodic(positions(q), cell), r, workspace);
        double h = r.energy() + pressure * volume;
        if (gradient == null) return h;
        double[] f = deformation(q), g = r.gradient();
        for (int i = 0; i < atoms; i++)
            for (int b = 0; b < 3; b++)
                gradient[3 * i + b] = f[b] * g[3 * i] + f[3 + b] * g[3 * i + 1] + f[6 + b] * g[3 * i + 2];
        double[] d = r.strainDerivative().clone();
        for (int a = 0; a < 3; a++) d[4 * a] += pressure * volume;
        // symmetrise, then mask by Voigt component
        for (int a = 0; a < 3; a++)
            for (int b = a + 1; b < 3; b++) { double s = 0.5 * (d[3 * a + b] + d[3 * b + a]); d[3 * a + b] = s; d[3 * b + a] = s; }
        for (int v = 0; v < 6; v++) {
            if (mask[v]) continue;
            int a = dev.curvature.model.HomogeneousStrain.VOIGT_PAIRS[v][0], b = dev.curvature.model.HomogeneousStrain.VOIGT_PAIRS[v][1];
            d[3 * a + b] = 0;
            d[3 * b + a] = 0;
        }
        double[] finv = inverse3(f);
        for (int a = 0; a < 3; a++)
            for (int c = 0; c < 3; c++) {
                double s = 0; // (D F⁻ᵀ)_ac = Σ_b D_ab F⁻¹_cb
                for (int b = 0; b < 3; b++) s += d[3 * a + b] * finv[3 * c + b];
                gradient[3 * atoms + 3 * a + c] = s / factor;
            }
        return h;
    }

    static double[] inverse3(double[] m) {
        double det = m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6]) + m[2] * (m[3] * m[7] - m[4] * m[6]);
        return new double[] {
            (m[4] * m[8] - m[5] * m[7]) / det, (m[2] * m[7] - m[1] * m[8]) / det, (m[1] * m[5] - m[2] * m[4]) / det,
            (m[5] * m[6] - m[3] * m[8]) / det, (m[0] * m[8] - m[2] * m[6]) / det, (m[2] * m[3] - m[0] * m[5]) / det,
            (m[3] * m[7] - m[4] * m[6]) / det, (m[1] * m[6] - m[0] * m[7]) / det, (m[0] * m[4] - m[1] * m[3]) / det};
    }
}
