package dev.curvature.jmol;

import org.jmol.adapter.smarter.SmarterJmolAdapter;
import org.jmol.viewer.Viewer;

import java.util.HashMap;
import java.util.Map;

/** A Jmol viewer without a display, as Jmol's own headless mode builds it; for tests. */
public final class HeadlessJmol {
    private HeadlessJmol() {}

    public static Viewer viewer() {
        System.setProperty("java.awt.headless", "true");
        Map<String, Object> info = new HashMap<>();
        info.put("adapter", new SmarterJmolAdapter());
        info.put("noDisplay", Boolean.TRUE);
        info.put("silent", Boolean.TRUE);
        return new Viewer(info);
    }

    /** Water as a V2000 molfile, a small model with bonds. */
    static final String WATER_MOL = String.join("\n",
            "water", "  test", "",
            "  3  2  0  0  0  0  0  0  0  0999 V2000",
            "    0.0000    0.0000    0.1173 O   0  0  0  0  0  0  0  0  0  0  0  0",
            "    0.0000    0.7572   -0.4692 H   0  0  0  0  0  0  0  0  0  0  0  0",
            "    0.0000   -0.7572   -0.4692 H   0  0  0  0  0  0  0  0  0  0  0  0",
            "  1  2  1  0  0  0  0",
            "  1  3  1  0  0  0  0",
            "M  END", "");
}
