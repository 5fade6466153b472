package dev.curvature.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import dev.curvature.io.Record;
import dev.curvature.model.Property;
import dev.curvature.model.UnitSystem;
import dev.curvature.structure.Structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON conventions of the command line: one object per line, strict JSON (no NaN or Infinity:
 * {@link #line} refuses a non-finite number naming its field), no HTML escaping.
 */
final class Json {
    private Json() {}

    static Gson gson() {
        return new GsonBuilder().disableHtmlEscaping().create();
    }

    /** The object as one line of JSON; a non-finite number anywhere is a failure naming its field. */
    static String line(Gson gson, Map<String, Object> o) throws RecordLoop.JobFailure {
        String field = nonFinite(o, "");
        if (field != null)
            throw new RecordLoop.JobFailure("non-finite result in " + field + " (NaN or infinite): no JSON written for this structure");
        return gson.toJson(o);
    }

    /** The path of the first non-finite number in a JSON-bound value, or null. */
    private static String nonFinite(Object v, String path) {
        if (v instanceof Double d) return Double.isFinite(d) ? null : path;
        if (v instanceof Float f) return Float.isFinite(f) ? null : path;
        if (v instanceof double[] a) {
            for (int i = 0; i < a.length; i++) if (!Double.isFinite(a[i])) return path + "[" + i + "]";
            return null;
        }
        if (v instanceof Object[] a) {
            for (int i = 0; i < a.length; i++) { String p = nonFinite(a[i], path + "[" + i + "]"); if (p != null) return p; }
            return null;
        }
        if (v instanceof Iterable<?> it) {
            int i = 0;
            for (Object x : it) { String p = nonFinite(x, path + "[" + i++ + "]"); if (p != null) return p; }
            return null;
        }
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String p = nonFinite(e.getValue(), path.isEmpty() ? "'" + e.getKey() + "'" : path + "." + e.getKey());
                if (p != null) return p;
            }
        }
        return null;
    }

    /** Mass numbers of the atoms the input labelled as isotopes ("atom" 1-based → A), for the record header. */
    static Map<String, Integer> isotopes(Structure s) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int a = 0; a < s.atomCount(); a++) if (s.massNumber(a) != 0) m.put(String.valueOf(a + 1), s.massNumber(a));
        return m;
    }

    /** A 3N vector as a list of [x, y, z] per atom. */
    static List<double[]> perAtom(double[] v) {
        List<double[]> rows = new ArrayList<>(v.length / 3);
        for (int a = 0; a < v.length; a += 3) rows.add(new double[] {v[a], v[a + 1], v[a + 2]});
        return rows;
    }

    /**
     * The {@code units} object of a record: the unit of each kind of quantity it holds. Quantities a
     * model computes take their unit from {@link Property#unit} in the model's {@link UnitSystem}, so
     * a record from a materials potential says eV where a force field's says kcal/mol.
     */
    static final class Units {
        private final UnitSystem system;
        private final Map<String, String> units = new LinkedHashMap<>();

        private Units(UnitSystem system) { this.system = system; }

        /** Starts with {@code length: Å} and {@code charge: e} (positions and the total charge of every record). */
        static Units of(UnitSystem system) {
            return new Units(system).with("length", "Å").with("charge", Property.CHARGES.unit(system));
        }

        /** The quantity is the model property (e.g. "gradient" → kcal/mol/Å). */
        Units with(String quantity, Property property) { return with(quantity, property.unit(system)); }

        Units with(String quantity, String unit) {
            units.put(quantity, unit);
            return this;
        }

        Map<String, String> map() { return units; }
    }

    /** The fields every per-structure JSON object starts with. */
    static Map<String, Object> recordHeader(Record r, String modelName) {
        Structure s = r.structure();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", s.name());
        o.put("source", r.source());
        o.put("record", r.number());
        o.put("formula", s.formula());
        o.put("atoms", s.atomCount());
        o.put("charge", s.totalCharge());
        if (s.hasIsotopes()) o.put("isotopes", isotopes(s));
        o.put("model", modelName);
        return o;
    }
}
