package dev.curvature.bench;

import dev.curvature.structure.Bond;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.io.iterator.IteratingSDFReader;
import org.openscience.cdk.silent.SilentChemObjectBuilder;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads tools/bench/bench-molecules.sdf (V2000 and V3000 records) into {@link Structure}s with CDK. */
final class BenchMolecules {
    static final Path DEFAULT_SDF = Path.of("tools", "bench", "bench-molecules.sdf");

    private BenchMolecules() { }

    static List<Structure> read(Path sdf) throws IOException {
        List<Structure> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(sdf, StandardCharsets.UTF_8);
             IteratingSDFReader it = new IteratingSDFReader(r, SilentChemObjectBuilder.getInstance())) {
            while (it.hasNext()) out.add(toStructure(it.next()));
        }
        if (out.isEmpty()) throw new IOException("no molecules in " + sdf);
        return out;
    }

    private static Structure toStructure(IAtomContainer mol) {
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
}
