package dev.curvature.io.crystal;

import dev.curvature.structure.Structure;

/**
 * One frame of a training or test set: a structure (periodic or molecular) with whichever reference
 * properties the file gave, in Curvature's conventions, converted once at the reader:
 *
 * @param index      1-based frame number in its file (for messages)
 * @param structure  elements, positions (Å) and cell (null for a molecular frame, pbc="F F F")
 * @param energy     total energy (eV), or null
 * @param forces     3N forces −dE/dx (eV/Å), or null
 * @param stress     3×3 row-major σ = (1/V) ∂E/∂ε (eV/Å³, positive under tension — ASE's sign), or null;
 *                   a file's {@code virial=} W (eV, positive under compression) arrives here as −W/V
 * @param configType the frame's {@code config_type} (or "default")
 */
public record LabelledFrame(int index, Structure structure, Double energy, double[] forces, double[] stress, String configType) {
    public boolean hasEnergy() { return energy != null; }
    public boolean hasForces() { return forces != null; }
    public boolean hasStress() { return stress != null; }
    public int atomCount() { return structure.atomCount(); }
}
