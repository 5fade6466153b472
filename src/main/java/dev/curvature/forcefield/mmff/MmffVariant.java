package dev.curvature.forcefield.mmff;

/**
 * The two published parameterisations. They share atom types, charges, bond, angle, stretch-bend
 * and van der Waals parameters; MMFF94s ("static") only replaces the out-of-plane and torsion
 * tables (Halgren, J. Comput. Chem. 20 (1999) 720).
 */
public enum MmffVariant {
    MMFF94("mmffoop.par", "mmfftor.par"),
    MMFF94S("mmffs_oop.par", "mmffs_tor.par");

    private final String outOfPlaneFile;
    private final String torsionFile;

    MmffVariant(String outOfPlaneFile, String torsionFile) {
        this.outOfPlaneFile = outOfPlaneFile;
        this.torsionFile = torsionFile;
    }

    /** Resource name (in this package) of the out-of-plane table. */
    public String outOfPlaneFile() { return outOfPlaneFile; }

    /** Resource name (in this package) of the torsion table. */
    public String torsionFile() { return torsionFile; }
}
