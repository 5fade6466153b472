package dev.curvature.cli;

import com.google.gson.Gson;
import dev.curvature.charges.ChargeDistribution;
import dev.curvature.charges.ChargeEquilibration;
import dev.curvature.charges.ChargeModelException;
import dev.curvature.charges.EemModel;
import dev.curvature.charges.EquilibratedCharges;
import dev.curvature.charges.FixedCharges;
import dev.curvature.charges.QeqModel;
import dev.curvature.forcefield.mmff.MmffTopology;
import dev.curvature.forcefield.mmff.MmffVariant;
import dev.curvature.io.Record;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Structure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code curvature charges}: atomic charges (QEq, EEM or MMFF94), the dipole, and for the
 * equilibration methods the polarizability and dq/dQ of each structure. Holds no physics: the
 * numbers come from {@code dev.curvature.charges} and the MMFF94 topology.
 */
@Command(name = "charges", mixinStandardHelpOptions = true,
        description = {"Atomic charges (e), dipole (D), polarizability (Å³) and charge response dq/dQ of each structure in INPUT."})
final class ChargesCommand implements Callable<Integer> {
    /** The --method values. */
    enum Method {
        qeq("QEq (Rappé-Goddard 1991)"), eem("EEM (Bultinck et al. 2002)"), mmff94("MMFF94 partial charges");
        final String label;
        Method(String label) { this.label = label; }
    }

    @Spec CommandSpec spec;
    @Mixin InputOptions input;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "qeq",
            description = "Charge method: ${COMPLETION-CANDIDATES}. mmff94 charges are fixed: no polarizability or response. Default: ${DEFAULT-VALUE}.")
    Method method;

    @Option(names = "--json", description = "One JSON object per structure per line.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        // nulls are written: fixed charges have "polarizability": null rather than a missing field
        Gson gson = Json.gson().newBuilder().serializeNulls().create();
        return RecordLoop.forEachRecord(spec, input, null, r -> {
            ChargeDistribution q;
            try {
                q = charges(r.structure());
            } catch (ChargeModelException | UnsupportedStructureException e) {
                throw new RecordLoop.JobFailure(e.getMessage());
            }
            if (json) out.println(Json.line(gson, jsonObject(r, q)));
            else printText(out, r, q);
            return null;
        });
    }

    private ChargeDistribution charges(Structure s) throws UnsupportedStructureException {
        return switch (method) {
            case qeq -> new ChargeEquilibration(QeqModel.rappeGoddard1991()).solve(s);
            case eem -> new ChargeEquilibration(EemModel.bultinck2002()).solve(s);
            case mmff94 -> new FixedCharges(s, MmffTopology.build(s, MmffVariant.MMFF94).partialCharges());
        };
    }

    private Map<String, Object> jsonObject(Record r, ChargeDistribution q) {
        Structure s = r.structure();
        // the common record header; a charge method is not an energy model, so "method" replaces "model"
        Map<String, Object> o = Json.recordHeader(r, null);
        o.remove("model");
        o.put("method", method.name());
        List<String> elements = new ArrayList<>();
        for (int a = 0; a < s.atomCount(); a++) elements.add(s.element(a).symbol());
        o.put("elements", elements);
        o.put("charges", q.charges());
        o.put("dipole", q.dipoleDebye());
        o.put("dipole_magnitude", q.dipoleMagnitudeDebye());
        if (q instanceof EquilibratedCharges eq) {
            double[] a = eq.polarizabilityAngstrom3();
            o.put("polarizability", new double[][] {{a[0], a[1], a[2]}, {a[3], a[4], a[5]}, {a[6], a[7], a[8]}});
            o.put("charge_response", eq.chargesPerTotalCharge());
        } else {
            // fixed charges do not respond: say so with nulls rather than zeros
            o.put("polarizability", null);
            o.put("charge_response", null);
        }
        o.put("missing_hydrogens", r.missingHydrogens());
        return o;
    }

    private void printText(PrintWriter out, Record r, ChargeDistribution q) {
        Structure s = r.structure();
        out.printf(Locale.ROOT, "%s: %s, %d atoms, charge %d%n", r.location(), s.formula(), s.atomCount(), s.totalCharge());
        out.printf(Locale.ROOT, "  method  %s%n", method.label);
        double[] mu = q.dipoleDebye();
        out.printf(Locale.ROOT, "  dipole  %.4f D  (%.4f, %.4f, %.4f)%s%n", q.dipoleMagnitudeDebye(), mu[0], mu[1], mu[2],
                s.totalCharge() != 0 ? "  about the centre of mass" : "");
        EquilibratedCharges eq = q instanceof EquilibratedCharges e ? e : null;
        if (eq != null) {
            double[] a = eq.polarizabilityAngstrom3();
            out.printf(Locale.ROOT, "  polarizability (Å³), mean %.4f:%n", (a[0] + a[4] + a[8]) / 3);
            for (int i = 0; i < 3; i++) out.printf(Locale.ROOT, "    %12.6f %12.6f %12.6f%n", a[3 * i], a[3 * i + 1], a[3 * i + 2]);
        }
        out.println(eq != null ? "  atoms: charge (e), dq/dQ" : "  atoms: charge (e)");
        double[] c = q.charges(), dq = eq != null ? eq.chargesPerTotalCharge() : null;
        for (int a = 0; a < s.atomCount(); a++) {
            if (dq != null) out.printf(Locale.ROOT, "    %4d %-2s %10.6f %10.6f%n", a + 1, s.element(a).symbol(), c[a], dq[a]);
            else out.printf(Locale.ROOT, "    %4d %-2s %10.6f%n", a + 1, s.element(a).symbol(), c[a]);
        }
    }
}
