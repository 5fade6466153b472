package dev.curvature.cli;

import dev.curvature.io.StructureInputException;
import dev.curvature.io.StructureWriter;
import dev.curvature.io.crystal.LabelledFrame;
import dev.curvature.io.crystal.LabelledFrames;
import dev.curvature.io.plots.ParityPlot;
import dev.curvature.ml.MlModel;
import dev.curvature.ml.Training;
import dev.curvature.ml.fit.ErrorReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code curvature evaluate}: a learned model's errors on labelled frames, overall and per config_type. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Errors of a learned potential on extended XYZ frames: RMSE and MAE of energy (meV/atom), force components",
                "(meV/Å) and stress components (GPa), overall and per config_type; optional parity plots."})
final class EvaluateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.json") Path modelFile;
    @Parameters(index = "1", paramLabel = "DATA") Path data;

    @Option(names = "--json", description = "One JSON object.")
    boolean json;

    @Option(names = "--plot", paramLabel = "PREFIX", description = "Parity plots PREFIX-energy.png, -forces.png, -stress.png (or .svg with --svg).")
    String plot;

    @Option(names = "--svg", description = "Write parity plots as SVG.")
    boolean svg;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        try {
            MlModel model = MlModel.read(modelFile);
            List<LabelledFrame> frames = LabelledFrames.read(data);
            ErrorReport r = ErrorReport.of(model, Training.map(frames, model.basis()));
            if (plot != null) {
                String ext = svg ? ".svg" : ".png";
                write(Path.of(plot + "-energy" + ext), "energy per atom", "meV/atom", r.overall.energy());
                write(Path.of(plot + "-forces" + ext), "force components", "meV/Å", r.overall.force());
                write(Path.of(plot + "-stress" + ext), "stress components", "GPa", r.overall.stress());
            }
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("model", modelFile.toString());
                o.put("data", data.toString());
                o.put("summary", Training.summary(frames));
                o.putAll(r.toMap());
                out.println(Json.gson().toJson(o));
            } else {
                out.println(modelFile + " on " + data + ": " + TrainCommand.describe(Training.summary(frames)));
                out.print(r.table());
            }
            out.flush();
            return Main.OK;
        } catch (StructureInputException | IOException | IllegalArgumentException e) {
            err.println("curvature evaluate: " + e.getMessage());
            err.flush();
            return Main.FAILED;
        }
    }

    private void write(Path file, String what, String unit, ErrorReport.Stat s) throws IOException, StructureInputException {
        if (s.count() == 0) return;
        StructureWriter.checkNotAnInput(file, List.of(modelFile, data));
        ParityPlot.of(String.format(Locale.ROOT, "%s: RMSE %.4g %s", what, s.rmse(), unit), unit, s.pairs).write(file);
    }
}
