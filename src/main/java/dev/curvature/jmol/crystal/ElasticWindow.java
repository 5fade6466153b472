package dev.curvature.jmol.crystal;

import dev.curvature.elastic.BornStability;
import dev.curvature.elastic.ElasticTensor;
import dev.curvature.io.plots.YoungsModulusPlot;
import dev.curvature.periodic.Lattice;
import dev.curvature.structure.Structure;
import dev.curvature.workflow.ElasticAnalysis;
import org.knowm.xchart.XChartPanel;
import org.knowm.xchart.XYChart;

import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The elastic constants of a crystal: the relaxed- and clamped-ion 6×6 tensors (GPa, Voigt order
 * xx yy zz yz xz xy, engineering shear), Voigt/Reuss/Hill moduli, Young's modulus and Poisson
 * ratio, the Born stability verdict with its criteria, warnings, and the directional Young's
 * modulus in the xy, xz and yz planes (the CLI's {@code --plot}).
 */
final class ElasticWindow extends JFrame {
    static final String[] VOIGT = {"xx", "yy", "zz", "yz", "xz", "xy"};
    private final TensorModel relaxed, clamped;
    private final JTextArea summary;

    ElasticWindow(java.awt.Window owner, ElasticAnalysis.Outcome o, Path potential) {
        super("Curvature: elastic constants of " + o.structure().formula());
        setName("curvatureElasticWindow");
        ElasticTensor c = o.result().relaxed();
        relaxed = new TensorModel(c);
        clamped = new TensorModel(o.result().clamped());

        JPanel tables = new JPanel();
        tables.setLayout(new BoxLayout(tables, BoxLayout.Y_AXIS));
        tables.add(titled("Relaxed-ion C_ij (GPa; Voigt xx yy zz yz xz xy)", table(relaxed, "curvatureRelaxedTensor")));
        if (o.result().clamped() != null) tables.add(titled("Clamped-ion C_ij (GPa)", table(clamped, "curvatureClampedTensor")));
        summary = new JTextArea(summaryText(o, potential));
        summary.setName("curvatureElasticSummary");
        summary.setEditable(false);
        summary.setLineWrap(true);
        summary.setWrapStyleWord(true);
        summary.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 11));
        summary.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        if (!o.stability().stable() || !o.warnings().isEmpty()) summary.setBackground(new Color(255, 240, 220));
        JScrollPane summaryScroll = new JScrollPane(summary);
        summaryScroll.setPreferredSize(new Dimension(430, 250));
        JPanel left = new JPanel(new BorderLayout());
        left.add(tables, BorderLayout.NORTH);
        left.add(summaryScroll, BorderLayout.CENTER);

        XYChart chart = YoungsModulusPlot.of(c, o.structure().formula()).chart();
        XChartPanel<XYChart> plot = new XChartPanel<>(chart);
        plot.setName("curvatureYoungsPlot");
        JPanel plotBox = new JPanel(new BorderLayout()); // XChartPanel asks for the chart's own 700 px
        plotBox.add(plot, BorderLayout.CENTER);
        plotBox.setPreferredSize(new Dimension(390, 420));

        JButton copy = new JButton("Copy tensors");
        copy.addActionListener(e -> Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(copyText()), null));
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT));
        buttons.add(copy);
        buttons.add(new JLabel("Right-click the plot to save it (PNG, SVG…)."));

        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, plotBox);
        split.setResizeWeight(0.6);
        getContentPane().add(split, BorderLayout.CENTER);
        getContentPane().add(buttons, BorderLayout.SOUTH);
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        pack();
        setLocationRelativeTo(owner);
    }

    /** The relaxed-ion tensor as shown (GPa). */
    double[][] relaxedShown() { return relaxed.values(); }

    /** The clamped-ion tensor as shown (GPa). */
    double[][] clampedShown() { return clamped.values(); }

    /** A cell of a table as text, as the user sees it. */
    String relaxedText(int i, int j) { return format(relaxed.values()[i][j]); }

    String summary() { return summary.getText(); }

    /** Two decimals; |C| below the last digit shown is 0.00, never "-0.00". */
    static String format(double gpa) { return String.format(Locale.ROOT, "%.2f", Math.abs(gpa) < 0.005 ? 0.0 : gpa); }

    private static JPanel titled(String title, java.awt.Component c) {
        JPanel p = new JPanel(new BorderLayout());
        p.setBorder(BorderFactory.createTitledBorder(title));
        p.add(c, BorderLayout.CENTER);
        return p;
    }

    private static java.awt.Component table(TensorModel m, String name) {
        JTable t = new JTable(m);
        t.setName(name);
        t.setRowSelectionAllowed(false);
        DefaultTableCellRenderer right = new DefaultTableCellRenderer() {
            @Override protected void setValue(Object value) {
                setText(value instanceof Double d ? format(d) : String.valueOf(value));
                setHorizontalAlignment(value instanceof Double ? RIGHT : CENTER);
            }
        };
        t.setDefaultRenderer(Object.class, right);
        t.setDefaultRenderer(Double.class, right);
        t.setFont(t.getFont().deriveFont(11f));
        t.setRowHeight(16);
        for (int c = 0; c < 7; c++) t.getColumnModel().getColumn(c).setPreferredWidth(c == 0 ? 36 : 66);
        JPanel p = new JPanel(new BorderLayout());
        p.add(t.getTableHeader(), BorderLayout.NORTH);
        p.add(t, BorderLayout.CENTER);
        return p;
    }

    static String summaryText(ElasticAnalysis.Outcome o, Path potential) {
        Structure s = o.structure();
        ElasticTensor c = o.result().relaxed();
        BornStability b = o.stability();
        double[] p = new Lattice(s.cell()).parameters();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s, %d atoms in the cell, potential %s; ions relaxed, cell kept", s.formula(), s.atomCount(), potential.getFileName()));
        lines.add(String.format(Locale.ROOT, "a %.5f b %.5f c %.5f Å, α %.2f β %.2f γ %.2f°", p[0], p[1], p[2], p[3], p[4], p[5]));
        lines.add(String.format(Locale.ROOT, "energy %.6f eV/atom; %s", o.energyPerAtomEv(), o.result().method()));
        lines.add("");
        lines.add("GPa      Voigt    Reuss     Hill");
        lines.add(String.format(Locale.ROOT, "bulk  %8.2f %8.2f %8.2f", c.bulkVoigt(), c.bulkReuss(), c.bulkHill()));
        lines.add(String.format(Locale.ROOT, "shear %8.2f %8.2f %8.2f", c.shearVoigt(), c.shearReuss(), c.shearHill()));
        lines.add(String.format(Locale.ROOT, "Young's modulus %.2f GPa, Poisson ratio %.4f (Hill averages)", c.youngsModulus(), c.poissonRatio()));
        lines.add("");
        lines.add("Born stability (" + b.laueClass().label() + "): " + (b.stable() ? "STABLE" : "UNSTABLE"));
        for (String k : b.criteria()) lines.add("  " + k);
        for (String w : o.warnings()) lines.add("warning: " + w);
        lines.add("");
        lines.add("Stress positive under tension (as ASE); C_ij: second strain derivatives of the energy per volume.");
        return String.join("\n", lines);
    }

    private String copyText() {
        StringBuilder sb = new StringBuilder("relaxed-ion C_ij (GPa)\t" + String.join("\t", VOIGT) + "\n");
        append(sb, relaxed.values());
        if (clamped.values() != null) {
            sb.append("clamped-ion C_ij (GPa)\n");
            append(sb, clamped.values());
        }
        return sb.append('\n').append(summary.getText()).toString();
    }

    private static void append(StringBuilder sb, double[][] m) {
        for (int i = 0; i < 6; i++) {
            sb.append(VOIGT[i]);
            for (int j = 0; j < 6; j++) sb.append('\t').append(String.format(Locale.ROOT, "%.4f", m[i][j]));
            sb.append('\n');
        }
    }

    /** A 6×6 tensor with the Voigt labels as the first column. */
    static final class TensorModel extends AbstractTableModel {
        private final double[][] c;

        TensorModel(ElasticTensor t) { this.c = t == null ? null : t.matrix(); }

        double[][] values() { return c; }

        @Override public int getRowCount() { return c == null ? 0 : 6; }
        @Override public int getColumnCount() { return 7; }
        @Override public String getColumnName(int col) { return col == 0 ? "" : VOIGT[col - 1]; }
        @Override public Class<?> getColumnClass(int col) { return col == 0 ? String.class : Double.class; }
        @Override public Object getValueAt(int row, int col) { return col == 0 ? VOIGT[row] : c[row][col - 1]; }
    }
}
