package dev.curvature.io;

import dev.curvature.build.BondPerception;
import dev.curvature.build.CdkConversion;
import dev.curvature.build.CdkLogging;
import dev.curvature.build.HydrogenPlacement;
import dev.curvature.build.SmilesEmbedding;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IChemFile;
import org.openscience.cdk.interfaces.IChemObjectBuilder;
import org.openscience.cdk.io.CMLReader;
import org.openscience.cdk.io.IChemObjectReader;
import org.openscience.cdk.io.ISimpleChemObjectReader;
import org.openscience.cdk.io.MDLV2000Reader;
import org.openscience.cdk.io.MDLV3000Reader;
import org.openscience.cdk.io.Mol2Reader;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.tools.CDKHydrogenAdder;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;
import org.openscience.cdk.tools.manipulator.ChemFileManipulator;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads structures from SDF/MOL (V2000, V3000), MOL2, XYZ, PDB, CML and SMILES, one record at a
 * time. A record that cannot be read becomes a failed {@link Record} with a one-line reason; the
 * records after it are still read. Format by file extension, else by the first lines.
 */
public final class StructureReader implements Iterator<Record>, Closeable {
    static { CdkLogging.silence(); }

    private static final IChemObjectBuilder BUILDER = SilentChemObjectBuilder.getInstance();
    static final String SMILES_GEOMETRY_NOTE = "3-D coordinates generated from SMILES: a starting geometry, not a minimum";

    private final String source;
    private final InputFormat format;
    private final ReadOptions options;
    private final BufferedReader in;
    private final Deque<Record> pending = new ArrayDeque<>();
    private String pushedBack;
    private int recordNumber;
    private int produced;
    private boolean finished;

    private StructureReader(String source, InputFormat format, ReadOptions options, BufferedReader in) {
        this.source = source;
        this.format = format;
        this.options = options;
        this.in = in;
    }

    /** Opens a file; fails at once if it is missing, unreadable, or of an unknown format. */
    public static StructureReader open(Path file, ReadOptions options) throws StructureInputException {
        String source = file.toString();
        if (Files.isDirectory(file)) throw new StructureInputException(source + ": is a directory, not a structure file");
        InputFormat format;
        try {
            format = InputFormat.detect(file);
            if (format == null)
                throw new StructureInputException(source + ": unknown structure format (use .sdf, .mol, .mol2, .xyz, .pdb, .cml or .smi)");
            return new StructureReader(source, format, options, Files.newBufferedReader(file, StandardCharsets.ISO_8859_1));
        } catch (NoSuchFileException e) {
            throw new StructureInputException(source + ": no such file");
        } catch (IOException e) {
            throw new StructureInputException(source + ": cannot read: " + e.getMessage());
        }
    }

    /** One record from a SMILES string (hydrogens added, 3-D coordinates generated). */
    public static StructureReader ofSmiles(String smiles, ReadOptions options) {
        return new StructureReader("SMILES", InputFormat.SMILES, options, new BufferedReader(new StringReader(smiles)));
    }

    /** Reads text in the given format (for tests and embedded use); source names it in messages. */
    public static StructureReader ofText(String text, InputFormat format, String source, ReadOptions options) {
        return new StructureReader(source, format, options, new BufferedReader(new StringReader(text)));
    }

