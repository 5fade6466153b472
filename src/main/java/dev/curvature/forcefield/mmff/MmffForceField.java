package dev.curvature.forcefield.mmff;

import dev.curvature.forcefield.Term;
import dev.curvature.forcefield.TypedTermPotential;
import dev.curvature.forcefield.nonbonded.NonbondedCutoff;
import dev.curvature.forcefield.nonbonded.NonbondedPairs;
import dev.curvature.model.EnergyModel;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Structure;
import java.util.List;

/**
 * The Merck Molecular Force Field, MMFF94 or MMFF94s (Halgren 1996, 1999), as an {@link EnergyModel}
 * with analytic gradient and Hessian. Binding types the atoms, assigns charges and parameters
 * ({@link MmffTopology}) and builds seven terms named bond, angle, stretch_bend, oop, torsion, vdw
 * and electrostatic. Non-bonded pairs are all pairs beyond 1-3, without cutoff unless
 * {@link #withCutoff} asks for a smooth one; pairs are generated on the fly (memory O(N)).
 */
public final class MmffForceField implements EnergyModel {
    private final MmffVariant variant;
    private final MmffDielectric dielectric;
    private final NonbondedCutoff cutoff;

    /** MMFF94 with constant dielectric D = 1 (the settings of the validation suite). */
    public MmffForceField() {
        this(MmffVariant.MMFF94, MmffDielectric.DEFAULT);
    }

    public MmffForceField(MmffVariant variant) {
        this(variant, MmffDielectric.DEFAULT);
    }

    public MmffForceField(MmffVariant variant, MmffDielectric dielectric) {
        this(variant, dielectric, null);
    }

    private MmffForceField(MmffVariant variant, MmffDielectric dielectric, NonbondedCutoff cutoff) {
        if (variant == null || dielectric == null) throw new IllegalArgumentException("variant and dielectric are required");
        this.variant = variant;
        this.dielectric = dielectric;
        this.cutoff = cutoff;
    }

    /**
     * This force field with its vdW and electrostatic energies smoothly switched off at the cutoff
     * (null: all pairs, exact MMFF94 — the default). For large systems: O(N) time per evaluation.
     */
    public MmffForceField withCutoff(NonbondedCutoff cutoff) {
        return new MmffForceField(variant, dielectric, cutoff);
    }

    /** The non-bonded cutoff, or null for all pairs. */
    public NonbondedCutoff cutoff() { return cutoff; }

    /** The model named "MMFF94" or "MMFF94s" (case-insensitive), constant dielectric D = 1. */
    public static MmffForceField forName(String name) {
        if ("MMFF94".equalsIgnoreCase(name)) return new MmffForceField(MmffVariant.MMFF94);
        if ("MMFF94s".equalsIgnoreCase(name)) return new MmffForceField(MmffVariant.MMFF94S);
        throw new IllegalArgumentException("unknown MMFF variant " + name + " (expected MMFF94 or MMFF94s)");
    }

    public MmffVariant variant() { return variant; }

    public MmffDielectric dielectric() { return dielectric; }

    /** "MMFF94" or "MMFF94s". */
    @Override
    public String name() {
        return variant == MmffVariant.MMFF94S ? "MMFF94s" : "MMFF94";
    }

    @Override
    public String toString() {
        return name() + (dielectric.distanceDependent() ? ", distance-dependent" : ", constant") + " dielectric D = " + dielectric.constant()
                + (cutoff == null ? "" : ", non-bonded " + cutoff.describe());
    }

    /** The potential of a structure; it also reports each atom's numeric MMFF type ("37", ...). */
    @Override
    public TypedTermPotential bind(Structure structure) throws UnsupportedStructureException {
        if (structure.isPeriodic())
            throw new UnsupportedStructureException(name() + " is implemented for molecules only; " + structure.name() + " is periodic");
        return bind(MmffTopology.build(structure, variant), structure.atomCount());
    }

