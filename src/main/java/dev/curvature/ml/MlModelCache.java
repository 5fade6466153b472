package dev.curvature.ml;

import dev.curvature.model.FileStamp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Model files parsed once per process: every registry (a batch executor's, each plugin action's
 * potential chooser) that names the same unchanged MODEL.json gets the same {@link MlModel}. Keyed by
 * the file's real path; a hit needs the same modification time and size, so a model re-trained into
 * the same file is read again. Holds the {@value #CAPACITY} models used last.
 */
public final class MlModelCache {
    static final int CAPACITY = 16;

    private record Entry(FileStamp stamp, MlModel model) {}

    private static final Map<Path, Entry> MODELS = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<Path, Entry> eldest) { return size() > CAPACITY; }
    };
    private static long parses;

    private MlModelCache() {}

    /** The model in {@code file}, parsed only if this version of the file has not been read before. */
    public static MlModel read(Path file) throws IOException {
        FileStamp stamp = FileStamp.of(file);
        if (stamp == null) return MlModel.read(file);   // missing or not a file: the reader says so in one line
        synchronized (MODELS) {
            Entry e = MODELS.get(stamp.realPath());
            if (e != null && e.stamp().equals(stamp)) return e.model();
        }
        MlModel m = MlModel.read(file);
        synchronized (MODELS) {
            parses++;
            MODELS.put(stamp.realPath(), new Entry(stamp, m));
        }
        return m;
    }

    /** How many model files were parsed through the cache so far (tests). */
    static long parses() {
        synchronized (MODELS) {
            return parses;
        }
    }
}
