package dev.curvature.jmol;

import dev.curvature.jmol.crystal.JmolCrystalReader;
import dev.curvature.model.EnergyModel;
import dev.curvature.model.ModelRegistry;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.registry.EnergyModels;
import dev.curvature.structure.Structure;
import org.jmol.viewer.Viewer;

import javax.swing.JFileChooser;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.awt.Component;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * "Use ML potential…": a learned potential written by {@code curvature train} (MODEL.json) made the
 * energy model of the following analyses on the structure Jmol shows — molecules (Optimize,
 * Frequency analysis, …) and crystals (Elastic constants…, Phonons…, which then ask for no LAMMPS
 * file). The file is read off the event thread (through the plugin's runner) and checked against the
 * structure's elements; the choice belongs to the structure it was made for and is undone when
 * another file is loaded ({@link #dropIfStale}).
 */
final class MlPotentialChoice {
    /** Which MODEL.json to use; null when the user cancels. */
    interface FileAsk {
        Path ask(Component parent, Path last);
    }

    /**
     * A choice in force: the model id in the settings, the id it replaced, and the Jmol model set
     * (loaded file) it was checked against.
     */
    record Chosen(Path file, String modelId, String previousModelId, Object modelSet, String modelName) {}

    /** What the off-thread check found: the registry id and the model's own name. */
    record Loaded(Path file, String modelId, String modelName) {}

    private volatile FileAsk ask = MlPotentialChoice::chooser;
    private volatile Chosen chosen;
    private volatile Path last;

    void fileAsk(FileAsk a) { ask = a; }

    Chosen chosen() { return chosen; }

    /** The registry id of a learned model file: {@code ml:/absolute/path}. */
    static String modelId(Path file) { return EnergyModels.ML_SCHEME + ":" + file.toAbsolutePath().normalize(); }

    /** The MODEL.json of a settings model id, or null when it is not a learned model. */
    static Path fileOf(String modelId) {
        String prefix = EnergyModels.ML_SCHEME + ":";
        return modelId != null && modelId.regionMatches(true, 0, prefix, 0, prefix.length()) ? Path.of(modelId.substring(prefix.length())) : null;
    }

    /** Asks for the file (on the event thread, waiting for it from any other thread). */
    Path askFile(Component parent) {
        if (!SwingUtilities.isEventDispatchThread()) {
            AtomicReference<Path> answer = new AtomicReference<>();
            try {
                SwingUtilities.invokeAndWait(() -> answer.set(ask.ask(parent, last)));
            } catch (Exception e) {
                return null;
            }
            return remember(answer.get());
        }
        return remember(ask.ask(parent, last));
    }

    private Path remember(Path p) {
        if (p != null) last = p;
        return p;
    }

    /** The elements of what Jmol shows now: its crystal (a model with a unit cell) or its molecule. */
    static Structure current(Viewer vwr) throws ActionRunner.RefusedException {
        try {
            if (vwr.ms != null && vwr.ms.ac > 0 && vwr.am.cmi >= 0 && vwr.ms.getUnitCell(vwr.am.cmi) != null)
                return JmolCrystalReader.readCurrent(vwr).structure();
            return JmolModelReader.readCurrent(vwr, false).structure();
        } catch (JmolCrystalReader.NotACrystalException | JmolModelReader.NoModelException e) {
            throw new ActionRunner.RefusedException(e.getMessage());
        }
    }

    /**
     * Reads the model (parsed once per file version) and checks it describes the structure; the
     * refusal is one line (a file that is not a model, elements it was not trained on).
     */
    static Loaded load(ModelRegistry models, Path file, Structure structure) throws ActionRunner.RefusedException {
        if (!Files.isRegularFile(file)) throw new ActionRunner.RefusedException(file + ": no such file");
        String id = modelId(file);
        try {
            EnergyModel m = models.model(id);
            m.bind(structure);
            return new Loaded(file, id, m.name());
        } catch (UnsupportedStructureException | IllegalArgumentException e) {
            throw new ActionRunner.RefusedException(firstLine(e.getMessage()));
        }
    }

    static String firstLine(String s) {
        if (s == null) return "the file is not a learned potential";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    void chosen(Chosen c) { chosen = c; }

    /**
     * When another file was loaded since the choice, forgets it and returns the model id to go back
     * to (the one it replaced, if the settings still name the learned model), else null.
     */
    Chosen dropIfStale(Object modelSetNow) {
        Chosen c = chosen;
        if (c == null || c.modelSet() == modelSetNow) return null;
        chosen = null;
        return c;
    }

    /** The file chooser, starting where the last model was, showing .json files. */
    private static Path chooser(Component parent, Path last) {
        JFileChooser chooser = new JFileChooser(last != null && last.getParent() != null ? last.getParent().toFile() : null);
        chooser.setDialogTitle("Curvature: ML potential (MODEL.json from 'curvature train')");
        chooser.setFileFilter(new FileNameExtensionFilter("Learned potentials (*.json)", "json"));
        if (last != null) chooser.setSelectedFile(last.toFile());
        return chooser.showOpenDialog(parent) == JFileChooser.APPROVE_OPTION ? chooser.getSelectedFile().toPath() : null;
    }
}
