package dev.curvature.build;

import dev.curvature.structure.Bond;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import org.openscience.cdk.CDKConstants;
import org.openscience.cdk.aromaticity.Kekulization;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IPseudoAtom;
import org.openscience.cdk.silent.SilentChemObjectBuilder;

import javax.vecmath.Point2d;
import javax.vecmath.Point3d;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts between CDK's {@link IAtomContainer} and {@link Structure}. Bond orders are kept; bonds
 * CDK holds as aromatic without an order are kekulized first and stay order 4 (aromatic) only if
 * no Kekulé form exists. Implicit hydrogen counts are not part of a Structure: callers read them
 * with {@link #implicitHydrogens} before converting.
 */
public final class CdkConversion {
    static { CdkLogging.silence(); }

    private CdkConversion() {}

    /** Thrown for a container that has no valid Structure (pseudo atoms, missing coordinates). */
    public static final class ConversionException extends Exception {
        public ConversionException(String message) { super(message); }
    }

    /** Whether the converted structure had only 2-D coordinates (z = 0 everywhere). */
    public record Converted(Structure structure, boolean twoDimensional) {}

    public static Structure toStructure(IAtomContainer mol) throws ConversionException {
        return convert(mol, null).structure();
    }

    /** Converts; atoms without 3-D coordinates take their 2-D ones with z = 0 (flagged). */
    public static Converted convert(IAtomContainer mol, String fallbackName) throws ConversionException {
        kekulizeIfAromaticWithoutOrders(mol);
        int n = mol.getAtomCount();
        Element[] el = new Element[n];
        double[] x = new double[3 * n];
        int[] q = new int[n];
        boolean twoD = false;
        for (int a = 0; a < n; a++) {
            IAtom atom = mol.getAtom(a);
            el[a] = elementOf(atom, a);
            Point3d p3 = atom.getPoint3d();
            if (p3 != null) {
                x[3 * a] = p3.x; x[3 * a + 1] = p3.y; x[3 * a + 2] = p3.z;
            } else if (atom.getPoint2d() != null) {
                Point2d p2 = atom.getPoint2d();
                x[3 * a] = p2.x; x[3 * a + 1] = p2.y;
                twoD = true;
            } else throw new ConversionException("atom " + (a + 1) + " (" + el[a] + ") has no coordinates");
            q[a] = atom.getFormalCharge() == null ? 0 : atom.getFormalCharge();
        }
        if (twoD) // a 2-D drawing only if every atom is on z = 0 (mixed input keeps its 3-D atoms)
            for (int a = 0; a < n; a++) if (x[3 * a + 2] != 0) twoD = false;
        List<Bond> bonds = new ArrayList<>(mol.getBondCount());
        for (IBond b : mol.bonds()) {
            int i = mol.indexOf(b.getBegin()), j = mol.indexOf(b.getEnd());
            bonds.add(new Bond(i, j, orderOf(b, i, j)));
        }
        String name = title(mol);
        if (name.isEmpty() && fallbackName != null) name = fallbackName;
        int total = 0;
        for (int c : q) total += c;
        Object declared = mol.getProperty(TOTAL_CHARGE_PROPERTY); // written by our SDF writer when it differs
        if (declared != null) {
            try {
                total = Integer.parseInt(declared.toString().strip());
            } catch (NumberFormatException e) {
                throw new ConversionException("data item " + TOTAL_CHARGE_PROPERTY + " is not an integer: '" + declared + "'");
            }
        }
        return new Converted(new Structure(name, el, x, q, bonds, total, null), twoD);
    }

    /** Implicit hydrogen counts per atom (0 where unset). */
    public static int[] implicitHydrogens(IAtomContainer mol) {
        int[] h = new int[mol.getAtomCount()];
        for (int a = 0; a < h.length; a++) {
            Integer c = mol.getAtom(a).getImplicitHydrogenCount();
            h[a] = c == null ? 0 : c;
        }
        return h;
    }

    /** SDF data item holding a total charge that differs from the sum of the formal charges. */
    public static final String TOTAL_CHARGE_PROPERTY = "TOTAL_CHARGE";

    /** The title CDK readers store (SDF/MOL line 1, MOL2 name, CML id), else a name data item, or "". */
    public static String title(IAtomContainer mol) {
        Object t = mol.getTitle();
        if (t == null || t.toString().isBlank()) t = mol.getProperty(CDKConstants.TITLE);
        if (t == null || t.toString().isBlank()) t = mol.getID();
        for (String key : new String[]{"NAME", "Name", "name", "_Name", "TITLE", "Title"})
            if (t == null || t.toString().isBlank()) t = mol.getProperty(key);
        return t == null ? "" : t.toString().strip();
    }

    private static Element elementOf(IAtom atom, int index) throws ConversionException {
        if (atom instanceof IPseudoAtom)
            throw new ConversionException("atom " + (index + 1) + " is a pseudo atom '" + ((IPseudoAtom) atom).getLabel() + "' with no element");
        Integer z = atom.getAtomicNumber();
        try {
            if (z != null && z > 0) return Element.of(z);
            if (atom.getSymbol() != null) return Element.of(atom.getSymbol());
        } catch (IllegalArgumentException e) {
            throw new ConversionException("atom " + (index + 1) + ": " + e.getMessage());
        }
        throw new ConversionException("atom " + (index + 1) + " has no element");
    }

    private static int orderOf(IBond b, int i, int j) throws ConversionException {
        IBond.Order o = b.getOrder();
        if (o == null || o == IBond.Order.UNSET) {
            if (b.isAromatic()) return Bond.AROMATIC;
            throw new ConversionException("bond " + (i + 1) + "-" + (j + 1) + " has no order");
        }
        switch (o) {
            case SINGLE: return 1;
            case DOUBLE: return 2;
            case TRIPLE: return 3;
            default: throw new ConversionException("bond " + (i + 1) + "-" + (j + 1) + " has unsupported order " + o);
        }
    }

    /**
     * Gives aromatic bonds without an order a Kekulé form where one exists.
     *
     * @return false if aromatic bonds without an order remain
     */
    public static boolean kekulizeIfAromaticWithoutOrders(IAtomContainer mol) {
        if (!hasAromaticWithoutOrder(mol)) return true;
        for (IAtom a : mol.atoms()) {
            if (a.getImplicitHydrogenCount() == null) a.setImplicitHydrogenCount(0);
            if (a.getFormalCharge() == null) a.setFormalCharge(0);
        }
        try {
            Kekulization.kekulize(mol);
            return true;
        } catch (CDKException e) {
            return false; // no Kekulé form: the bonds stay aromatic (order 4)
        }
    }

    /**
     * For formats without formal charges (MOL2): if the aromatic system has no Kekulé form as
     * drawn, tries one charged aromatic nitrogen, pyridinium-like N(+) (three neighbours) or
     * pyrrolide-like N(-) (two neighbours), and keeps the first charge that makes one possible.
     */
    public static void kekulizeGuessingNitrogenCharge(IAtomContainer mol) {
        if (kekulizeIfAromaticWithoutOrders(mol)) return;
        for (IAtom a : mol.atoms()) {
            if (a.getAtomicNumber() == null || a.getAtomicNumber() != 7 || !a.isAromatic() || a.getFormalCharge() != 0) continue;
            int degree = mol.getConnectedBondsCount(a) + a.getImplicitHydrogenCount();
            int trial = degree == 3 ? 1 : degree == 2 ? -1 : 0;
            if (trial == 0) continue;
            a.setFormalCharge(trial);
            if (kekulizeIfAromaticWithoutOrders(mol)) return;
            a.setFormalCharge(0);
        }
    }

    /**
     * For aromatic bonds without orders in a structure with no hydrogen atoms at all (an SDF with
     * bond type 4 and implicit hydrogens): the readers' valence models give aromatic atoms no
     * hydrogens. Aromatic C gets 3 - neighbours (so one on a CH), heteroatoms none; if that has no
     * Kekulé form, one aromatic N with two neighbours at a time is tried as N-H (pyrrole type).
     */
    public static void kekulizeHeavyAtomAromatics(IAtomContainer mol) {
        if (!hasAromaticWithoutOrder(mol)) return;
        for (IAtom a : mol.atoms()) if (a.getAtomicNumber() != null && a.getAtomicNumber() == 1) return;
        List<IAtom> pyrroleCandidates = new ArrayList<>();
        for (IAtom a : mol.atoms()) {
            boolean aromatic = false;
            for (IBond b : mol.getConnectedBondsList(a))
                aromatic |= (b.getOrder() == null || b.getOrder() == IBond.Order.UNSET) && b.isAromatic();
            if (!aromatic) continue;
            int degree = mol.getConnectedBondsCount(a);
            int charge = a.getFormalCharge() == null ? 0 : a.getFormalCharge();
            int z = a.getAtomicNumber() == null ? 0 : a.getAtomicNumber();
            if (z == 6) a.setImplicitHydrogenCount(Math.max(0, 3 - degree - Math.abs(charge)));
            else {
                a.setImplicitHydrogenCount(0);
                if (z == 7 && degree == 2 && charge == 0) pyrroleCandidates.add(a);
            }
        }
        if (kekulizeIfAromaticWithoutOrders(mol)) return;
        for (IAtom n : pyrroleCandidates) {
            n.setImplicitHydrogenCount(1);
            if (kekulizeIfAromaticWithoutOrders(mol)) return;
            n.setImplicitHydrogenCount(0);
        }
    }

    private static boolean hasAromaticWithoutOrder(IAtomContainer mol) {
        for (IBond b : mol.bonds())
            if ((b.getOrder() == null || b.getOrder() == IBond.Order.UNSET) && b.isAromatic()) return true;
        return false;
    }

    /** A CDK molecule for the structure: explicit atoms, orders (4 → aromatic flag), charges, title. */
    public static IAtomContainer toCdk(Structure s) {
        IAtomContainer mol = SilentChemObjectBuilder.getInstance().newAtomContainer();
        for (int a = 0; a < s.atomCount(); a++) {
            IAtom atom = mol.getBuilder().newInstance(IAtom.class, s.element(a).symbol());
            atom.setAtomicNumber(s.atomicNumber(a));
            atom.setPoint3d(new Point3d(s.x(a), s.y(a), s.z(a)));
            atom.setFormalCharge(s.formalCharge(a));
            atom.setImplicitHydrogenCount(0);
            mol.addAtom(atom);
        }
        for (Bond b : s.bonds()) {
            IBond.Order o = b.order() == 1 ? IBond.Order.SINGLE : b.order() == 2 ? IBond.Order.DOUBLE
                    : b.order() == 3 ? IBond.Order.TRIPLE : IBond.Order.UNSET;
            IBond bond = mol.getBuilder().newInstance(IBond.class, mol.getAtom(b.i()), mol.getAtom(b.j()), o);
            if (b.order() == Bond.AROMATIC) {
                bond.setIsAromatic(true);
                bond.getBegin().setIsAromatic(true);
                bond.getEnd().setIsAromatic(true);
            }
            mol.addBond(bond);
        }
        mol.setTitle(s.name());
        return mol;
    }
}
