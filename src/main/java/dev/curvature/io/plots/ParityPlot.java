package dev.curvature.io.plots;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Predicted against reference values of one property (a learned potential's energies, forces or
 * stresses), with the diagonal y = x; points beyond a few thousand are thinned evenly.
 */
public final class ParityPlot {
    private static final int MAX_POINTS = 4000;
    private final XYChart chart;

    private ParityPlot(XYChart chart) { this.chart = chart; }

    /** @param pairs (reference, predicted) in one unit, named in {@code unit} */
    public static ParityPlot of(String title, String unit, List<double[]> pairs) {
        XYChart chart = new XYChartBuilder().width(600).height(600).title(title)
                .xAxisTitle("reference (" + unit + ")").yAxisTitle("predicted (" + unit + ")").build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendVisible(false);
        int step = Math.max(1, pairs.size() / MAX_POINTS), m = (pairs.size() + step - 1) / step;
        double[] x = new double[Math.max(m, 1)], y = new double[Math.max(m, 1)];
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int k = 0, i = 0; i < pairs.size(); i += step, k++) {
            x[k] = pairs.get(i)[0];
            y[k] = pairs.get(i)[1];
            lo = Math.min(lo, Math.min(x[k], y[k]));
            hi = Math.max(hi, Math.max(x[k], y[k]));
        }
        if (!(hi > lo)) { lo = -1; hi = 1; }
        XYSeries points = chart.addSeries("data", x, y);
        points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        points.setMarker(SeriesMarkers.CIRCLE);
        chart.addSeries("y = x", new double[] {lo, hi}, new double[] {lo, hi}).setMarker(SeriesMarkers.NONE);
        return new ParityPlot(chart);
    }

    /** PNG or SVG by extension, atomically. */
    public void write(Path file) throws IOException { ChartFile.write(file, chart); }
}
