package dev.curvature.jmol;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** JSpecView's preferences file is taken out of the working directory. */
class JSpecViewSettingsTest {
    @Test
    void jspecviewPropertiesGoWhereWeSayNotIntoTheWorkingDirectory() throws Exception {
        Path dir = Files.createTempDirectory("curvature-jsv");
        Path file = dir.resolve("sub").resolve("jspecview.properties");
        String old = System.getProperty(JSpecViewSettings.PROPERTY);
        System.setProperty(JSpecViewSettings.PROPERTY, file.toString());
        try {
            assertEquals(file.toAbsolutePath(), JSpecViewSettings.redirect());
            java.lang.reflect.Field f = Class.forName("jspecview.application.JSpecView").getDeclaredField("propertiesFileName");
            f.setAccessible(true);
            assertEquals(file.toAbsolutePath().toString(), f.get(null), "JSpecView's own (relative) default is replaced");
            assertTrue(Files.isDirectory(file.getParent()));
        } finally {
            if (old == null) System.clearProperty(JSpecViewSettings.PROPERTY); else System.setProperty(JSpecViewSettings.PROPERTY, old);
        }
    }
}
