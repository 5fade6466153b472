package dev.curvature.xtb.param;

/**
 * GFN2-xTB parameters of one element, in atomic units (Hartree, bohr) with xtb's scale factors
 * already applied, so the Hamiltonian code never sees the file's conventions.
 *
 * @param z                   atomic number
 * @param principal           principal quantum number of each shell, in the file's shell order
 * @param angular             angular momentum of each shell
 * @param selfEnergy          atomic level of each shell, Eh (file: eV)
 * @param slaterExponent      Slater exponent of each shell, 1/bohr
 * @param kcn                 CN shift of each shell's level, Eh per unit CN (file: 0.1 eV)
 * @param shellPoly           distance-polynomial coefficient of each shell (file: percent)
 * @param shellHardness       hardness of each shell, Eh (GAM × (1 + LPAR/10))
 * @param shellHubbardDeriv   third-order parameter of each shell, Eh (GAM3/10 × 1, ½, ¼ for s, p, d)
 * @param referenceOccupation neutral-atom reference population of each shell
 * @param repulsionAlpha      repulsion exponent α (REPA)
 * @param repulsionZeff       repulsion effective charge (REPB)
 * @param dipoleKernel        on-site dipole XC kernel, Eh (DPOL/100)
 * @param quadrupoleKernel    on-site quadrupole XC kernel, Eh (QPOL/100)
 * @param covalentRadius      D3 covalent radius for the coordination number, bohr (×4/3 applied)
 * @param atomicRadius        atomic radius of the distance polynomial, bohr
 * @param electronegativity   Pauling electronegativity
 * @param multipoleRadius     base radius of the multipole damping, bohr
 * @param valenceCN           valence coordination number of the multipole radius
 */
public record ElementParameters(int z, int[] principal, int[] angular, double[] selfEnergy,
                                double[] slaterExponent, double[] kcn, double[] shellPoly,
                                double[] shellHardness, double[] shellHubbardDeriv,
                                double[] referenceOccupation, double repulsionAlpha,
                                double repulsionZeff, double dipoleKernel, double quadrupoleKernel,
                                double covalentRadius, double atomicRadius, double electronegativity,
                                double multipoleRadius, double valenceCN) {

    public int shellCount() { return angular.length; }

    /** Number of valence electrons of the neutral atom (sum of reference occupations). */
    public double valenceElectrons() {
        double n = 0;
        for (double o : referenceOccupation) n += o;
        return n;
    }

    /** Number of Gaussian primitives xtb uses for a shell (3 for 1s and d, 6 for n = 6, else 4). */
    public int primitiveCount(int shell) {
        int n = principal[shell], l = angular[shell];
        if (n == 6) return 6;
        if (l == 2 || n == 1) return 3;
        return 4;
    }
}
