package dev.curvature.forcefield.mmff;

/**
 * One record of mmffprop.par: atomic number, coordination (crd), valence (val), and the flags
 * pilp (pi lone pair), mltb (multiple-bond order 0..3), arom, lin (linear) and sbmb (can form a
 * single bond between two multiply-bonded atoms).
 */
public record MmffAtomProperties(int type, int atomicNumber, int crd, int val, int pilp, int mltb,
                                 boolean aromatic, boolean linear, boolean sbmb) { }
