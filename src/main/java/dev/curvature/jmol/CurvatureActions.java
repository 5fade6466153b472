package dev.curvature.jmol;

import dev.curvature.model.ModelRegistry;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.optimize.OptimizationObserver;
import dev.curvature.optimize.OptimizationOptions;
import dev.curvature.optimize.OptimizationResult;
import dev.curvature.optimize.StopReason;
import dev.curvature.registry.EnergyModels;
import dev.curvature.spectrum.VibrationalIntensities;
import dev.curvature.structure.Structure;
import dev.curvature.vibration.NormalModes;
import dev.curvature.workflow.ChargeAnalysis;
import dev.curvature.workflow.FrequencyAnalysis;
import dev.curvature.workflow.GeometryOptimization;
import dev.curvature.workflow.IntensityAnalysis;
import org.jmol.viewer.Viewer;

import dev.curvature.io.jcamp.JcampDxWriter;
import dev.curvature.spectrum.BroadeningOptions;
import dev.curvature.spectrum.Spectrum;
import dev.curvature.spectrum.SpectrumKind;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.awt.Window;
import java.util.Locale;

/**
 * The plugin's actions, by the id plugin.xml gives them: each reads the current model, runs the
 * engine through an {@link ActionRunner} and writes the result back onto the same Jmol atoms.
 * Holds what must outlive one action: the normal modes on display and the coordinates before the
 * last geometry change (for Revert).
 */
public final class CurvatureActions implements ServiceBridge.ActionHandler {
    /** Larger models are refused: the dense Hessian (3N)² alone would be 1.8 GB at 5000 atoms. */
    public static final int MAX_ATOMS = 5000;
    /** Dipoles and polarizabilities for intensities: the CLI's default, and the one model giving both IR and Raman. */
    static final String INTENSITY_MODEL = "qeq";
    /** The atom moving most in a displayed mode moves this far (Å) before Jmol's scales. */
    static final double MODE_MAX_ATOM_ANGSTROM = 1.0;

    private final Viewer vwr;
    private final PluginManifest manifest;
    private final ActionRunner runner;
    private final Window owner;
    private final boolean windows;
    private final ModelRegistry models = EnergyModels.registry();

    private volatile ModeSet modes;
    private volatile Object modesModelSet;
    private volatile int modeOnDisplay = -1;
    private volatile Snapshot beforeLastChange;
    private ModeTableWindow modeWindow;
    private Path spectrumDir;
    private volatile Path lastSpectrumFile;
    private final AtomicInteger spectrumCount = new AtomicInteger();

    /** Coordinates of the model's atoms before a change the plugin made. */
    record Snapshot(JmolModel model, Object modelSet, double[] positionsAngstrom, String what) {}

    /**
     * @param owner parent of the plugin's windows (Jmol's frame), or null
     */
    public CurvatureActions(Viewer vwr, PluginManifest manifest, ActionRunner runner, Window owner) {
        this.vwr = vwr;
        this.manifest = manifest;
        this.runner = runner;
        this.owner = owner;
        this.windows = !GraphicsEnvironment.isHeadless();
    }

    public ModeSet modes() { return modes; }

    public int modeOnDisplay() { return modeOnDisplay; }

    ModeTableWindow modeWindow() { return modeWindow; }

    ActionRunner runner() { return runner; }

    @Override
    public String start(String actionId) {
        PluginManifest.Action action;
        try {
            action = manifest.action(actionId);
        } catch (IllegalArgumentException e) {
            runner.feedback().error("Curvature", e.getMessage());
            return "error: " + e.getMessage();
        }
        switch (action.operation()) {
            case "optimize": return optimize(action);
            case "freq": return frequencies(action, false);
            case "ts": return frequencies(action, true);
            case "charges": return charges(action);
            case "response": return response(action);
            case "spectrum": return spectrum(action);
            case "revert": return revert(action);
            case "clear": return clear();
            default: throw new IllegalStateException("operation " + action.operation());
        }
    }

    // ---- reading the model --------------------------------------------------------------------

