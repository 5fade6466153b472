package dev.curvature.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Which version of a file a model was read from: its real path (links and {@code ..} resolved),
 * last-modified time and size. Two loads of the same unchanged file have equal stamps, so a model
 * parsed once can be reused; a file rewritten in place (a model re-trained to the same name) gets a
 * new stamp and is read again.
 */
public record FileStamp(Path realPath, long modifiedMillis, long size) {

    /** The stamp of the file an argument names, or null when it names no readable regular file. */
    public static FileStamp of(String argument) {
        try {
            return of(Path.of(argument));
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** The stamp of a file, or null when it is not a readable regular file. */
    public static FileStamp of(Path file) {
        try {
            Path real = file.toRealPath();
            BasicFileAttributes a = Files.readAttributes(real, BasicFileAttributes.class);
            if (!a.isRegularFile()) return null;
            return new FileStamp(real, a.lastModifiedTime().toMillis(), a.size());
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
