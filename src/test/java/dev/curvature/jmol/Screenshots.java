package dev.curvature.jmol;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * README's screenshots are the real-window tests' own: with {@code -Dcurvature.updateScreenshots=true}
 * a passing test copies the ones it took (target/NAME/…) to docs/screenshots/, so the README shows
 * what the tests saw. Without the property nothing under docs/ is touched.
 */
final class Screenshots {
    static final Path DIR = Path.of("docs", "screenshots");

    private Screenshots() {}

    /** @param pairs taken-file name, published name, … */
    static void publish(String outName, String... pairs) throws Exception {
        if (!Boolean.getBoolean("curvature.updateScreenshots")) return;
        Files.createDirectories(DIR);
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            Path taken = Path.of("target", outName, pairs[i]);
            if (Files.size(taken) < 5_000) throw new IllegalStateException(taken + " is too small to be a screenshot");
            Files.copy(taken, DIR.resolve(pairs[i + 1]), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