    /** The current model, or a refusal the runner shows as it is (nothing is changed). */
    private JmolModel current() throws ActionRunner.RefusedException {
        JmolModel m;
        try {
            m = JmolModelReader.readCurrent(vwr, false);
        } catch (JmolModelReader.NoModelException e) {
            throw new ActionRunner.RefusedException(e.getMessage());
        }
        int n = m.structure().atomCount();
        if (n > MAX_ATOMS)
            throw new ActionRunner.RefusedException(String.format(Locale.ROOT,
                    "The model has %d atoms; Curvature works on models of up to %d atoms.", n, MAX_ATOMS));
        return m;
    }

    /** Reads the model on the calling thread (Jmol's script thread or the event thread). */
    private <T> String run(PluginManifest.Action action, ModelJob<T> job, java.util.function.Consumer<T> apply) {
        JmolModel model;
        try {
            model = current();
        } catch (ActionRunner.RefusedException e) {
            runner.feedback().error(action.label(), e.getMessage());
            return "refused: " + e.getMessage();
        }
        Object modelSet = vwr.ms;
        return runner.submit(action.label(), progress -> job.compute(model, progress), result -> {
            if (!stillLoaded(modelSet, model)) {
                runner.feedback().error(action.label(), "The molecule changed in Jmol while Curvature was working; nothing was applied.");
                return;
            }
            apply.accept(result);
        });
    }

    /** Whether the atoms a result belongs to are still the model's atoms (no new file, no edits). */
    private boolean stillLoaded(Object modelSet, JmolModel model) {
        return vwr.ms == modelSet && model.modelIndex() < vwr.ms.mc
                && vwr.getModelUndeletedAtomsBitSet(model.modelIndex()).equals(model.bitSet());
    }

    @FunctionalInterface
    private interface ModelJob<T> {
        T compute(JmolModel model, ActionRunner.Progress progress) throws Exception;
    }

    private static OptimizationObserver observer(ActionRunner.Progress progress, String what) {
        return p -> {
            progress.status(String.format(Locale.ROOT, "%s: step %d, E = %.4f kcal/mol, max force %.2e",
                    what, p.iteration(), p.energyKcalPerMol(), p.maxForce()));
            return !progress.cancelled();
        };
    }

    private ModelRegistry.Binding bind(Structure s) throws ActionRunner.RefusedException {
        try {
            return models.bind(ModelRegistry.AUTO, s);
        } catch (dev.curvature.model.UnsupportedStructureException e) {
            throw new ActionRunner.RefusedException("No force field can describe this molecule: " + e.getMessage());
        }
    }

    // ---- optimize -----------------------------------------------------------------------------

    record Optimized(JmolModel model, String modelName, double startEnergy, OptimizationResult result) {}

    private String optimize(PluginManifest.Action action) {
        return run(action, (model, progress) -> {
            ModelRegistry.Binding b = bind(model.structure());
            double e0 = b.potential().evaluate(model.structure().positions(), null, null);
            OptimizationResult r = GeometryOptimization.run(b.potential(), model.structure(), OptimizationOptions.defaults(),
                    false, observer(progress, b.model().name()));
            if (r.stopReason() == StopReason.CANCELLED) throw new ActionRunner.CancelledException();
            return new Optimized(model, b.model().name(), e0, r);
        }, o -> {
            replaceCoordinates(o.model(), o.result().positionsAngstrom(), "optimization");
            echo(String.format(Locale.ROOT, "%s: E %.3f → %.3f kcal/mol%s", o.modelName(), o.startEnergy(),
                    o.result().energyKcalPerMol(), o.result().converged() ? "" : " (not converged: " + o.result().stopReason() + ")"));
        });
    }

    /** Writes new coordinates and remembers the old ones for Revert; old modes no longer apply. */
    private void replaceCoordinates(JmolModel model, double[] positions, String what) {
        beforeLastChange = new Snapshot(model, vwr.ms, JmolModelReader.positionsOf(vwr, model), what);
        if (modes != null && modes.model().modelIndex() == model.modelIndex()) forgetModes();
        JmolModelWriter.setCoordinates(vwr, model, positions);
    }

    private String revert(PluginManifest.Action action) {
        Snapshot s = beforeLastChange;
        if (s == null || !stillLoaded(s.modelSet(), s.model())) {
            runner.feedback().info(action.label(), "Nothing to revert: Curvature has not changed this model's coordinates.");
            return "nothing";
        }
        forgetModes();
        JmolModelWriter.setCoordinates(vwr, s.model(), s.positionsAngstrom());
        beforeLastChange = null;
        script("vibration off; vector off");
        echo("Reverted the " + s.what());
        return "reverted";
    }

