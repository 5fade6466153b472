package dev.curvature.cli;

import com.google.gson.Gson;
import dev.curvature.io.Record;
import dev.curvature.model.Property;
import dev.curvature.model.UnitSystem;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.registry.ChargeMethods;
import dev.curvature.structure.Structure;
import dev.curvature.workflow.ChargeAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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
 * numbers come from the charge job ({@link ChargeAnalysis}) and the methods from {@link ChargeMethods}.
 */
@Command(name = "charges", mixinStandardHelpOptions = true,
        description = {"Atomic charges (e), dipole (D), polarizability (Å³) and charge response dq/dQ of each structure in INPUT."})
final class ChargesCommand implements Callable<Integer> {
    /** Lists the registry's charge methods in --help. */
    static final class MethodIds implements Iterable<String> {
        @Override public java.util.Iterator<String> iterator() { return ChargeMethods.ids().iterator(); }
    }

    @Spec CommandSpec spec;
    @Mixin InputOptions input;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "qeq", completionCandidates = MethodIds.class,
            description = "Charge method: ${COMPLETION-CANDIDATES}. mmff94 charges are fixed: no polarizability or response. Default: ${DEFAULT-VALUE}.")
    String method;

    @Option(names = "--json", description = "One JSON object per structure per line.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            method = ChargeMethods.get(method).id();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        // nulls are written: fixed charges have "polarizability": null rather than a missing field
        Gson gson = Json.gson().newBuilder().serializeNulls().create();
        return RecordLoop.forEachRecord(spec, input, null, r -> {
            ChargeAnalysis.Result q;
            try {
                q = ChargeAnalysis.run(r.structure(), method);
            } catch (UnsupportedStructureException e) {
                throw new RecordLoop.JobFailure(e.getMessage());
            }
            if (json) out.println(gson.toJson(jsonObject(r, q)));
            else printText(out, r, q);
            return null;
        });
    }

    private Map<String, Object> jsonObject(Record r, ChargeAnalysis.Result q) {
        Structure s = r.structure();
        // the common record header; a charge method is not an energy model, so "method" replaces "model"
        Map<String, Object> o = Json.recordHeader(r, null);
        o.remove("model");
        o.put("method", q.methodId());
        List<String> elements = new ArrayList<>();
        for (int a = 0; a < s.atomCount(); a++) elements.add(s.element(a).symbol());
        o.put("elements", elements);
        o.put("charges", q.charges());
        o.put("dipole", q.dipoleDebye());
        o.put("dipole_magnitude", q.dipoleMagnitudeDebye());
        if (q.polarizable()) {
            double[] a = q.polarizability();
            o.put("polarizability", new double[][] {{a[0], a[1], a[2]}, {a[3], a[4], a[5]}, {a[6], a[7], a[8]}});
            o.put("charge_response", q.chargeResponse());
        } else {
            // fixed charges do not respond: say so with nulls rather than zeros
            o.put("polarizability", null);
            o.put("charge_response", null);
        }
        o.put("missing_hydrogens", r.missingHydrogens());
        // charge models work in e, Å and debye whatever energy model is in use
        o.put("units", Json.Units.of(UnitSystem.MOLECULAR).with("dipole", "D").with("polarizability", Property.POLARIZABILITY.unit(UnitSystem.MOLECULAR))
                .with("charge_response", "e/e").map());
        return o;
    }

    private void printText(PrintWriter out, Record r, ChargeAnalysis.Result q) {
        Structure s = r.structure();
        out.printf(Locale.ROOT, "%s: %s, %d atoms, charge %d%n", r.location(), s.formula(), s.atomCount(), s.totalCharge());
        out.printf(Locale.ROOT, "  method  %s%n", q.methodLabel());
        double[] mu = q.dipoleDebye();
        out.printf(Locale.ROOT, "  dipole  %.4f D  (%.4f, %.4f, %.4f)%s%n", q.dipoleMagnitudeDebye(), mu[0], mu[1], mu[2],
                s.totalCharge() != 0 ? "  about the centre of mass" : "");
        if (q.polarizable()) {
            double[] a = q.polarizability();
            out.printf(Locale.ROOT, "  polarizability (Å³), mean %.4f:%n", (a[0] + a[4] + a[8]) / 3);
            for (int i = 0; i < 3; i++) out.printf(Locale.ROOT, "    %12.6f %12.6f %12.6f%n", a[3 * i], a[3 * i + 1], a[3 * i + 2]);
        }
        out.println(q.polarizable() ? "  atoms: charge (e), dq/dQ" : "  atoms: charge (e)");
        double[] c = q.charges(), dq = q.chargeResponse();
        for (int a = 0; a < s.atomCount(); a++) {
            if (dq != null) out.printf(Locale.ROOT, "    %4d %-2s %10.6f %10.6f%n", a + 1, s.element(a).symbol(), c[a], dq[a]);
            else out.printf(Locale.ROOT, "    %4d %-2s %10.6f%n", a + 1, s.element(a).symbol(), c[a]);
        }
    }
}
