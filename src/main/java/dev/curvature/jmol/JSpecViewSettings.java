package dev.curvature.jmol;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * JSpecView (opened from Jmol's Tools menu) saves its preferences to the relative file name
 * "jspecview.properties", i.e. into whatever directory Jmol was started from. This points its
 * (private static) file name in jspecview.application.JSpecView at ~/.jmol/jspecview.properties instead, next to Jmol's own
 * settings; the system property {@code curvature.jspecview.properties} chooses another file.
 */
final class JSpecViewSettings {
    static final String PROPERTY = "curvature.jspecview.properties";

    private JSpecViewSettings() {}

    /** @return the file JSpecView will use, or null if this Jmol has no such field (left as it is) */
    static Path redirect() {
        String chosen = System.getProperty(PROPERTY);
        Path file = chosen != null ? Path.of(chosen) : Path.of(System.getProperty("user.home"), ".jmol", "jspecview.properties");
        try {
            Class<?> app = Class.forName("jspecview.application.JSpecView");
            java.lang.reflect.Field f = app.getDeclaredField("propertiesFileName");
            f.setAccessible(true);
            Files.createDirectories(file.toAbsolutePath().getParent());
            f.set(null, file.toAbsolutePath().toString());
            return file.toAbsolutePath();
        } catch (ReflectiveOperationException | RuntimeException | java.io.IOException e) {
            return null;
        }
    }
}
