package dev.curvature.jmol;

import dev.curvature.spectrum.Lineshape;
import dev.curvature.spectrum.ReferenceSpectrum;
import dev.curvature.spectrum.Spectrum;
import dev.curvature.spectrum.SpectrumKind;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Window;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * The plugin's spectrum window: IR and Raman stacked, linked both ways with the mode table (click
 * a peak and Jmol animates its mode; choose a mode and its peak is marked), with scale factor, FWHM,
 * lineshape, an experimental overlay and exports. Jmol's model is never touched by it.
 */
final class SpectrumWindow extends JFrame {
    private final SpectrumView view;
    private final Plot plot = new Plot();
    private int marked = -1;
    private final JCheckBox ir = new JCheckBox("IR"), raman = new JCheckBox("Raman");

    SpectrumWindow(Window owner, SpectrumView view, IntConsumer onSelectMode, ActionRunner.Feedback feedback) {
        super("Curvature: spectra");
        this.view = view;
        plot.setName("curvatureSpectrumPlot");
        plot.setPreferredSize(new Dimension(820, 300));
        plot.addMouseListener(new MouseAdapter() {
            @Override public void mouseClicked(MouseEvent e) {
                int mode = plot.modeAt(e.getX(), e.getY());
                if (mode >= 0) onSelectMode.accept(mode);
            }
        });

        JPanel controls = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
        ir.setSelected(view.showing(SpectrumKind.IR));
        raman.setSelected(view.showing(SpectrumKind.RAMAN));
        raman.setEnabled(view.intensities().hasRaman());
        ir.addActionListener(e -> { toggle(SpectrumKind.IR, ir.isSelected()); });
        raman.addActionListener(e -> { toggle(SpectrumKind.RAMAN, raman.isSelected()); });
        JSpinner scale = new JSpinner(new SpinnerNumberModel(view.options().frequencyScale(), 0.5, 1.5, 0.001));
        scale.setName("curvatureScaleFactor");
        scale.setEditor(new JSpinner.NumberEditor(scale, "0.000"));
        scale.addChangeListener(e -> { view.setFrequencyScale((Double) scale.getValue()); plot.repaint(); });
        JSpinner fwhm = new JSpinner(new SpinnerNumberModel(view.options().fwhmCm1(), 1.0, 200.0, 1.0));
        fwhm.addChangeListener(e -> { view.setFwhm((Double) fwhm.getValue()); plot.repaint(); });
        JComboBox<Lineshape> shape = new JComboBox<>(Lineshape.values());
        shape.setSelectedItem(view.options().lineshape());
        shape.addActionListener(e -> { view.setLineshape((Lineshape) shape.getSelectedItem()); plot.repaint(); });
        JButton experimental = new JButton("Experimental…");
        experimental.addActionListener(e -> {
            JFileChooser chooser = new JFileChooser();
            if (chooser.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) return;
            try {
                view.loadExperimental(chooser.getSelectedFile().toPath());
                plot.repaint();
            } catch (Exception ex) {
                feedback.error("Experimental spectrum", ActionRunner.describe(ex));
            }
        });
        JButton export = new JButton("Export…");
        export.addActionListener(e -> {
            JFileChooser chooser = new JFileChooser();
            chooser.setDialogTitle("Export spectrum: .png, .svg, .csv or .jdx (JCAMP-DX, opens in JSpecView)");
            if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) return;
            try {
                List<Path> written = view.export(chooser.getSelectedFile().toPath());
                feedback.info("Export spectrum", "Wrote " + written);
            } catch (Exception ex) {
                feedback.error("Export spectrum", ActionRunner.describe(ex));
            }
        });
        controls.add(ir);
        controls.add(raman);
        controls.add(new JLabel("scale"));
        controls.add(scale);
        controls.add(new JLabel("FWHM (cm⁻¹)"));
        controls.add(fwhm);
        controls.add(shape);
        controls.add(experimental);
        controls.add(export);
        JLabel quality = new JLabel(SpectrumView.QEQ_QUALITY);
        quality.setFont(quality.getFont().deriveFont(Font.PLAIN, 11f));
        quality.setBorder(BorderFactory.createEmptyBorder(2, 6, 4, 6));

