package dev.curvature.io;

import dev.curvature.build.CdkLogging;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.io.IChemObjectReader;
import org.openscience.cdk.io.ISimpleChemObjectReader;
import org.openscience.cdk.io.MDLV2000Reader;
import org.openscience.cdk.io.MDLV3000Reader;
import org.openscience.cdk.silent.SilentChemObjectBuilder;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** SDF/MOL records (V2000 checked column by column first, V3000), read by CDK's MDL readers. */
final class SdfFormatReader implements FormatReader {
    static { CdkLogging.silence(); }

    private final RecordAssembly assembly;
    private int recordNumber;

    SdfFormatReader(RecordAssembly assembly) { this.assembly = assembly; }

    @Override
    public boolean read(LineSource in, List<Record> out) throws IOException {
        List<String> lines = new ArrayList<>();
        boolean endOfFile = true;
        int firstLine = in.lineNumber() + 1;
        for (String l; (l = in.next()) != null; ) {
            if (l.startsWith("$$$$")) { endOfFile = false; break; }
            lines.add(l);
        }
        if (lines.stream().allMatch(String::isBlank)) return !endOfFile; // trailing blank lines or an empty record
        int number = ++recordNumber;
        String title = lines.get(0).strip();
        boolean v3000 = lines.size() > 3 && lines.get(3).contains("V3000");
        try {
            if (!v3000) SdfV2000Check.check(lines, firstLine);
        } catch (IllegalArgumentException e) {
            out.add(assembly.failed(number, title, e.getMessage()));
            return !endOfFile;
        }
        String text = String.join("\n", lines) + "\n";
        try {
            ISimpleChemObjectReader reader = v3000
                    ? new MDLV3000Reader(new StringReader(text), IChemObjectReader.Mode.RELAXED)
                    : new MDLV2000Reader(new StringReader(text), IChemObjectReader.Mode.RELAXED);
            IAtomContainer mol;
            try {
                mol = reader.read(SilentChemObjectBuilder.getInstance().newAtomContainer());
            } finally {
                reader.close();
            }
            if (mol == null || mol.getAtomCount() == 0) out.add(assembly.failed(number, title, "no atoms"));
            else out.add(assembly.fromCdk(mol, number, title));
        } catch (CDKException | RuntimeException e) {
            out.add(assembly.failed(number, title, RecordAssembly.describe(e)));
        }
        return !endOfFile;
    }
}
