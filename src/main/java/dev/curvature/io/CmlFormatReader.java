package dev.curvature.io;

import dev.curvature.build.CdkConversion;
import dev.curvature.build.CdkLogging;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IChemFile;
import org.openscience.cdk.io.CMLReader;
import org.openscience.cdk.silent.SilentChemObjectBuilder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openscience.cdk.tools.manipulator.ChemFileManipulator;

/** Chemical Markup Language: the whole document at once, one record per molecule, read by CDK. */
final class CmlFormatReader implements FormatReader {
    static { CdkLogging.silence(); }

    /** A CML document larger than this is refused (it is parsed in memory). */
    static final int MAX_CHARS = 64 << 20;

    private final RecordAssembly assembly;
    private int recordNumber;

    CmlFormatReader(RecordAssembly assembly) { this.assembly = assembly; }

    @Override
    public boolean read(LineSource in, List<Record> out) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String l; (l = in.next()) != null; ) {
            text.append(l).append('\n');
            if (text.length() > MAX_CHARS) {
                out.add(assembly.failed(1, "", "CML document larger than " + (MAX_CHARS >> 20) + " MB: split it or use SDF"));
                return false;
            }
        }
        if (text.toString().isBlank()) return false;
        List<IAtomContainer> mols;
        try (CMLReader reader = new CMLReader(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.ISO_8859_1)))) {
            IChemFile file = reader.read(SilentChemObjectBuilder.getInstance().newInstance(IChemFile.class));
            mols = file == null ? List.of() : ChemFileManipulator.getAllAtomContainers(file);
        } catch (CDKException | RuntimeException e) {
            out.add(assembly.failed(++recordNumber, "", "invalid CML: " + RecordAssembly.describe(e)));
            return false;
        }
        for (IAtomContainer mol : mols) {
            int number = ++recordNumber;
            String title = CdkConversion.title(mol);
            if (mol.getAtomCount() == 0) { out.add(assembly.failed(number, title, "no atoms")); continue; }
            try {
                out.add(assembly.fromCdk(mol, number, title));
            } catch (RuntimeException e) {
                out.add(assembly.failed(number, title, RecordAssembly.describe(e)));
            }
        }
        return false;
    }
}