    // ---- frequencies and transition states ------------------------------------------------------

    /** The modes, their intensities (null if the charge model cannot describe the molecule, then {@code why}). */
    record Frequencies(JmolModel model, FrequencyAnalysis.Result result, VibrationalIntensities intensities, String why) {}

    private String frequencies(PluginManifest.Action action, boolean transitionState) {
        return run(action, (model, progress) -> {
            ModelRegistry.Binding b = bind(model.structure());
            FrequencyAnalysis.Options options = FrequencyAnalysis.Options.defaults().withTransitionState(transitionState);
            FrequencyAnalysis.Result r = FrequencyAnalysis.run(b.potential(), model.structure(), options,
                    observer(progress, b.model().name()));
            if (r.optimization() != null && r.optimization().stopReason() == StopReason.CANCELLED)
                throw new ActionRunner.CancelledException();
            progress.status("Harmonic analysis…");
            r.modes().frequenciesCm1(); // the eigen-decomposition is lazy: do it here, off the event thread
            if (progress.cancelled()) throw new ActionRunner.CancelledException();
            VibrationalIntensities vi = null;
            String why = null;
            if (r.modes().modeCount() > 0) {
                progress.status("IR intensities and Raman activities (" + INTENSITY_MODEL + ")…");
                try {
                    vi = IntensityAnalysis.run(r.modes(), INTENSITY_MODEL, true);
                } catch (UnsupportedStructureException e) {
                    why = e.getMessage(); // frequencies stand without intensities, as in the CLI
                }
                if (progress.cancelled()) throw new ActionRunner.CancelledException();
            }
            return new Frequencies(model, r, vi, why);
        }, f -> applyFrequencies(f, transitionState));
    }

    private void applyFrequencies(Frequencies f, boolean transitionState) {
        FrequencyAnalysis.Result r = f.result();
        if (r.optimization() != null) replaceCoordinates(f.model(), r.structure().positions(),
                transitionState ? "transition-state search" : "optimization before the frequency analysis");
        NormalModes nm = r.modes();
        int count = nm.modeCount();
        double[][] disp = new double[count][];
        for (int k = 0; k < count; k++) disp[k] = nm.displacement(k);
        String summary = String.format(Locale.ROOT, "%s, E = %.4f kcal/mol, point group %s, %s%s",
                r.modelName(), r.energyKcalPerMol(), r.pointGroup().schoenflies(), nm.classification(),
                r.converged() ? "" : " — optimization did not converge (" + r.optimization().stopReason() + ")");
        modes = new ModeSet(f.model(), nm.frequenciesCm1(), disp, f.intensities(), summary);
        modesModelSet = vwr.ms;
        showMode(0); // ascending order: an imaginary mode, if there is one, is what a user checks first
        echo(summary);
        if (windows) openModeWindow();
        if (f.intensities() == null && count > 0)
            runner.feedback().info("Frequency analysis", "No IR intensities or Raman activities: " + f.why());
        if (transitionState && nm.significantImaginaryModeCount(NormalModes.DEFAULT_IMAGINARY_NOISE_CM1) != 1)
            runner.feedback().info("Find transition state",
                    "The search ended at a point with " + nm.significantImaginaryModeCount(NormalModes.DEFAULT_IMAGINARY_NOISE_CM1)
                            + " imaginary modes, not a first-order saddle point: " + summary);
    }

    /** Puts a mode's vectors on the model and lets Jmol animate it. */
    public void showMode(int mode) {
        ModeSet m = modes;
        if (m == null || mode < 0 || mode >= m.count()) return;
        if (!stillLoaded(modesModelSet, m.model())) {
            runner.feedback().info("Normal modes", "These modes belong to a molecule that is no longer loaded; run Frequency analysis again.");
            forgetModes();
            return;
        }
        JmolModelWriter.setVibration(vwr, m.model(), m.displayVectors(mode, MODE_MAX_ATOM_ANGSTROM));
        modeOnDisplay = mode;
        script("frame " + vwr.getModelNumberDotted(m.model().modelIndex())
                + "; vibration on; vibration scale 0.3; vector on; vector scale 1.2; vector 0.06; color vectors gold");
        if (modeWindow != null && modeWindow.table().getSelectedRow() != mode) modeWindow.select(mode);
    }

