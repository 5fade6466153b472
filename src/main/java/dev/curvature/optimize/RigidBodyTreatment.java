package dev.curvature.optimize;

/** Whether Hessian-based steps remove overall translations and rotations. */
public enum RigidBodyTreatment {
    /**
     * Test the potential once at the start: translations (rotations) are projected out only if a
     * finite rigid translation (rotation) leaves the energy unchanged. Right for molecules (6 or 5
     * modes), for atoms in an external field (none) and for periodic models (3 translations).
     */
    AUTO,
    /** Always project out the 3 translations and up to 3 rotations about the centroid. */
    PROJECT,
    /** Never project: every Cartesian direction is a genuine degree of freedom. */
    NONE
}
