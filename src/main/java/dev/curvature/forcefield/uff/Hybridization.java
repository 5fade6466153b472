package dev.curvature.forcefield.uff;

/** Hybridization states as RDKit perceives them; they choose UFF labels and term forms. */
public enum Hybridization {
    S, SP, SP2, SP2D, SP3, SP3D, SP3D2, UNSPECIFIED
}
