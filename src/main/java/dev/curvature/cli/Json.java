package dev.curvature.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import java.util.ArrayList;
import java.util.List;

/** JSON conventions of the command line: one object per line, NaN allowed, no HTML escaping. */
final class Json {
    private Json() {}

    static Gson gson() {
        return new GsonBuilder().serializeSpecialFloatingPointValues().disableHtmlEscaping().create();
    }

    /** A 3N vector as a list of [x, y, z] per atom. */
    static List<double[]> perAtom(double[] v) {
        List<double[]> rows = new ArrayList<>(v.length / 3);
        for (int a = 0; a < v.length; a += 3) rows.add(new double[] {v[a], v[a + 1], v[a + 2]});
        return rows;
    }
}
