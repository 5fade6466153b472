package dev.curvature.batch;

import dev.curvature.charges.ChargeDistribution;
import dev.curvature.charges.ChargeEquilibration;
import dev.curvature.charges.ChargeModelException;
import dev.curvature.charges.EemModel;
import dev.curvature.charges.FixedCharges;
import dev.curvature.charges.QeqModel;
import dev.curvature.forcefield.mmff.MmffTopology;
import dev.curvature.forcefield.mmff.MmffVariant;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Structure;

/** Atomic charges and dipole of a charges row, by the method the spec names. */
final class BatchCharges {
    private BatchCharges() {}

    static void fill(BatchSpec spec, Structure s, BatchRow row) throws RecordJobs.RecordFailure {
        ChargeDistribution q;
        try {
            q = switch (spec.chargeMethod()) {
                case "qeq" -> new ChargeEquilibration(QeqModel.rappeGoddard1991()).solve(s);
                case "eem" -> new ChargeEquilibration(EemModel.bultinck2002()).solve(s);
                case "mmff94" -> new FixedCharges(s, MmffTopology.build(s, MmffVariant.MMFF94).partialCharges());
                default -> throw new IllegalArgumentException("unknown charge method " + spec.chargeMethod());
            };
        } catch (ChargeModelException | UnsupportedStructureException e) {
            throw new RecordJobs.RecordFailure("error", e.getMessage());
        }
        row.set("charge_method", spec.chargeMethod());
        row.set("charges", q.charges());
        row.set("dipole", q.dipoleDebye());
        row.set("dipole_magnitude", q.dipoleMagnitudeDebye());
    }
}
