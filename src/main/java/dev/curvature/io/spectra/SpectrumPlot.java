package dev.curvature.io.spectra;

import dev.curvature.spectrum.Spectrum;
import dev.curvature.spectrum.SpectrumKind;
import dev.curvature.spectrum.ReferenceSpectrum;
import dev.curvature.io.AtomicFile;

import de.erichseifert.vectorgraphics2d.Processors;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws IR and/or Raman spectra as stacked panels (IR on top) with XChart, to PNG or SVG. Each panel
 * shows the broadened curve, the sticks scaled so the tallest reaches the curve's maximum, and
 * optionally an experimental spectrum scaled likewise (transmittance converted to absorbance).
 * The x axis runs over the spectrum's grid. Immutable: the with-methods return new plots.
 */
public final class SpectrumPlot {
    private final List<Spectrum> panels;
    private final List<ReferenceSpectrum> overlays; // parallel to panels, entries may be null
    private final int widthPx, heightPx;

    private SpectrumPlot(List<Spectrum> panels, List<ReferenceSpectrum> overlays, int widthPx, int heightPx) {
        this.panels = List.copyOf(panels);
        this.overlays = new ArrayList<>(overlays);
        this.widthPx = widthPx;
        this.heightPx = heightPx;
    }

    /** One panel per spectrum (null entries skipped), 1000 px wide, 400 px per panel. */
    public static SpectrumPlot of(Spectrum... spectra) {
        List<Spectrum> p = new ArrayList<>();
        for (Spectrum s : spectra) if (s != null) p.add(s);
        if (p.isEmpty()) throw new IllegalArgumentException("nothing to plot");
        List<ReferenceSpectrum> o = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) o.add(null);
        return new SpectrumPlot(p, o, 1000, 400 * p.size());
    }

    public SpectrumPlot withSize(int widthPx, int heightPx) {
        if (widthPx < 100 || heightPx < 100 * panels.size() || widthPx > 20000 || heightPx > 20000)
            throw new IllegalArgumentException("plot size " + widthPx + "×" + heightPx + " px out of range (100 px per panel to 20000)");
        return new SpectrumPlot(panels, overlays, widthPx, heightPx);
    }

    /** Overlays an experimental spectrum on the first panel of the given kind. */
    public SpectrumPlot withExperimental(SpectrumKind kind, ReferenceSpectrum experimental) {
        for (int i = 0; i < panels.size(); i++)
            if (panels.get(i).kind() == kind) {
                List<ReferenceSpectrum> o = new ArrayList<>(overlays);
                o.set(i, experimental);
                return new SpectrumPlot(panels, o, widthPx, heightPx);
            }
        throw new IllegalArgumentException("no " + kind + " panel to overlay " + experimental.title() + " on");
    }

    public int widthPx() { return widthPx; }
    public int heightPx() { return heightPx; }

    private List<XYChart> charts() {
        List<XYChart> charts = new ArrayList<>();
        int panelHeight = heightPx / panels.size();
        for (int i = 0; i < panels.size(); i++) {
            Spectrum s = panels.get(i);
            XYChart c = new XYChartBuilder().width(widthPx).height(panelHeight).title(s.title())
                    .xAxisTitle("wavenumber (cm-1)").yAxisTitle(s.kind().quantity() + " (" + s.kind().curveUnit() + ")").build();
            c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
            c.getStyler().setChartBackgroundColor(Color.WHITE);
            c.getStyler().setPlotGridLinesVisible(false);
            c.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            double[] x = s.gridCm1();
            c.getStyler().setXAxisMin(x[0]).setXAxisMax(x[x.length - 1]).setYAxisMin(0.0);
            double top = s.maxCurve() > 0 ? s.maxCurve() : 1.0;
            XYSeries curve = c.addSeries("broadened (" + s.options().lineshape().name().toLowerCase() + ", FWHM "
                    + SpectrumCsv.fmt(s.options().fwhmCm1()) + " cm-1)", x, s.curve());
            curve.setMarker(SeriesMarkers.NONE).setLineColor(new Color(0, 70, 160));
            double[] pos = s.stickPositionsCm1(), val = s.stickIntensities();
            double stickMax = 0;
            for (double v : val) stickMax = Math.max(stickMax, v);
            if (pos.length > 0 && stickMax > 0) {
                Integer[] order = new Integer[pos.length];
                for (int k = 0; k < order.length; k++) order[k] = k;
                java.util.Arrays.sort(order, (a, b) -> Double.compare(pos[a], pos[b]));
                List<Double> sx = new ArrayList<>(), sy = new ArrayList<>();
                for (int k : order) {
                    if (pos[k] < x[0] || pos[k] > x[x.length - 1]) continue;
                    sx.add(pos[k]); sy.add(0.0);
                    sx.add(pos[k]); sy.add(val[k] / stickMax * top);
                    sx.add(pos[k]); sy.add(0.0);
                }
                if (!sx.isEmpty()) {
                    XYSeries sticks = c.addSeries("sticks (tallest = curve maximum)", sx, sy);
                    sticks.setMarker(SeriesMarkers.NONE).setLineColor(new Color(200, 40, 40));
                }
            }
            ReferenceSpectrum ref = overlays.get(i);
            if (ref != null) {
                ReferenceSpectrum a = ref.asAbsorption();
                XYSeries e = c.addSeries("reference: " + ref.title() + " (scaled)", a.xCm1(), a.yScaledTo(top));
                e.setMarker(SeriesMarkers.NONE).setLineColor(new Color(60, 60, 60));
            }
            charts.add(c);
        }
        return charts;
    }

    private void paint(Graphics2D g) {
        int panelHeight = heightPx / panels.size();
        AffineTransform base = g.getTransform();
        List<XYChart> charts = charts();
        for (int i = 0; i < charts.size(); i++) {
            g.setTransform(base);
            g.translate(0, i * panelHeight);
            charts.get(i).paint(g, widthPx, panelHeight);
        }
        g.setTransform(base);
    }

    /** PNG image bytes, widthPx × heightPx. */
    public byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, widthPx, heightPx);
        paint(g);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** SVG document bytes (vector), widthPx × heightPx user units. */
    public byte[] svg() throws IOException {
        VectorGraphics2D g = new VectorGraphics2D();
        paint(g);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Processors.get("svg").getDocument(g.getCommands(), new PageSize(0, 0, widthPx, heightPx)).writeTo(out);
        return out.toByteArray();
    }

    /** Writes PNG or SVG, chosen by the file name's extension (.png, .svg). */
    public void write(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".png")) AtomicFile.write(file, png());
        else if (name.endsWith(".svg")) AtomicFile.write(file, svg());
        else throw new IOException("cannot write " + file + ": plot format must be .png or .svg");
    }
}
