package dev.curvature.jmol;

import dev.curvature.registry.EnergyModels;
import dev.curvature.structure.Structure;
import dev.curvature.workflow.ChargeAnalysis;
import org.jmol.viewer.Viewer;
import org.openscience.jmol.app.Jmol;

import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.SwingUtilities;
import java.io.File;
import java.util.concurrent.atomic.AtomicReference;

import static dev.curvature.jmol.GuiSteps.*;

/**
 * The Settings dialog in the real Jmol window (own JVM with a display; SettingsGuiTest starts it):
 * Curvature → Settings…, the energy model changed to gfn2 in the dialog's list, OK; then the next
 * jobs (Color by charge (energy model), Frequency analysis) use GFN2-xTB; the dialog opened again
 * shows the choice, and Cancel keeps it. Prints KEY=value lines. Arguments: a molecule file, the
 * output directory.
 */
public final class SettingsScenario {
    public static void main(String[] args) {
        GuiSteps.runScenario(() -> run(args));
    }

    private static void run(String[] args) throws Exception {
        Jmol jmol = CurvatureJmol.launch(new String[] {"-g", "640x520", new File(args[0]).getPath()});
        Viewer vwr = jmol.vwr;
        waitFor(() -> vwr.ms != null && vwr.ms.ac == 3 && jmol.frame.isShowing() && CurvatureSession.of(vwr) != null, 30_000, "water in the Jmol window");
        CurvatureActions actions = CurvatureSession.of(vwr).actions();
        System.out.println("MODEL_BEFORE=" + actions.settings().modelId());

        menu(jmol.frame, "Settings…");
        waitFor(() -> dialog("Curvature: settings") != null, 10_000, "the settings dialog");
        JDialog d = dialog("Curvature: settings");
        @SuppressWarnings("unchecked")
        JComboBox<String> model = find(d, JComboBox.class, "curvatureModel");
        AtomicReference<String> chosen = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            for (int i = 0; i < model.getItemCount(); i++)
                if (model.getItemAt(i).startsWith("gfn2 ")) { model.setSelectedIndex(i); chosen.set(model.getItemAt(i)); }
        });
        System.out.println("CHOSEN_ITEM=" + chosen.get());
        press(button(d, "OK"));
        waitFor(() -> dialog("Curvature: settings") == null, 10_000, "the settings dialog to close");
        // the settings are stored on the event thread after the modal dialog returns: let that run
        waitFor(() -> !"auto".equals(actions.settings().modelId()), 5_000, "the chosen model to be stored");
        System.out.println("MODEL_AFTER=" + actions.settings().modelId());

        // the next job: colours by GFN2-xTB's own charges
        menu(jmol.frame, "Color by charge (energy model)");
        waitFor(() -> !runner(vwr).isBusy() && vwr.ms.at[0].getPartialCharge() != 0, 60_000, "the charges");
        Structure water = JmolModelReader.readCurrent(vwr, false).structure();
        double[] gfn2 = ChargeAnalysis.fromModel(EnergyModels.registry().bind("gfn2", water).potential(), water).charges();
        double worst = 0;
        for (int i = 0; i < 3; i++) worst = Math.max(worst, Math.abs(gfn2[i] - vwr.ms.at[i].getPartialCharge()));
        System.out.println("CHARGES_DIFFER_FROM_GFN2=" + worst);
        vwr.scriptWait("delay 0.05");
        org.jmol.shape.Echo echo = (org.jmol.shape.Echo) vwr.shm.getShape(org.jmol.viewer.JC.SHAPE_ECHO);
        String legend = "none";
        if (echo != null) for (java.util.Map.Entry<String, org.jmol.modelset.Text> e : echo.objects.entrySet())
            if (e.getKey().equalsIgnoreCase("curvatureLegend")) legend = e.getValue().text;
        System.out.println("LEGEND=" + legend);

        // and the frequency job runs on GFN2-xTB
        menu(jmol.frame, "Frequency analysis");
        waitFor(() -> actions.modes() != null && !runner(vwr).isBusy(), 120_000, "the modes");
        System.out.println("MODES_SUMMARY=" + actions.modes().summary().replace('\n', '|'));

        // the dialog again: it shows the choice; Cancel keeps it
        menu(jmol.frame, "Settings…");
        waitFor(() -> dialog("Curvature: settings") != null, 10_000, "the settings dialog again");
        JDialog again = dialog("Curvature: settings");
        JComboBox<?> box = find(again, JComboBox.class, "curvatureModel");
        AtomicReference<Object> shown = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> shown.set(box.getSelectedItem()));
        System.out.println("SHOWN_AGAIN=" + shown.get());
        AbstractButton cancel = button(again, "Cancel");
        press(cancel);
        waitFor(() -> dialog("Curvature: settings") == null, 10_000, "the settings dialog to close again");
        System.out.println("MODEL_AFTER_CANCEL=" + actions.settings().modelId());
        System.out.println("DONE=1");
    }
}
