package dev.curvature.io;

import dev.curvature.structure.Structure;

/**
 * How to read structures.
 *
 * @param addHydrogens      add the hydrogens a structure lacks (heavy-atom-only input or implicit
 *                          hydrogen counts) and place them in 3-D
 * @param totalCharge       the total charge (e) to give every structure read, or null to keep the
 *                          input's (the sum of its formal charges)
 * @param unpairedElectrons unpaired electrons to give every structure read, or null for none stated
 */
public record ReadOptions(boolean addHydrogens, Integer totalCharge, Integer unpairedElectrons) {
    public static final ReadOptions DEFAULT = new ReadOptions(false);

    public ReadOptions(boolean addHydrogens) { this(addHydrogens, null, null); }

    public ReadOptions {
        if (unpairedElectrons != null && unpairedElectrons < 0)
            throw new IllegalArgumentException("unpaired electrons cannot be negative: " + unpairedElectrons);
    }

    /** The structure with the stated charge and spin applied (itself when nothing was stated). */
    public Structure applyElectronicState(Structure s) {
        if (totalCharge == null && unpairedElectrons == null) return s;
        return s.withElectronicState(totalCharge != null ? totalCharge : s.totalCharge(),
                unpairedElectrons != null ? unpairedElectrons : s.unpairedElectrons());
    }
}
