package dev.curvature.io.plots;

import dev.curvature.elastic.ElasticTensor;


import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Polar plots of the directional Young's modulus E(n) in the xy, xz and yz planes of the crystal's
 * Cartesian frame: the curve r(θ) = E(cos θ, sin θ) in each plane, GPa on both axes.
 */
public final class YoungsModulusPlot {
    private final XYChart chart;

    private YoungsModulusPlot(XYChart chart) { this.chart = chart; }

    public static YoungsModulusPlot of(ElasticTensor c, String title) {
        XYChart chart = new XYChartBuilder().width(700).height(700).title("Young's modulus E(n), " + title)
                .xAxisTitle("E (GPa)").yAxisTitle("E (GPa)").build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        String[] names = {"xy plane", "xz plane", "yz plane"};
        double max = 0;
        int m = 361;
        double[][][] curves = new double[3][2][m];
        for (int plane = 0; plane < 3; plane++)
            for (int k = 0; k < m; k++) {
                double t = 2 * Math.PI * k / (m - 1), u = Math.cos(t), v = Math.sin(t);
                double[] n = plane == 0 ? new double[] {u, v, 0} : plane == 1 ? new double[] {u, 0, v} : new double[] {0, u, v};
                double e = c.directionalYoungsModulus(n[0], n[1], n[2]);
                curves[plane][0][k] = e * u;
                curves[plane][1][k] = e * v;
                max = Math.max(max, Math.abs(e));
            }
        for (int plane = 0; plane < 3; plane++)
            chart.addSeries(names[plane], curves[plane][0], curves[plane][1]).setMarker(SeriesMarkers.NONE);
        double lim = 1.1 * max;
        chart.getStyler().setXAxisMin(-lim).setXAxisMax(lim).setYAxisMin(-lim).setYAxisMax(lim);
        return new YoungsModulusPlot(chart);
    }

    /** The chart itself, for a window to show (the Jmol plugin). */
    public XYChart chart() { return chart; }

    /** PNG or SVG by extension, atomically. */
    public void write(Path file) throws IOException { ChartFile.write(file, chart); }
}
