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
import java.util.List;

/**
 * Converts a {@link Structure} into the CDK molecule that CDK's MMFF typer expects: explicit
 * hydrogens as atoms (implicit count 0), formal charges, Kekulé bond orders. Bonds given as
 * aromatic (order 4) are kekulized by CDK; a structure with no Kekulé form is rejected.
 * The CDK atoms and bonds keep the structure's order, so index i here is atom i there.
 */
final class MmffCdkAdapter {
    private static final IChemObjectBuilder BUILDER = SilentChemObjectBuilder.getInstance();

    private MmffCdkAdapter() { }

    static IAtomContainer toCdk(Structure s) throws UnsupportedStructureException {
        IAtomContainer mol = BUILDER.newAtomContainer();
        mol.setTitle(s.name());
        for (int a = 0; a < s.atomCount(); a++) {
            IAtom atom = BUILDER.newAtom();
            atom.setAtomicNumber(s.atomicNumber(a));
            atom.setSymbol(s.element(a).symbol());
            atom.setImplicitHydrogenCount(0);
            atom.setFormalCharge(s.formalCharge(a));
            atom.setPoint3d(new Point3d(s.x(a), s.y(a), s.z(a)));
            mol.addAtom(atom);
        }
        boolean aromatic = false;
        List<Bond> bonds = s.bonds();
        for (Bond b : bonds) {
            IBond.Order order = switch (b.order()) {
                case 1 -> IBond.Order.SINGLE;
                case 2 -> IBond.Order.DOUBLE;
                case 3 -> IBond.Order.TRIPLE;
                default -> IBond.Order.UNSET;
            };
            mol.addBond(b.i(), b.j(), order);
            if (b.order() == Bond.AROMATIC) {
                IBond bond = mol.getBond(mol.getBondCount() - 1);
                bond.setIsAromatic(true);
                bond.getBegin().setIsAromatic(true);
                bond.getEnd().setIsAromatic(true);
                aromatic = true;
            }
        }
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
