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
    /** Undo levels for coordinate changes, newest first. */
    static final int UNDO_LEVELS = 20;
    private final java.util.Deque<Snapshot> undo = new java.util.concurrent.LinkedBlockingDeque<>();
    private ModeTableWindow modeWindow;
    private SpectrumWindow spectrumWindow;
    private volatile FrequencyJob.Outcome lastFrequencies;
    private volatile PluginSettings settings = PluginSettings.DEFAULTS;
    /** The model set Curvature last added hydrogens to: never twice in a row (no loop if Jmol adds none). */
    private volatile Object hydrogenated;

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
        this.crystal = new dev.curvature.jmol.crystal.CrystalActions(vwr, runner, owner);
        // a learned model in the settings (Use ML potential…, or ml:FILE typed there) is the crystals' potential too
        crystal.chosenModel(() -> MlPotentialChoice.fileOf(settings.modelId()));
    }

    /** The crystal actions (elastic constants, phonons), in their own package. */
    private final dev.curvature.jmol.crystal.CrystalActions crystal;

    public dev.curvature.jmol.crystal.CrystalActions crystal() { return crystal; }

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
        if (!"mlmodel".equals(action.operation()) && !"settings".equals(action.operation()) && forgetStaleMlPotential(action))
            return "refused: ML potential chosen for another structure";
        switch (action.operation()) {
            case "optimize": return optimize(action);
            case "freq": return frequencies(action, false);
            case "ts": return frequencies(action, true);
            case "charges": return charges(action);
            case "response": return response(action);
            case "spectrum": return spectrum(action);
            case "revert": return revert(action);
            case "clear": return clear();
            case "labels": return chargeLabels(action);
            case "dipole": return dipole(action);
            case "elastic": return crystal.elastic(action.label());
            case "phonons": return crystal.phonons(action.label());
            case "settings": return settings(action);
            case "mlmodel": return useMlPotential(action);
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
        if (settings.addHydrogens() && vwr.ms != hydrogenated && FrequencyJob.lacksHydrogens(model.structure()))
            return addHydrogensThenRun(action, model);
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

    private ModelRegistry.Binding bind(Structure s) throws ActionRunner.RefusedException {
        String id = settings.modelId();
        try {
            return models.bind(id, s);
        } catch (dev.curvature.model.UnsupportedStructureException e) {
            throw new ActionRunner.RefusedException((id.equals(ModelRegistry.AUTO) ? "No force field can describe this molecule: "
                    : "The energy model chosen in Settings (" + id + ") cannot describe this molecule: ") + e.getMessage());
        }
    }

    // ---- settings -----------------------------------------------------------------------------

    PluginSettings settings() { return settings; }

    /** Settings chosen without the dialog (tests, scripts). */
    void settings(PluginSettings s) { settings = s; }

    private String settings(PluginManifest.Action action) {
        if (!windows) return "settings: " + settings.describe();
        Runnable ask = () -> {
            PluginSettings chosen = SettingsDialog.ask(owner, models, settings);
            if (chosen != null) {
                settings = chosen;
                echo("Curvature settings: " + chosen.describe());
            }
        };
        if (javax.swing.SwingUtilities.isEventDispatchThread()) ask.run();
        else javax.swing.SwingUtilities.invokeLater(ask); // never block Jmol's script thread on a modal dialog
        return "settings";
    }

    // ---- a learned potential ------------------------------------------------------------------

    private final MlPotentialChoice mlPotential = new MlPotentialChoice();

    /** Replaces the MODEL.json file chooser (tests, scripts). */
    void mlPotentialAsk(MlPotentialChoice.FileAsk ask) { mlPotential.fileAsk(ask); }

    /** The learned model in force and the structure it was checked against, or null. */
    MlPotentialChoice.Chosen mlPotential() { return mlPotential.chosen(); }

    /**
     * Use ML potential…: asks for a MODEL.json, reads and checks it against the structure's
     * elements off the event thread, and makes it the energy model of the following analyses.
     */
    private String useMlPotential(PluginManifest.Action action) {
        Structure structure;
        try {
            structure = MlPotentialChoice.current(vwr);
        } catch (ActionRunner.RefusedException e) {
            runner.feedback().error(action.label(), e.getMessage());
            return "refused: " + e.getMessage();
        }
        java.nio.file.Path file = mlPotential.askFile(owner);
        if (file == null) return "cancelled";
        Object modelSet = vwr.ms;
        return runner.submit(action.label(), progress -> {
            progress.progress("Reading " + file.getFileName() + "…", 0);
            return MlPotentialChoice.load(models, file, structure);
        }, loaded -> {
            if (vwr.ms != modelSet) {
                runner.feedback().error(action.label(), "Another file was loaded in Jmol while Curvature read the model; nothing was changed.");
                return;
            }
            MlPotentialChoice.Chosen before = mlPotential.chosen();
            String previous = before != null && before.modelId().equals(settings.modelId()) ? before.previousModelId() : settings.modelId();
            mlPotential.chosen(new MlPotentialChoice.Chosen(file, loaded.modelId(), previous, modelSet, loaded.modelName()));
            settings = settings.withModel(loaded.modelId());
            echo("Curvature: energy model " + loaded.modelName() + " for this structure");
        });
    }

    /**
     * A learned model chosen for a structure that is no longer loaded: forgotten (the settings go
     * back to the model it replaced), the user told, and the action not run — it would otherwise
     * run with a model the user did not pick for this structure. True when that happened.
     */
    private boolean forgetStaleMlPotential(PluginManifest.Action action) {
        MlPotentialChoice.Chosen stale = mlPotential.dropIfStale(vwr.ms);
        if (stale == null) return false;
        if (!stale.modelId().equals(settings.modelId())) return false;   // the user chose another model since
        settings = settings.withModel(stale.previousModelId());
        runner.feedback().info(action.label(), "The ML potential " + stale.file().getFileName() + " was chosen for the structure loaded before; "
                + "Curvature is back to the model " + stale.previousModelId() + ". Choose Use ML potential… again to use it here; nothing was computed.");
        return true;
    }

    /**
     * Adds hydrogens with Jmol's own {@code calculate hydrogens} to the model's atoms, says so, and
     * runs the action again on the completed model. Off Jmol's script thread (the action may have
     * been called from a popup script, which must finish before Jmol runs another).
     */
    private String addHydrogensThenRun(PluginManifest.Action action, JmolModel model) {
        String atoms = org.jmol.util.Escape.eBS(model.bitSet());
        int before = model.structure().atomCount();
        Runnable add = () -> {
            vwr.scriptWait("calculate hydrogens " + atoms);
            hydrogenated = vwr.ms;
            Runnable again = () -> {
                int added = Math.max(0, vwr.ms.ac - before);
                runner.feedback().info(action.label() + ": hydrogens added",
                        "The model had no hydrogen atoms while some carbons had free valences. Added " + added
                                + " hydrogens (Jmol's calculate hydrogens, as chosen in Curvature's Settings); "
                                + "Undo does not remove them (Jmol: Edit > Undo, or reload the file).");
                start(action.id());
            };
            if (runner.isSynchronous()) again.run();
            else javax.swing.SwingUtilities.invokeLater(again);
        };
        if (runner.isSynchronous()) add.run();
        else new Thread(add, "curvature-add-hydrogens").start();
        return runner.isSynchronous() ? "done" : "adding hydrogens";
    }

    // ---- optimize -----------------------------------------------------------------------------

    record Optimized(JmolModel model, ModelRegistry.Binding binding, double startEnergy, OptimizationResult result) {}

    private String optimize(PluginManifest.Action action) {
        return run(action, (model, progress) -> {
            ModelRegistry.Binding b = bind(model.structure());
            progress.progress("Optimizing (" + b.model().name() + ")…", 0);
            double e0 = b.potential().evaluate(model.structure().positions(), null, null);
            OptimizationResult r = GeometryOptimization.run(b.potential(), model.structure(), settings.optimization(),
                    false, FrequencyJob.optimizerProgress(progress, b.model().name(), false));
            if (r.stopReason() == StopReason.CANCELLED) throw new ActionRunner.CancelledException();
            return new Optimized(model, b, e0, r);
        }, o -> {
            warnAbout(action, o.binding(), o.model());
            OptimizationResult r = o.result();
            // energies are in the model's own unit (eV for a learned potential)
            String energies = String.format(Locale.ROOT, "%s: E %.3f → %.3f %s", o.binding().model().name(), o.startEnergy(),
                    r.energyKcalPerMol(), o.binding().potential().units().energyUnit());
            if (!r.converged() && !runner.feedback().confirm(action.label() + ": not converged",
                    "The optimization did not converge (" + describe(r, settings.maxForce()) + "). " + energies
                            + ".\n\nKeep the last geometry it reached, or keep the coordinates you had?",
                    "Keep last geometry", "Keep my coordinates")) {
                echo("Optimization not converged; coordinates unchanged");
                return;
            }
            replaceCoordinates(o.model(), r.positionsAngstrom(), "optimization");
            echo(energies + (r.converged() ? "" : " (not converged, kept on request)"));
        });
    }

    /** Why an optimization stopped, in numbers: reason, iterations, residual forces. */
    static String describe(OptimizationResult r) { return describe(r, OptimizationOptions.defaults().maxForce()); }

    /** As {@link #describe(OptimizationResult)} with the force threshold the run used, kcal/mol/Å. */
    static String describe(OptimizationResult r, double maxForce) {
        return String.format(Locale.ROOT, "stopped: %s, after %d iterations; largest residual force %.3g kcal/mol/Å, RMS %.3g; converged means below %.0e",
                r.stopReason().toString().toLowerCase(Locale.ROOT).replace('_', ' '), r.iterations(), r.maxForce(), r.rmsForce(),
                maxForce);
    }

    /** The fallback to another model and missing hydrogens, said once per action, in a dialog. */
    private void warnAbout(PluginManifest.Action action, ModelRegistry.Binding binding, JmolModel model) {
        java.util.List<String> w = FrequencyJob.warnings(binding, model.structure());
        if (!w.isEmpty()) runner.feedback().info(action.label() + ": warning", String.join("\n\n", w));
    }

    /** Writes new coordinates and keeps the old ones for Undo; old modes no longer apply. */
    private void replaceCoordinates(JmolModel model, double[] positions, String what) {
        undo.addFirst(new Snapshot(model, vwr.ms, JmolModelReader.positionsOf(vwr, model), what));
        while (undo.size() > UNDO_LEVELS) undo.removeLast();
        if (modes != null && modes.model().modelIndex() == model.modelIndex()) forgetModes();
        JmolModelWriter.setCoordinates(vwr, model, positions);
    }

    /** Coordinate changes that Undo can still take back (newest first). */
    int undoLevels() { return undo.size(); }

    private String revert(PluginManifest.Action action) {
        Snapshot s = undo.pollFirst();
        while (s != null && !stillLoaded(s.modelSet(), s.model())) s = undo.pollFirst();
        if (s == null) {
            undo.clear();
            runner.feedback().info(action.label(), "Nothing to undo: Curvature has not changed this model's coordinates.");
            return "nothing";
        }
        forgetModes();
        JmolModelWriter.setCoordinates(vwr, s.model(), s.positionsAngstrom());
        resetDisplay();
        echo("Undid the " + s.what() + (undo.isEmpty() ? "" : " (" + undo.size() + " more to undo)"));
        return "reverted";
    }

    // ---- frequencies and transition states ------------------------------------------------------

    record Frequencies(JmolModel model, FrequencyJob.Outcome outcome) {}

    private String frequencies(PluginManifest.Action action, boolean transitionState) {
        return run(action, (model, progress) -> {
            ModelRegistry.Binding b = bind(model.structure());
            FrequencyAnalysis.Options options = FrequencyAnalysis.Options.defaults().withTransitionState(transitionState)
                    .withOptimization(settings.optimization());
            return new Frequencies(model, FrequencyJob.run(b, model.structure(), options, INTENSITY_MODEL, progress));
        }, f -> applyFrequencies(action, f, transitionState));
    }

    /**
     * What is wrong with a result a user should not get silently: an optimization that did not
     * converge, a saddle search that did not end at exactly one imaginary mode, atoms run together.
     * Null when nothing is.
     */
    static String failure(FrequencyAnalysis.Result r, boolean transitionState, double maxForce) {
        java.util.List<String> why = new java.util.ArrayList<>();
        if (!r.converged()) why.add("the " + (transitionState ? "saddle-point search" : "optimization") + " did not converge ("
                + describe(r.optimization(), maxForce) + ")");
        int imaginary = r.modes().significantImaginaryModeCount(NormalModes.DEFAULT_IMAGINARY_NOISE_CM1);
        if (transitionState && imaginary != 1)
            why.add("it ended at a point with " + imaginary + " imaginary modes, not a first-order saddle point");
        double closest = closestDistance(r.structure().positions());
        if (closest < 0.5)
            why.add(String.format(Locale.ROOT, "two atoms end %.4f Å apart (the model breaks down there)", closest));
        return why.isEmpty() ? null : String.join("; ", why);
    }

    static double closestDistance(double[] x) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < x.length / 3; i++)
            for (int j = i + 1; j < x.length / 3; j++) {
                double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
                best = Math.min(best, Math.sqrt(dx * dx + dy * dy + dz * dz));
            }
        return best;
    }

    private void applyFrequencies(PluginManifest.Action action, Frequencies f, boolean transitionState) {
        FrequencyJob.Outcome o = f.outcome();
        FrequencyAnalysis.Result r = o.result();
        warnAbout(action, o.binding(), f.model());
        NormalModes nm = r.modes();
        String summary = String.format(Locale.ROOT, "%s, E = %.4f %s, point group %s, %s%s",
                r.modelName(), r.energyKcalPerMol(), o.binding().potential().units().energyUnit(), r.pointGroup().schoenflies(), nm.classification(),
                r.converged() ? "" : " — not converged (" + r.optimization().stopReason() + ")");
        String failed = failure(r, transitionState, settings.maxForce());
        if (failed != null && !runner.feedback().confirm(action.label() + ": failed",
                (transitionState ? "The transition-state search failed: " : "The frequency analysis is not at a minimum: ") + failed
                        + ".\n\nResult: " + summary + ".\n\nKeep this geometry and its modes, or keep the coordinates you had?",
                "Keep this result", "Keep my coordinates")) {
            echo(action.label() + " failed; coordinates unchanged");
            return;
        }
        if (r.optimization() != null) replaceCoordinates(f.model(), r.structure().positions(),
                transitionState ? "transition-state search" : "optimization before the frequency analysis");
        int count = nm.modeCount();
        double[][] disp = new double[count][];
        for (int k = 0; k < count; k++) disp[k] = nm.displacement(k);
        modes = new ModeSet(f.model(), nm.frequenciesCm1(), disp, o.intensities(), summary, nm.reducedMassesAmu(),
                nm.forceConstantsMdynPerA(), o.symmetry());
        modesModelSet = vwr.ms;
        lastFrequencies = o;
        showMode(0); // ascending order: an imaginary mode, if there is one, is what a user checks first
        echo(summary);
        if (windows) openModeWindow();
        if (o.intensities() == null && count > 0)
            runner.feedback().info("Frequency analysis", "No IR intensities or Raman activities: " + o.noIntensities());
    }

    /** Results the user marked for a barrier; kept across frequency runs. */
    private final ResultsPanel.Marks marks = new ResultsPanel.Marks();

    /** Vibration amplitude, period and vector size as Jmol settings; images through Jmol's writer. */
    private volatile double amplitude = 0.3, period = 1.0, vectorScale = 1.2;

    ModeTableWindow.Animation animation() {
        return new ModeTableWindow.Animation() {
            @Override public void amplitude(double scale) { amplitude = scale; script(String.format(Locale.ROOT, "vibration scale %.3f", scale)); }
            @Override public void period(double seconds) { period = seconds; script(String.format(Locale.ROOT, "vibration period %.3f", seconds)); }
            @Override public void vectorScale(double scale) { vectorScale = scale; script(String.format(Locale.ROOT, "vector scale %.3f", scale)); }
            @Override public void export(Path file) throws IOException { exportImage(file); }
        };
    }

    /**
     * A still PNG of what Jmol shows, or (.gif) an animated GIF of one vibration period captured
     * by Jmol itself ({@code capture}), both written by Jmol to a temporary name and then moved
     * into place, so a failed write leaves no partial file.
     */
    void exportImage(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gif = name.endsWith(".gif");
        if (!gif && !name.endsWith(".png")) throw new IOException(file.getFileName() + ": give the image a .png or .gif name");
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".curvature-", gif ? ".gif" : ".png");
        try {
            String t = quote(tmp.toString());
            String result = gif
                    ? vwr.scriptWait(String.format(Locale.ROOT, "vibration on; capture \"%s\" %.2f; delay %.2f; capture off", t, period, period + 0.3))
                    : vwr.scriptWait("write image png \"" + t + "\"");
            if (Files.size(tmp) == 0) throw new IOException("Jmol wrote no image: " + result);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The last frequency job applied (for the results panel), or null. */
    FrequencyJob.Outcome lastFrequencies() { return lastFrequencies; }

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
        script(String.format(Locale.ROOT, "frame %s; vibration on; vibration scale %.3f; vibration period %.3f; "
                + "vector on; vector scale %.3f; vector 0.06; color vectors gold", vwr.getModelNumberDotted(m.model().modelIndex()),
                amplitude, period, vectorScale));
        if (modeWindow != null) modeWindow.select(mode);
        if (spectrumWindow != null) spectrumWindow.markMode(mode);
    }

    private void openModeWindow() {
        if (modeWindow != null) modeWindow.dispose();
        modeWindow = new ModeTableWindow(owner, modes, lastFrequencies, this::showMode, animation(), marks, runner.feedback());
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

    /** Drops the modes: their windows close, and Jmol stops animating (and forgets) their vectors. */
    private void forgetModes() {
        ModeSet m = modes;
        modes = null;
        modeOnDisplay = -1;
        lastFrequencies = null;
        if (modeWindow != null) {
            modeWindow.dispose();
            modeWindow = null;
        }
        if (spectrumWindow != null) {
            spectrumWindow.dispose();
            spectrumWindow = null;
        }
        if (m != null && stillLoaded(modesModelSet, m.model()))
            JmolModelWriter.setVibration(vwr, m.model(), new double[3 * m.model().structure().atomCount()]);
        onAllAtoms("vibration off; vector off");
    }

    // ---- charges ------------------------------------------------------------------------------

    record Charges(JmolModel model, String label, double[] values, Object modelSet) {}

    /** The charge job; a method that cannot describe the molecule refuses with its reason. */
    private static ChargeAnalysis.Result chargesOf(Structure s, String method) throws ActionRunner.RefusedException {
        try {
            return ChargeAnalysis.run(s, method);
        } catch (UnsupportedStructureException e) {
            throw new ActionRunner.RefusedException(method.toUpperCase(Locale.ROOT) + " cannot describe this molecule: " + e.getMessage());
        }
    }

    /** How the methods are spelled for people. */
    static String methodLabel(String method) {
        switch (method) {
            case "qeq": return "QEq";
            case "eem": return "EEM";
            case "mmff94": return "MMFF94";
            default: return method;
        }
    }

    /** Method "model": the charges of the energy model chosen in Settings when it computes its own (GFN2-xTB), else QEq. */
    static final String MODEL_CHARGES = "model";

    private String charges(PluginManifest.Action action) {
        String method = action.method().isEmpty() ? "qeq" : action.method();
        return run(action, (model, progress) -> {
            if (MODEL_CHARGES.equals(method)) {
                ModelRegistry.Binding b = bind(model.structure());
                if (ChargeAnalysis.hasOwnCharges(b.potential())) {
                    ChargeAnalysis.Result q = ChargeAnalysis.fromModel(b.potential(), model.structure());
                    return new Charges(model, q.methodLabel(), q.charges(), vwr.ms);
                }
            }
            String m = MODEL_CHARGES.equals(method) ? "qeq" : method;
            return new Charges(model, methodLabel(m), chargesOf(model.structure(), m).charges(), vwr.ms);
        }, c -> {
            JmolModelWriter.setPartialCharges(vwr, c.model(), c.values());
            chargesShown = c;
            ColourScale scale = ColourScale.diverging(c.values());
            onAllAtoms("select " + modelAtoms(c.model()) + "; " + scale.colourScript("partialCharge"));
            legend(c.label() + " charges (e): " + scale.legend("%.2f"));
        });
    }

    private String response(PluginManifest.Action action) {
        String method = action.method().isEmpty() ? "qeq" : action.method();
        return run(action, (model, progress) -> {
            ChargeAnalysis.Result q = chargesOf(model.structure(), "eem".equals(method) ? "eem" : "qeq");
            return new Charges(model, methodLabel(method), q.chargeResponse(), vwr.ms);
        }, c -> {
            JmolModelWriter.setProperty(vwr, c.model(), "property_dq", c.values());
            ColourScale scale = ColourScale.forResponse(c.values());
            onAllAtoms("select " + modelAtoms(c.model()) + "; " + scale.colourScript("property_dq"));
            legend(c.label() + " dq/dQ (e per e added): " + scale.legend("%.3f"));
        });
    }

    /** The model and method of the charges Curvature last put on Jmol's atoms, or null. */
    private volatile Charges chargesShown;

    /** True if Curvature's charges are on the model; otherwise says so (Jmol would invent MMFF94 ones). */
    private boolean haveCharges(PluginManifest.Action action) {
        Charges c = chargesShown;
        if (c != null && stillLoaded(c.modelSet(), c.model())) return true;
        runner.feedback().info(action.label(), "Colour by charge (QEq, EEM or MMFF94) first: these are drawn from those charges.");
        return false;
    }

    /** Charges as atom labels (two decimals). */
    private String chargeLabels(PluginManifest.Action action) {
        if (!haveCharges(action)) return "no charges";
        onAllAtoms("select " + modelAtomsOrAll() + "; label %.2P; font label 13; color label white");
        return "labels";
    }

    /**
     * The dipole of Curvature's charges as an orange arrow through the centre of the atoms, 1 Å per
     * debye, pointing from − to + (the physicists' convention), with its size in the status line.
     * (Jmol's own "dipole molecular" reads a dipole from the file, not from the charges.)
     */
    private String dipole(PluginManifest.Action action) {
        if (!haveCharges(action)) return "no charges";
        Charges c = chargesShown;
        double[] x = JmolModelReader.positionsOf(vwr, c.model()), centre = new double[3], mu = new double[3];
        int n = c.values().length;
        for (int i = 0; i < n; i++) for (int k = 0; k < 3; k++) centre[k] += x[3 * i + k] / n;
        for (int i = 0; i < n; i++) for (int k = 0; k < 3; k++) mu[k] += c.values()[i] * (x[3 * i + k] - centre[k]);
        double debye = 0;
        for (int k = 0; k < 3; k++) { mu[k] /= dev.curvature.units.Units.E_ANGSTROM_PER_DEBYE; debye += mu[k] * mu[k]; }
        debye = Math.sqrt(debye);
        script(String.format(Locale.ROOT, "draw curvatureDipole arrow {%.4f %.4f %.4f} {%.4f %.4f %.4f} width 0.12 color orange",
                centre[0] - mu[0] / 2, centre[1] - mu[1] / 2, centre[2] - mu[2] / 2,
                centre[0] + mu[0] / 2, centre[1] + mu[1] / 2, centre[2] + mu[2] / 2));
        echo(String.format(Locale.ROOT, "%s dipole %.2f D (arrow 1 Å per D, − to +)", c.label(), debye));
        return "dipole";
    }

    private String modelAtomsOrAll() {
        return vwr.am.cmi >= 0 ? "{" + vwr.getModelNumberDotted(vwr.am.cmi) + "}" : "*";
    }

    // ---- spectrum -----------------------------------------------------------------------------

    /**
     * Shows the IR and Raman spectra in the plugin's own spectrum window, linked both ways with the
     * mode table; the model in Jmol is left as it is (no file is loaded into Jmol).
     */
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
        spectrumView = spectrumView == null || spectrumView.intensities() != m.intensities()
                ? new SpectrumView(m.intensities()) : spectrumView;
        spectrumView.show(kind);
        if (windows) {
            if (spectrumWindow == null || !spectrumWindow.isDisplayable()) {
                spectrumWindow = new SpectrumWindow(owner, spectrumView, this::showMode, runner.feedback());
                placeBesideJmol(spectrumWindow, owner);
                spectrumWindow.setVisible(true);
            }
            spectrumWindow.refresh();
            spectrumWindow.markMode(modeOnDisplay);
            spectrumWindow.toFront();
        }
        return "shown " + kind.name().toLowerCase(Locale.ROOT);
    }

    private SpectrumView spectrumView;

    /**
     * Below the mode table (or below Jmol's window): a spectrum window left at the screen's origin
     * lies over Jmol's window, which is raised again whenever focus returns to it, hiding the spectrum.
     */
    private void placeBesideJmol(Window w, Window jmol) {
        if (modeWindow != null && modeWindow.isShowing())
            ModeTableWindow.placeOnScreen(w, modeWindow.getX(), modeWindow.getY() + modeWindow.getHeight());
        else if (jmol != null)
            ModeTableWindow.placeOnScreen(w, jmol.getX(), jmol.getY() + jmol.getHeight());
    }

    /** The spectra shown for the current modes, or null. */
    SpectrumView spectrumView() { return modes == null ? null : spectrumView; }

    SpectrumWindow spectrumWindow() { return spectrumWindow; }

    // ---- clear --------------------------------------------------------------------------------

    private String clear() {
        forgetModes();
        resetDisplay();
        return "cleared";
    }

    /** CPK colours, no vectors, labels or dipole, on every atom (whatever is selected), legends gone. */
    private void resetDisplay() {
        onAllAtoms("color atoms cpk; vector off; label off");
        script("vibration off; draw curvatureDipole delete; set echo curvatureLegend; echo; set echo curvatureStatus; echo");
    }

    /**
     * Runs commands that act on the selection over every atom, then gives the user their selection
     * back (the charge colouring once ended in "select none", and Clear then changed nothing).
     */
    private void onAllAtoms(String commands) {
        script("save selection curvatureUser; select *; " + commands + "; restore selection curvatureUser");
    }

    // ---- Jmol scripting -----------------------------------------------------------------------

    private String modelAtoms(JmolModel m) {
        return "{" + vwr.getModelNumberDotted(m.modelIndex()) + "}";
    }

    private void echo(String text) {
        script("set echo curvatureStatus 2% 97%; font echo 13 sansserif; color echo white; echo \"" + quote(text) + "\"");
    }

    private void legend(String text) {
        script("set echo curvatureLegend 2% 3%; font echo 12 sansserif bold; color echo white; echo \"" + quote(text) + "\"");
    }

    private static String quote(String s) {
        return s.replace("\\", "\\\\").replace("\"", "'");
    }

    private void script(String s) {
        vwr.evalStringQuiet(s);
    }
}
