package dev.curvature.io;

import dev.curvature.build.CdkConversion;
import dev.curvature.build.CdkLogging;
import dev.curvature.structure.Structure;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;

import java.io.IOException;
import java.util.List;

/**
 * SMILES, one per line: the SMILES, then optionally whitespace and a name (the rest of the line,
 * as Open Babel reads it). Blank lines and lines starting with # are skipped. A first line whose
 * first field is not SMILES is a title line (RDKit's SmilesMolSupplier skips a title line by
 * default) and is skipped too; later lines that are not SMILES are failed records. Isotopes
 * ([2H], [13C]) and charges are kept; coordinates are generated (a starting geometry).
 */
final class SmilesFormatReader implements FormatReader {
    static { CdkLogging.silence(); }

    static final String GEOMETRY_NOTE = "3-D coordinates generated from SMILES: a starting geometry, not a minimum";

    private final RecordAssembly assembly;
    private int recordNumber;
    private boolean sawFirstLine;

    SmilesFormatReader(RecordAssembly assembly) { this.assembly = assembly; }

    @Override
    public boolean read(LineSource in, List<Record> out) throws IOException {
        String l = in.next();
        if (l == null) return false;
        String s = l.strip();
        if (s.isEmpty() || s.startsWith("#")) return true;
        String[] parts = s.split("\\s+", 2);
        boolean first = !sawFirstLine;
        sawFirstLine = true;
        if (first && assembly.format() == InputFormat.SMILES && !assembly.source().equals(StructureReader.SMILES_SOURCE)
                && parse(parts[0]) == null) return true; // a title line
        int number = ++recordNumber;
        String title = parts.length > 1 ? parts[1].strip() : "";
        out.add(embed(number, parts[0], title));
        return true;
    }

    private Record embed(int number, String smiles, String title) {
        String label = title.isEmpty() ? smiles : title;
        try {
            Structure st = embedSmiles(smiles, title);
            IAtomContainer parsed = parse(smiles);
            if (parsed != null) st = withIsotopes(st, RecordAssembly.massNumbers(parsed), parsed);
            RecordAssembly.checkCharges(st);
            return assembly.ok(number, st, List.of(GEOMETRY_NOTE));
        } catch (CdkConversion.ConversionException | RuntimeException e) {
            return assembly.failed(number, label, RecordAssembly.describe(e));
        }
    }

    /**
     * The SMILES atoms come first in the embedded structure, in SMILES order (added hydrogens
     * follow): their isotope labels carry over by index; the elements are checked to be sure.
     */
    private static Structure withIsotopes(Structure st, int[] massNumbers, IAtomContainer parsed) {
        boolean any = false;
        for (int m : massNumbers) any |= m != 0;
        if (!any) return st;
        if (st.atomCount() < massNumbers.length) throw new IllegalStateException("embedding lost atoms");
        for (int a = 0; a < massNumbers.length; a++)
            if (st.atomicNumber(a) != parsed.getAtom(a).getAtomicNumber())
                throw new IllegalArgumentException("isotope labels could not be placed: the embedding reordered the SMILES atoms");
        return RecordAssembly.withLabelsKept(st, massNumbers);
    }

    /** CDK's parse of the SMILES, or null if it is not valid SMILES. */
    static IAtomContainer parse(String smiles) {
        try {
            return new SmilesParser(SilentChemObjectBuilder.getInstance()).parseSmiles(smiles);
        } catch (CDKException | RuntimeException e) {
            return null;
        }
    }

    /** Distance-geometry embedding with torsion preferences and stereo checks (build.embed). */
    private static Structure embedSmiles(String smiles, String title) throws CdkConversion.ConversionException {
        try {
            return dev.curvature.build.embed.ConformerBuilder.embedSmiles(smiles, title);
        } catch (dev.curvature.build.embed.EmbeddingException e) {
            throw new CdkConversion.ConversionException(e.getMessage());
        }
    }
}
