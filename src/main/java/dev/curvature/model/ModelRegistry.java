package dev.curvature.model;

import dev.curvature.structure.Structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The energy models a program offers, by id ("mmff94", "uff", ...), plus the pseudo-model
 * {@value #AUTO}: try the models in {@code autoOrder} and use the first that can describe the
 * structure. Models are created lazily, once per id (creating one may load parameter files).
 * Models defined by a file are named {@code SCHEME:ARGUMENT} (e.g. {@code ml:model.json},
 * {@code potential:Si.sw}) and loaded by the {@link Source} of that scheme, again only when the
 * file has changed since ({@link FileStamp}).
 */
public final class ModelRegistry {
    public static final String AUTO = "auto";

    /** The scheme of periodic potentials read from a LAMMPS-style file (the CLI's --potential FILE). */
    public static final String POTENTIAL_SCHEME = "potential";

    /** Makes models from a file or other argument: {@code SCHEME:ARGUMENT}. */
    public interface Source {
        /** Lower-case scheme, e.g. "potential" or "ml". */
        String scheme();

        /** One line for --help. */
        String description();

        /**
         * Reads the model the argument names (typically a file path).
         *
         * @throws java.io.IOException if it cannot be read or is not a valid model; the message
         *                              names the file and, where it applies, the line
         */
        EnergyModel load(String argument) throws java.io.IOException;
    }

    /** A model the registry offers: lower-case id for the command line, one-line description, factory. */
    public record Entry(String id, String description, Supplier<? extends EnergyModel> factory) {
        public Entry {
            id = id.toLowerCase(Locale.ROOT);
            if (id.equals(AUTO)) throw new IllegalArgumentException("'" + AUTO + "' is reserved");
        }
    }

    /**
     * A model bound to a structure.
     *
     * @param skipped for {@value #AUTO}: why each model tried before this one could not describe the structure
     */
    public record Binding(EnergyModel model, Potential potential, List<String> skipped) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<String> autoOrder;
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, EnergyModel> created = new ConcurrentHashMap<>();
    /** File-based models with the version of the file they were read from (null: not a file). */
    private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();

    private record Loaded(EnergyModel model, FileStamp stamp) {}

    /**
     * @param entries   the models, in the order they are listed to users
     * @param autoOrder ids {@value #AUTO} tries, first to last (ids without an entry are ignored)
     */
    public ModelRegistry(List<Entry> entries, List<String> autoOrder) {
        this(entries, autoOrder, List.of());
    }

    /** As {@link #ModelRegistry(List, List)}, with models made from files by scheme. */
    public ModelRegistry(List<Entry> entries, List<String> autoOrder, List<Source> sources) {
        for (Source src : sources)
            if (this.sources.put(src.scheme().toLowerCase(Locale.ROOT), src) != null)
                throw new IllegalArgumentException("model scheme '" + src.scheme() + "' given twice");
        for (Entry e : entries)
            if (this.entries.put(e.id(), e) != null) throw new IllegalArgumentException("model id '" + e.id() + "' given twice");
        List<String> order = new ArrayList<>();
        for (String id : autoOrder) {
            String key = id.toLowerCase(Locale.ROOT);
            if (this.entries.containsKey(key)) order.add(key);
        }
        this.autoOrder = Collections.unmodifiableList(order);
    }

    /** The ids users may choose, {@value #AUTO} first. */
    public List<String> ids() {
        List<String> ids = new ArrayList<>();
        ids.add(AUTO);
        ids.addAll(entries.keySet());
        return ids;
    }

    public List<Entry> entries() { return List.copyOf(entries.values()); }

    public List<String> autoOrder() { return autoOrder; }

    /** The schemes of file-based models ({@code SCHEME:ARGUMENT}). */
    public List<String> schemes() { return List.copyOf(sources.keySet()); }

    public boolean knows(String id) {
        String key = id.toLowerCase(Locale.ROOT);
        return key.equals(AUTO) || entries.containsKey(key) || sourceOf(id) != null;
    }

    private Source sourceOf(String id) {
        int colon = id.indexOf(':');
        return colon > 0 ? sources.get(id.substring(0, colon).toLowerCase(Locale.ROOT)) : null;
    }

    /** What users may write for a model, for messages: the ids, then {@code SCHEME:...} per source. */
    public String available() {
        List<String> all = new ArrayList<>(ids());
        for (String scheme : sources.keySet()) all.add(scheme + ":FILE");
        return String.join(", ", all);
    }

    /**
     * The model with this id (not {@value #AUTO}), or the one a {@code SCHEME:ARGUMENT} names.
     *
     * @throws UnsupportedStructureException if a file-based model cannot be read (the message says why)
     */
    public EnergyModel model(String id) throws UnsupportedStructureException {
        Source src = sourceOf(id);
        if (src != null) {
            // reused while the file is unchanged; a file rewritten since (a re-trained model) is read again
            String argument = id.substring(id.indexOf(':') + 1);
            FileStamp stamp = FileStamp.of(argument);
            Loaded l = loaded.get(id);
            if (l != null && java.util.Objects.equals(l.stamp(), stamp)) return l.model();
            EnergyModel m;
            try {
                m = src.load(argument);
            } catch (java.io.IOException e) {
                throw new UnsupportedStructureException(e.getMessage());
            }
            loaded.put(id, new Loaded(m, stamp));
            return m;
        }
        String key = id.toLowerCase(Locale.ROOT);
        Entry e = entries.get(key);
        if (e == null) throw new IllegalArgumentException("unknown model '" + id + "' (available: " + available() + ")");
        return created.computeIfAbsent(key, k -> e.factory().get());
    }

    /**
     * Binds the chosen model, or for {@value #AUTO} the first model in the auto order that can
     * describe the structure.
     *
     * @throws UnsupportedStructureException if the model (every model, for auto) cannot describe it;
     *                                       for auto the message lists each model's reason
     */
    public Binding bind(String id, Structure structure) throws UnsupportedStructureException {
        if (!id.equalsIgnoreCase(AUTO)) {
            EnergyModel m = model(id);
            return new Binding(m, m.bind(structure), List.of());
        }
        if (autoOrder.isEmpty()) throw new UnsupportedStructureException("no energy model is available for 'auto'");
        List<String> skipped = new ArrayList<>();
        for (String candidate : autoOrder) {
            EnergyModel m = model(candidate);
            try {
                return new Binding(m, m.bind(structure), List.copyOf(skipped));
            } catch (UnsupportedStructureException e) {
                skipped.add(m.name() + ": " + e.getMessage());
            }
        }
        throw new UnsupportedStructureException("no model can describe it (" + String.join("; ", skipped) + ")");
    }
}
