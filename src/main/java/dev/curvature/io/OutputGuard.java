package dev.curvature.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one guard every command's outputs pass: no output may be an input (same file by identity:
 * symlinks, hard links, "..", a link to the directory), no two options may name the same file,
 * and the directory must exist; all checked before any work. Files of one record are written
 * through a {@link Batch}: staged beside their targets and moved into place only when the whole
 * record succeeded, so a failed record or run leaves no partial file.
 */
public final class OutputGuard {
    private final List<Path> inputs = new ArrayList<>();
    private final Map<Path, String> claimed = new LinkedHashMap<>();

    /** @param inputs the files a command reads (nulls ignored) */
    public OutputGuard(Collection<Path> inputs) {
        for (Path p : inputs) if (p != null) this.inputs.add(p);
    }

    /**
     * Claims an output named by an option; refuses (IllegalArgumentException, one line naming the
     * option) an input, a file another option claimed, a directory, or a missing directory.
     */
    public void claim(String option, Path output) {
        if (output == null) return;
        Path abs = output.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) throw new IllegalArgumentException(option + " " + output + ": is a directory");
        if (dir != null && !Files.isDirectory(dir)) throw new IllegalArgumentException(option + " " + output + ": directory " + dir + " does not exist");
        String problem = whyNot(output);
        if (problem != null) throw new IllegalArgumentException(option + " " + problem);
        for (Map.Entry<Path, String> other : claimed.entrySet())
            if (sameFile(abs, other.getKey()))
                throw new IllegalArgumentException(option + " " + output + ": the same file as " + other.getValue() + " " + other.getKey());
        claimed.put(abs, option);
    }

    /** Why writing this file is refused ("FILE: is the input ..."), or null if it may be written. */
    public String whyNot(Path output) {
        for (Path in : inputs)
            if (sameFile(output, in)) return output + ": refusing to overwrite the input file " + in;
        return null;
    }

    /** Same file by identity, also when the output does not exist yet (its directory is resolved). */
    static boolean sameFile(Path a, Path b) {
        Path na = a.toAbsolutePath().normalize(), nb = b.toAbsolutePath().normalize();
        if (na.equals(nb)) return true;
        try {
            if (Files.exists(na) && Files.exists(nb)) return Files.isSameFile(na, nb);
            return real(na).equals(real(nb));
        } catch (IOException e) {
            return false;
        }
    }

    /** The real path of a file or, if it does not exist, of its directory plus its name. */
    private static Path real(Path p) throws IOException {
        if (Files.exists(p)) return p.toRealPath();
        Path dir = p.getParent();
        return dir != null && Files.exists(dir) ? dir.toRealPath().resolve(p.getFileName()) : p;
    }

    /** A new batch of files to be written together. */
    public Batch batch() { return new Batch(); }

    /**
     * Files written together: {@link #stage} gives the path to write a target at (a hidden
     * directory beside it, same file name, so writers that derive sibling names still work);
     * {@link #commit} moves every staged file into place, {@link #discard} deletes them.
     */
    public final class Batch implements AutoCloseable {
        private final Map<Path, Path> stagingDirs = new LinkedHashMap<>(); // target dir → staging dir
        private boolean done;

        private Batch() {}

        /** Where to write target for now. */
        public Path stage(Path target) throws IOException {
            Path abs = target.toAbsolutePath().normalize();
            Path dir = abs.getParent();
            Path staging = stagingDirs.get(dir);
            if (staging == null) {
                staging = Files.createTempDirectory(dir, ".curvature-");
                stagingDirs.put(dir, staging);
            }
            return staging.resolve(abs.getFileName());
        }

        /** Moves the staged files into place; refuses (before moving any) a file that is an input. */
        public List<Path> commit() throws IOException {
            List<Path[]> moves = new ArrayList<>();
            for (Map.Entry<Path, Path> e : stagingDirs.entrySet()) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(e.getValue())) {
                    for (Path staged : files) {
                        Path target = e.getKey().resolve(staged.getFileName());
                        String problem = whyNot(target);
                        if (problem != null) { discard(); throw new IOException(problem); }
                        moves.add(new Path[] {staged, target});
                    }
                }
            }
            List<Path> written = new ArrayList<>();
            for (Path[] m : moves) {
                try {
                    Files.move(m[0], m[1], StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException ex) {
                    Files.move(m[0], m[1], StandardCopyOption.REPLACE_EXISTING);
                }
                written.add(m[1]);
            }
            discard();
            return written;
        }

        /** Deletes whatever was staged (idempotent). */
        public void discard() {
            if (done) return;
            done = true;
            for (Path staging : stagingDirs.values()) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(staging)) {
                    for (Path f : files) Files.deleteIfExists(f);
                } catch (IOException ignored) { /* best effort: the directory is hidden */ }
                try { Files.deleteIfExists(staging); } catch (IOException ignored) { /* best effort */ }
            }
        }

        @Override public void close() { discard(); }
    }
}
