package dev.curvature.potential.eam;

/**
 * The functions of an EAM potential on LAMMPS's common grids, per species: embedding F(ρ),
 * density ρ(r) contributed by an atom of that species, and r·φ(r) per species pair (as LAMMPS's
 * z2r arrays). ρ beyond the F table continues linearly (LAMMPS's rhomax rule).
 *
 * @param embedding F per species, on the ρ grid
 * @param density   ρ(r) per species, on the r grid
 * @param rPhi      r·φ(r) per species pair, index a·n + b (symmetric)
 * @param rhoMax    (nρ − 1)·dρ
 * @param cutoff    interaction cutoff (Å)
 */
public record EamTables(LammpsSpline[] embedding, LammpsSpline[] density, LammpsSpline[] rPhi, double rhoMax, double cutoff) {
    public int species() { return embedding.length; }
}
