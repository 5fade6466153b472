package dev.curvature.io;

import dev.curvature.structure.Structure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Writes structures to a file atomically: everything goes to a temporary file in the same
 * directory, which then replaces the target in one rename, so readers never see half a file and a
 * failure leaves the old file intact. Refuses to write over any of the inputs it was given.
 */
public final class StructureWriter {
    private StructureWriter() {}

    /**
     * Writes all structures to output (format from its extension).
     *
     * @param inputs files the structures were read from; writing to any of them is refused
     */
    public static void write(Path output, Iterable<Structure> structures, Collection<Path> inputs) throws StructureInputException {
        OutputFormat format = OutputFormat.byExtension(output.getFileName().toString());
        if (format == null) throw new StructureInputException(output + ": unknown output format (use .xyz or .sdf)");
        checkNotAnInput(output, inputs);
        Path dir = output.toAbsolutePath().normalize().getParent();
        if (dir != null && !Files.isDirectory(dir)) throw new StructureInputException(output + ": directory " + dir + " does not exist");
        StringBuilder text = new StringBuilder();
        try {
            for (Structure s : structures) text.append(StructureFormatter.format(s, format));
        } catch (IllegalArgumentException e) {
            throw new StructureInputException(output + ": " + e.getMessage(), e);
        }
        try {
            AtomicFile.write(output, text.toString());
        } catch (IOException e) {
            throw new StructureInputException(e.getMessage(), e);
        }
    }

    /** Throws if output names the same file as one of the inputs (by identity: links, "..", see {@link OutputGuard}). */
    public static void checkNotAnInput(Path output, Collection<Path> inputs) throws StructureInputException {
        String problem = new OutputGuard(inputs).whyNot(output);
        if (problem != null) throw new StructureInputException(problem);
    }
}
