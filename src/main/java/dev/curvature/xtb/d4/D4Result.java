package dev.curvature.xtb.d4;

/**
 * One D4 evaluation, atomic units.
 *
 * @param energy total dispersion energy, Eh (twoBody + threeBody)
 * @param twoBodyEnergy the charge-dependent C6/C8 pair part, Eh
 * @param threeBodyEnergy the Axilrod–Teller–Muto part (charge-free C6), Eh
 * @param gradient dE/dx at fixed charges, Eh/bohr, flat [x0 y0 z0 x1 ...]; includes the
 *                 coordination-number chain, not the response of the charges to the positions
 * @param chargeDerivative dE/dq_A, Eh/e, one per atom
 * @param coordinationNumbers the covalent D4 CN of each atom
 */
public record D4Result(double energy, double twoBodyEnergy, double threeBodyEnergy, double[] gradient,
                       double[] chargeDerivative, double[] coordinationNumbers) {}
