package dev.curvature.build.embed;

import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IDoubleBondStereochemistry;
import org.openscience.cdk.interfaces.IStereoElement;
import org.openscience.cdk.interfaces.ITetrahedralChirality;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;
import org.openscience.cdk.stereo.ExtendedTetrahedral;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

import java.util.ArrayList;
import java.util.List;

/**
 * A SMILES parsed by CDK with every hydrogen explicit, and what the embedder needs from it: the
 * {@link MoleculeGraph} and the {@link StereoSpec} the SMILES asks for (tetrahedral centres,
 * allene axes, double bonds; other stereo kinds are listed in {@link #unsupportedStereo}).
 */
public final class SmilesMolecule {
    final IAtomContainer mol;
    final MoleculeGraph graph;
    final StereoSpec stereo;
    final List<String> unsupportedStereo;
    final String smiles;

    private SmilesMolecule(String smiles, IAtomContainer mol, MoleculeGraph graph, StereoSpec stereo, List<String> unsupported) {
        this.smiles = smiles;
        this.mol = mol;
        this.graph = graph;
        this.stereo = stereo;
        this.unsupportedStereo = unsupported;
    }

    public IAtomContainer container() { return mol; }
    public MoleculeGraph graph() { return graph; }
    public StereoSpec stereo() { return stereo; }
    public String smiles() { return smiles; }

    public static SmilesMolecule parse(String smiles) throws EmbeddingException {
        String s = smiles.strip();
        IAtomContainer mol;
        try {
            mol = new SmilesParser(SilentChemObjectBuilder.getInstance()).parseSmiles(s);
        } catch (InvalidSmilesException e) {
            throw new EmbeddingException("invalid SMILES '" + s + "': " + firstLine(e.getMessage()));
        }
        if (mol.getAtomCount() == 0) throw new EmbeddingException("empty SMILES");
        for (IAtom a : mol.atoms())
            if (a.getAtomicNumber() == null || a.getAtomicNumber() == 0)
                throw new EmbeddingException("SMILES '" + s + "': atom " + (mol.indexOf(a) + 1) + " is a dummy or unknown atom ('*')");
        try {
            AtomContainerManipulator.percieveAtomTypesAndConfigureUnsetProperties(mol);
        } catch (CDKException e) {
            // typing is not needed: bond orders and hydrogen counts come from the SMILES
        }
        AtomContainerManipulator.convertImplicitToExplicitHydrogens(mol);
        return fromContainer(s, mol);
    }

    /**
     * From a CDK molecule with explicit hydrogens and its stereo elements set (e.g. perceived from
     * the coordinates of a structure file); label names it in messages.
     */
    public static SmilesMolecule fromContainer(String label, IAtomContainer mol) throws EmbeddingException {
        String s = label;
        int n = mol.getAtomCount();
        int[] z = new int[n], q = new int[n];
        for (int a = 0; a < n; a++) {
            IAtom atom = mol.getAtom(a);
            z[a] = atom.getAtomicNumber();
            q[a] = atom.getFormalCharge() == null ? 0 : atom.getFormalCharge();
        }
        int[][] bonds = new int[mol.getBondCount()][];
        int k = 0;
        for (IBond b : mol.bonds()) {
            int order = b.getOrder() == null || b.getOrder() == IBond.Order.UNSET ? 1 : b.getOrder().numeric();
            if (order > 3) throw new EmbeddingException("SMILES '" + s + "': quadruple bonds are not supported");
            bonds[k++] = new int[]{mol.indexOf(b.getBegin()), mol.indexOf(b.getEnd()), order, b.isAromatic() ? 1 : 0};
        }
        MoleculeGraph g = new MoleculeGraph(z, q, bonds);
        for (int a = 0; a < n; a++)
            if (g.degree(a) > 6)
                throw new EmbeddingException("SMILES '" + s + "': atom " + (a + 1) + " (" + mol.getAtom(a).getSymbol() + ") has "
                        + g.degree(a) + " bonds; multi-hapto (sandwich, π-complex) bonding is not embedded: write the complex as "
                        + "separate ions, e.g. [cH-]1cccc1.[cH-]1cccc1.[Fe+2]");
        List<String> unsupported = new ArrayList<>();
        StereoSpec stereo = readStereo(mol, unsupported);
        return new SmilesMolecule(s, mol, g, stereo, unsupported);
    }

    private static StereoSpec readStereo(IAtomContainer mol, List<String> unsupported) {
        List<StereoSpec.Chirality> chiral = new ArrayList<>();
        List<StereoSpec.DoubleBond> doubles = new ArrayList<>();
        for (IStereoElement<?, ?> se : mol.stereoElements()) {
            if (se instanceof ITetrahedralChirality tc) {
                IAtom focus = tc.getChiralAtom();
                int[] idx = ligandIndices(mol, focus, tc.getLigands());
                chiral.add(new StereoSpec.Chirality(mol.indexOf(focus), idx[0], idx[1], idx[2], idx[3],
                        tc.getStereo() == ITetrahedralChirality.Stereo.CLOCKWISE));
            } else if (se instanceof ExtendedTetrahedral et) {
                IAtom[] ends = ExtendedTetrahedral.findTerminalAtoms(mol, et.focus());
                IAtom[] p = et.peripherals();
                int[] idx = new int[4];
                for (int k = 0; k < 4; k++) {
                    IAtom l = p[k];
                    // an implicit hydrogen is written as the terminal atom it sits on
                    if (l == ends[0] || l == ends[1]) l = hydrogenNotIn(mol, l, p);
                    idx[k] = l == null ? mol.indexOf(p[k]) : mol.indexOf(l);
                }
                chiral.add(new StereoSpec.Chirality(mol.indexOf(et.focus()), idx[0], idx[1], idx[2], idx[3],
                        et.winding() == ITetrahedralChirality.Stereo.CLOCKWISE));
            } else if (se instanceof IDoubleBondStereochemistry db) {
                IBond middle = db.getStereoBond();
                IBond[] sides = db.getBonds();
                IAtom c1 = middle.getBegin(), c2 = middle.getEnd();
                if (!sides[0].contains(c1)) { IAtom t = c1; c1 = c2; c2 = t; }
                doubles.add(new StereoSpec.DoubleBond(mol.indexOf(sides[0].getOther(c1)), mol.indexOf(c1), mol.indexOf(c2),
                        mol.indexOf(sides[1].getOther(c2)), db.getStereo() == IDoubleBondStereochemistry.Conformation.TOGETHER));
            } else {
                unsupported.add(se.getClass().getSimpleName());
            }
        }
        return new StereoSpec(List.copyOf(chiral), List.copyOf(doubles));
    }

    /** Ligand indices; an implicit hydrogen (written as the focus) becomes the explicit H, a lone pair stays the focus. */
    private static int[] ligandIndices(IAtomContainer mol, IAtom focus, IAtom[] ligands) {
        int[] idx = new int[4];
        for (int k = 0; k < 4; k++) {
            IAtom l = ligands[k];
            if (l == focus) {
                IAtom h = hydrogenNotIn(mol, focus, ligands);
                if (h != null) l = h;
            }
            idx[k] = mol.indexOf(l);
        }
        return idx;
    }

    private static IAtom hydrogenNotIn(IAtomContainer mol, IAtom atom, IAtom[] ligands) {
        for (IAtom nb : mol.getConnectedAtomsList(atom)) {
            if (nb.getAtomicNumber() != 1) continue;
            boolean listed = false;
            for (IAtom l : ligands) listed |= l == nb;
            if (!listed) return nb;
        }
        return null;
    }

    static String firstLine(String s) {
        if (s == null) return "unknown error";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
