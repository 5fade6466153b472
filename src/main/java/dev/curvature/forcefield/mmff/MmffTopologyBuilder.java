package dev.curvature.forcefield.mmff;

import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Structure;

final class MmffTopologyBuilder {
    MmffTopologyBuilder(Structure s, MmffAtomTypes t, MmffParameters p) { }
    MmffTopology build() throws UnsupportedStructureException { throw new UnsupportedStructureException("MMFF parameter assignment not implemented yet"); }
}
