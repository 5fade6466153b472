package dev.curvature.testing;

import dev.curvature.model.Configuration;
import dev.curvature.model.HomogeneousStrain;
import dev.curvature.model.Potential;
import dev.curvature.model.Property;

import dev.curvature.model.Results;
import dev.curvature.model.UnitSystem;
import dev.curvature.model.Workspace;
import dev.curvature.periodic.NeighbourList;
import dev.curvature.structure.Cell;


import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The reference pair model of the contract test: Lennard-Jones V = 4ε[(σ/r)¹² − (σ/r)⁶] shifted
 * so that energy, force and curvature all vanish at the cutoff,
 * φ(r) = V(r) − V(r_c) − (r − r_c)V'(r_c) − ½(r − r_c)²V''(r_c): finite differences of its second
 * derivatives stay smooth when a pair crosses the cutoff (with only the force shifted, a pair
 * 1e-3 Å from the cutoff spoiled the strain blocks' differences at 1e-4 relative). Works for molecules and periodic
 * cells (every image inside the cutoff, {@link NeighbourList}), with everything analytic from the
 * pair vectors r = x_j − x_i + n·L, which strain as r → (I + ε)r:
 * g = Σ ∓φ' r̂; dE/dε_ab = ½ Σ_entries (φ'/r) r_a r_b; with K = (φ'' − φ'/r) r̂r̂ + (φ'/r) I the
 * Hessian blocks ±K, strain–position −K E_v r on the first atom of each entry, and strain–strain
 * ½ Σ (E_u r)·K(E_v r). The atoms are neutral and not polarizable: a field changes nothing and
 * the dipole and polarizability are zero (so the model can be summed with a field response). The
 * neighbour list lives in the workspace and is rebuilt when stale.
 */
public final class LennardJonesModel implements Potential {
    private static final Set<Property> IMPLEMENTED = java.util.Collections.unmodifiableSet(EnumSet.of(Property.ENERGY,
            Property.GRADIENT, Property.STRAIN_DERIVATIVE, Property.HESSIAN, Property.STRAIN_POSITION, Property.STRAIN_STRAIN, Property.DIPOLE, Property.POLARIZABILITY));
    private static final double SKIN = 0.5;

    private final int atoms;
    private final double epsilon, sigma, cutoff;
    private final UnitSystem units;
    private final double shiftEnergy, shiftForce, shiftCurvature; // V(rc), V'(rc), V''(rc)

    /** @param epsilon well depth in the energy unit of {@code units}; σ and cutoff in Å */
    public LennardJonesModel(int atoms, double epsilon, double sigmaAngstrom, double cutoffAngstrom, UnitSystem units) {
        this.atoms = atoms;
        this.epsilon = epsilon;
        this.sigma = sigmaAngstrom;
        this.cutoff = cutoffAngstrom;
        this.units = units;
        double[] v = raw(cutoffAngstrom);
        this.shiftEnergy = v[0];
        this.shiftForce = v[1];
        this.shiftCurvature = v[2];
    }

    /** Argon in LAMMPS metal units: ε = 0.0104 eV, σ = 3.40 Å, cutoff 8.5 Å. */
    public static LennardJonesModel argon(int atoms) { return new LennardJonesModel(atoms, 0.0104, 3.40, 8.5, UnitSystem.MATERIALS); }

    /** V, V', V'' of plain LJ at r. */
    private double[] raw(double r) {
        double s6 = Math.pow(sigma / r, 6), s12 = s6 * s6;
        return new double[] {4 * epsilon * (s12 - s6), 4 * epsilon * (-12 * s12 + 6 * s6) / r, 4 * epsilon * (156 * s12 - 42 * s6) / (r * r)};
    }

    @Override public int atomCount() { return atoms; }
    @Override public String modelName() { return "lennard-jones/smooth"; }
    @Override public UnitSystem units() { return units; }
    @Override public Set<Property> implementedProperties() { return IMPLEMENTED; }

    /** The neighbour list, rebuilt when an atom moved more than half the skin or the cell changed. */
    public static final class Neighbours implements Workspace {
        NeighbourList list;
        Cell builtFor;
        int builds;

        /** How often the list was built with this workspace. */
        public int builds() { return builds; }
    }

    @Override public Workspace newWorkspace() { return new Neighbours(); }

    private NeighbourList neighbours(Configuration c, Neighbours w) {
        Cell cell = c.cell();
        boolean cellMoved = (cell == null) != (w.builtFor == null) || (cell != null && cellDiffers(cell, w.builtFor));
        if (w.list == null || cellMoved || w.list.isStale(c.positionsAngstrom())) {
            w.list = NeighbourList.build(c.positionsAngstrom(), cell, cutoff, SKIN);
            w.builtFor = cell;
            w.builds++;
        }
        return w.list;
    }

