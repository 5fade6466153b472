package dev.curvature.forcefield.mmff;

import dev.curvature.structure.Bond;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.io.iterator.IteratingSDFReader;
import org.openscience.cdk.silent.SilentChemObjectBuilder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Test-only access to the shared MMFF94 validation suite: SDF molecules as {@link Structure}s
 * (read with CDK; the io package's readers are written in parallel) and the suite's files.
 */
final class MmffSuiteFiles {
    private MmffSuiteFiles() { }

    static Path validationDir() {
        String shared = System.getProperty("curvature.shared.dir", "../shared");
        Path dir = Path.of(shared, "data", "mmff94-validation");
        if (!Files.isDirectory(dir)) throw new IllegalStateException("MMFF94 validation suite not found at " + dir.toAbsolutePath());
        return dir;
    }

    static List<Structure> readSdf(String fileName) throws IOException {
        List<Structure> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(validationDir().resolve(fileName), StandardCharsets.ISO_8859_1);
             IteratingSDFReader it = new IteratingSDFReader(r, SilentChemObjectBuilder.getInstance())) {
            while (it.hasNext()) out.add(toStructure(it.next()));
        }
        return out;
    }

    static Structure toStructure(IAtomContainer mol) {
        int n = mol.getAtomCount();
        Element[] el = new Element[n];
        double[] x = new double[3 * n];
        int[] fc = new int[n];
        for (int a = 0; a < n; a++) {
            IAtom atom = mol.getAtom(a);
            el[a] = Element.of(atom.getAtomicNumber());
            x[3 * a] = atom.getPoint3d().x;
            x[3 * a + 1] = atom.getPoint3d().y;
            x[3 * a + 2] = atom.getPoint3d().z;
            fc[a] = atom.getFormalCharge() == null ? 0 : atom.getFormalCharge();
        }
        List<Bond> bonds = new ArrayList<>();
        for (IBond b : mol.bonds()) {
            int order = b.isAromatic() && b.getOrder() == IBond.Order.UNSET ? Bond.AROMATIC : b.getOrder().numeric();
            bonds.add(new Bond(b.getBegin().getIndex(), b.getEnd().getIndex(), order));
        }
        return Structure.of(mol.getTitle(), el, x, fc, bonds);
    }

    static BufferedReader openText(String fileName) throws IOException {
        Path p = validationDir().resolve(fileName);
        if (fileName.endsWith(".gz"))
            return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(p)), StandardCharsets.ISO_8859_1));
        return Files.newBufferedReader(p, StandardCharsets.ISO_8859_1);
    }
}
