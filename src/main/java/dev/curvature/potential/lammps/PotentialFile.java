package dev.curvature.potential.lammps;

import dev.curvature.charges.EemModel;
import dev.curvature.charges.GaussianChargeModel;
import dev.curvature.charges.HardnessModel;
import dev.curvature.charges.QeqModel;
import dev.curvature.potential.PeriodicPotential;
import dev.curvature.potential.manybody.StillingerWeber;
import dev.curvature.potential.manybody.Tersoff;
import dev.curvature.structure.Cell;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A potential given the way LAMMPS users write it ({@code --potential FILE}): the commands
 * {@code pair_style}, {@code pair_coeff} (naming LAMMPS parameter files by a path relative to
 * FILE, or found in {@code $LAMMPS_POTENTIALS}), {@code kspace_style}, {@code labelmap atom 1 Na
 * 2 Cl}, {@code set type N charge Q}, {@code units metal}, {@code mass} (ignored: masses come from
 * the elements), comments and {@code &} continuations; and two lines of Curvature's own (LAMMPS
 * would use a {@code fix qeq/...}) for charges equilibrated at every geometry with the ionic styles:
 * {@code charge_equilibration gaussian|qeq|eem} and, for gaussian, {@code charge_coeff TYPE χ J⁰ σ}. Anything else is a one-line error naming
 * the file and line. {@link #bind} maps the LAMMPS atom types to a structure's elements.
 */
public final class PotentialFile {
    /** One command with its words and line. */
    record Command(int line, List<String> words) {
        String word(int k) { return words.get(k); }
        int size() { return words.size(); }
    }

    private final Path file;
    private Command pairStyle;
    private final List<Command> pairCoeffs = new ArrayList<>();
    private final TreeMap<Integer, String> labels = new TreeMap<>();
    private final TreeMap<Integer, Double> charges = new TreeMap<>();
    private Command kspace;
    private Command chargeEquilibration;
    private final TreeMap<Integer, Command> chargeCoeffs = new TreeMap<>();

    private PotentialFile(Path file) { this.file = file; }

    /** Reads and checks the commands of a potential file (the parameter files are read by {@link #bind}). */
    public static PotentialFile read(Path file) throws PotentialFileException {
        PotentialFile p = new PotentialFile(file);
        List<String> lines = TokenStream.readLines(file);
        StringBuilder pending = new StringBuilder();
        int pendingLine = 0;
        for (int n = 0; n < lines.size(); n++) {
            String s = lines.get(n);
            int hash = s.indexOf('#');
            if (hash >= 0) s = s.substring(0, hash);
            s = s.strip();
            if (pending.isEmpty()) pendingLine = n + 1;
            if (s.endsWith("&")) {
                pending.append(s, 0, s.length() - 1).append(' ');
                continue;
            }
            pending.append(s);
            String command = pending.toString().strip();
            pending.setLength(0);
            if (command.isEmpty()) continue;
            p.accept(new Command(pendingLine, List.of(command.split("\\s+"))));
        }
        if (p.pairStyle == null) throw new PotentialFileException(file, 0, "no pair_style command");
        if (p.pairCoeffs.isEmpty()) throw new PotentialFileException(file, p.pairStyle.line(), "no pair_coeff command");
        p.checkChargeEquilibration();
        return p;
    }

    private void accept(Command c) throws PotentialFileException {
        switch (c.word(0)) {
            case "pair_style" -> {
                if (pairStyle != null) throw error(c, "a second pair_style (only one is supported)");
                if (c.size() < 2) throw error(c, "pair_style needs a style");
                pairStyle = c;
            }
            case "pair_coeff" -> {
                if (pairStyle == null) throw error(c, "pair_coeff before pair_style");
                if (c.size() < 3) throw error(c, "pair_coeff needs two atom types");
                pairCoeffs.add(c);
            }
            case "kspace_style" -> {
                if (c.size() != 3 || !c.word(1).equals("ewald"))
                    throw error(c, "only 'kspace_style ewald ACCURACY' is supported");
                double acc = number(c, 2, "ewald accuracy");
                if (!(acc > 0 && acc < 1)) throw error(c, "ewald accuracy must be between 0 and 1, got " + c.word(2));
                kspace = c;
            }
            case "labelmap" -> {
                if (c.size() < 4 || !c.word(1).equals("atom") || (c.size() - 2) % 2 != 0)
                    throw error(c, "expected 'labelmap atom TYPE LABEL [TYPE LABEL ...]'");
                for (int k = 2; k < c.size(); k += 2) {
                    int t = type(c, k);
                    String label = c.word(k + 1);
                    element(c, label);
                    labels.put(t, label);
                }
            }
            case "set" -> {
                if (c.size() != 5 || !c.word(1).equals("type") || !c.word(3).equals("charge"))
                    throw error(c, "only 'set type N charge Q' is supported");
                charges.put(type(c, 2), number(c, 4, "charge"));
            }
            case "units" -> {
                if (c.size() != 2 || !c.word(1).equals("metal"))
                    throw error(c, "only 'units metal' (eV, Å) is supported");
            }
            case "mass" -> { /* masses come from the structure's elements */ }
            case "charge_equilibration" -> {
                if (c.size() != 2 || !List.of(EQUILIBRATION_MODELS).contains(c.word(1)))
                    throw error(c, "expected 'charge_equilibration " + String.join("|", EQUILIBRATION_MODELS) + "'");
                if (chargeEquilibration != null) throw error(c, "a second charge_equilibration");
                chargeEquilibration = c;
            }
            case "charge_coeff" -> {
                if (c.size() != 5) throw error(c, "expected 'charge_coeff TYPE CHI_EV HARDNESS_EV SIGMA_ANGSTROM'");
                int t = type(c, 1);
                if (!(number(c, 3, "hardness") > 0)) throw error(c, "the hardness must be positive");
                if (!(number(c, 4, "Gaussian width") > 0)) throw error(c, "the Gaussian width must be positive");
                number(c, 2, "electronegativity");
                if (chargeCoeffs.put(t, c) != null) throw error(c, "a second charge_coeff for type " + t);
            }
            default -> throw error(c, "unsupported command '" + c.word(0) + "'");
        }
    }

    /**
     * The charge models of {@code charge_equilibration}: Gaussian charges with the file's
     * {@code charge_coeff} parameters, QEq (Rappé–Goddard, hydrogen's hardness fixed), EEM (Bultinck).
     */
    static final String[] EQUILIBRATION_MODELS = {"gaussian", "qeq", "eem"};

    private void checkChargeEquilibration() throws PotentialFileException {
        Command c = chargeEquilibration;
        if (c == null) {
            if (!chargeCoeffs.isEmpty()) throw error(chargeCoeffs.firstEntry().getValue(), "charge_coeff without 'charge_equilibration gaussian'");
            return;
        }
        if (!pairStyle().equals("buck/coul/long") && !pairStyle().equals("born/coul/long"))
            throw error(c, "charge_equilibration needs pair_style buck/coul/long or born/coul/long, not " + pairStyle());
        if (!charges.isEmpty())
            throw error(c, "charge_equilibration computes the charges: remove the 'set type N charge Q' lines (fixed charges)");
        if (c.word(1).equals("gaussian") ? chargeCoeffs.isEmpty() : !chargeCoeffs.isEmpty())
            throw error(c, c.word(1).equals("gaussian") ? "charge_equilibration gaussian needs 'charge_coeff TYPE CHI HARDNESS SIGMA' for every type"
                    : "charge_coeff lines belong to 'charge_equilibration gaussian', not " + c.word(1));
    }

    /** The charge model of a {@code charge_equilibration} line, or null for fixed charges. */
    HardnessModel chargeModel(String[] typeElements) throws PotentialFileException {
        if (chargeEquilibration == null) return null;
        return switch (chargeEquilibration.word(1)) {
            case "qeq" -> QeqModel.rappeGoddard1991().withFixedHydrogenHardness();
            case "eem" -> EemModel.bultinck2002();
            default -> {
                Map<String, GaussianChargeModel.Parameters> p = new HashMap<>();
                for (int t = 1; t <= typeElements.length; t++) {
                    Command c = chargeCoeffs.get(t);
                    if (c == null) throw error(chargeEquilibration, "no charge_coeff for type " + t + " (" + typeElements[t - 1] + ")");
                    GaussianChargeModel.Parameters q = new GaussianChargeModel.Parameters(number(c, 2, "electronegativity"),
                            number(c, 3, "hardness"), number(c, 4, "Gaussian width"));
                    GaussianChargeModel.Parameters before = p.put(typeElements[t - 1], q);
                    if (before != null && !before.equals(q))
                        throw error(c, "two types of element " + typeElements[t - 1] + " with different charge_coeff");
                }
                yield new GaussianChargeModel(p);
            }
        };
    }

    /** The pair style, e.g. "sw". */
    public String pairStyle() { return pairStyle.word(1); }

    public Path path() { return file; }

    /** Binds the potential to a structure's atoms (its elements select the LAMMPS types). */
    public PeriodicPotential bind(Structure structure) throws PotentialFileException {
        if (chargeEquilibration != null) return IonicSetup.bindEquilibrated(this, structure);
        Element[] e = new Element[structure.atomCount()];
        for (int i = 0; i < e.length; i++) e[i] = structure.element(i);
        return bind(e, structure.cell());
    }

    /** Binds the potential to atoms of these elements (Coulomb styles need {@link #bind(Element[], Cell)}). */
    public PeriodicPotential bind(Element[] atoms) throws PotentialFileException {
        return bind(atoms, null);
    }

    /**
     * Binds the potential to atoms of these elements in this reference cell (null for none); the
     * Coulomb styles choose their Ewald parameters for it, as LAMMPS does at setup.
     */
    public PeriodicPotential bind(Element[] atoms, Cell cell) throws PotentialFileException {
        String style = pairStyle();
        if (chargeEquilibration != null)
            throw error(chargeEquilibration, "charge_equilibration needs the structure's positions: bind the potential to a structure");
        if (kspace != null && !style.endsWith("/coul/long"))
            throw error(kspace, "kspace_style needs a coul/long pair style, not " + style);
        return switch (style) {
            case "lj/cut" -> LjCutSetup.bind(this, atoms);
            case "sw" -> {
                ManyBodySetup m = ManyBodySetup.read(this, atoms);
                String[] sp = m.species();
                yield new StillingerWeber(m.atomSpecies(), sp.length, SwFile.read(m.parameterFile(), sp));
            }
            case "buck/coul/long", "born/coul/long" -> IonicSetup.bind(this, atoms, cell);
            case "eam" -> EamSetup.funcfl(this, atoms);
            case "eam/alloy" -> EamSetup.alloy(this, atoms);
            case "tersoff" -> {
                ManyBodySetup m = ManyBodySetup.read(this, atoms);
                String[] sp = m.species();
                yield new Tersoff(m.atomSpecies(), sp.length, TersoffFile.read(m.parameterFile(), sp));
            }
            default -> throw error(pairStyle, "unsupported pair_style '" + style + "' (supported: lj/cut, buck/coul/long, born/coul/long, sw, tersoff, eam, eam/alloy)");
        };
    }

    // ----- helpers shared by the style readers -----------------------------------------------

    Path file() { return file; }
    Command pairStyleCommand() { return pairStyle; }
    List<Command> pairCoeffs() { return pairCoeffs; }
    TreeMap<Integer, String> labels() { return labels; }
    TreeMap<Integer, Double> charges() { return charges; }
    Command kspace() { return kspace; }

    PotentialFileException error(Command c, String message) {
        return new PotentialFileException(file, c.line(), message);
    }

    double number(Command c, int k, String what) throws PotentialFileException {
        if (k >= c.size()) throw error(c, "missing " + what);
        try {
            return Double.parseDouble(c.word(k));
        } catch (NumberFormatException e) {
            throw error(c, what + " is not a number: '" + c.word(k) + "'");
        }
    }

    int type(Command c, int k) throws PotentialFileException {
        try {
            int t = Integer.parseInt(c.word(k));
            if (t < 1) throw error(c, "atom types start at 1, got " + t);
            return t;
        } catch (NumberFormatException e) {
            throw error(c, "atom type is not a number: '" + c.word(k) + "'");
        }
    }

    Element element(Command c, String symbol) throws PotentialFileException {
        try {
            return Element.of(symbol);
        } catch (IllegalArgumentException e) {
            throw error(c, "'" + symbol + "' is not an element symbol");
        }
    }

    /**
     * LAMMPS type bounds "N", "*", "N*", "*N", "M*N" as [lo, hi] (1-based) for {@code ntypes} types.
     */
    int[] bounds(Command c, int k, int ntypes) throws PotentialFileException {
        String w = c.word(k);
        try {
            int star = w.indexOf('*');
            if (star < 0) {
                int t = Integer.parseInt(w);
                if (t < 1 || t > ntypes) throw error(c, "atom type " + t + " is not between 1 and " + ntypes);
                return new int[]{t, t};
            }
            int lo = star == 0 ? 1 : Integer.parseInt(w.substring(0, star));
            int hi = star == w.length() - 1 ? ntypes : Integer.parseInt(w.substring(star + 1));
            if (lo < 1 || hi > ntypes || lo > hi) throw error(c, "type range '" + w + "' is outside 1.." + ntypes);
            return new int[]{lo, hi};
        } catch (NumberFormatException e) {
            throw error(c, "atom type is not a number or range: '" + w + "'");
        }
    }

    /** The parameter file a pair_coeff names: relative to this file, else in $LAMMPS_POTENTIALS. */
    Path parameterFile(Command c, String name) throws PotentialFileException {
        Path p = file.toAbsolutePath().getParent().resolve(name);
        if (Files.isRegularFile(p)) return p;
        String env = System.getenv("LAMMPS_POTENTIALS");
        if (env != null && !Path.of(name).isAbsolute()) {
            Path q = Path.of(env).resolve(name);
            if (Files.isRegularFile(q)) return q;
        }
        throw error(c, "parameter file '" + name + "' not found (looked next to " + file.getFileName()
                + (env != null ? " and in $LAMMPS_POTENTIALS" : "") + ")");
    }

    /**
     * Per atom, the 0-based LAMMPS type of its element: the first type whose element matches.
     * {@code typeElements[t]} is the element symbol of type t+1 (null: not covered).
     */
    int[] atomTypes(Element[] atoms, String[] typeElements) throws PotentialFileException {
        int[] type = new int[atoms.length];
        Set<String> missing = new LinkedHashSet<>();
        for (int i = 0; i < atoms.length; i++) {
            type[i] = -1;
            for (int t = 0; t < typeElements.length; t++)
                if (atoms[i].symbol().equals(typeElements[t])) { type[i] = t; break; }
            if (type[i] < 0) missing.add(atoms[i].symbol());
        }
        if (!missing.isEmpty()) {
            Set<String> covered = new LinkedHashSet<>();
            for (String s : typeElements) if (s != null) covered.add(s);
            throw new PotentialFileException(file, 0, "the potential covers " + String.join(", ", covered)
                    + " but the structure also has " + String.join(", ", missing));
        }
        return type;
    }

    /**
     * Element symbols of types 1..n for pair styles that give parameters per type: from labelmap;
     * a single unlabelled type is allowed when the structure has one element.
     */
    String[] labelledTypes(int ntypes, Element[] atoms) throws PotentialFileException {
        String[] out = new String[ntypes];
        for (int t = 1; t <= ntypes; t++) out[t - 1] = labels.get(t);
        if (Arrays.stream(out).allMatch(s -> s != null)) return out;
        Set<String> present = new LinkedHashSet<>();
        for (Element e : atoms) present.add(e.symbol());
        if (ntypes == 1 && labels.isEmpty() && present.size() == 1) {
            out[0] = present.iterator().next();
            return out;
        }
        throw new PotentialFileException(file, 0, "atom types need element names: add 'labelmap atom 1 "
                + (present.isEmpty() ? "X" : present.iterator().next()) + " ...' for all " + ntypes + " types");
    }

    /** Types of the per-type styles: the labelmap's, else the largest type a pair_coeff names (at least 1). */
    int typeCount() throws PotentialFileException {
        int n = labels.isEmpty() ? 0 : labels.lastKey();
        for (Command c : pairCoeffs)
            for (int k = 1; k <= 2; k++) {
                String w = c.word(k);
                for (String part : w.split("\\*")) {
                    if (part.isEmpty()) continue;
                    try {
                        n = Math.max(n, Integer.parseInt(part));
                    } catch (NumberFormatException e) {
                        throw error(c, "atom type is not a number or range: '" + w + "'");
                    }
                }
            }
        return Math.max(n, 1);
    }

    static String format(double v) { return String.format(Locale.ROOT, "%.6g", v); }
}
