package dev.curvature.build.embed;

import dev.curvature.build.CdkConversion;
import dev.curvature.structure.Structure;
import org.openscience.cdk.graph.invariant.Canon;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.stereo.StereoElementFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lowest-energy distinct conformers, as RDKit users do it (embed many, minimise each, prune):
 * {@link #EMBEDDINGS_PER_CONFORMER}·n embeddings (at least 10, at most 300), each fully minimised
 * with the chosen force field, sorted by energy; a conformer is kept when its heavy-atom RMSD to
 * every lower-energy kept one, after optimal superposition with symmetry-equivalent atoms allowed
 * to swap ({@link AlignedRmsd}), exceeds the threshold. Stereo is that of the input (a structure
 * file's is perceived from its coordinates), and every conformer is verified against it.
 */
public final class ConformerSearch {
    public static final int EMBEDDINGS_PER_CONFORMER = 3;

    private ConformerSearch() {}

    /** The kept conformers (lowest energy first) and how many embeddings were tried / succeeded. */
    public record Result(List<ConformerBuilder.Conformer> conformers, int embeddings, int succeeded, List<String> failures) {}

    /** The molecule whose conformers a 3-D structure file asks for: its graph and the stereo of its coordinates. */
    public static SmilesMolecule fromStructure(Structure s) throws EmbeddingException {
        IAtomContainer mol = CdkConversion.toCdk(s);
        mol.setStereoElements(StereoElementFactory.using3DCoordinates(mol).createAll());
        return SmilesMolecule.fromContainer(s.name().isEmpty() ? s.formula() : s.name(), mol);
    }

    public static Result search(SmilesMolecule m, String name, ConformerBuilder.CleanupModel model, int count,
                                double rmsdThreshold, long seed) {
        int tries = Math.min(300, Math.max(10, EMBEDDINGS_PER_CONFORMER * count));
        ConformerBuilder builder = new ConformerBuilder(ConformerBuilder.Cleanup.FULL, model);
        List<ConformerBuilder.Conformer> found = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (int t = 0; t < tries; t++) {
            try {
                found.add(builder.build(m, name, seed + 7919L * t));
            } catch (EmbeddingException e) {
                failures.add(e.getMessage());
            }
        }
        found.sort(Comparator.comparingDouble(ConformerBuilder.Conformer::energyKcalPerMol));
        int[] heavy = heavyAtoms(m);
        int[] classes = symmetryClasses(m);
        List<ConformerBuilder.Conformer> kept = new ArrayList<>();
        for (ConformerBuilder.Conformer c : found) {
            if (kept.size() == count) break;
            double[] x = c.structure().positions();
            boolean distinct = true;
            for (ConformerBuilder.Conformer k : kept)
                if (AlignedRmsd.rmsd(k.structure().positions(), x, heavy, classes) < rmsdThreshold) { distinct = false; break; }
            if (distinct) kept.add(c);
        }
        return new Result(kept, tries, found.size(), failures);
    }

    private static int[] heavyAtoms(SmilesMolecule m) {
        List<Integer> h = new ArrayList<>();
        for (int a = 0; a < m.graph.n; a++) if (m.graph.z[a] != 1) h.add(a);
        if (h.size() < 3) for (int a = 0; a < m.graph.n; a++) if (m.graph.z[a] == 1) h.add(a);
        return h.stream().mapToInt(Integer::intValue).toArray();
    }

    /** CDK's topological symmetry classes (ignoring stereo), as small integers. */
    private static int[] symmetryClasses(SmilesMolecule m) {
        long[] sym = Canon.symmetry(m.mol, org.openscience.cdk.graph.GraphUtil.toAdjList(m.mol));
        Map<Long, Integer> ids = new HashMap<>();
        int[] c = new int[sym.length];
        for (int a = 0; a < sym.length; a++) c[a] = ids.computeIfAbsent(sym[a], k -> ids.size());
        return c;
    }
}
