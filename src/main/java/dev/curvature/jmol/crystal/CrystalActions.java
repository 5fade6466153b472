package dev.curvature.jmol.crystal;

import dev.curvature.jmol.ActionRunner;
import dev.curvature.jmol.JmolModelWriter;
import dev.curvature.phonon.BravaisLattice;
import dev.curvature.structure.MassModel;
import dev.curvature.workflow.CrystalJob;
import dev.curvature.workflow.CrystalJobException;
import dev.curvature.workflow.CrystalJobMonitor;
import dev.curvature.workflow.CrystalModel;
import dev.curvature.workflow.ElasticAnalysis;
import dev.curvature.workflow.PhononAnalysis;
import org.jmol.viewer.Viewer;

import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;

/**
 * The plugin's crystal actions: "Elastic constants…" and "Phonons…" on the crystal Jmol shows.
 * Each reads the cell ({@link JmolCrystalReader}), asks for a LAMMPS potential, runs the CLI's
 * workflow job ({@link ElasticAnalysis}, {@link PhononAnalysis}) through the plugin's
 * {@link ActionRunner} (off the event thread, its stages and a percentage in the progress dialog;
 * Cancel stops the engine before its next evaluation of the potential, wavevector or solver
 * iteration — one evaluation or one Γ-point diagonalization runs to its end), and shows the
 * result in its own window; Γ-point modes are animated on every copy of the cell's atoms that Jmol draws.
 */
public final class CrystalActions {
    /** The atom moving most in a displayed phonon moves this far (Å) before Jmol's scales (as molecular modes). */
    static final double MODE_MAX_ATOM_ANGSTROM = 1.0;

    /** Which potential file to use; null when the user cancels. */
    public interface PotentialAsk {
        Path ask(String title, JmolCrystal crystal);
    }

    private final Viewer vwr;
    private final ActionRunner runner;
    private final Window owner;
    private final boolean windows;
    private volatile PotentialAsk potentialAsk;

    private volatile ElasticAnalysis.Outcome lastElastic;
    private volatile PhononAnalysis.Outcome lastPhonons;
    private volatile JmolCrystal phononCrystal;
    private volatile Object phononModelSet;
    private volatile int phononOnDisplay = -1;
    private ElasticWindow elasticWindow;
    private PhononWindow phononWindow;

    public CrystalActions(Viewer vwr, ActionRunner runner, Window owner) {
        this.vwr = vwr;
        this.runner = runner;
        this.owner = owner;
        this.windows = !GraphicsEnvironment.isHeadless();
        this.potentialAsk = windows ? new PotentialDialog(owner) : (title, crystal) -> null;
    }

    private volatile java.util.function.Supplier<Path> chosenModel = () -> null;

    /**
     * The learned model (MODEL.json) chosen for every analysis, or null: when it gives one, the
     * actions use it without asking for a potential.
     */
    public void chosenModel(java.util.function.Supplier<Path> model) { this.chosenModel = model; }

    /** Replaces the potential dialog (scripts and tests that name the file themselves). */
    public void potentialAsk(PotentialAsk ask) { this.potentialAsk = ask; }

    public ElasticAnalysis.Outcome lastElastic() { return lastElastic; }

    public PhononAnalysis.Outcome lastPhonons() { return lastPhonons; }

    public int phononOnDisplay() { return phononOnDisplay; }

    ElasticWindow elasticWindow() { return elasticWindow; }

    PhononWindow phononWindow() { return phononWindow; }

    /** What both actions do first: the crystal and its potential, or a refusal shown in one dialog. */
    private record Input(JmolCrystal crystal, Path potential, CrystalModel model) {}

    private Input input(String title) {
        JmolCrystal crystal;
        try {
            crystal = JmolCrystalReader.readCurrent(vwr);
        } catch (JmolCrystalReader.NotACrystalException e) {
            runner.feedback().error(title, e.getMessage());
            return null;
        }
        if (crystal.structure().atomCount() > dev.curvature.jmol.CurvatureActions.MAX_ATOMS) {
            runner.feedback().error(title, String.format(Locale.ROOT, "The cell has %d atoms; Curvature works on cells of up to %d atoms.",
                    crystal.structure().atomCount(), dev.curvature.jmol.CurvatureActions.MAX_ATOMS));
            return null;
        }
        Path file = chosenModel.get();
        if (file == null) file = potentialAsk.ask(title, crystal);
        if (file == null) return null;
        try {
            return new Input(crystal, file, PotentialChoice.model(file, crystal.structure()));
        } catch (PotentialChoice.BadPotential e) {
            runner.feedback().error(title, e.getMessage());
            return null;
        }
    }

    // ---- elastic constants --------------------------------------------------------------------

    public String elastic(String title) {
        Input in = input(title);
        if (in == null) return "refused";
        return runner.submit(title, progress -> run(() -> ElasticAnalysis.defaults().run(in.crystal().structure(), in.model(),
                monitor(progress, in.potential()))), o -> {
            lastElastic = o;
            if (!windows) return;
            if (elasticWindow != null) elasticWindow.dispose();
            elasticWindow = new ElasticWindow(owner, o, in.potential());
            elasticWindow.setVisible(true);
        });
    }

    // ---- phonons ------------------------------------------------------------------------------

