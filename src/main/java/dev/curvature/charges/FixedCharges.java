package dev.curvature.charges;

import dev.curvature.structure.Structure;

/**
 * Charges that do not change with geometry or field (e.g. force-field charges such as MMFF94's):
 * no charge flux, so the atomic polar tensors are q_a·I, and no polarizability. Useful for comparing
 * IR intensity models with and without charge flux.
 */
public final class FixedCharges extends ChargeDistribution {

    /**
     * @throws ChargeModelException if the charges do not sum to the structure's total charge (1e-6 e)
     */
    public FixedCharges(Structure structure, double[] positionsAngstrom, double[] charges) {
        super(structure, positionsAngstrom, charges, structure.totalCharge());
        double sum = 0;
        for (double q : charges) sum += q;
        if (Math.abs(sum - structure.totalCharge()) > 1e-6)
            throw new ChargeModelException("fixed charges of " + structure + " sum to " + sum + " e, but its total charge is " + structure.totalCharge());
    }

    public FixedCharges(Structure structure, double[] charges) {
        this(structure, structure.positions(), charges);
    }

    @Override public double[] chargeFlux() { return new double[atomCount() * 3 * atomCount()]; }

    @Override public boolean respondsToField() { return false; }

    @Override public double[] polarizabilityAngstrom3() {
        throw new UnsupportedOperationException("fixed charges have no polarizability");
    }
}
