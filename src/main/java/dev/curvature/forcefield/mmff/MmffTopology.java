package dev.curvature.forcefield.mmff;

import dev.curvature.forcefield.nonbonded.NonbondedCutoff;
import dev.curvature.forcefield.nonbonded.NonbondedPairs;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Structure;

import java.util.List;

/**
 * The complete MMFF94/MMFF94s bonded topology of one structure with its parameters, assigned the
 * way the reference implementation (OPTIMOL) assigns them: tabulated parameters through the
 * step-down search over the equivalence levels of mmffdef.par, and MMFF's empirical rules where
 * no tabulated value exists. Atom indices are 0-based. Units are those of the MMFF parameter
 * files (md/Å, md·Å/rad², degrees, kcal/mol); the energy terms convert them.
 *
 * <p>Interactions MMFF drops are not listed: stretch-bends whose two constants are both zero,
 * stretch-bends at linear centres, and torsions whose V1, V2 and V3 are all zero. Out-of-plane
 * terms come in the three permutations MMFF sums, one record each.
 *
 * <p>Non-bonded exclusions: {@link #bondSeparation(int, int)} gives 1 (1-2), 2 (1-3), 3 (1-4) or
 * 4 (further apart, or not connected) as the shortest bond path, so vdW/electrostatics skip
 * separations 1 and 2 and scale electrostatics at 3.
 *
 * <p>{@code empiricalRuleUses} lists (for information) every interaction whose parameters came
 * from an empirical rule instead of the tables, e.g. "angle 2-1-8 (class 0, types 1-2-8)".
 */
public record MmffTopology(MmffVariant variant, int[] numericTypes, double[] partialCharges,
                           List<BondStretch> bondStretches, List<AngleBend> angleBends,
                           List<StretchBend> stretchBends, List<OutOfPlane> outOfPlanes,
                           List<Torsion> torsions, BondSeparation separations, List<String> empiricalRuleUses) {

    /** Bond stretch: kb in md/Å, r0 in Å. */
    public record BondStretch(int i, int j, double kb, double r0) { }

    /** Angle bend with vertex j: ka in md·Å/rad², theta0 in degrees; linear centres use MMFF's linear form. */
    public record AngleBend(int i, int j, int k, double ka, double theta0Deg, boolean linear) { }

    /**
     * Stretch-bend about vertex j: kbaIJK couples r_ij with the angle, kbaKJI couples r_kj
     * (md/rad); r0 and theta0 are those of the bond and angle terms.
     */
    public record StretchBend(int i, int j, int k, double kbaIJK, double kbaKJI,
                              double r0IJ, double r0KJ, double theta0Deg) { }

    /** Out-of-plane (Wilson) bend of l out of the plane i-j-k, j the central atom; koop in md·Å/rad². */
    public record OutOfPlane(int i, int j, int k, int l, double koop) { }

    /** Torsion about the j-k bond, kcal/mol. */
    public record Torsion(int i, int j, int k, int l, double v1, double v2, double v3) { }

    /**
     * Assigns types, charges and all bonded parameters.
     *
     * @throws UnsupportedStructureException naming atoms (1-based in the message) that MMFF cannot
     *         type or for which no parameter and no empirical rule exists
     */
    public static MmffTopology build(Structure structure, MmffVariant variant) throws UnsupportedStructureException {
        return new MmffTopologyBuilder(structure, MmffTyping.assign(structure), MmffParameters.get(variant)).build();
    }

    public int atomCount() { return numericTypes.length; }

    /** Shortest bond path between two atoms: 1, 2, 3, or 4 for anything longer or disconnected. */
    public int bondSeparation(int a, int b) { return separations.of(a, b); }

    /**
     * Shortest bond-path lengths up to 3 bonds (stored per atom, so large systems stay small), and
     * the non-bonded pairs they imply.
     */
    public static final class BondSeparation {
        private final int[][] neighbours;
        private final NonbondedPairs allPairs;

        BondSeparation(int[][] neighbours) {
            this.neighbours = neighbours;
            this.allPairs = new NonbondedPairs(neighbours, null, null);
        }

        int of(int a, int b) { return allPairs.separation(a, b); }

        /** The non-bonded pairs (beyond 1-3, fragments included): all of them, or those within the cutoff. */
        NonbondedPairs pairs(NonbondedCutoff cutoff) {
            return cutoff == null ? allPairs : new NonbondedPairs(neighbours, null, cutoff);
        }
    }
}
