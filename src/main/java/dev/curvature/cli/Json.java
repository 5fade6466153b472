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
        o.put("model", modelName);
        return o;
    }
}
