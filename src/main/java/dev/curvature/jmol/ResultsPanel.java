package dev.curvature.jmol;

import dev.curvature.optimize.OptimizationResult;
import dev.curvature.symmetry.ModeSymmetry;
import dev.curvature.thermo.ThermoConditions;
import dev.curvature.thermo.ThermoResult;
import dev.curvature.units.Units;
import dev.curvature.workflow.Barrier;
import dev.curvature.workflow.FrequencyAnalysis;

import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import java.awt.FlowLayout;
import java.awt.Font;
import java.util.Locale;

/**
 * The results beside the mode table: energy and model, point group, stationary-point class,
 * convergence; ZPE, U, H, S, G, Cv at a temperature and pressure the user edits (the CLI's
 * thermochemistry, recomputed); and the barrier between two results the user marks.
 */
final class ResultsPanel extends JPanel {
    /** Two results marked across frequency runs (A: e.g. the minimum, B: e.g. the transition state). */
    static final class Marks {
        volatile FrequencyAnalysis.Result a, b;
    }

    private final FrequencyJob.Outcome outcome;
    private final Marks marks;
    private final JTextField temperature = new JTextField("298.15", 6), pressure = new JTextField("1", 5);
    private final JTextArea text = new JTextArea();

    ResultsPanel(FrequencyJob.Outcome outcome, Marks marks, ActionRunner.Feedback feedback) {
        this.outcome = outcome;
        this.marks = marks;
        setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
        setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        text.setName("curvatureResults");
        text.setEditable(false);
        text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
        text.setOpaque(false);
        text.setLineWrap(true); // long lines (Γvib of a big molecule) wrap rather than being cut off
        text.setWrapStyleWord(true);
        JPanel conditions = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        conditions.add(new JLabel("T (K)"));
        conditions.add(temperature);
        conditions.add(new JLabel("P (atm)"));
        conditions.add(pressure);
        temperature.setName("curvatureTemperature");
        pressure.setName("curvaturePressure");
        temperature.addActionListener(e -> refresh(feedback));
        pressure.addActionListener(e -> refresh(feedback));
        JPanel markButtons = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        JButton markA = new JButton("Mark as A"), markB = new JButton("Mark as B");
        markA.setToolTipText("e.g. the minimum; the barrier is B − A");
        markB.setToolTipText("e.g. the transition state; the barrier is B − A");
        markA.addActionListener(e -> { marks.a = outcome == null ? null : outcome.result(); refresh(feedback); });
        markB.addActionListener(e -> { marks.b = outcome == null ? null : outcome.result(); refresh(feedback); });
        markButtons.add(markA);
        markButtons.add(markB);
        conditions.setAlignmentX(LEFT_ALIGNMENT);
        markButtons.setAlignmentX(LEFT_ALIGNMENT);
        javax.swing.JScrollPane scroll = new javax.swing.JScrollPane(text, javax.swing.JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                javax.swing.JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.setOpaque(false);
        scroll.getViewport().setOpaque(false);
        scroll.setAlignmentX(LEFT_ALIGNMENT);
        add(conditions);
        add(scroll);
        add(markButtons);
        refresh(feedback);
    }

    /** The conditions typed in; the last good ones if a field does not parse. */
    ThermoConditions conditions() {
        double t = Double.parseDouble(temperature.getText().trim());
        double p = Double.parseDouble(pressure.getText().trim());
        return ThermoConditions.STANDARD.withTemperature(t).withPressure(p * Units.PASCAL_PER_ATM);
    }

    void setConditions(double kelvin, double atm) {
        temperature.setText(Double.toString(kelvin));
        pressure.setText(Double.toString(atm));
        refresh(null);
    }

    String text() { return text.getText(); }

    private void refresh(ActionRunner.Feedback feedback) {
        if (outcome == null) { text.setText("No results."); return; }
        ThermoConditions c;
        try {
            c = conditions();
        } catch (RuntimeException e) {
            if (feedback != null) feedback.error("Thermochemistry", "Temperature and pressure must be positive numbers: " + ActionRunner.describe(e));
            return;
        }
        text.setText(describe(outcome, c, marks));
    }

    /** The panel's text (also what tests read). */
    static String describe(FrequencyJob.Outcome outcome, ThermoConditions c, Marks marks) {
        FrequencyAnalysis.Result r = outcome.result();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Model       %s%n", r.modelName()));
        b.append(String.format(Locale.ROOT, "Energy      %.4f %s%n", r.energyKcalPerMol(),
                outcome.binding() == null ? "kcal/mol" : outcome.binding().potential().units().energyUnit()));
        b.append(String.format(Locale.ROOT, "Point group %s (σ = %d)%n", r.pointGroup().schoenflies(), r.thermo().symmetryNumber()));
        b.append(String.format(Locale.ROOT, "Stationary  %s%n", r.modes().classification()));
        OptimizationResult o = r.optimization();
        b.append(o == null ? "Optimized   no (input geometry)\n" : String.format(Locale.ROOT, "Optimized   %s, %s, %d it., max force %.1e%n",
                o.method(), o.converged() ? "converged" : "NOT converged", o.iterations(), o.maxForce()));
        b.append(String.format(Locale.ROOT, "Intensities %s%n", outcome.intensities() == null ? "none" : outcome.intensities().infrared().chargeModelName()));
        ModeSymmetry sym = outcome.symmetry();
        if (sym != null && sym.available()) {
            b.append(String.format(Locale.ROOT, "Γvib (%s)  %s%n", sym.labelGroup(), sym.vibrationalRepresentation()));
            b.append(String.format(Locale.ROOT, "Selection rules %s%n", sym.selectionRules()));
            if (!sym.note().isEmpty()) b.append('(').append(sym.note()).append(")\n");
        } else if (sym != null && r.modes().modeCount() > 0) b.append("No mode symmetry: ").append(sym.note()).append('\n');
        ThermoResult t = Barrier.thermo(r, c);
        b.append(String.format(Locale.ROOT, "%nAt %.2f K, %.4g atm (RRHO, ideal gas)%n", c.temperatureK(), c.pressurePa() / Units.PASCAL_PER_ATM));
        b.append(String.format(Locale.ROOT, "ZPE         %.3f kcal/mol%n", t.zeroPointEnergyKcalPerMol()));
        b.append(String.format(Locale.ROOT, "U − E       %.3f kcal/mol%n", t.thermalEnergyKcalPerMol()));
        b.append(String.format(Locale.ROOT, "H − E       %.3f kcal/mol%n", t.enthalpyKcalPerMol()));
        b.append(String.format(Locale.ROOT, "S           %.3f cal/mol/K%n", t.entropyCalPerMolK()));
        b.append(String.format(Locale.ROOT, "G − E       %.3f kcal/mol%n", t.gibbsEnergyKcalPerMol()));
        b.append(String.format(Locale.ROOT, "Cv          %.3f cal/mol/K%n", t.cvCalPerMolK()));
        if (t.excludedModeCount() > 0)
            b.append(String.format(Locale.ROOT, "(%d imaginary mode%s left out)%n", t.excludedModeCount(), t.excludedModeCount() == 1 ? "" : "s"));
        b.append('\n');
        if (marks.a == null || marks.b == null) b.append("Barrier: mark two results (A, B)\n");
        else {
            try {
                Barrier br = Barrier.between(marks.a, marks.b, c);
                b.append(String.format(Locale.ROOT, "Barrier B − A (kcal/mol)%n  ΔE %.3f%n  ΔE+ZPE %.3f%n  ΔH %.3f%n  ΔG %.3f%n",
                        br.electronicKcalPerMol(), br.zpeCorrectedKcalPerMol(), br.enthalpyKcalPerMol(), br.gibbsKcalPerMol()));
            } catch (IllegalArgumentException e) {
                b.append("Barrier: ").append(e.getMessage()).append('\n');
            }
        }
        return b.toString();
    }
}
