package dev.curvature.jmol;

import javajs.util.P3;
import org.jmol.script.T;
import org.jmol.viewer.Viewer;

/**
 * Writes engine results back onto the Jmol atoms a {@link JmolModel} came from: coordinates,
 * vibration vectors (Jmol then animates them natively), partial charges and named per-atom
 * properties for colouring. Must be called on a thread allowed to change the viewer (Jmol's
 * script queue or the Swing event thread).
 */
public final class JmolModelWriter {
    private JmolModelWriter() {}

    /** Replaces the model's coordinates (Å, interleaved, in structure atom order). */
    public static void setCoordinates(Viewer vwr, JmolModel model, double[] positionsAngstrom) {
        vwr.setAtomCoords(model.bitSet(), T.xyz, points(positionsAngstrom));
    }

    /** Sets one vibration vector per atom (Å, interleaved, in structure atom order). */
    public static void setVibration(Viewer vwr, JmolModel model, double[] displacementAngstrom) {
        vwr.setAtomCoords(model.bitSet(), T.vibxyz, points(displacementAngstrom));
    }

    /**
     * Sets Jmol's partial charges for the model's atoms. All atoms get a value: Jmol computes MMFF94
     * charges by itself for any atom left without one.
     */
    public static void setPartialCharges(Viewer vwr, JmolModel model, double[] charges) {
        vwr.setAtomProperty(model.bitSet(), T.partialcharge, 0, 0f, null, floats(charges), null);
    }

    /** Stores a named per-atom property, e.g. "property_dq", usable in `color atoms property_dq`. */
    public static void setProperty(Viewer vwr, JmolModel model, String propertyName, double[] values) {
        if (!propertyName.startsWith("property_"))
            throw new IllegalArgumentException("Jmol property names start with property_: " + propertyName);
        vwr.setData(propertyName, new Object[] {propertyName, floats(values), model.bitSet(), Integer.valueOf(-1)}, 0, 0, 0, 0, 0);
    }

    // Jmol orders arrays for a bit set by ascending atom index; JmolModelReader keeps that order.
    private static P3[] points(double[] xyz) {
        P3[] p = new P3[xyz.length / 3];
        for (int a = 0; a < p.length; a++) p[a] = P3.new3((float) xyz[3 * a], (float) xyz[3 * a + 1], (float) xyz[3 * a + 2]);
        return p;
    }

    private static float[] floats(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) f[i] = (float) v[i];
        return f;
    }
}
