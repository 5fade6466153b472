package dev.curvature.forcefield.mmff;

import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Structure;
import org.openscience.cdk.forcefield.mmff.Mmff;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
     * Types every atom and assigns MMFF94 partial charges.
     *
     * @throws UnsupportedStructureException naming (1-based) the atoms MMFF cannot type
     */
    public static MmffAtomTypes assign(Structure structure) throws UnsupportedStructureException {
        IAtomContainer mol = MmffCdkAdapter.toCdk(structure);
        int n = structure.atomCount();
        String[] symbolic = new String[n];
        int[] numeric = new int[n];
        boolean[] aromatic = new boolean[mol.getBondCount()];
        synchronized (MmffTyping.class) {
            if (cdkMmff == null) cdkMmff = new Mmff();
            cdkMmff.assignAtomTypes(mol);
            List<Integer> untyped = new ArrayList<>();
            for (int a = 0; a < n; a++) {
                String t = mol.getAtom(a).getAtomTypeName();
                Integer num = t == null ? null : NUMERIC.get(t);
                if (num == null) untyped.add(a);
                else {
                    symbolic[a] = t;
                    numeric[a] = num;
                }
            }
            if (!untyped.isEmpty()) {
                StringBuilder sb = new StringBuilder("MMFF94 cannot type atom");
                if (untyped.size() > 1) sb.append('s');
                for (int k = 0; k < untyped.size() && k < 20; k++)
                    sb.append(k == 0 ? " " : ", ").append(structure.element(untyped.get(k)).symbol()).append(untyped.get(k) + 1);
                if (untyped.size() > 20) sb.append(", ...");
                sb.append(" of ").append(structure);
                cdkMmff.clearProps(mol);
                throw new UnsupportedStructureException(sb.toString(), untyped);
            }
            for (int b = 0; b < aromatic.length; b++) {
                IBond bond = mol.getBond(b);
                aromatic[b] = bond.getProperty(CDK_MMFF_AROMATIC_BOND) != null;
            }
            cdkMmff.clearProps(mol);
        }
        int[] orders = MmffCdkAdapter.bondOrders(mol);
        // Charges from our own implementation of MMFF.V: CDK 2.11's partialCharges disagrees with
        // the reference for ~260 atoms of the validation suite (see MmffTypingTest).
        MmffParameters p = MmffParameters.get(MmffVariant.MMFF94);
        MmffMolecule m = new MmffMolecule(structure, numeric, orders, aromatic, p);
        double[] charges = MmffCharges.partialCharges(m, p);
        return new MmffAtomTypes(numeric, symbolic, charges, orders, aromatic);
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