    private void openModeWindow() {
        if (modeWindow != null) modeWindow.dispose();
        modeWindow = new ModeTableWindow(owner, modes, this::showMode);
        modeWindow.setVisible(true);
        modeWindow.select(modeOnDisplay);
    }

    /** Shows the mode window again (the plugin's entry in Jmol's Plugins menu). */
    public void showModeWindow() {
        if (modes != null && windows) javax.swing.SwingUtilities.invokeLater(() -> {
            if (modeWindow == null || !modeWindow.isDisplayable()) openModeWindow();
            else modeWindow.toFront();
        });
    }

    private void forgetModes() {
        modes = null;
        modeOnDisplay = -1;
        if (modeWindow != null) {
            modeWindow.dispose();
            modeWindow = null;
        }
    }

    // ---- charges ------------------------------------------------------------------------------

    record Charges(JmolModel model, String label, double[] values) {}

    /** The charge job; a method that cannot describe the molecule refuses with its reason. */
    private static ChargeAnalysis.Result chargesOf(Structure s, String method) throws ActionRunner.RefusedException {
        try {
            return ChargeAnalysis.run(s, method);
        } catch (UnsupportedStructureException e) {
            throw new ActionRunner.RefusedException(method.toUpperCase(Locale.ROOT) + " cannot describe this molecule: " + e.getMessage());
        }
    }

    private String charges(PluginManifest.Action action) {
        String method = action.method().isEmpty() ? "qeq" : action.method();
        return run(action, (model, progress) -> new Charges(model, method.toUpperCase(Locale.ROOT),
                chargesOf(model.structure(), method).charges()), c -> {
            JmolModelWriter.setPartialCharges(vwr, c.model(), c.values());
            double a = 0;
            for (double q : c.values()) a = Math.max(a, Math.abs(q));
            a = a == 0 ? 0.1 : a;
            script(String.format(Locale.ROOT, "select %s; color atoms property partialCharge \"rwb\" range %.4f %.4f; select none",
                    modelAtoms(c.model()), -a, a));
            legend(String.format(Locale.ROOT, "%s charges (e): red %.2f · white 0 · blue +%.2f", c.label(), -a, a));
        });
    }

    private String response(PluginManifest.Action action) {
        String method = action.method().isEmpty() ? "qeq" : action.method();
        return run(action, (model, progress) -> {
            ChargeAnalysis.Result q = chargesOf(model.structure(), "eem".equals(method) ? "eem" : "qeq");
            return new Charges(model, method.toUpperCase(Locale.ROOT), q.chargeResponse());
        }, c -> {
            JmolModelWriter.setProperty(vwr, c.model(), "property_dq", c.values());
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (double v : c.values()) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
            if (hi - lo < 1e-6) { lo -= 0.05; hi += 0.05; }
            script(String.format(Locale.ROOT, "select %s; color atoms property_dq \"rwb\" range %.4f %.4f; select none",
                    modelAtoms(c.model()), lo, hi));
            legend(String.format(Locale.ROOT, "%s charge response dq/dQ: red %.3f · blue %.3f (sums to 1)", c.label(), lo, hi));
        });
    }

    // ---- spectrum -----------------------------------------------------------------------------

