package dev.curvature.io.plots;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Learning curves in one image: one panel per quantity (a test error, or an elastic constant's
 * error against the reference) against the number of training configurations, one line per kind
 * of training observations (E, E+F, E+F+S). Errors span decades, so the y axes are logarithmic;
 * values that are not finite or not positive are left out of their line.
 */
public final class LearningCurvePlot {
    /** One line: a name and its (training frames, value) points. */
    public record Line(String name, double[] frames, double[] values) {}

    /** One panel: title, y-axis label, its lines. */
    public record Panel(String title, String yAxis, List<Line> lines) {}

    private final List<XYChart> charts = new ArrayList<>();

    private LearningCurvePlot() {}

    /** Panels without a single plottable value are dropped (e.g. stress when the test set has none). */
    public static LearningCurvePlot of(List<Panel> panels) {
        LearningCurvePlot p = new LearningCurvePlot();
        for (Panel panel : panels) {
            XYChart chart = new XYChartBuilder().width(520).height(400).title(panel.title())
                    .xAxisTitle("training configurations").yAxisTitle(panel.yAxis()).build();
            chart.getStyler().setChartBackgroundColor(Color.WHITE);
            chart.getStyler().setYAxisLogarithmic(true);
            int shown = 0;
            for (Line l : panel.lines()) {
                List<Double> x = new ArrayList<>(), y = new ArrayList<>();
                for (int k = 0; k < l.frames().length; k++)
                    if (Double.isFinite(l.values()[k]) && l.values()[k] > 0) { x.add(l.frames()[k]); y.add(l.values()[k]); }
                if (x.isEmpty()) continue;
                XYSeries s = chart.addSeries(l.name(), x, y);
                s.setMarker(SeriesMarkers.CIRCLE);
                shown++;
            }
            if (shown > 0) p.charts.add(chart);
        }
        return p;
    }

    /** How many panels will be drawn. */
    public int panels() { return charts.size(); }

    /** PNG or SVG by extension, atomically; two panels per row. */
    public void write(Path file) throws IOException {
        if (charts.isEmpty()) throw new IOException("cannot write " + file + ": nothing to plot (no finite test errors)");
        ChartFile.write(file, charts, 2);
    }
}
