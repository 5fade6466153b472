package dev.curvature.jmol.crystal;

import dev.curvature.io.plots.DispersionPlot;
import dev.curvature.phonon.PhononMesh;
import dev.curvature.phonon.PhononUnits;
import dev.curvature.workflow.PhononAnalysis;
import org.knowm.xchart.XChartPanel;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * Γ-point phonons of a crystal: the 3N modes (THz and cm⁻¹, imaginary as "i"); choosing a row
 * animates the mode on the cell in Jmol. Beside them the dispersion along the standard path and
 * the density of states (when the lattice is one the workflow recognises), and the harmonic
 * free energy, entropy and heat capacity at 300 K.
 */
final class PhononWindow extends JFrame {
    static final Color IMAGINARY = new Color(255, 205, 205);
    private final JTable table;
    private final ModeModel model;
    private final JTextArea summary;

    PhononWindow(java.awt.Window owner, PhononAnalysis.Outcome o, JmolCrystal crystal, Path potential, IntConsumer onSelect) {
        super("Curvature: phonons of " + o.structure().formula());
        setName("curvaturePhononWindow");
        model = new ModeModel(o.gamma().frequenciesThz());
        table = new JTable(model);
        table.setName("curvaturePhononTable");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setDefaultRenderer(Object.class, new javax.swing.table.DefaultTableCellRenderer() {
            @Override public java.awt.Component getTableCellRendererComponent(JTable t, Object v, boolean sel, boolean focus, int row, int col) {
                java.awt.Component c = super.getTableCellRendererComponent(t, v, sel, focus, row, col);
                if (!sel) c.setBackground(model.f[row] < -0.01 ? IMAGINARY : t.getBackground());
                setHorizontalAlignment(col == 0 ? CENTER : RIGHT);
                return c;
            }
        });
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && table.getSelectedRow() >= 0) onSelect.accept(table.getSelectedRow());
        });
        summary = new JTextArea(summaryText(o, crystal, potential));
        summary.setName("curvaturePhononSummary");
        summary.setEditable(false);
        summary.setLineWrap(true);
        summary.setWrapStyleWord(true);
        summary.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
        summary.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        JPanel left = new JPanel(new BorderLayout());
        JScrollPane tableScroll = new JScrollPane(table);
        tableScroll.setPreferredSize(new Dimension(270, 280));
        left.add(tableScroll, BorderLayout.CENTER);
        JScrollPane summaryScroll = new JScrollPane(summary);
        summaryScroll.setPreferredSize(new Dimension(270, 220));
        left.add(summaryScroll, BorderLayout.SOUTH);

        java.awt.Component right;
        if (o.dispersion() != null) {
            JTabbedPane tabs = new JTabbedPane();
            XChartPanel<XYChart> bands = new XChartPanel<>(DispersionPlot.of(o.dispersion(), o.structure().formula() + " (" + o.lattice() + ")").chart());
            bands.setName("curvatureDispersionPlot");
            tabs.addTab("Dispersion", bands);
            tabs.addTab("Density of states", new XChartPanel<>(dosChart(o.mesh())));
            tabs.setPreferredSize(new Dimension(540, 500));
            right = tabs;
        } else {
            JTextArea none = new JTextArea("No dispersion: the automatic path knows cubic sc, fcc and bcc lattices only. "
                    + "For other lattices give the path to the CLI: curvature phonons FILE --potential P --path 'G=0,0,0;X=0.5,0,0.5;…'");
            none.setLineWrap(true);
            none.setWrapStyleWord(true);
            none.setEditable(false);
            none.setPreferredSize(new Dimension(400, 120));
            right = none;
        }
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, right);
        getContentPane().add(split, BorderLayout.CENTER);
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        pack();
        setLocationRelativeTo(owner);
    }

    /** Selects a mode's row (when it was chosen elsewhere). */
    void select(int mode) {
        if (mode >= 0 && mode < model.getRowCount() && table.getSelectedRow() != mode) {
            table.getSelectionModel().setSelectionInterval(mode, mode);
            table.scrollRectToVisible(table.getCellRect(mode, 0, true));
        }
    }

    int selectedMode() { return table.getSelectedRow(); }

    int rows() { return model.getRowCount(); }

    String summary() { return summary.getText(); }

    static XYChart dosChart(PhononMesh mesh) {
        double top = 1.05 * mesh.maximumThz();
        int n = 400;
        double[] grid = new double[n];
        for (int k = 0; k < n; k++) grid[k] = top * k / (n - 1);
        double[] dos = mesh.dos(grid, top / 100);
        XYChart chart = new XYChartBuilder().width(620).height(460).title("Phonon density of states").xAxisTitle("frequency (THz)")
                .yAxisTitle("states per THz per cell").build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        chart.addSeries("DOS", grid, dos).setMarker(SeriesMarkers.NONE).setLineColor(new Color(0, 70, 160));
        return chart;
    }

    static String summaryText(PhononAnalysis.Outcome o, JmolCrystal crystal, Path potential) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s, %d atoms in the cell, potential %s; ions relaxed, cell kept.", o.structure().formula(),
                o.structure().atomCount(), potential.getFileName()));
        lines.add("Γ point: 3 translations projected out (exactly 0). Choose a row to animate it in Jmol.");
        if (o.dispersion() != null)
            lines.add(String.format(Locale.ROOT, "Dispersion: %s lattice, force constants from a %d×%d×%d supercell of the primitive cell.",
                    o.lattice(), o.supercell(), o.supercell(), o.supercell()));
        for (PhononMesh.Thermo t : o.thermo())
            if (t.kelvin() == 300)
                lines.add(String.format(Locale.ROOT, "At 300 K per cell: F %.4f eV, S %.4e eV/K, Cv %.4e eV/K; zero-point %.4f eV (harmonic, %d³ mesh).",
                        t.freeEnergyEv(), t.entropyEvPerK(), t.heatCapacityEvPerK(), t.zeroPointEv(), o.mesh().mesh()));
        int shown = crystal.cellAtomsShown();
        if (shown < o.structure().atomCount())
            lines.add(String.format(Locale.ROOT, "Jmol draws copies of %d of the cell's %d atoms (a plain load shows the asymmetric unit): "
                    + "load the file with {1 1 1} or packed to see every atom move.", shown, o.structure().atomCount()));
        for (String w : o.warnings()) lines.add("warning: " + w);
        return String.join("\n", lines);
    }

    /** Mode number, THz, cm⁻¹. */
    static final class ModeModel extends AbstractTableModel {
        final double[] f;

        ModeModel(double[] thz) { this.f = thz.clone(); }

        @Override public int getRowCount() { return f.length; }
        @Override public int getColumnCount() { return 3; }
        @Override public String getColumnName(int c) { return c == 0 ? "Mode" : c == 1 ? "THz" : "cm⁻¹"; }
        @Override public Object getValueAt(int row, int c) {
            if (c == 0) return row + 1;
            double v = c == 1 ? f[row] : f[row] * PhononUnits.CM1_PER_THZ;
            return v < 0 ? String.format(Locale.ROOT, c == 1 ? "%.3fi" : "%.1fi", -v) : String.format(Locale.ROOT, c == 1 ? "%.3f" : "%.1f", v);
        }
    }
}
