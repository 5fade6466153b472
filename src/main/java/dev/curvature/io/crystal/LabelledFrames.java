package dev.curvature.io.crystal;

import dev.curvature.io.AtomicFile;
import dev.curvature.io.StructureInputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes learned-potential data sets: extended XYZ frames with energy, forces, stress or
 * virial, pbc and config_type ({@link LabelledFrame} states the conventions). Every failure is one
 * line naming the file, the line and the frame.
 */
public final class LabelledFrames {
    private LabelledFrames() {}

    public static List<LabelledFrame> read(Path file) throws StructureInputException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw new StructureInputException(file + ": no such file");
        } catch (IOException e) {
            throw new StructureInputException(file + ": cannot read: " + e.getMessage());
        }
        try {
            return ExtendedXyz.parseLabelled(lines, file.getFileName().toString(), false);
        } catch (CrystalFormatException | IllegalArgumentException e) {
            throw new StructureInputException(file + ": " + e.getMessage());
        }
    }

    /** Writes the frames (whole file or nothing), stress as the full 3×3 ASE writes. */
    public static void write(Path file, List<LabelledFrame> frames) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (LabelledFrame f : frames) sb.append(ExtendedXyz.format(f));
        AtomicFile.write(file, sb.toString());
    }

    /** One frame as extended XYZ text. */
    public static String format(LabelledFrame frame) { return ExtendedXyz.format(frame); }
}
