package dev.curvature.forcefield.uff;

import dev.curvature.structure.Structure;

/**
 * The result of UFF typing: the structure as typed (after RDKit's clean-up of hypervalent drawings,
 * which may move bond orders and formal charges), per atom its label, parameters, perceived
 * hybridization and aromaticity; per bond (in the structure's bond order) the bond order UFF uses
 * (aromatic = 1.5).
 */
public record UffTyping(Structure structure, String[] labels, UffAtomParameters[] parameters, Hybridization[] hybridization,
                        double[] bondOrders, boolean[] aromatic) {
    public String label(int atom) { return labels[atom]; }
    public UffAtomParameters parameters(int atom) { return parameters[atom]; }
    public Hybridization hybridization(int atom) { return hybridization[atom]; }
}
