package dev.curvature.forcefield.mmff;

import dev.curvature.forcefield.BondedFragments;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Structure;
import org.openscience.cdk.forcefield.mmff.Mmff;
import org.openscience.cdk.interfaces.IAtomContainer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * MMFF94 atom typing and partial charges. The symbolic types come from CDK's implementation of
 * the MMFF typing rules (org.openscience.cdk.forcefield.mmff.Mmff), mapped to numeric types with
 * the MMFFSYMB.PAR table CDK ships as mmff-symb-mapping.tsv; the charges from {@link MmffCharges}.
 */
public final class MmffTyping {
    private static final String CDK_SYMBOL_MAPPING = "/org/openscience/cdk/forcefield/mmff/mmff-symb-mapping.tsv";
    /** CDK marks bonds of MMFF-aromatic rings with this property (Mmff.MMFF_AROM, private there). */
    private static final String CDK_MMFF_AROMATIC_BOND = "mmff.arom";

    private static final Map<String, Integer> NUMERIC = readSymbolMapping();
    private static Mmff cdkMmff;

    private MmffTyping() { }

    /**
     * Types every atom and assigns MMFF94 partial charges. Each bonded fragment is typed on its
     * own (CDK's typing of one container grows faster than linearly with its size), and a fragment
     * identical to one already typed (same elements, charges and bonds in the same order, as in a
     * solvent box) reuses that result: typing depends only on the labelled graph. A fragment of
     * more than 2 x {@link FragmentPieces#CORE_ATOMS} atoms (a protein chain) is typed in
     * overlapping pieces ({@link FragmentPieces}), which keeps the cost linear in its size.
     *
     * @throws UnsupportedStructureException naming (1-based) the atoms MMFF cannot type
     */
    public static MmffAtomTypes assign(Structure structure) throws UnsupportedStructureException {
        return assign(structure, FragmentPieces.CORE_ATOMS);
    }

    /** {@link #assign(Structure)} with cores of the given size (tests use a few atoms to exercise the pieces). */
    static MmffAtomTypes assign(Structure structure, int coreAtoms) throws UnsupportedStructureException {
        int n = structure.atomCount();
        String[] symbolic = new String[n];
        int[] numeric = new int[n];
        int[] orders = new int[structure.bonds().size()];
        boolean[] aromatic = new boolean[orders.length];
        BondedFragments fragments = BondedFragments.of(structure);
        Map<String, FragmentTypes> typed = new HashMap<>();
        List<Integer> untyped = new ArrayList<>();
        for (int f = 0; f < fragments.count(); f++) {
            int[] atoms = fragments.atoms(f), bonds = fragments.bonds(f);
            String key = graphKey(structure, atoms, bonds);
            FragmentTypes t = typed.get(key);
            if (t == null) {
                t = atoms.length > 2 * coreAtoms && !hasAromaticBond(structure, bonds)
                        ? typeInPieces(structure, atoms, bonds, coreAtoms) : typeFragment(structure, atoms, bonds);
                typed.put(key, t);
            }
            for (int k = 0; k < atoms.length; k++) {
                Integer num = t.symbolic[k] == null ? null : NUMERIC.get(t.symbolic[k]);
                if (num == null) untyped.add(atoms[k]);
                else {
                    symbolic[atoms[k]] = t.symbolic[k];
                    numeric[atoms[k]] = num;
                }
            }
            for (int m = 0; m < bonds.length; m++) {
                orders[bonds[m]] = t.kekuleOrders[m];
                aromatic[bonds[m]] = t.aromatic[m];
            }
        }
        if (!untyped.isEmpty()) throw untypedAtoms(structure, untyped);
        // Charges from our own implementation of MMFF.V: CDK 2.11's partialCharges disagrees with
        // the reference for ~260 atoms of the validation suite (see MmffTypingTest).
        MmffParameters p = MmffParameters.get(MmffVariant.MMFF94);
        MmffMolecule m = new MmffMolecule(structure, numeric, orders, aromatic, p);
        double[] charges = MmffCharges.partialCharges(m, p);
        return new MmffAtomTypes(numeric, symbolic, charges, orders, aromatic);
    }

    /** CDK's typing of one fragment: symbolic type per atom (null if none), Kekulé order and MMFF aromaticity per bond. */
    private record FragmentTypes(String[] symbolic, int[] kekuleOrders, boolean[] aromatic) { }

