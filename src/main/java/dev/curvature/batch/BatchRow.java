package dev.curvature.batch;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One output row: a record and what the job made of it. Every job writes the same columns (those
 * it does not fill stay null), so one schema reads every batch. Units are fixed per column and
 * written in the {@code units} map of every row: energies kcal/mol, frequencies cm⁻¹, IR km/mol,
 * Raman Å⁴/amu, entropy and heat capacities cal/mol/K, charges e, dipoles D. {@code cpu_seconds}
 * is the CPU time the record took on its executor thread (the one column that differs between runs).
 */
public final class BatchRow implements Serializable {
    /** The columns, in order; the partition column {@code chunk} comes last. */
    static final StructType SCHEMA = new StructType(new StructField[] {
            field("source", DataTypes.StringType, false),
            field("record", DataTypes.IntegerType, false),
            field("name", DataTypes.StringType, true),
            field("job", DataTypes.StringType, false),
            field("status", DataTypes.StringType, false),
            field("error", DataTypes.StringType, true),
            field("warnings", DataTypes.createArrayType(DataTypes.StringType, false), true),
            field("formula", DataTypes.StringType, true),
            field("atoms", DataTypes.IntegerType, true),
            field("charge", DataTypes.IntegerType, true),
            field("model", DataTypes.StringType, true),
            field("energy", DataTypes.DoubleType, true),
            field("energy_terms", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, false), true),
            field("converged", DataTypes.BooleanType, true),
            field("iterations", DataTypes.IntegerType, true),
            field("stationary_point", DataTypes.StringType, true),
            field("point_group", DataTypes.StringType, true),
            field("frequencies", doubles(), true),
            field("reduced_masses", doubles(), true),
            field("ir_intensities", doubles(), true),
            field("raman_activities", doubles(), true),
            field("intensity_model", DataTypes.StringType, true),
            field("zero_point_energy", DataTypes.DoubleType, true),
            field("temperature", DataTypes.DoubleType, true),
            field("enthalpy", DataTypes.DoubleType, true),
            field("entropy", DataTypes.DoubleType, true),
            field("gibbs_energy", DataTypes.DoubleType, true),
            field("cv", DataTypes.DoubleType, true),
            field("cp", DataTypes.DoubleType, true),
            field("charge_method", DataTypes.StringType, true),
            field("charges", doubles(), true),
            field("dipole", doubles(), true),
            field("dipole_magnitude", DataTypes.DoubleType, true),
            field("molblock", DataTypes.StringType, true),
            field("cpu_seconds", DataTypes.DoubleType, true),
            field("units", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false), false),
            field(BatchLayout.CHUNK_COLUMN, DataTypes.IntegerType, false),
    });

    /** The unit of every dimensioned column, in name order (so every run writes the map alike). */
    static final Map<String, String> UNITS = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(Map.ofEntries(
            Map.entry("energy", "kcal/mol"), Map.entry("energy_terms", "kcal/mol"),
            Map.entry("frequencies", "cm^-1"), Map.entry("reduced_masses", "amu"),
            Map.entry("ir_intensities", "km/mol"), Map.entry("raman_activities", "Å^4/amu"),
            Map.entry("zero_point_energy", "kcal/mol"), Map.entry("temperature", "K"),
            Map.entry("enthalpy", "kcal/mol"), Map.entry("entropy", "cal/mol/K"), Map.entry("gibbs_energy", "kcal/mol"),
            Map.entry("cv", "cal/mol/K"), Map.entry("cp", "cal/mol/K"), Map.entry("charges", "e"),
            Map.entry("dipole", "D"), Map.entry("dipole_magnitude", "D"), Map.entry("charge", "e"),
            Map.entry("cpu_seconds", "s"))));

    private final Object[] values = new Object[SCHEMA.size()];

    BatchRow(String source, int record, String job, int chunk) {
        set("source", source);
        set("record", record);
        set("job", job);
        set("status", "ok");
        set("units", UNITS);
        set(BatchLayout.CHUNK_COLUMN, chunk);
    }

    /** Sets a column by name (unknown names are a programming error). */
    BatchRow set(String column, Object value) {
        values[SCHEMA.fieldIndex(column)] = value;
        return this;
    }

    Object get(String column) { return values[SCHEMA.fieldIndex(column)]; }

    /** Marks the record failed with a one-line reason. */
    BatchRow fail(String status, String reason) {
        set("status", status);
        set("error", reason == null ? "unknown error" : reason.replace('\n', ' ').strip());
        return this;
    }

    boolean ok() { return "ok".equals(get("status")); }

    /** The Spark row; maps become Scala maps, which is what Spark's row encoder takes. */
    Row toRow() {
        Object[] v = values.clone();
        for (int i = 0; i < v.length; i++)
            if (v[i] instanceof Map<?, ?> m) v[i] = scala.jdk.javaapi.CollectionConverters.asScala(new LinkedHashMap<>(m));
        return RowFactory.create(v);
    }

    /** The non-null columns, for JSON lines and tests. */
    Map<String, Object> nonNull() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) if (values[i] != null) m.put(SCHEMA.fields()[i].name(), values[i]);
        return m;
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }

    private static DataType doubles() { return DataTypes.createArrayType(DataTypes.DoubleType, false); }
}