    private String spectrum(PluginManifest.Action action) {
        ModeSet m = modes;
        if (m == null) {
            runner.feedback().info(action.label(), "Run Frequency analysis first: the spectrum is drawn from its modes.");
            return "no modes";
        }
        if (!stillLoaded(modesModelSet, m.model())) {
            forgetModes();
            runner.feedback().info(action.label(), "These modes belong to a molecule that is no longer loaded; run Frequency analysis again.");
            return "no modes";
        }
        if (m.intensities() == null) {
            runner.feedback().info(action.label(), "The modes have no IR intensities or Raman activities (the "
                    + INTENSITY_MODEL + " charge model could not describe the molecule), so there is no spectrum.");
            return "no intensities";
        }
        SpectrumKind kind = "raman".equals(action.method()) ? SpectrumKind.RAMAN : SpectrumKind.IR;
        Path file;
        try {
            file = writeSpectrum(m.intensities(), kind);
        } catch (IOException | RuntimeException e) {
            runner.feedback().error(action.label(), "Could not write the spectrum file: " + ActionRunner.describe(e));
            return "error: " + e.getMessage();
        }
        lastSpectrumFile = file;
        // The JDX-MOL file carries the molecule and one frame per mode; Jmol must load it from a real path
        // for JSpecView to open the same file and link its peaks to those frames (notes, section f).
        forgetModes();
        script("load \"" + quote(file.toString()) + "\"; " + openJSpecViewScript(file));
        runner.feedback().info(action.label(), "Jmol now shows the spectrum file\n" + file + ":\nframe 1 is the molecule "
                + "at the geometry of the modes, the other frames are its normal modes.\nClick a peak in JSpecView to "
                + "animate its mode.\n\nLoading it replaced what Jmol held before (other models, colours, Revert).\n"
                + "Your files on disk are unchanged, and Curvature's actions work on frame 1.");
        return "shown " + file;
    }

    /**
     * Opens JSpecView on the file Jmol just loaded, linked to its frames. Jmol's own menu script ends in
     * {@code sync . "JSpecView:"}, but for that empty request Jmol 14.31.10 only un-hides JSpecView
     * ("HIDDEN false": its StatusListener.setJSpecView drops the load; seen under Xvfb), so the load is
     * asked for explicitly. JSpecView registers itself with Jmol, so its peaks select the mode frames.
     */
    static String openJSpecViewScript(Path file) {
        return "sync on; vibration scale 0.1; sync . \"JSpecView:load CHECK \\\"" + quote(file.toString()) + "\\\"\"";
    }

    /**
     * Writes the spectrum as JDX-MOL into this session's own temporary directory, under a new name
     * each time (JSpecView may still hold an earlier one open); the files go when Jmol exits.
     */
    Path writeSpectrum(VibrationalIntensities v, SpectrumKind kind) throws IOException {
        synchronized (this) {
            if (spectrumDir == null) {
                spectrumDir = Files.createTempDirectory("curvature-spectra-").toAbsolutePath();
                spectrumDir.toFile().deleteOnExit();
            }
        }
        double top = 4000;
        for (double f : v.frequenciesCm1()) top = Math.max(top, Math.ceil(f + 10 * BroadeningOptions.DEFAULT_FWHM_CM1));
        BroadeningOptions options = BroadeningOptions.defaults().withGrid(0, top, 1);
        Spectrum spectrum = kind == SpectrumKind.RAMAN ? Spectrum.raman(v, options) : Spectrum.infrared(v, options);
        String name = v.modes().structure().name().replaceAll("[^A-Za-z0-9_-]+", "_");
        if (name.isEmpty() || name.length() > 40) name = "molecule";
        Path file = spectrumDir.resolve(String.format(Locale.ROOT, "%s-%d-%s.jdx", name, spectrumCount.incrementAndGet(),
                kind.name().toLowerCase(Locale.ROOT)));
        file.toFile().deleteOnExit();
        JcampDxWriter.write(file, spectrum, v.modes());
        return file;
    }

    /** The last spectrum file Show spectrum loaded, or null. */
    Path lastSpectrumFile() { return lastSpectrumFile; }

    // ---- clear --------------------------------------------------------------------------------

    private String clear() {
        forgetModes();
        script("vibration off; vector off; color atoms cpk; set echo curvatureLegend; echo; set echo curvatureStatus; echo");
        return "cleared";
    }

    // ---- Jmol scripting -----------------------------------------------------------------------

    private String modelAtoms(JmolModel m) {
        return "{" + vwr.getModelNumberDotted(m.modelIndex()) + "}";
    }

    private void echo(String text) {
        script("set echo curvatureStatus 2% 97%; font echo 13 sansserif; color echo white; echo \"" + quote(text) + "\"");
    }

    private void legend(String text) {
        script("set echo curvatureLegend 2% 3%; font echo 14 sansserif bold; color echo white; echo \"" + quote(text) + "\"");
    }

    private static String quote(String s) {
        return s.replace("\\", "\\\\").replace("\"", "'");
    }

    private void script(String s) {
        vwr.evalStringQuiet(s);
    }
}