    /**
     * Whether text that names no existing file should be read as SMILES: it has no structure-file
     * extension and CDK can parse it.
     */
    public static boolean looksLikeSmiles(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.contains(" ") || InputFormat.byExtension(t) != null) return false;
        try {
            new org.openscience.cdk.smiles.SmilesParser(BUILDER).parseSmiles(t);
            return true;
        } catch (CDKException | RuntimeException e) {
            return false;
        }
    }

    public String source() { return source; }
    public InputFormat format() { return format; }
    /** Records returned so far. */
    public int recordsRead() { return produced; }
    /** The message for an input that held no records: "file.sdf: no structures found". */
    public String noStructuresMessage() { return source + ": no structures found"; }

    /** The records as a sequential stream (closing the stream closes the reader). */
    public Stream<Record> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> { try { close(); } catch (IOException e) { throw new UncheckedIOException(e); } });
    }

    @Override
    public boolean hasNext() {
        if (!pending.isEmpty()) return true;
        if (finished) return false;
        try {
            readMore();
        } catch (IOException e) {
            pending.add(Record.failed(source, recordNumber + 1, "", "read error: " + e.getMessage()));
            finished = true;
        }
        return !pending.isEmpty();
    }

    @Override
    public Record next() {
        if (!hasNext()) throw new NoSuchElementException();
        produced++;
        return pending.poll();
    }

    @Override public void close() throws IOException { in.close(); }

    // ---------------------------------------------------------------------------------------------

    private String line() throws IOException {
        if (pushedBack != null) { String l = pushedBack; pushedBack = null; return l; }
        return in.readLine();
    }

    private void readMore() throws IOException {
        while (pending.isEmpty() && !finished) {
            switch (format) {
                case SDF: readSdfRecord(); break;
                case MOL2: readMol2Record(); break;
                case XYZ: readXyzFrame(); break;
                case PDB: readPdbModel(); break;
                case CML: readCml(); break;
                case SMILES: readSmilesLine(); break;
                default: throw new IllegalStateException(format.toString());
            }
        }
    }

    // SDF / MOL ----------------------------------------------------------------------------------

    private void readSdfRecord() throws IOException {
        List<String> lines = new ArrayList<>();
        boolean endOfFile = true;
        for (String l; (l = line()) != null; ) {
            if (l.startsWith("$$$$")) { endOfFile = false; break; }
            lines.add(l);
        }
        if (lines.stream().allMatch(String::isBlank)) { // trailing blank lines or an empty record
            finished = endOfFile;
            return;
        }
        int number = ++recordNumber;
        String title = lines.get(0).strip();
        boolean v3000 = lines.size() > 3 && lines.get(3).contains("V3000");
        String text = String.join("\n", lines) + "\n";
        try {
            ISimpleChemObjectReader reader = v3000
                    ? new MDLV3000Reader(new StringReader(text), IChemObjectReader.Mode.RELAXED)
                    : new MDLV2000Reader(new StringReader(text), IChemObjectReader.Mode.RELAXED);
            IAtomContainer mol;
            try {
                mol = reader.read(BUILDER.newAtomContainer());
            } finally {
                reader.close();
            }
            if (mol == null || mol.getAtomCount() == 0) {
                pending.add(Record.failed(source, number, title, "no atoms"));
                return;
            }
            pending.add(fromCdk(mol, number, title));
        } catch (CDKException | RuntimeException e) {
            pending.add(Record.failed(source, number, title, describe(e)));
        }
    }

    // MOL2 ---------------------------------------------------------------------------------------

    private void readMol2Record() throws IOException {
        String l;
        while ((l = line()) != null && !l.strip().equalsIgnoreCase("@<TRIPOS>MOLECULE")) { /* skip comments, headers */ }
        if (l == null) { finished = true; return; }
        StringBuilder text = new StringBuilder(l).append('\n');
        while ((l = line()) != null) {
            if (l.strip().equalsIgnoreCase("@<TRIPOS>MOLECULE")) { pushedBack = l; break; }
            text.append(l).append('\n');
        }
        int number = ++recordNumber;
        String[] rows = text.toString().split("\n");
        String title = rows.length > 1 ? rows[1].strip() : "";
        try (Mol2Reader reader = new Mol2Reader(new StringReader(text.toString()))) {
            IAtomContainer mol = reader.read(BUILDER.newAtomContainer());
            if (mol == null || mol.getAtomCount() == 0) {
                pending.add(Record.failed(source, number, title, "no atoms"));
                return;
            }
            if (mol.getTitle() == null || mol.getTitle().isBlank()) mol.setTitle(title);
            // The reader gives 'ar' bonds order SINGLE plus the aromatic flag; let kekulization decide.
            for (IBond b : mol.bonds()) if (b.isAromatic()) b.setOrder(IBond.Order.UNSET);
            assignChargesFromValence(mol, mol2PartialCharges(rows));
            CdkConversion.kekulizeGuessingNitrogenCharge(mol);
            pending.add(fromCdk(mol, number, title));
        } catch (CDKException | RuntimeException e) {
            pending.add(Record.failed(source, number, title, describe(e)));
        }
    }

    /**
     * MOL2 carries no formal charges: over-valent N/O outside aromatic rings (ammonium, oxonium)
     * get +1, and a lone ion takes its partial charge when that is an integer (Na+, Cl-, Zn2+).
     */
    private static void assignChargesFromValence(IAtomContainer mol, double[] partialCharges) {
        for (int k = 0; k < mol.getAtomCount(); k++) {
            IAtom a = mol.getAtom(k);
            if (a.getFormalCharge() != null && a.getFormalCharge() != 0) continue;
            Double partial = partialCharges != null && partialCharges.length == mol.getAtomCount() ? partialCharges[k] : null;
            if (mol.getConnectedBondsCount(a) == 0 && partial != null && Math.round(partial) != 0
                    && Math.abs(partial - Math.round(partial)) < 0.01) {
                a.setFormalCharge((int) Math.round(partial));
                continue;
            }
            int z = a.getAtomicNumber() == null ? 0 : a.getAtomicNumber();
            if (z != 7 && z != 8) continue;
            int sum = 0;
            boolean aromatic = false;
            for (IBond b : mol.getConnectedBondsList(a)) {
                if (b.getOrder() == null || b.getOrder() == IBond.Order.UNSET) aromatic = true;
                else sum += b.getOrder().numeric();
            }
            if (!aromatic && (z == 7 && sum >= 4 || z == 8 && sum >= 3)) a.setFormalCharge(1);
        }
    }

    /** The charge column (9th field) of the ATOM section, or null if any atom lacks it. */
    private static double[] mol2PartialCharges(String[] rows) {
        List<Double> q = new ArrayList<>();
        boolean inAtoms = false;
        for (String row : rows) {
            String t = row.strip();
            if (t.startsWith("@<TRIPOS>")) { inAtoms = t.equalsIgnoreCase("@<TRIPOS>ATOM"); continue; }
            if (!inAtoms || t.isEmpty()) continue;
            String[] f = t.split("\\s+");
            if (f.length < 9) return null;
            try { q.add(Double.parseDouble(f[8])); } catch (NumberFormatException e) { return null; }
        }
        double[] out = new double[q.size()];
        for (int i = 0; i < out.length; i++) out[i] = q.get(i);
        return out;
    }

    // CML ----------------------------------------------------------------------------------------

    private void readCml() throws IOException {
        finished = true;
        StringBuilder text = new StringBuilder();
        for (String l; (l = line()) != null; ) text.append(l).append('\n');
        if (text.toString().isBlank()) return;
        List<IAtomContainer> mols;
        try (CMLReader reader = new CMLReader(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.ISO_8859_1)))) {
            IChemFile file = reader.read(BUILDER.newInstance(IChemFile.class));
            mols = file == null ? List.of() : ChemFileManipulator.getAllAtomContainers(file);
        } catch (CDKException | RuntimeException e) {
            pending.add(Record.failed(source, ++recordNumber, "", "invalid CML: " + describe(e)));
            return;
        }
        for (IAtomContainer mol : mols) {
            int number = ++recordNumber;
            String title = CdkConversion.title(mol);
            if (mol.getAtomCount() == 0) { pending.add(Record.failed(source, number, title, "no atoms")); continue; }
            try {
                pending.add(fromCdk(mol, number, title));
            } catch (RuntimeException e) {
                pending.add(Record.failed(source, number, title, describe(e)));
            }
        }
    }

    // SMILES -------------------------------------------------------------------------------------

    private void readSmilesLine() throws IOException {
        String l = line();
        if (l == null) { finished = true; return; }
        String s = l.strip();
        if (s.isEmpty() || s.startsWith("#")) return;
        int number = ++recordNumber;
        String[] parts = s.split("\\s+", 2);
        String title = parts.length > 1 ? parts[1].strip() : "";
        try {
            Structure st = SmilesEmbedding.embed(parts[0], title);
            pending.add(Record.ok(source, number, st, List.of(SMILES_GEOMETRY_NOTE), false));
        } catch (CdkConversion.ConversionException | RuntimeException e) {
            pending.add(Record.failed(source, number, title.isEmpty() ? parts[0] : title, describe(e)));
        }
    }

    // XYZ ----------------------------------------------------------------------------------------

    private void readXyzFrame() throws IOException {
        String countLine = line();
        while (countLine != null && countLine.isBlank()) countLine = line();
        if (countLine == null) { finished = true; return; }
        int number = ++recordNumber;
        int n;
        try {
            n = Integer.parseInt(countLine.strip().split("\\s+")[0]);
            if (n <= 0) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            pending.add(Record.failed(source, number, "", "expected the atom count, found '" + abbreviate(countLine)
                    + "'; rest of file skipped"));
            finished = true;
            return;
        }
        String comment = line();
        String title = comment == null ? "" : comment.strip();
        Element[] el = new Element[n];
        double[] x = new double[3 * n];
        String problem = null;
        for (int a = 0; a < n; a++) {
            String l = line();
            if (l == null) {
                pending.add(Record.failed(source, number, title, "file ends after " + a + " of " + n + " atoms"));
                finished = true;
                return;
            }
            if (problem != null) continue;
            String[] f = l.strip().split("\\s+");
            try {
                if (f.length < 4) throw new IllegalArgumentException("needs element and x y z");
                el[a] = elementFromLabel(f[0]);
                for (int c = 0; c < 3; c++) x[3 * a + c] = Double.parseDouble(f[1 + c]);
            } catch (IllegalArgumentException e) {
                problem = "atom " + (a + 1) + ": " + (e instanceof NumberFormatException ? "bad coordinate in '" + abbreviate(l) + "'" : e.getMessage());
            }
        }
        if (problem != null) { pending.add(Record.failed(source, number, title, problem)); return; }
        pending.add(fromCoordinates(number, title, el, x, null, null));
    }

    /** "C", "Cl", "C12" (atom labels), or an atomic number. */
    static Element elementFromLabel(String label) {
        if (label.matches("\\d+")) return Element.of(Integer.parseInt(label));
        String letters = label.replaceAll("[^A-Za-z].*$", "");
        if (letters.isEmpty()) throw new IllegalArgumentException("no element in '" + label + "'");
        try {
            return Element.of(letters);
        } catch (IllegalArgumentException e) {
            if (letters.length() > 1) {
                try { return Element.of(letters.substring(0, 1)); } catch (IllegalArgumentException ignored) { /* report below */ }
            }
            throw new IllegalArgumentException("unknown element '" + label + "'");
        }
    }

    // PDB ----------------------------------------------------------------------------------------

    private void readPdbModel() throws IOException {
        List<String> atomLines = new ArrayList<>();
        List<String> conect = new ArrayList<>();
        String title = "";
        boolean sawAnything = false;
        for (String l; (l = line()) != null; ) {
            String rec = l.length() >= 6 ? l.substring(0, 6) : l;
            if (rec.startsWith("ATOM") || rec.startsWith("HETATM")) { atomLines.add(l); sawAnything = true; }
            else if (rec.startsWith("CONECT")) conect.add(l);
            else if ((rec.startsWith("COMPND") || rec.startsWith("HEADER") || rec.startsWith("TITLE")) && title.isEmpty() && l.length() > 10)
                title = l.substring(10).strip().replaceFirst("^MOLECULE:\\s*", "").replaceFirst(";$", "");
            else if (rec.startsWith("ENDMDL") || rec.startsWith("END") && !rec.startsWith("ENDMDL") && sawAnything) {
                // CONECT records of a single-model file follow ENDMDL/END: read them too
                for (String t; (t = line()) != null; ) {
                    if (t.startsWith("CONECT")) conect.add(t);
                    else if (t.startsWith("MASTER") || t.isBlank() || t.startsWith("END")) continue;
                    else { pushedBack = t; break; }
                }
                break;
            }
        }
        if (atomLines.isEmpty()) { finished = true; return; }
        int number = ++recordNumber;
        int n = atomLines.size();
        Element[] el = new Element[n];
        double[] x = new double[3 * n];
        int[] q = new int[n];
        Map<Integer, Integer> serialToIndex = new HashMap<>();
        for (int a = 0; a < n; a++) {
            String l = atomLines.get(a);
            try {
                serialToIndex.put(Integer.parseInt(field(l, 6, 11)), a);
                x[3 * a] = Double.parseDouble(field(l, 30, 38));
                x[3 * a + 1] = Double.parseDouble(field(l, 38, 46));
                x[3 * a + 2] = Double.parseDouble(field(l, 46, 54));
                el[a] = pdbElement(l);
                q[a] = pdbCharge(field(l, 78, 80));
            } catch (RuntimeException e) {
                pending.add(Record.failed(source, number, title, "atom " + (a + 1) + ": cannot read '" + abbreviate(l) + "'"
                        + (e instanceof NumberFormatException ? "" : ": " + e.getMessage())));
                return;
            }
        }
        Map<Long, Integer> multiplicity = new HashMap<>();
        for (String l : conect) {
            try {
                int from = Integer.parseInt(field(l, 6, 11));
                for (int col = 11; col + 5 <= Math.max(l.length(), 11) && col < 31; col += 5) {
                    String f = field(l, col, col + 5);
                    if (f.isEmpty()) continue;
                    Integer a = serialToIndex.get(from), b = serialToIndex.get(Integer.parseInt(f));
                    if (a == null || b == null || a.equals(b)) continue;
                    long key = (long) Math.min(a, b) * n + Math.max(a, b);
                    long dirKey = key * 2 + (a < b ? 0 : 1);
                    multiplicity.merge(dirKey, 1, Integer::sum);
                }
            } catch (NumberFormatException e) {
                pending.add(Record.failed(source, number, title, "bad CONECT record '" + abbreviate(l) + "'"));
                return;
            }
        }
        List<int[]> pairs = null;
        List<Bond> orderedBonds = null;
        if (!multiplicity.isEmpty()) {
            Map<Long, Integer> order = new HashMap<>();
            multiplicity.forEach((dk, c) -> order.merge(dk / 2, c, Math::max));
            boolean[] inConect = new boolean[n];
            pairs = new ArrayList<>();
            boolean anyMultiple = false;
            for (Map.Entry<Long, Integer> e : order.entrySet()) {
                int i = (int) (e.getKey() / n), j = (int) (e.getKey() % n);
                pairs.add(new int[]{i, j});
                inConect[i] = inConect[j] = true;
                if (e.getValue() > 1) anyMultiple = true;
            }
            // Atoms without CONECT records (standard residues) get perceived bonds among themselves.
            for (int[] p : BondPerception.connectivity(el, x)) if (!inConect[p[0]] && !inConect[p[1]]) pairs.add(p);
            if (anyMultiple) { // repeated CONECT entries encode bond orders (Open Babel, RDKit writers)
                orderedBonds = new ArrayList<>();
                for (int[] p : pairs) {
                    Integer c = order.get((long) Math.min(p[0], p[1]) * n + Math.max(p[0], p[1]));
                    orderedBonds.add(new Bond(p[0], p[1], c == null ? 1 : Math.min(c, 3)));
                }
            }
        }
        pending.add(fromCoordinates(number, title, el, x, orderedBonds != null ? null : pairs, orderedBonds, q));
    }

    private static String field(String l, int from, int to) {
        if (l.length() <= from) return "";
        return l.substring(from, Math.min(to, l.length())).strip();
    }

    private static Element pdbElement(String l) {
        String sym = field(l, 76, 78);
        if (!sym.isEmpty()) return Element.of(sym);
        String name = l.length() >= 16 ? l.substring(12, 16) : field(l, 12, 16);
        // Columns 13-14 hold the element right-justified; a name starting in column 14 is one letter.
        String two = name.substring(0, 2).strip().replaceAll("[^A-Za-z]", "");
        if (name.charAt(0) != ' ' && !Character.isDigit(name.charAt(0)) && two.length() == 2) {
            try { return Element.of(two); } catch (IllegalArgumentException ignored) { /* fall through */ }
        }
        String letters = name.strip().replaceAll("[^A-Za-z]", "");
        if (letters.isEmpty()) throw new IllegalArgumentException("no element");
        return Element.of(letters.substring(0, 1));
    }

    private static int pdbCharge(String f) {
        if (f.isEmpty()) return 0;
        if (f.matches("\\d[+-]")) return (f.charAt(1) == '-' ? -1 : 1) * (f.charAt(0) - '0');
        if (f.matches("[+-]\\d")) return (f.charAt(0) == '-' ? -1 : 1) * (f.charAt(1) - '0');
        return 0;
    }

    // Turning atoms into records -----------------------------------------------------------------

    private Record fromCoordinates(int number, String title, Element[] el, double[] x, List<int[]> pairs, List<Bond> bonds) {
        return fromCoordinates(number, title, el, x, pairs, bonds, new int[el.length]);
    }

    /**
     * A structure from coordinates: given bonds with orders, or given/perceived connectivity with
     * perceived orders and charges (only meaningful when all hydrogens are present).
     */
    private Record fromCoordinates(int number, String title, Element[] el, double[] x, List<int[]> pairs,
                                   List<Bond> bonds, int[] fileCharges) {
        List<String> warnings = new ArrayList<>();
        boolean hasH = false, hasC = false;
        for (Element e : el) { hasH |= e.atomicNumber() == 1; hasC |= e.atomicNumber() == 6; }
        boolean fileHasCharges = false;
        for (int c : fileCharges) fileHasCharges |= c != 0;
        int[] charges = fileCharges;
        boolean missingH = false;
        if (bonds == null) {
            List<int[]> connectivity = pairs != null ? pairs : BondPerception.connectivity(el, x);
            BondPerception.Orders orders = BondPerception.assignOrders(el, connectivity);
            if (hasC && !hasH && !orders.complete()) {
                missingH = true;
                bonds = new ArrayList<>();
                for (int[] p : connectivity) bonds.add(new Bond(p[0], p[1], 1));
            } else {
                bonds = orders.bonds();
                if (!fileHasCharges) charges = orders.formalCharges();
                if (!orders.complete()) warnings.add("valence not satisfied at " + atomList(orders.unmetValence())
                        + " (radical or missing hydrogens?); bond orders there may be wrong");
            }
        } else if (hasC && !hasH) {
            missingH = true;
        }
        if (missingH && options.addHydrogens())
            return Record.failed(source, number, title, "cannot add hydrogens: bond orders are not known for "
                    + format + " input without hydrogens; use SDF, MOL2 or SMILES input");
        int total = 0;
        for (int c : charges) total += c;
        Structure s;
        try {
            s = new Structure(title, el, x, charges, bonds, total, null);
        } catch (IllegalArgumentException e) {
            return Record.failed(source, number, title, e.getMessage());
        }
        return Record.ok(source, number, s, warnings, missingH);
    }

    /** A structure from a CDK molecule, adding hydrogens if asked and needed. */
    private Record fromCdk(IAtomContainer mol, int number, String title) {
        List<String> warnings = new ArrayList<>();
        try {
            CdkConversion.kekulizeHeavyAtomAromatics(mol);
            CdkConversion.kekulizeIfAromaticWithoutOrders(mol);
            boolean missingH = lacksHydrogens(mol);
            int[] hCounts = null;
            if (missingH && options.addHydrogens()) hCounts = hydrogensToAdd(mol);
            CdkConversion.Converted c = CdkConversion.convert(mol, title);
            Structure s = c.structure();
            if (c.twoDimensional()) warnings.add("coordinates are 2-D (all z = 0)");
            if (hCounts != null) {
                int added = 0;
                for (int h : hCounts) added += h;
                s = HydrogenPlacement.addHydrogens(s, hCounts);
                if (added > 0) warnings.add("added " + added + " hydrogen" + (added == 1 ? "" : "s"));
                missingH = false;
            }
            for (Bond b : s.bonds())
                if (b.order() == Bond.AROMATIC) { warnings.add("aromatic bonds without a Kekulé form kept as order 4"); break; }
            return Record.ok(source, number, s, warnings, missingH);
        } catch (CdkConversion.ConversionException | CDKException e) {
            return Record.failed(source, number, title, e.getMessage());
        }
    }

    /**
     * Missing hydrogens: implicit hydrogen counts from the file (MDL valence model), or no hydrogen
     * atoms at all while some carbon has fewer than four bonds' worth of valence.
     */
    static boolean lacksHydrogens(IAtomContainer mol) {
        boolean explicitH = false;
        for (IAtom a : mol.atoms()) {
            if (a.getImplicitHydrogenCount() != null && a.getImplicitHydrogenCount() > 0) return true;
            if (a.getAtomicNumber() != null && a.getAtomicNumber() == 1) explicitH = true;
        }
        if (explicitH) return false;
        for (IAtom a : mol.atoms()) {
            if (a.getAtomicNumber() == null || a.getAtomicNumber() != 6) continue;
            double valence = a.getFormalCharge() == null ? 0 : Math.abs(a.getFormalCharge());
            for (IBond b : mol.getConnectedBondsList(a))
                valence += b.getOrder() == null || b.getOrder() == IBond.Order.UNSET ? 1.5 : b.getOrder().numeric();
            if (valence < 3.99) return true;
        }
        return false;
    }

    /** Hydrogens each atom needs: the file's implicit counts, else CDK's atom typing and hydrogen adder. */
    private static int[] hydrogensToAdd(IAtomContainer mol) throws CDKException {
        int[] counts = CdkConversion.implicitHydrogens(mol);
        for (int c : counts) if (c > 0) return counts;
        AtomContainerManipulator.percieveAtomTypesAndConfigureAtoms(mol);
        CDKHydrogenAdder.getInstance(BUILDER).addImplicitHydrogens(mol);
        return CdkConversion.implicitHydrogens(mol);
    }

    private static String atomList(int[] unmet) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (int a = 0; a < unmet.length; a++) {
            if (unmet[a] == 0) continue;
            if (shown == 5) { sb.append(", ..."); break; }
            sb.append(shown == 0 ? "atom" + (countNonZero(unmet) > 1 ? "s " : " ") : ", ").append(a + 1);
            shown++;
        }
        return sb.toString();
    }

    private static int countNonZero(int[] v) {
        int c = 0;
        for (int x : v) if (x != 0) c++;
        return c;
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) m = e.getClass().getSimpleName();
        int nl = m.indexOf('\n');
        return nl < 0 ? m.strip() : m.substring(0, nl).strip();
    }

    private static String abbreviate(String l) {
        String s = l.strip();
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
