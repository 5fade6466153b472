package dev.curvature.forcefield.mmff;

/**
 * MMFF94 atom typing of one structure: numeric and symbolic types and the MMFF94 partial charges
 * (e), all indexed by atom (0-based, structure order). {@code kekuleBondOrders} and
 * {@code aromaticBonds} are indexed like {@code Structure.bonds()}: the Kekulé order (1, 2 or 3)
 * used for typing and whether MMFF's own aromaticity model puts the bond in an aromatic ring.
 * The parameter assignment needs both (bond-type index, torsion rules).
 */
public record MmffAtomTypes(int[] numericTypes, String[] symbolicTypes, double[] partialCharges,
                            int[] kekuleBondOrders, boolean[] aromaticBonds) {

    public int atomCount() { return numericTypes.length; }
}
