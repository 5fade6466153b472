package dev.curvature.io;

import dev.curvature.build.CdkConversion;
import dev.curvature.build.CdkLogging;
import dev.curvature.structure.ElementSymbols;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.io.Mol2Reader;
import org.openscience.cdk.silent.SilentChemObjectBuilder;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Tripos MOL2 records (from one @<TRIPOS>MOLECULE to the next), read by CDK's Mol2Reader. */
final class Mol2FormatReader implements FormatReader {
    static { CdkLogging.silence(); }

    private static final String MOLECULE = "@<TRIPOS>MOLECULE";

    private final RecordAssembly assembly;
    private int recordNumber;

    Mol2FormatReader(RecordAssembly assembly) { this.assembly = assembly; }

    @Override
    public boolean read(LineSource in, List<Record> out) throws IOException {
        String l;
        while ((l = in.next()) != null && !l.strip().equalsIgnoreCase(MOLECULE)) { /* skip comments, headers */ }
        if (l == null) return false;
        int firstLine = in.lineNumber();
        StringBuilder text = new StringBuilder(l).append('\n');
        while ((l = in.next()) != null) {
            if (l.strip().equalsIgnoreCase(MOLECULE)) { in.pushBack(l); break; }
            text.append(l).append('\n');
        }
        int number = ++recordNumber;
        String[] rows = text.toString().split("\n");
        String title = rows.length > 1 ? rows[1].strip() : "";
        String problem = checkAtoms(rows, firstLine);
        if (problem != null) {
            out.add(assembly.failed(number, title, problem));
            return l != null;
        }
        try (Mol2Reader reader = new Mol2Reader(new StringReader(text.toString()))) {
            IAtomContainer mol = reader.read(SilentChemObjectBuilder.getInstance().newAtomContainer());
            if (mol == null || mol.getAtomCount() == 0) {
                out.add(assembly.failed(number, title, "no atoms"));
                return l != null;
            }
            if (mol.getTitle() == null || mol.getTitle().isBlank()) mol.setTitle(title);
            // The reader gives 'ar' bonds order SINGLE plus the aromatic flag; let kekulization decide.
            for (IBond b : mol.bonds()) if (b.isAromatic()) b.setOrder(IBond.Order.UNSET);
            assignChargesFromValence(mol, partialCharges(rows));
            CdkConversion.kekulizeGuessingNitrogenCharge(mol);
            out.add(assembly.fromCdk(mol, number, title));
        } catch (CDKException | RuntimeException e) {
            out.add(assembly.failed(number, title, RecordAssembly.describe(e)));
        }
        return l != null;
    }

    /**
     * Each ATOM row: id name x y z type ...; coordinates must be finite decimals and the element
     * part of the SYBYL type (before the dot) an exact element symbol. Null if all is well.
     */
    private static String checkAtoms(String[] rows, int firstLine) {
        boolean inAtoms = false;
        for (int r = 0; r < rows.length; r++) {
            String t = rows[r].strip();
            if (t.startsWith("@<TRIPOS>")) { inAtoms = t.equalsIgnoreCase("@<TRIPOS>ATOM"); continue; }
            if (!inAtoms || t.isEmpty() || t.startsWith("#")) continue;
            String[] f = t.split("\\s+");
            int ln = firstLine + r;
            if (f.length < 6) return "line " + ln + ": atom row needs id, name, x, y, z and type";
            for (int c = 2; c <= 4; c++)
                if (!Numbers.isDecimal(f[c])) return "line " + ln + ": atom " + f[0] + ": coordinate '" + f[c] + "' is not a finite number";
            String type = f[5];
            String element = type.contains(".") ? type.substring(0, type.indexOf('.')) : type;
            if (element.equalsIgnoreCase("LP") || element.equalsIgnoreCase("Du") || element.equalsIgnoreCase("Any")
                    || element.equalsIgnoreCase("Hal") || element.equalsIgnoreCase("Het") || element.equalsIgnoreCase("Hev"))
                return "line " + ln + ": atom " + f[0] + ": SYBYL type '" + type + "' is a dummy, lone pair or query atom, not an element";
            try {
                ElementSymbols.symbol(element, false, "MOL2");
            } catch (IllegalArgumentException e) {
                return "line " + ln + ": atom " + f[0] + ": " + e.getMessage();
            }
        }
        return null;
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
    private static double[] partialCharges(String[] rows) {
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
}
