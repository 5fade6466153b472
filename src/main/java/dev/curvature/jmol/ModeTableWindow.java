package dev.curvature.jmol;

import dev.curvature.io.molden.MoldenNormalModeWriter;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSlider;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableColumn;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.datatransfer.StringSelection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.IntConsumer;

/**
 * A window listing the normal modes beside the results of the job; choosing a row (mouse or arrow
 * keys) animates that mode in Jmol. Imaginary modes (transition-state coordinates, or a geometry
 * that is not a minimum) are shown on a red background. Columns sort by value; headers are as wide
 * as their text. Below: animation controls and exports (CSV, Molden, PNG/GIF through Jmol).
 */
final class ModeTableWindow extends JFrame {
    static final Color IMAGINARY = new Color(255, 205, 205);
    private final JTable table;
    private final ModeTableModel model;
    private final ResultsPanel results;

    /** What the animation controls and image exports ask of the plugin. */
    interface Animation {
        void amplitude(double scale);
        void period(double seconds);
        void vectorScale(double scale);
        /** Writes what Jmol shows: PNG still or animated GIF of the vibrating mode. */
        void export(Path file) throws Exception;
    }

    ModeTableWindow(Window owner, ModeSet modes, FrequencyJob.Outcome outcome, IntConsumer onSelect, Animation animation,
                    ResultsPanel.Marks marks, ActionRunner.Feedback feedback) {
        super("Curvature: normal modes");
        model = new ModeTableModel(modes);
        table = new JTable(model);
        table.setName("curvatureModeTable");
        table.setAutoCreateRowSorter(true);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        DefaultTableCellRenderer renderer = new DefaultTableCellRenderer() {
            @Override public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus, int row, int column) {
                int mode = t.convertRowIndexToModel(row), c = t.convertColumnIndexToModel(column);
                Component comp = super.getTableCellRendererComponent(t, model.text(mode, c), selected, focus, row, column);
                if (!selected) comp.setBackground(modes.imaginary(mode) ? IMAGINARY : t.getBackground());
                setHorizontalAlignment(c == ModeTableModel.NUMBER || c == ModeTableModel.IRREP || c == ModeTableModel.ALLOWED ? CENTER : RIGHT);
                return comp;
            }
        };
        table.setDefaultRenderer(Object.class, renderer);
        table.setDefaultRenderer(Double.class, renderer);
        table.setDefaultRenderer(Integer.class, renderer);
        fitHeaders();
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && table.getSelectedRow() >= 0) onSelect.accept(table.convertRowIndexToModel(table.getSelectedRow()));
        });

        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 2));
        JButton copy = new JButton("Copy CSV");
        copy.addActionListener(e -> Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(model.csv()), null));
        JButton csv = new JButton("Export CSV…");
        csv.addActionListener(e -> save("Modes as CSV", "modes.csv", file ->
                dev.curvature.io.AtomicFile.write(file, model.csv().getBytes(StandardCharsets.UTF_8)), feedback));
        JButton molden = new JButton("Export Molden…");
        molden.addActionListener(e -> {
            if (outcome == null) return;
            save("Modes in Molden format", "modes.molden", file -> MoldenNormalModeWriter.write(outcome.result().modes(), file), feedback);
        });
        JButton image = new JButton("Image/GIF…");
        image.setToolTipText("PNG: what Jmol shows; GIF: the chosen mode vibrating (Jmol's own capture)");
        image.addActionListener(e -> save("Image (.png) or animation (.gif)", "mode.gif", animation::export, feedback));
        buttons.add(copy);
        buttons.add(csv);
        buttons.add(molden);
        buttons.add(image);

        JPanel sliders = new JPanel(new GridLayout(1, 3, 6, 0));
        sliders.add(slider("Amplitude", 5, 100, 30, v -> animation.amplitude(v / 100.0)));
        sliders.add(slider("Period (s)", 2, 40, 10, v -> animation.period(v / 10.0)));
        sliders.add(slider("Vector size", 2, 40, 12, v -> animation.vectorScale(v / 10.0)));

        JPanel south = new JPanel(new BorderLayout());
        south.add(sliders, BorderLayout.NORTH);
        south.add(buttons, BorderLayout.SOUTH);
        JPanel left = new JPanel(new BorderLayout());
        left.add(new JScrollPane(table), BorderLayout.CENTER);
        left.add(south, BorderLayout.SOUTH);
        results = new ResultsPanel(outcome, marks, feedback);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, results);
        split.setResizeWeight(0.68);
        getContentPane().add(split, BorderLayout.CENTER);
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        int tableWidth = Math.max(table.getPreferredSize().width + 30, 640);
        // beside Jmol rather than over it when the screen has room for a useful table (it scrolls sideways)
        java.awt.Rectangle screen = owner != null && owner.getGraphicsConfiguration() != null ? owner.getGraphicsConfiguration().getBounds() : null;
        int room = screen == null ? Integer.MAX_VALUE : screen.x + screen.width - (owner.getX() + owner.getWidth()) - 340;
        if (room >= 560) tableWidth = Math.min(tableWidth, room);
        split.setDividerLocation(tableWidth);
        setSize(tableWidth + 340, Math.max(460, Math.min(680, 260 + 18 * modes.count())));
        if (owner != null) placeOnScreen(this, owner.getX() + owner.getWidth(), owner.getY());
    }

    /** Puts a window at (x, y), moved left/up as far as needed to keep it whole on the screen. */
    static void placeOnScreen(Window w, int x, int y) {
        java.awt.Rectangle screen = w.getGraphicsConfiguration() != null ? w.getGraphicsConfiguration().getBounds()
                : new java.awt.Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
        w.setLocation(Math.max(screen.x, Math.min(x, screen.x + screen.width - w.getWidth())),
                Math.max(screen.y, Math.min(y, screen.y + screen.height - w.getHeight())));
    }

    /** Each column at least as wide as its header text (the Raman header was once cut off). */
    private void fitHeaders() {
        javax.swing.table.TableCellRenderer header = table.getTableHeader().getDefaultRenderer();
        table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        for (int c = 0; c < table.getColumnCount(); c++) {
            TableColumn column = table.getColumnModel().getColumn(c);
            int w = header.getTableCellRendererComponent(table, column.getHeaderValue(), false, false, -1, c).getPreferredSize().width;
            column.setMinWidth(w + 12);
            column.setPreferredWidth(Math.max(w + 12, c == 0 ? 36 : 70));
        }
    }

    private static JPanel slider(String label, int min, int max, int value, IntConsumer onChange) {
        JSlider s = new JSlider(min, max, value);
        s.setName("curvature" + label.replaceAll("[^A-Za-z]", ""));
        s.addChangeListener(e -> { if (!s.getValueIsAdjusting()) onChange.accept(s.getValue()); });
        JPanel p = new JPanel(new BorderLayout());
        p.add(new JLabel(label), BorderLayout.NORTH);
        p.add(s, BorderLayout.CENTER);
        p.setBorder(BorderFactory.createEmptyBorder(2, 4, 2, 4));
        return p;
    }

    private interface Writer { void write(Path file) throws Exception; }

    private void save(String title, String suggested, Writer writer, ActionRunner.Feedback feedback) {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle(title);
        chooser.setSelectedFile(new java.io.File(suggested));
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) return;
        try {
            writer.write(chooser.getSelectedFile().toPath());
        } catch (Exception ex) {
            feedback.error(title, ActionRunner.describe(ex));
        }
    }

    JTable table() { return table; }

    ModeTableModel model() { return model; }

    ResultsPanel results() { return results; }

    /** Selects a mode's row (wherever sorting put it) without re-running the listener's effect twice. */
    void select(int mode) {
        if (mode < 0 || mode >= model.getRowCount()) return;
        int row = table.convertRowIndexToView(mode);
        if (table.getSelectedRow() != row) {
            table.setRowSelectionInterval(row, row);
            table.scrollRectToVisible(table.getCellRect(row, 0, true));
        }
    }
}