    public String phonons(String title) {
        Input in = input(title);
        if (in == null) return "refused";
        Object modelSet = vwr.ms;
        // the dispersion path is known for cubic sc/fcc/bcc lattices; other crystals get Γ-point modes only (said in the window)
        boolean cubic = BravaisLattice.recognise(in.crystal().structure()) != null;
        PhononAnalysis d = PhononAnalysis.defaults();
        PhononAnalysis job = cubic ? d : new PhononAnalysis("none", d.supercell(), d.mesh(), d.temperatures(), d.masses());
        return runner.submit(title, progress -> run(() -> job.run(in.crystal().structure(), in.model(), monitor(progress, in.potential()))), o -> {
            if (vwr.ms != modelSet) {
                runner.feedback().error(title, "Another file was loaded in Jmol while Curvature was working; nothing was shown.");
                return;
            }
            stopPhonon();
            lastPhonons = o;
            phononCrystal = in.crystal();
            phononModelSet = modelSet;
            if (windows) {
                if (phononWindow != null) phononWindow.dispose();
                phononWindow = new PhononWindow(owner, o, in.crystal(), in.potential(), this::showPhonon);
                phononWindow.setVisible(true);
            }
            showPhonon(firstOptical(o));
        });
    }

    /** The first mode that is not a zero-frequency translation (what a user wants to see first). */
    static int firstOptical(PhononAnalysis.Outcome o) {
        double[] f = o.gamma().frequenciesThz();
        for (int k = 0; k < f.length; k++) if (Math.abs(f[k]) > 1e-6) return k;
        return 0;
    }

    /** Puts a Γ mode's displacements on every Jmol copy of each cell atom and lets Jmol animate them. */
    public void showPhonon(int mode) {
        PhononAnalysis.Outcome o = lastPhonons;
        JmolCrystal c = phononCrystal;
        if (o == null || c == null || mode < 0 || mode >= o.gamma().frequenciesThz().length) return;
        if (vwr.ms != phononModelSet || c.modelIndex() >= vwr.ms.mc
                || !vwr.getModelUndeletedAtomsBitSet(c.modelIndex()).equals(c.bitSet())) {
            runner.feedback().info("Phonons", "These modes belong to a crystal that is no longer loaded; run Phonons again.");
            lastPhonons = null;
            return;
        }
        JmolModelWriter.setVibration(vwr, c.jmolModel(vwr), c.onJmolAtoms(displacement(o, mode)));
        phononOnDisplay = mode;
        vwr.evalStringQuiet(String.format(Locale.ROOT, "frame %s; vibration on; vibration scale 0.3; vibration period 1.0; "
                + "vector on; vector scale 1.2; vector 0.06; color vectors gold", vwr.getModelNumberDotted(c.modelIndex())));
        if (phononWindow != null) phononWindow.select(mode);
    }

    /** Cartesian displacements (Å) of mode k: the mass-weighted eigenvector over √m, largest atom 1 Å. */
    static double[] displacement(PhononAnalysis.Outcome o, int mode) {
        double[] m = o.structure().masses(MassModel.STANDARD_ATOMIC_WEIGHT);
        int n3 = 3 * m.length;
        double[] d = new double[n3];
        double max = 0;
        for (int i = 0; i < n3; i++) d[i] = o.gamma().modes()[mode * n3 + i] / Math.sqrt(m[i / 3]);
        for (int a = 0; a < m.length; a++) max = Math.max(max, Math.sqrt(d[3 * a] * d[3 * a] + d[3 * a + 1] * d[3 * a + 1] + d[3 * a + 2] * d[3 * a + 2]));
        if (max > 0) for (int i = 0; i < n3; i++) d[i] *= MODE_MAX_ATOM_ANGSTROM / max;
        return d;
    }

    private void stopPhonon() {
        JmolCrystal c = phononCrystal;
        if (c != null && vwr.ms == phononModelSet && c.modelIndex() < vwr.ms.mc
                && vwr.getModelUndeletedAtomsBitSet(c.modelIndex()).equals(c.bitSet()))
            JmolModelWriter.setVibration(vwr, c.jmolModel(vwr), new double[3 * c.jmolAtoms().length]);
        phononOnDisplay = -1;
    }

    /** The progress dialog as the engine job sees it: its stages on the line and bar, Cancel as the stop token. */
    private static CrystalJobMonitor monitor(ActionRunner.Progress progress, Path potential) {
        return new CrystalJobMonitor() {
            @Override public boolean cancelled() { return progress.cancelled(); }
            @Override public void stage(String stage, double fraction) {
                progress.progress(stage + " (" + potential.getFileName() + ")…", fraction);
            }
        };
    }

    /**
     * A workflow refusal (molecule, potential for other elements) becomes the one-line dialog; the
     * engine's stop after Cancel (a CancellationException, which is an IllegalStateException) goes
     * on to the runner, which then applies and shows nothing.
     */
    private static <T> T run(CrystalJob.Body<T> job) throws ActionRunner.RefusedException {
        try {
            return job.run();
        } catch (CancellationException e) {
            throw e;
        } catch (CrystalJobException e) {
            throw new ActionRunner.RefusedException(e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ActionRunner.RefusedException(e.getMessage());
        }
    }
}
