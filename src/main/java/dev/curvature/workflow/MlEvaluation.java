package dev.curvature.workflow;

import dev.curvature.io.crystal.LabelledFrame;
import dev.curvature.io.plots.ParityPlot;
import dev.curvature.ml.MlModel;
import dev.curvature.ml.fit.ErrorReport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The job behind {@code curvature evaluate}: a model file's errors on labelled frames, and parity plots. */
public final class MlEvaluation {
    private final ErrorReport report;
    private final List<LabelledFrame> frames;

    private MlEvaluation(ErrorReport report, List<LabelledFrame> frames) {
        this.report = report;
        this.frames = frames;
    }

    /** @throws IOException if the model file cannot be read; IllegalArgumentException for a frame with a foreign element */
    public static MlEvaluation of(Path modelFile, List<LabelledFrame> frames) throws IOException {
        MlModel model = dev.curvature.ml.MlModelCache.read(modelFile);
        return new MlEvaluation(ErrorReport.of(model, MlTraining.map(frames, model.basis())), frames);
    }

    public String table() { return report.table(); }

    public Map<String, Object> toMap() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("summary", MlTraining.summary(frames));
        o.putAll(report.toMap());
        return o;
    }

    /** The parity-plot files that {@link #writeParityPlots} would write (for the no-overwrite check). */
    public static List<Path> parityPlotFiles(String prefix, String extension) {
        return List.of(Path.of(prefix + "-energy" + extension), Path.of(prefix + "-forces" + extension), Path.of(prefix + "-stress" + extension));
    }

    /** Energy, force and stress parity plots (a property no frame has is skipped). */
    public void writeParityPlots(String prefix, String extension) throws IOException {
        List<Path> f = parityPlotFiles(prefix, extension);
        write(f.get(0), "energy per atom", "meV/atom", report.overall.energy());
        write(f.get(1), "force components", "meV/Å", report.overall.force());
        write(f.get(2), "stress components", "GPa", report.overall.stress());
    }

    private static void write(Path file, String what, String unit, ErrorReport.Stat s) throws IOException {
        if (s.count() == 0) return;
        ParityPlot.of(String.format(Locale.ROOT, "%s: RMSE %.4g %s", what, s.rmse(), unit), unit, s.pairs).write(file);
    }
}