    /** A cell strained by more than 1e-3 may bring new images inside cutoff + skin: rebuild. */
    private static boolean cellDiffers(Cell a, Cell b) {
        for (int r = 0; r < 3; r++)
            for (int k = 0; k < 3; k++)
                if (Math.abs(a.vectorsAngstrom()[r][k] - b.vectorsAngstrom()[r][k]) > 1e-3) return true;
        return false;
    }

    @Override
    public void compute(Configuration c, Results r, Workspace workspace) {
        checkImplemented(r);
        double[] x = c.positionsAngstrom();
        if (x.length != 3 * atoms) throw new IllegalArgumentException("positions array has length " + x.length + ", expected " + 3 * atoms);
        Neighbours w = workspace instanceof Neighbours n ? n : new Neighbours();
        NeighbourList list = neighbours(c, w);
        r.clear();
        double[] g = r.gradient(), h = r.hessian(), sd = r.strainDerivative(), sp = r.strainPosition(), ss = r.strainStrain();
        boolean second = h != null || sp != null || ss != null;
        int n3 = 3 * atoms;
        double[][] unit = new double[6][];
        for (int v = 0; v < 6; v++) unit[v] = HomogeneousStrain.unitStrain(v);
        double e = 0;
        double[] rv = new double[3], k = new double[9], ev = new double[18], kev = new double[18];
        for (int i = 0; i < atoms; i++)
            for (int entry = list.start(i); entry < list.end(i); entry++) {
                list.vector(i, entry, x, c.cell(), rv);
                double dist = Math.sqrt(rv[0] * rv[0] + rv[1] * rv[1] + rv[2] * rv[2]);
                if (dist >= cutoff) continue;
                double[] v = raw(dist);
                double t = dist - cutoff;
                double phi = v[0] - shiftEnergy - t * shiftForce - 0.5 * t * t * shiftCurvature;
                double d1 = v[1] - shiftForce - t * shiftCurvature, d2 = v[2] - shiftCurvature;
                e += 0.5 * phi;
                int j = list.neighbour(entry);
                if (g != null) for (int a = 0; a < 3; a++) g[3 * i + a] -= d1 * rv[a] / dist;
                if (sd != null)
                    for (int a = 0; a < 3; a++) for (int b = 0; b < 3; b++) sd[3 * a + b] += 0.5 * d1 / dist * rv[a] * rv[b];
                if (!second) continue;
                for (int a = 0; a < 3; a++)
                    for (int b = 0; b < 3; b++)
                        k[3 * a + b] = (d2 - d1 / dist) * rv[a] * rv[b] / (dist * dist) + (a == b ? d1 / dist : 0);
                if (h != null)
                    for (int a = 0; a < 3; a++)
                        for (int b = 0; b < 3; b++) {
                            h[(3 * i + a) * n3 + 3 * i + b] += k[3 * a + b];
                            h[(3 * i + a) * n3 + 3 * j + b] -= k[3 * a + b];
                        }
                for (int u = 0; u < 6; u++)
                    for (int a = 0; a < 3; a++) ev[3 * u + a] = unit[u][3 * a] * rv[0] + unit[u][3 * a + 1] * rv[1] + unit[u][3 * a + 2] * rv[2];
                for (int u = 0; u < 6; u++)
                    for (int a = 0; a < 3; a++) kev[3 * u + a] = k[3 * a] * ev[3 * u] + k[3 * a + 1] * ev[3 * u + 1] + k[3 * a + 2] * ev[3 * u + 2];
                if (sp != null)
                    for (int u = 0; u < 6; u++) for (int a = 0; a < 3; a++) sp[u * n3 + 3 * i + a] -= kev[3 * u + a];
                if (ss != null)
                    for (int u = 0; u < 6; u++)
                        for (int vv = 0; vv < 6; vv++)
                            ss[6 * u + vv] += 0.5 * (ev[3 * u] * kev[3 * vv] + ev[3 * u + 1] * kev[3 * vv + 1] + ev[3 * u + 2] * kev[3 * vv + 2]);
            }
        r.setEnergy(e);
    }

    @Override
    public Map<String, Double> energyTerms(double[] x) {
        return Map.of("vdw", energy(x));
    }

    /** Atoms on a jittered simple cubic grid of spacing {@code spacing} Å (n per side). */
    public static double[] jitteredCube(int perSide, double spacing, double jitter, long seed) {
        java.util.Random rnd = new java.util.Random(seed);
        double[] x = new double[3 * perSide * perSide * perSide];
        int a = 0;
        for (int i = 0; i < perSide; i++)
            for (int j = 0; j < perSide; j++)
                for (int k2 = 0; k2 < perSide; k2++) {
                    x[a++] = i * spacing + jitter * (2 * rnd.nextDouble() - 1);
                    x[a++] = j * spacing + jitter * (2 * rnd.nextDouble() - 1);
                    x[a++] = k2 * spacing + jitter * (2 * rnd.nextDouble() - 1);
                }
        return x;
    }


}
