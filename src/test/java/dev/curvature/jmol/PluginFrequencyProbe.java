package dev.curvature.jmol;

import dev.curvature.registry.EnergyModels;
import dev.curvature.io.Record;
import dev.curvature.io.StructureReader;
import dev.curvature.model.ModelRegistry;
import dev.curvature.registry.ChargeMethods;
import dev.curvature.spectrum.RamanActivities;
import dev.curvature.spectrum.VibrationalIntensities;
import dev.curvature.structure.Structure;
import dev.curvature.workflow.FrequencyAnalysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times the plugin's Frequency analysis job (FrequencyJob: optimize, Hessian, modes, point group,
 * thermochemistry, IR + Raman from QEq) stage by stage on one molecule, as BENCHMARKS.md reports
 * it; with "--fd" also the former finite-difference Raman route on the same modes, and the largest
 * difference between the two routes' activities.
 *
 * <pre>mvn -B -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.curvature.jmol.PluginFrequencyProbe \
 *     -Dexec.args="examples/ala15.sdf --fd"</pre>
 */
public final class PluginFrequencyProbe {
    public static void main(String[] args) throws Exception {
        Structure s;
        try (StructureReader r = StructureReader.open(Path.of(args[0]), dev.curvature.io.ReadOptions.DEFAULT)) {
            Record rec = r.next();
            s = rec.structure();
        }
        boolean fd = args.length > 1 && args[1].equals("--fd");
        ModelRegistry.Binding b = EnergyModels.registry().bind(ModelRegistry.AUTO, s);
        List<String> stages = new ArrayList<>();
        long[] last = {System.nanoTime()};
        String[] current = {"bind"};
        ActionRunner.Progress progress = new ActionRunner.Progress() {
            @Override public boolean cancelled() { return false; }
            @Override public void status(String text) {}
            @Override public void progress(String text, double fraction) {
                String stage = text.replaceAll(":.*|….*| \\(.*", "");
                if (stage.equals(current[0])) return;
                long now = System.nanoTime();
                stages.add(String.format(Locale.ROOT, "%s %.2f s", current[0], (now - last[0]) / 1e9));
                last[0] = now;
                current[0] = stage;
            }
        };
        long t0 = System.nanoTime();
        FrequencyJob.Outcome o = FrequencyJob.run(b, s, FrequencyAnalysis.Options.defaults(), "qeq", progress);
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "%s: %d atoms, %s, %d modes, %d optimizer iterations%n", args[0], s.atomCount(),
                b.model().name(), o.result().modes().modeCount(), o.result().optimization().iterations());
        System.out.println("stages: " + String.join(", ", stages));
        System.out.printf(Locale.ROOT, "plugin job total %.2f s%n", (t1 - t0) / 1e9);
        if (fd) {
            VibrationalIntensities v = o.intensities();
            long t2 = System.nanoTime();
            RamanActivities old = RamanActivities.computeByFiniteDifference(o.result().modes(), ChargeMethods.model("qeq"),
                    RamanActivities.DEFAULT_STEP_ANGSTROM, () -> false);
            long t3 = System.nanoTime();
            double[] a = v.raman().activitiesA4PerAmu(), f = old.activitiesA4PerAmu();
            double top = 0, worst = 0;
            for (int k = 0; k < a.length; k++) { top = Math.max(top, f[k]); worst = Math.max(worst, Math.abs(a[k] - f[k])); }
            System.out.printf(Locale.ROOT, "finite-difference Raman (former route) %.2f s; max |analytic - FD| = %.3g of largest %.4g A^4/amu (%.2g)%n",
                    (t3 - t2) / 1e9, worst, top, worst / top);
        }
    }
}