    private static FragmentTypes typeFragment(Structure structure, int[] atoms, int[] bonds) throws UnsupportedStructureException {
        IAtomContainer mol = MmffCdkAdapter.toCdk(structure, atoms, bonds);
        String[] symbolic = new String[atoms.length];
        boolean[] aromatic = new boolean[bonds.length];
        synchronized (MmffTyping.class) {
            if (cdkMmff == null) cdkMmff = new Mmff();
            cdkMmff.assignAtomTypes(mol);
            for (int k = 0; k < atoms.length; k++) symbolic[k] = mol.getAtom(k).getAtomTypeName();
            for (int b = 0; b < aromatic.length; b++) aromatic[b] = mol.getBond(b).getProperty(CDK_MMFF_AROMATIC_BOND) != null;
            cdkMmff.clearProps(mol);
        }
        return new FragmentTypes(symbolic, MmffCdkAdapter.bondOrders(mol), aromatic);
    }

    /**
     * A large fragment typed piece by piece: each atom takes its type from the piece whose core
     * holds it, each bond its Kekulé order and aromaticity from the piece whose core holds its
     * first atom (both ends lie well inside that piece).
     */
    private static FragmentTypes typeInPieces(Structure structure, int[] atoms, int[] bonds, int coreAtoms) throws UnsupportedStructureException {
        String[] symbolic = new String[atoms.length];
        int[] orders = new int[bonds.length];
        boolean[] aromatic = new boolean[bonds.length];
        List<Bond> all = structure.bonds();
        for (FragmentPieces.Piece piece : FragmentPieces.of(structure, atoms, bonds, coreAtoms)) {
            FragmentTypes t = typeFragment(structure, piece.atoms(), piece.bonds());
            int[] pa = piece.atoms();
            for (int k = 0; k < pa.length; k++)
                if (piece.core()[k]) symbolic[Arrays.binarySearch(atoms, pa[k])] = t.symbolic[k];
            int[] pb = piece.bonds();
            for (int m = 0; m < pb.length; m++) {
                int first = all.get(pb[m]).i();
                if (!piece.core()[Arrays.binarySearch(pa, first)]) continue;
                int local = Arrays.binarySearch(bonds, pb[m]);
                orders[local] = t.kekuleOrders[m];
                aromatic[local] = t.aromatic[m];
            }
        }
        return new FragmentTypes(symbolic, orders, aromatic);
    }

    /** Aromatic (order 4) input bonds need one Kekulé structure for their whole ring system: such fragments are typed whole. */
    private static boolean hasAromaticBond(Structure s, int[] bonds) {
        List<Bond> all = s.bonds();
        for (int b : bonds) if (all.get(b).order() == Bond.AROMATIC) return true;
        return false;
    }

    /** Elements and formal charges of the atoms, then the bonds with local indices and orders: the labelled graph typing sees. */
    private static String graphKey(Structure s, int[] atoms, int[] bonds) {
        StringBuilder sb = new StringBuilder(8 * atoms.length + 12 * bonds.length);
        for (int a : atoms) sb.append(s.atomicNumber(a)).append(',').append(s.formalCharge(a)).append(';');
        sb.append('|');
        List<Bond> all = s.bonds();
        for (int index : bonds) {
            Bond b = all.get(index);
            sb.append(Arrays.binarySearch(atoms, b.i())).append('-').append(Arrays.binarySearch(atoms, b.j()))
                    .append(':').append(b.order()).append(';');
        }
        return sb.toString();
    }

    private static UnsupportedStructureException untypedAtoms(Structure structure, List<Integer> untyped) {
        Collections.sort(untyped);
        StringBuilder sb = new StringBuilder("MMFF94 cannot type atom");
        if (untyped.size() > 1) sb.append('s');
        for (int k = 0; k < untyped.size() && k < 20; k++)
            sb.append(k == 0 ? " " : ", ").append(structure.element(untyped.get(k)).symbol()).append(untyped.get(k) + 1);
        if (untyped.size() > 20) sb.append(", ...");
        sb.append(" of ").append(structure);
        return new UnsupportedStructureException(sb.toString(), untyped);
    }

    /** Numeric MMFF type of a symbolic type (MMFFSYMB.PAR), or null if unknown. */
    public static Integer numericType(String symbolicType) {
        return NUMERIC.get(symbolicType);
    }

    private static Map<String, Integer> readSymbolMapping() {
        Map<String, Integer> m = new HashMap<>();
        try (InputStream in = Mmff.class.getResourceAsStream(CDK_SYMBOL_MAPPING)) {
            if (in == null) throw new IllegalStateException("CDK resource " + CDK_SYMBOL_MAPPING + " missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("symb\t")) continue;
                String[] f = line.split("\t");
                m.put(f[0], Integer.parseInt(f[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
