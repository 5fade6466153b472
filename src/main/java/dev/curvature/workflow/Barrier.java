package dev.curvature.workflow;

import dev.curvature.model.UnitSystem;
import dev.curvature.thermo.ThermoConditions;
import dev.curvature.thermo.ThermoResult;
import dev.curvature.thermo.Thermochemistry;

/**
 * The difference between two frequency results of the same molecule, e.g. a transition state minus
 * the minimum it comes from: electronic energy, ZPE-corrected energy (E + ZPE), enthalpy and Gibbs
 * energy at the given conditions (kcal/mol). Imaginary modes are left out of each ZPE and thermal
 * sum, as {@link Thermochemistry} does (the reaction coordinate of a transition state).
 */
public record Barrier(double electronicKcalPerMol, double zpeCorrectedKcalPerMol, double enthalpyKcalPerMol,
                      double gibbsKcalPerMol, ThermoConditions conditions) {

    /**
     * {@code to} − {@code from}.
     *
     * @throws IllegalArgumentException if the two results are not of the same atoms (elements in
     *                                  order) or not of the same energy model
     */
    public static Barrier between(FrequencyAnalysis.Result from, FrequencyAnalysis.Result to, ThermoConditions conditions) {
        var a = from.structure();
        var b = to.structure();
        boolean same = a.atomCount() == b.atomCount();
        for (int i = 0; same && i < a.atomCount(); i++) same = a.atomicNumber(i) == b.atomicNumber(i);
        if (!same) throw new IllegalArgumentException("a barrier needs two results of the same atoms in the same order ("
                + a.atomCount() + " and " + b.atomCount() + " atoms)");
        if (!from.modelName().equals(to.modelName()))
            throw new IllegalArgumentException("a barrier needs two results of the same energy model (" + from.modelName() + " and " + to.modelName() + ")");
        ThermoResult ta = thermo(from, conditions), tb = thermo(to, conditions);
        // the energies are in the model's unit (eV for a learned potential); ZPE and thermal terms in kcal/mol
        double de = (to.energyKcalPerMol() - from.energyKcalPerMol()) / to.units().energyPerEv() * UnitSystem.MOLECULAR.energyPerEv();
        return new Barrier(de, de + tb.zeroPointEnergyKcalPerMol() - ta.zeroPointEnergyKcalPerMol(),
                de + tb.enthalpyKcalPerMol() - ta.enthalpyKcalPerMol(), de + tb.gibbsEnergyKcalPerMol() - ta.gibbsEnergyKcalPerMol(),
                conditions);
    }

    /** Thermochemistry of a result at other conditions, with the symmetry number its job used. */
    public static ThermoResult thermo(FrequencyAnalysis.Result r, ThermoConditions conditions) {
        return Thermochemistry.compute(r.modes(), r.thermo().symmetryNumber(), conditions);
    }
}
