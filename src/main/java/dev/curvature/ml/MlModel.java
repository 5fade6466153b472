package dev.curvature.ml;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.curvature.io.AtomicFile;
import dev.curvature.ml.descriptor.BasisSpec;
import dev.curvature.model.EnergyModel;
import dev.curvature.model.ModelRegistry;
import dev.curvature.model.Potential;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Structure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained linear or quadratic potential as a file and as an {@link EnergyModel} (scheme {@code ml:MODEL.json}):
 * the basis, one reference energy and one coefficient vector per element, and the training
 * metadata (data hash, weights, errors, condition number). Binding refuses a structure with an
 * element the model was not trained on. The JSON is versioned ({@value #FORMAT} version
 * {@value #VERSION}); units are named in the file.
 */
public final class MlModel implements EnergyModel {
    public static final String FORMAT = "curvature-ml-potential";
    /** Version 1: linear models; version 2 adds the quadratic form (a version-1 reader would drop its products). */
    public static final int VERSION = 2;
    public static final String SCHEME = "ml";

    private final BasisSpec spec;
    private final double[] theta;
    private final Map<String, Object> training;
    private final String source;

    public MlModel(BasisSpec spec, double[] theta, Map<String, Object> training, String source) {
        if (theta.length != spec.parameterCount())
            throw new IllegalArgumentException("model has " + theta.length + " parameters, its basis needs " + spec.parameterCount());
        this.spec = spec;
        this.theta = theta.clone();
        this.training = training == null ? Map.of() : new LinkedHashMap<>(training);
        this.source = source;
    }

    public BasisSpec basis() { return spec; }
    public double[] parameters() { return theta.clone(); }
    public Map<String, Object> training() { return training; }

    @Override public String name() { return form() + " (" + source + ")"; }

    private String form() { return spec.quadratic() ? "ml-quadratic" : "ml-linear"; }

    @Override
    public Potential bind(Structure s) throws UnsupportedStructureException {
        return potential(types(s.atomCount(), i -> s.element(i).symbol(), s.name()));
    }

    /** The potential for atoms of these element indices (in {@link BasisSpec#elements()}). */
    public dev.curvature.potential.PeriodicPotential potential(int[] types) {
        return spec.quadratic() ? new QuadraticMlPotential(form(), spec, types, theta) : new LinearMlPotential(form(), spec, types, theta);
    }

    /** Element indices of every atom, or a one-line refusal naming the first foreign element. */
    public int[] types(int atoms, java.util.function.IntFunction<String> symbol, String what) throws UnsupportedStructureException {
        int[] t = new int[atoms];
        for (int i = 0; i < atoms; i++) {
            t[i] = spec.species(symbol.apply(i));
            if (t[i] < 0)
                throw new UnsupportedStructureException(source + " was trained on " + String.join(", ", spec.elements())
                        + " only; " + (what == null || what.isBlank() ? "the structure" : what) + " has " + symbol.apply(i) + " (atom " + (i + 1) + ")");
        }
        return t;
    }

    // ----- file --------------------------------------------------------------------------------

    public void write(Path file) throws IOException {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("format", FORMAT);
        o.put("version", spec.quadratic() ? 2 : 1);
        o.put("model", spec.quadratic() ? "quadratic in atomic-cluster-expansion descriptors (body order 3), as qSNAP"
                : "linear in atomic-cluster-expansion descriptors (body order 3)");
        o.put("form", spec.quadratic() ? "quadratic" : "linear");
        o.put("units", Map.of("energy", "eV", "length", "angstrom", "reference_energies", "eV per atom"));
        o.put("elements", spec.elements());
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("cutoff_angstrom", spec.cutoff());
        b.put("radial_two_body", spec.radial2());
        b.put("radial_three_body", spec.radial3());
        b.put("lmax", spec.lmax());
        b.put("radial_functions", "Chebyshev T_n(2r/rc - 1) * (1 - r/rc)^3");
        b.put("features_per_element", spec.featureCount());
        o.put("basis", b);
        Map<String, Object> ref = new LinkedHashMap<>();
        Map<String, Object> coef = new LinkedHashMap<>(), quad = new LinkedHashMap<>();
        int nf = spec.featureCount(), nc = spec.columns(), s = spec.species();
        for (int t = 0; t < s; t++) {
            ref.put(spec.elements().get(t), theta[t]);
            coef.put(spec.elements().get(t), java.util.Arrays.copyOfRange(theta, s + t * nc, s + t * nc + nf));
            quad.put(spec.elements().get(t), java.util.Arrays.copyOfRange(theta, s + t * nc + nf, s + (t + 1) * nc));
        }
        o.put("reference_energies", ref);
        o.put("coefficients", coef);
        if (spec.quadratic()) o.put("quadratic_coefficients", quad);   // q_fg, f ≤ g, row by row: E_i += Σ q_fg G_f G_g
        o.put("training", training);
        Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeSpecialFloatingPointValues().create();
        AtomicFile.write(file, gson.toJson(o) + "\n");
    }

    public static MlModel read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file");
        }
        try {
            JsonObject o = JsonParser.parseString(text).getAsJsonObject();
            if (!o.has("format") || !FORMAT.equals(o.get("format").getAsString()))
                throw new IOException(file + ": not a Curvature ML potential (format must be \"" + FORMAT + "\")");
            int version = o.get("version").getAsInt();
            if (version < 1 || version > VERSION) throw new IOException(file + ": model file version " + version + ", this program reads versions 1 to " + VERSION);
            boolean quadratic = o.has("form") && "quadratic".equals(o.get("form").getAsString());
            if (quadratic && version < 2) throw new IOException(file + ": a quadratic model must be version 2");
            List<String> elements = new ArrayList<>();
            for (JsonElement e : o.getAsJsonArray("elements")) elements.add(e.getAsString());
            JsonObject b = o.getAsJsonObject("basis");
            BasisSpec spec = new BasisSpec(elements, b.get("cutoff_angstrom").getAsDouble(), b.get("radial_two_body").getAsInt(),
                    b.get("radial_three_body").getAsInt(), b.get("lmax").getAsInt(), quadratic);
            int nf = spec.featureCount(), nc = spec.columns(), nq = spec.quadraticCount(), s = spec.species();
            double[] theta = new double[spec.parameterCount()];
            for (int t = 0; t < s; t++) {
                String el = elements.get(t);
                theta[t] = o.getAsJsonObject("reference_energies").get(el).getAsDouble();
                var arr = o.getAsJsonObject("coefficients").getAsJsonArray(el);
                if (arr.size() != nf) throw new IOException(file + ": " + el + " has " + arr.size() + " coefficients, the basis needs " + nf);
                for (int k = 0; k < nf; k++) theta[s + t * nc + k] = arr.get(k).getAsDouble();
                if (!quadratic) continue;
                var q = o.getAsJsonObject("quadratic_coefficients").getAsJsonArray(el);
                if (q.size() != nq) throw new IOException(file + ": " + el + " has " + q.size() + " quadratic coefficients, the basis needs " + nq);
                for (int k = 0; k < nq; k++) theta[s + t * nc + nf + k] = q.get(k).getAsDouble();
            }
            Map<String, Object> training = new LinkedHashMap<>();
            if (o.has("training")) training = new Gson().fromJson(o.get("training"), Map.class);
            return new MlModel(spec, theta, training, file.getFileName().toString());
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IOException(file + ": malformed model file: " + e.getMessage());
        }
    }

    /** The registry source of scheme {@value #SCHEME}. */
    public static final ModelRegistry.Source SOURCE = new ModelRegistry.Source() {
        @Override public String scheme() { return SCHEME; }
        @Override public String description() { return "learned linear or quadratic potential trained by 'curvature train' (MODEL.json)"; }
        @Override public EnergyModel load(String argument) throws IOException { return MlModelCache.read(Path.of(argument)); }
    };
}
