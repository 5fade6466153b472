package dev.curvature.io.plots;

import dev.curvature.phonon.PhononDispersion;


import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;

/** Phonon bands along the path (THz), one line per branch, high-symmetry points as vertical lines. */
public final class DispersionPlot {
    private final XYChart chart;

    private DispersionPlot(XYChart chart) { this.chart = chart; }

    public static DispersionPlot of(PhononDispersion d, String title) {
        XYChart chart = new XYChartBuilder().width(900).height(600).title("Phonon dispersion, " + title)
                .xAxisTitle("wavevector").yAxisTitle("frequency (THz)").build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        int branches = d.frequenciesThz()[0].length, m = d.distance().length;
        double lo = 0, hi = 0;
        for (int b = 0; b < branches; b++) {
            double[] y = new double[m];
            for (int k = 0; k < m; k++) { y[k] = d.frequenciesThz()[k][b]; lo = Math.min(lo, y[k]); hi = Math.max(hi, y[k]); }
            chart.addSeries("branch " + (b + 1), d.distance(), y).setMarker(SeriesMarkers.NONE).setLineColor(new Color(0, 70, 160));
        }
        // XChart 3.8 has no custom tick positions: label the points with text just above the axis
        chart.getStyler().setXAxisTicksVisible(false);
        double base = Math.min(0, lo);
        for (int k = 0; k < d.labels().size(); k++) {
            double x = d.labelDistance()[k];
            chart.addSeries("point " + k, new double[] {x, x}, new double[] {base, 1.05 * hi})
                    .setMarker(SeriesMarkers.NONE).setLineColor(Color.GRAY);
            chart.addAnnotation(new AnnotationText(d.labels().get(k), x, base + 0.03 * (1.05 * hi - base), false));
        }
        chart.getStyler().setYAxisMin(Math.min(0, lo)).setYAxisMax(1.05 * hi);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(d.distance()[m - 1]);
        return new DispersionPlot(chart);
    }

    /** The chart itself, for a window to show (the Jmol plugin). */
    public XYChart chart() { return chart; }

    public void write(Path file) throws IOException { ChartFile.write(file, chart); }
}
