package dev.curvature.elastic;

/**
 * The symmetry pattern of an elastic tensor in its given orientation (Nye's tables; c axis along
 * z, a along x, the setting CIF, POSCAR and LAMMPS cells are written in). Recognised from the
 * tensor itself, so a crystal given in a rotated frame reads as a lower class — which changes only
 * which Born criteria are listed, not whether C is positive definite.
 */
public enum LaueClass {
    CUBIC, HEXAGONAL, TETRAGONAL, TRIGONAL, ORTHORHOMBIC, MONOCLINIC, TRICLINIC;

    /** Lower-case name for output. */
    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }

    /**
     * The highest class whose equalities and zeros the tensor satisfies to within
     * {@code relativeTolerance} × its largest component.
     */
    public static LaueClass of(ElasticTensor t, double relativeTolerance) {
        double tol = relativeTolerance * Math.max(t.scale(), 1e-300);
        Pattern p = new Pattern(t, tol);
        boolean normalShearZero = p.zero(1, 4) && p.zero(1, 5) && p.zero(1, 6) && p.zero(2, 4) && p.zero(2, 5) && p.zero(2, 6)
                && p.zero(3, 4) && p.zero(3, 5) && p.zero(3, 6) && p.zero(4, 5) && p.zero(4, 6) && p.zero(5, 6);
        boolean uniaxial = p.eq(1, 1, 2, 2) && p.eq(1, 3, 2, 3) && p.eq(4, 4, 5, 5) && p.zero(3, 4) && p.zero(3, 5)
                && p.zero(3, 6) && p.zero(4, 5);
        if (normalShearZero && p.eq(1, 1, 2, 2) && p.eq(2, 2, 3, 3) && p.eq(1, 2, 1, 3) && p.eq(1, 3, 2, 3)
                && p.eq(4, 4, 5, 5) && p.eq(5, 5, 6, 6)) return CUBIC;
        boolean halfDifference = Math.abs(t.c(6, 6) - 0.5 * (t.c(1, 1) - t.c(1, 2))) <= tol;
        if (uniaxial && normalShearZero && halfDifference) return HEXAGONAL;
        // trigonal: C14 = −C24 = C56, C15 = −C25 = −C46, C66 = (C11 − C12)/2, no C16, C26, C36
        if (uniaxial && halfDifference && p.zero(1, 6) && p.zero(2, 6)
                && Math.abs(t.c(1, 4) + t.c(2, 4)) <= tol && Math.abs(t.c(1, 4) - t.c(5, 6)) <= tol
                && Math.abs(t.c(1, 5) + t.c(2, 5)) <= tol && Math.abs(t.c(1, 5) + t.c(4, 6)) <= tol) return TRIGONAL;
        // tetragonal: C16 = −C26 allowed (classes 4, −4, 4/m), no other normal–shear coupling
        if (uniaxial && p.zero(1, 4) && p.zero(1, 5) && p.zero(2, 4) && p.zero(2, 5) && p.zero(4, 6) && p.zero(5, 6)
                && Math.abs(t.c(1, 6) + t.c(2, 6)) <= tol) return TETRAGONAL;
        if (normalShearZero) return ORTHORHOMBIC;
        // monoclinic with the unique axis b (y): only C15, C25, C35, C46 couple
        if (p.zero(1, 4) && p.zero(1, 6) && p.zero(2, 4) && p.zero(2, 6) && p.zero(3, 4) && p.zero(3, 6)
                && p.zero(4, 5) && p.zero(5, 6)) return MONOCLINIC;
        // ...or the unique axis c (z): C16, C26, C36, C45
        if (p.zero(1, 4) && p.zero(1, 5) && p.zero(2, 4) && p.zero(2, 5) && p.zero(3, 4) && p.zero(3, 5)
                && p.zero(4, 6) && p.zero(5, 6)) return MONOCLINIC;
        return TRICLINIC;
    }

    private record Pattern(ElasticTensor t, double tol) {
        boolean zero(int i, int j) { return Math.abs(t.c(i, j)) <= tol; }
        boolean eq(int i, int j, int k, int l) { return Math.abs(t.c(i, j) - t.c(k, l)) <= tol; }
    }
}
