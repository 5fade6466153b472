package dev.curvature.forcefield.mmff;

import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Structure;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IChemObjectBuilder;
import org.openscience.cdk.aromaticity.Kekulization;
import org.openscience.cdk.silent.SilentChemObjectBuilder;

import javax.vecmath.Point3d;
import java.util.Arrays;
import java.util.List;

/**
 * Converts a {@link Structure} into the CDK molecule that CDK's MMFF typer expects: explicit
 * hydrogens as atoms (implicit count 0), formal charges, Kekulé bond orders, S/P-O bonds in the
 * hypervalent (not charge-separated) form. Bonds given as
 * aromatic (order 4) are kekulized by CDK; a structure with no Kekulé form is rejected.
 * The CDK atoms and bonds keep the structure's order, so index i here is atom i there.
 */
final class MmffCdkAdapter {
    private static final IChemObjectBuilder BUILDER = SilentChemObjectBuilder.getInstance();

    private MmffCdkAdapter() { }

    static IAtomContainer toCdk(Structure s) throws UnsupportedStructureException {
        int[] atoms = new int[s.atomCount()], bonds = new int[s.bonds().size()];
        for (int a = 0; a < atoms.length; a++) atoms[a] = a;
        for (int b = 0; b < bonds.length; b++) bonds[b] = b;
        return toCdk(s, atoms, bonds);
    }

    /**
     * The CDK molecule of part of a structure (one bonded fragment): atom k there is
     * {@code atoms[k]} here (increasing), bond m is {@code s.bonds().get(bonds[m])}; every bond
     * must join two of the atoms.
     */
    static IAtomContainer toCdk(Structure s, int[] atoms, int[] bonds) throws UnsupportedStructureException {
        IAtomContainer mol = BUILDER.newAtomContainer();
        mol.setTitle(s.name());
        for (int a : atoms) {
            IAtom atom = BUILDER.newAtom();
            atom.setAtomicNumber(s.atomicNumber(a));
            atom.setSymbol(s.element(a).symbol());
            atom.setImplicitHydrogenCount(0);
            atom.setFormalCharge(s.formalCharge(a));
            atom.setPoint3d(new Point3d(s.x(a), s.y(a), s.z(a)));
            mol.addAtom(atom);
        }
        boolean aromatic = false;
        List<Bond> all = s.bonds();
        for (int index : bonds) {
            Bond b = all.get(index);
            IBond.Order order = switch (b.order()) {
                case 1 -> IBond.Order.SINGLE;
                case 2 -> IBond.Order.DOUBLE;
                case 3 -> IBond.Order.TRIPLE;
                default -> IBond.Order.UNSET;
            };
            mol.addBond(Arrays.binarySearch(atoms, b.i()), Arrays.binarySearch(atoms, b.j()), order);
            if (b.order() == Bond.AROMATIC) {
                IBond bond = mol.getBond(mol.getBondCount() - 1);
                bond.setIsAromatic(true);
                bond.getBegin().setIsAromatic(true);
                bond.getEnd().setIsAromatic(true);
                aromatic = true;
            }
        }
        neutraliseDativeBonds(mol);
        if (aromatic) {
            try {
                Kekulization.kekulize(mol);
            } catch (CDKException e) {
                throw new UnsupportedStructureException("cannot assign a Kekulé structure to the aromatic bonds of "
                        + s + ": " + e.getMessage());
            }
            // Typing must not see the input's aromatic flags; MMFF perceives its own aromaticity.
            for (IAtom atom : mol.atoms()) atom.setIsAromatic(false);
            for (IBond bond : mol.bonds()) bond.setIsAromatic(false);
        }
        return mol;
    }

    /**
     * Rewrites charge-separated ("dative") bonds from S or P to O, S or N, e.g. [S+2]([O-])[O-]
     * or [P+][O-], into the hypervalent drawing MMFF's typing rules (and CDK's typer) expect.
     * Terminal oxygens take the positive charge first, then sulfur, then nitrogen, so a
     * deprotonated sulfonamide keeps its [N-]. A tricoordinate S left neutral with a terminal
     * O-/S- is a sulfinate or thiosulfinate anion, drawn hypervalent as [S-](=O)=O. Nitro groups
     * ([N+](=O)[O-]) are not touched.
     */
    private static void neutraliseDativeBonds(IAtomContainer mol) {
        for (IAtom centre : mol.atoms()) {
            int z = centre.getAtomicNumber();
            if ((z != 15 && z != 16) || centre.getFormalCharge() <= 0) continue;
            for (int ligandElement : new int[]{8, 16, 7})
                for (IBond bond : mol.getConnectedBondsList(centre)) {
                    if (centre.getFormalCharge() <= 0) break;
                    IAtom ligand = bond.getOther(centre);
                    if (bond.getOrder() == IBond.Order.SINGLE && ligand.getAtomicNumber() == ligandElement && ligand.getFormalCharge() < 0)
                        makeDouble(bond, centre, ligand);
                }
            if (z == 16 && centre.getFormalCharge() == 0 && mol.getConnectedBondsCount(centre) == 3)
                for (IBond bond : mol.getConnectedBondsList(centre)) {
                    IAtom ligand = bond.getOther(centre);
                    int zl = ligand.getAtomicNumber();
                    if (bond.getOrder() == IBond.Order.SINGLE && (zl == 8 || zl == 16) && ligand.getFormalCharge() < 0
                            && mol.getConnectedBondsCount(ligand) == 1) {
                        makeDouble(bond, centre, ligand);
                        break;
                    }
                }
        }
    }

    private static void makeDouble(IBond bond, IAtom centre, IAtom ligand) {
        bond.setOrder(IBond.Order.DOUBLE);
        centre.setFormalCharge(centre.getFormalCharge() - 1);
        ligand.setFormalCharge(ligand.getFormalCharge() + 1);
    }

    /** Kekulé order (1..3) of each bond of the CDK molecule, in structure bond order. */
    static int[] bondOrders(IAtomContainer mol) {
        int[] orders = new int[mol.getBondCount()];
        for (int b = 0; b < orders.length; b++) {
            IBond.Order o = mol.getBond(b).getOrder();
            orders[b] = o == null || o == IBond.Order.UNSET ? 0 : o.numeric();
        }
        return orders;
    }

}
