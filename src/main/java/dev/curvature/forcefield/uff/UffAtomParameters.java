package dev.curvature.forcefield.uff;

/**
 * The published UFF parameters of one atom type (Rappé et al. 1992, Table 1).
 *
 * @param label         UFF type label, e.g. "C_3", "Fe6+2"
 * @param r1            valence bond radius, Å
 * @param theta0Radians natural valence angle, radians
 * @param x1            van der Waals distance, Å
 * @param d1            van der Waals well depth, kcal/mol
 * @param zeta          van der Waals shape (scaling) parameter, unused by the 12-6 form
 * @param z1            effective charge (for bond and angle force constants)
 * @param v1            sp3 torsional barrier, kcal/mol
 * @param u1            sp2 torsional barrier, kcal/mol
 * @param xi            GMP electronegativity, eV
 * @param hardness      GMP hardness, eV
 * @param radius        GMP radius, Å
 */
public record UffAtomParameters(String label, double r1, double theta0Radians, double x1, double d1,
                                double zeta, double z1, double v1, double u1, double xi,
                                double hardness, double radius) {
}