    /**
     * A potential from an already assigned topology (lets callers inspect or reuse the parameters);
     * it reports the topology's numeric MMFF types as its atom type labels.
     */
    public TypedTermPotential bind(MmffTopology topology, int atomCount) throws UnsupportedStructureException {
        if (topology.atomCount() != atomCount)
            throw new IllegalArgumentException("topology has " + topology.atomCount() + " atoms, structure " + atomCount);
        String[] labels = new String[atomCount];
        for (int a = 0; a < atomCount; a++) labels[a] = Integer.toString(topology.numericTypes()[a]);
        return new TypedTermPotential(name(), atomCount, terms(topology, dielectric, cutoff), labels);
    }

    /** The seven terms of a topology, in the order bond, angle, stretch_bend, oop, torsion, vdw, electrostatic. */
    static List<Term> terms(MmffTopology t, MmffDielectric dielectric, NonbondedCutoff cutoff) throws UnsupportedStructureException {
        NonbondedPairs pairs = t.separations().pairs(cutoff);
        return List.of(bondTerm(t.bondStretches()), angleTerm(t.angleBends()), stretchBendTerm(t.stretchBends()),
                outOfPlaneTerm(t.outOfPlanes()), torsionTerm(t.torsions()),
                MmffNonbonded.vdw(pairs, t.numericTypes(), MmffVdwParameters.standard()),
                MmffNonbonded.electrostatic(pairs, t.partialCharges(), dielectric));
    }

    private static MmffBondTerm bondTerm(List<MmffTopology.BondStretch> list) {
        int n = list.size();
        int[] i = new int[n], j = new int[n];
        double[] kb = new double[n], r0 = new double[n];
        for (int t = 0; t < n; t++) {
            MmffTopology.BondStretch b = list.get(t);
            i[t] = b.i(); j[t] = b.j(); kb[t] = b.kb(); r0[t] = b.r0();
        }
        return new MmffBondTerm(i, j, kb, r0);
    }

    private static MmffAngleTerm angleTerm(List<MmffTopology.AngleBend> list) {
        int n = list.size();
        int[][] atoms = new int[n][];
        double[] ka = new double[n], theta0 = new double[n];
        boolean[] linear = new boolean[n];
        for (int t = 0; t < n; t++) {
            MmffTopology.AngleBend a = list.get(t);
            atoms[t] = new int[]{a.i(), a.j(), a.k()};
            ka[t] = a.ka(); theta0[t] = a.theta0Deg(); linear[t] = a.linear();
        }
        return new MmffAngleTerm(atoms, ka, theta0, linear);
    }

    private static MmffStretchBendTerm stretchBendTerm(List<MmffTopology.StretchBend> list) {
        int n = list.size();
        int[][] atoms = new int[n][];
        double[] kIJK = new double[n], kKJI = new double[n], r0IJ = new double[n], r0KJ = new double[n], theta0 = new double[n];
        for (int t = 0; t < n; t++) {
            MmffTopology.StretchBend s = list.get(t);
            atoms[t] = new int[]{s.i(), s.j(), s.k()};
            kIJK[t] = s.kbaIJK(); kKJI[t] = s.kbaKJI(); r0IJ[t] = s.r0IJ(); r0KJ[t] = s.r0KJ(); theta0[t] = s.theta0Deg();
        }
        return new MmffStretchBendTerm(atoms, kIJK, kKJI, r0IJ, r0KJ, theta0);
    }

    private static MmffOutOfPlaneTerm outOfPlaneTerm(List<MmffTopology.OutOfPlane> list) {
        int n = list.size();
        int[][] atoms = new int[n][];
        double[] koop = new double[n];
        for (int t = 0; t < n; t++) {
            MmffTopology.OutOfPlane o = list.get(t);
            atoms[t] = new int[]{o.i(), o.j(), o.k(), o.l()};
            koop[t] = o.koop();
        }
        return new MmffOutOfPlaneTerm(atoms, koop);
    }

    private static MmffTorsionTerm torsionTerm(List<MmffTopology.Torsion> list) {
        int n = list.size();
        int[][] atoms = new int[n][];
        double[] v1 = new double[n], v2 = new double[n], v3 = new double[n];
        for (int t = 0; t < n; t++) {
            MmffTopology.Torsion d = list.get(t);
            atoms[t] = new int[]{d.i(), d.j(), d.k(), d.l()};
            v1[t] = d.v1(); v2[t] = d.v2(); v3[t] = d.v3();
        }
        return new MmffTorsionTerm(atoms, v1, v2, v3);
    }
}