        getContentPane().add(controls, BorderLayout.NORTH);
        getContentPane().add(plot, BorderLayout.CENTER);
        getContentPane().add(quality, BorderLayout.SOUTH);
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        pack();
        if (owner != null) ModeTableWindow.placeOnScreen(this, owner.getX(), owner.getY() + owner.getHeight());
    }

    private void toggle(SpectrumKind kind, boolean on) {
        if (on) view.show(kind); else view.hide(kind);
        plot.repaint();
    }

    /** Shows the view's current settings (after Show spectrum added a kind). */
    void refresh() {
        ir.setSelected(view.showing(SpectrumKind.IR));
        raman.setSelected(view.showing(SpectrumKind.RAMAN));
        plot.repaint();
    }

    /** Marks mode k's peak (−1: none). */
    void markMode(int mode) {
        marked = mode;
        plot.repaint();
    }

    int markedMode() { return marked; }

    Plot plot() { return plot; }

    /** Stacked panels, wavenumber decreasing to the right as spectroscopists draw IR. */
    final class Plot extends JPanel {
        static final int LEFT = 60, RIGHT = 20, TOP = 10, BOTTOM = 34;

        double xMax() { return view.options().maxCm1(); }

        int toPixel(double cm1) { return LEFT + (int) Math.round((xMax() - cm1) / xMax() * (getWidth() - LEFT - RIGHT)); }

        double toWavenumber(int px) { return xMax() - (double) (px - LEFT) / (getWidth() - LEFT - RIGHT) * xMax(); }

        /** The mode whose peak was clicked at (x, y), or −1. */
        int modeAt(int x, int y) {
            List<Spectrum> spectra = view.spectra();
            if (spectra.isEmpty()) return -1;
            int panel = Math.min(spectra.size() - 1, Math.max(0, (y - TOP) * spectra.size() / Math.max(1, getHeight() - TOP - BOTTOM)));
            double tolerance = 12.0 * xMax() / Math.max(1, getWidth() - LEFT - RIGHT);
            return view.modeNear(spectra.get(panel).kind(), toWavenumber(x), tolerance);
        }

        /** Pixel x of mode k's peak. */
        int peakPixel(int mode) { return toPixel(view.peakPosition(mode)); }

        @Override protected void paintComponent(Graphics g0) {
            super.paintComponent(g0);
            Graphics2D g = (Graphics2D) g0;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, getWidth(), getHeight());
            List<Spectrum> spectra = view.spectra();
            if (spectra.isEmpty()) {
                g.setColor(Color.GRAY);
                g.drawString("Tick IR or Raman above.", LEFT, getHeight() / 2);
                return;
            }
            int h = (getHeight() - TOP - BOTTOM) / spectra.size();
            for (int p = 0; p < spectra.size(); p++) {
                Spectrum s = spectra.get(p);
                int y0 = TOP + p * h, y1 = y0 + h - 8;
                g.setColor(new Color(245, 245, 245));
                g.fillRect(LEFT, y0, getWidth() - LEFT - RIGHT, h - 8);
                double top = s.maxCurve() > 0 ? s.maxCurve() : 1;
                if (s.kind() == SpectrumKind.IR && view.experimental() != null) {
                    ReferenceSpectrum ex = view.experimental().asAbsorption();
                    double[] ey = ex.yScaledTo(top), exx = ex.xCm1();
                    g.setColor(new Color(120, 120, 120));
                    for (int i = 1; i < exx.length; i++)
                        g.drawLine(toPixel(exx[i - 1]), y1 - (int) (ey[i - 1] / top * (h - 20)), toPixel(exx[i]), y1 - (int) (ey[i] / top * (h - 20)));
                }
                double[] x = s.gridCm1(), y = s.curve();
                g.setColor(s.kind() == SpectrumKind.IR ? new Color(200, 30, 30) : new Color(30, 60, 200));
                g.setStroke(new BasicStroke(1.4f));
                for (int i = 1; i < x.length; i++)
                    g.drawLine(toPixel(x[i - 1]), y1 - (int) (y[i - 1] / top * (h - 20)), toPixel(x[i]), y1 - (int) (y[i] / top * (h - 20)));
                g.setColor(Color.DARK_GRAY);
                g.drawString(s.kind() == SpectrumKind.IR ? "IR (km/mol, broadened)" : "Raman activity (Å⁴/amu, broadened)", LEFT + 6, y0 + 14);
                if (marked >= 0 && marked < view.intensities().frequenciesCm1().length) {
                    int px = peakPixel(marked);
                    g.setColor(new Color(230, 150, 0));
                    g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {5f, 4f}, 0f));
                    g.drawLine(px, y0, px, y1);
                    g.drawString(String.format(Locale.ROOT, "mode %d", marked + 1), px + 4, y0 + 28);
                    g.setStroke(new BasicStroke(1f));
                }
            }
            g.setColor(Color.BLACK);
            int axisY = getHeight() - BOTTOM + 4;
            g.drawLine(LEFT, axisY, getWidth() - RIGHT, axisY);
            for (int t = 0; t <= xMax(); t += 500) {
                int px = toPixel(t);
                g.drawLine(px, axisY, px, axisY + 4);
                g.drawString(Integer.toString(t), px - 12, axisY + 17);
            }
            g.drawString("cm⁻¹ (× " + String.format(Locale.ROOT, "%.3f", view.options().frequencyScale()) + ")", getWidth() - RIGHT - 90, axisY + 30);
        }
    }
}
