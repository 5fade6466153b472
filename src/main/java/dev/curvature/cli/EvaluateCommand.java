package dev.curvature.cli;

import dev.curvature.io.StructureInputException;
import dev.curvature.io.OutputGuard;
import dev.curvature.io.crystal.LabelledFrame;
import dev.curvature.io.crystal.LabelledFrames;
import dev.curvature.workflow.MlEvaluation;
import dev.curvature.workflow.MlTraining;
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
        String ext = svg ? ".svg" : ".png";
        if (plot != null) {
            // an input named as a plot, or a missing directory, is bad usage (exit 2), refused before any work
            OutputGuard guard = new OutputGuard(List.of(modelFile, data));
            try {
                for (Path f : MlEvaluation.parityPlotFiles(plot, ext)) guard.claim("--plot", f);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        try {
            List<LabelledFrame> frames = LabelledFrames.read(data);
            MlEvaluation r = MlEvaluation.of(modelFile, frames);
            if (plot != null) r.writeParityPlots(plot, ext);
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("model", modelFile.toString());
                o.put("data", data.toString());
                o.putAll(r.toMap());
                out.println(Json.gson().toJson(o));
            } else {
                out.println(modelFile + " on " + data + ": " + MlTraining.describe(frames));
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

}
