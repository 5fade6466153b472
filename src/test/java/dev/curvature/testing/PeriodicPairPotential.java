package dev.curvature.testing;

import dev.curvature.model.Configuration;
import dev.curvature.model.EnergyModel;
import dev.curvature.model.HomogeneousStrain;
import dev.curvature.model.Potential;
import dev.curvature.model.Property;
import dev.curvature.model.Results;
import dev.curvature.model.UnitSystem;
import dev.curvature.model.Workspace;
import dev.curvature.periodic.NeighbourList;
import dev.curvature.structure.Cell;
import dev.curvature.structure.Structure;

import java.util.EnumSet;
import java.util.Set;

/**
 * Test-only periodic Lennard-Jones pair potential with the full contract (energy, gradient, strain
 * derivative, Hessian, strain–position and strain–strain blocks), in eV and Å. The pair term is
 * shifted and smoothly switched to zero between 0.9 r_c and r_c (quintic switch), so first and
 * second derivatives are continuous and finite differences converge. Main code gets the real
 * potentials from dev.curvature.potential; this one only exercises the periodic machinery.
 */
public final class PeriodicPairPotential implements Potential {
    private final int atoms;
    private final double epsilon, sigma, cutoff;

    public PeriodicPairPotential(int atoms, double epsilonEv, double sigmaAngstrom, double cutoffAngstrom) {
        this.atoms = atoms;
        this.epsilon = epsilonEv;
        this.sigma = sigmaAngstrom;
        this.cutoff = cutoffAngstrom;
    }

    /** Argon-like LJ (ε = 0.0104 eV, σ = 3.40 Å, r_c = 8.5 Å) as an energy model for any structure. */
    public static EnergyModel argonModel() {
        return new EnergyModel() {
            @Override public String name() { return "test LJ"; }
            @Override public Potential bind(Structure s) { return new PeriodicPairPotential(s.atomCount(), 0.0104, 3.40, 8.5); }
        };
    }

    @Override public int atomCount() { return atoms; }
    @Override public String modelName() { return "test-lj"; }
    @Override public UnitSystem units() { return UnitSystem.MATERIALS; }

    @Override public Set<Property> implementedProperties() {
        return EnumSet.of(Property.ENERGY, Property.GRADIENT, Property.STRAIN_DERIVATIVE, Property.HESSIAN,
                Property.STRAIN_POSITION, Property.STRAIN_STRAIN);
    }

    /** φ, φ', φ'' at r. */
    private void pair(double r, double[] out) {
        double s6 = Math.pow(sigma / r, 6), s12 = s6 * s6;
        double e = 4 * epsilon * (s12 - s6);
        double d1 = 4 * epsilon * (-12 * s12 + 6 * s6) / r;
        double d2 = 4 * epsilon * (156 * s12 - 42 * s6) / (r * r);
        double rc6 = Math.pow(sigma / cutoff, 6);
        e -= 4 * epsilon * (rc6 * rc6 - rc6);
        double on = 0.9 * cutoff;
        if (r <= on) { out[0] = e; out[1] = d1; out[2] = d2; return; }
        double t = (r - on) / (cutoff - on), w = cutoff - on;
        double sw = 1 - t * t * t * (10 - 15 * t + 6 * t * t);
        double sw1 = -30 * t * t * (1 - t) * (1 - t) / w;
        double sw2 = -60 * t * (1 - t) * (1 - 2 * t) / (w * w);
        out[0] = e * sw;
        out[1] = d1 * sw + e * sw1;
        out[2] = d2 * sw + 2 * d1 * sw1 + e * sw2;
    }

    @Override
    public void compute(Configuration c, Results res, Workspace ws) {
        checkImplemented(res);
        double[] x = c.positionsAngstrom();
        Cell cell = c.cell();
        NeighbourList nl = NeighbourList.build(x, cell, cutoff, 0.0);
        double[] g = res.gradient(), h = res.hessian(), sd = res.strainDerivative(), sp = res.strainPosition(), ss = res.strainStrain();
        res.clear();
        int n3 = 3 * atoms;
        double energy = 0;
        double[] r = new double[3], ph = new double[3], k = new double[9];
        double[][] er = new double[6][3];
        for (int i = 0; i < atoms; i++)
            for (int e = nl.start(i); e < nl.end(i); e++) {
                nl.vector(i, e, x, cell, r);
                double d = Math.sqrt(r[0] * r[0] + r[1] * r[1] + r[2] * r[2]);
                if (d >= cutoff) continue;
                pair(d, ph);
                energy += 0.5 * ph[0];
                double f = ph[1] / d;
                if (g != null) for (int a = 0; a < 3; a++) g[3 * i + a] -= f * r[a];
                if (sd != null) for (int a = 0; a < 3; a++) for (int b = 0; b < 3; b++) sd[3 * a + b] += 0.5 * f * r[a] * r[b];
                if (h == null && sp == null && ss == null) continue;
                double q = (ph[2] - f) / (d * d);
                for (int a = 0; a < 3; a++) for (int b = 0; b < 3; b++) k[3 * a + b] = q * r[a] * r[b] + (a == b ? f : 0);
                int j = nl.neighbour(e);
                if (h != null)
                    for (int a = 0; a < 3; a++) for (int b = 0; b < 3; b++) {
                        h[(3 * i + a) * n3 + 3 * i + b] += k[3 * a + b];
                        h[(3 * i + a) * n3 + 3 * j + b] -= k[3 * a + b];
                    }
                if (sp == null && ss == null) continue;
                for (int v = 0; v < 6; v++) {
                    double[] ev = HomogeneousStrain.unitStrain(v);
                    for (int a = 0; a < 3; a++) er[v][a] = ev[3 * a] * r[0] + ev[3 * a + 1] * r[1] + ev[3 * a + 2] * r[2];
                }
                for (int v = 0; v < 6; v++) {
                    double[] ker = new double[3];
                    for (int a = 0; a < 3; a++) ker[a] = k[3 * a] * er[v][0] + k[3 * a + 1] * er[v][1] + k[3 * a + 2] * er[v][2];
                    if (sp != null) for (int a = 0; a < 3; a++) sp[v * n3 + 3 * i + a] -= ker[a];
                    if (ss != null) for (int u = 0; u < 6; u++)
                        ss[6 * u + v] += 0.5 * (er[u][0] * ker[0] + er[u][1] * ker[1] + er[u][2] * ker[2]);
                }
            }
        res.setEnergy(energy);
    }
}
