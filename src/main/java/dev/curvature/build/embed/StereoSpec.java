package dev.curvature.build.embed;

import java.util.List;

/**
 * The stereo configuration a SMILES asks for, as atom indices into the embedded molecule.
 *
 * @param chiralities tetrahedral centres and allene-type axes: four atoms whose signed volume
 *                    (see {@link Chirality}) must have the given sign
 * @param doubleBonds double bonds x1-c1=c2-x2 with x1 and x2 on the same side or opposite
 */
public record StereoSpec(List<Chirality> chiralities, List<DoubleBond> doubleBonds) {
    public static final StereoSpec NONE = new StereoSpec(List.of(), List.of());

    /**
     * Looking from {@code l1}, the atoms {@code l2, l3, l4} run clockwise when {@code clockwise}.
     * Equivalently det(l2−l1, l3−l1, l4−l1) &gt; 0. A ligand equal to {@code focus} stands for a
     * lone pair (sulfoxides, phosphines): the focus atom's own position takes its place.
     */
    public record Chirality(int focus, int l1, int l2, int l3, int l4, boolean clockwise) {}

    public record DoubleBond(int x1, int c1, int c2, int x2, boolean together) {}

    public boolean isEmpty() { return chiralities.isEmpty() && doubleBonds.isEmpty(); }
}
