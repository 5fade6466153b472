package dev.curvature.potential.lammps;

import java.nio.file.Path;

/**
 * A potential file (or a LAMMPS parameter file it names) that cannot be used: the message is one
 * line naming the file and, where there is one, the line, e.g. {@code si.pot:3: unsupported
 * pair_style 'meam'}.
 */
public final class PotentialFileException extends Exception {
    public PotentialFileException(Path file, int line, String message) {
        super(file.getFileName() + (line > 0 ? ":" + line : "") + ": " + message);
    }
}
