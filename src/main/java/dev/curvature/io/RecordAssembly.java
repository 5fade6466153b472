package dev.curvature.io;

import dev.curvature.build.BondPerception;
import dev.curvature.build.CdkConversion;
import dev.curvature.build.HydrogenPlacement;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.tools.CDKHydrogenAdder;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a format reader found (atoms and coordinates, or a CDK molecule) into a {@link Record}:
 * perceives bonds where the format has none, adds hydrogens if asked, checks charges and isotopes,
 * and names the source in every failure. Shared by all format readers.
 */
final class RecordAssembly {
    /** Formal charges beyond this are refused (the MDL CTfile range, -15..+15). */
    static final int MAX_FORMAL_CHARGE = 15;

    private final String source;
    private final InputFormat format;
    private final ReadOptions options;

    RecordAssembly(String source, InputFormat format, ReadOptions options) {
        this.source = source;
        this.format = format;
        this.options = options;
    }

    String source() { return source; }
    InputFormat format() { return format; }

    Record failed(int number, String title, String reason) {
        return Record.failed(source, number, title, reason);
    }

    Record ok(int number, Structure s, List<String> warnings) {
        return Record.ok(source, number, options.applyElectronicState(s), warnings, false);
    }

    /**
     * A structure from coordinates: given bonds with orders, or given/perceived connectivity with
     * perceived orders and charges (only meaningful when all hydrogens are present).
     *
     * @param massNumbers per atom (0 = none named), or null
     */
    Record fromCoordinates(int number, String title, Element[] el, double[] x, List<int[]> pairs,
                           List<Bond> bonds, int[] fileCharges, int[] massNumbers) {
        List<String> warnings = new ArrayList<>();
        boolean hasH = false, hasC = false;
        for (Element e : el) { hasH |= e.atomicNumber() == 1; hasC |= e.atomicNumber() == 6; }
        boolean fileHasCharges = false;
        for (int c : fileCharges) fileHasCharges |= c != 0;
        int[] charges = fileCharges;
        boolean missingH = false;
        if (bonds == null) {
            List<int[]> connectivity = pairs != null ? pairs : BondPerception.connectivity(el, x);
            BondPerception.Orders orders = BondPerception.assignOrders(el, connectivity);
            if (hasC && !hasH && !orders.complete()) {
                missingH = true;
                bonds = new ArrayList<>();
                for (int[] p : connectivity) bonds.add(new Bond(p[0], p[1], 1));
            } else {
                bonds = orders.bonds();
                if (!fileHasCharges) charges = orders.formalCharges();
                if (!orders.complete()) warnings.add("valence not satisfied at " + atomList(orders.unmetValence())
                        + " (radical or missing hydrogens?); bond orders there may be wrong");
            }
        } else if (hasC && !hasH) {
            missingH = true;
        }
        if (missingH && options.addHydrogens())
            return failed(number, title, "cannot add hydrogens: bond orders are not known for "
                    + format + " input without hydrogens; use SDF, MOL2 or SMILES input");
        int total = 0;
        for (int c : charges) total += c;
        Structure s;
        try {
            s = new Structure(title, el, x, charges, bonds, total, null, massNumbers);
            checkCharges(s);
        } catch (IllegalArgumentException e) {
            return failed(number, title, e.getMessage());
        }
        return Record.ok(source, number, options.applyElectronicState(s), warnings, missingH);
    }

    /** A structure from a CDK molecule as its reader left it, adding hydrogens if asked and needed. */
    Record fromCdk(IAtomContainer mol, int number, String title) {
        List<String> warnings = new ArrayList<>();
        try {
            // read before any CDK typing, which may configure default isotopes on every atom
            int[] massNumbers = massNumbers(mol);
            CdkConversion.kekulizeHeavyAtomAromatics(mol);
            CdkConversion.kekulizeIfAromaticWithoutOrders(mol);
            boolean missingH = lacksHydrogens(mol);
            int[] hCounts = null;
            if (missingH && options.addHydrogens()) hCounts = hydrogensToAdd(mol);
            CdkConversion.Converted c = CdkConversion.convert(mol, title);
            Structure s = c.structure().withMassNumbers(massNumbers);
            if (c.twoDimensional()) warnings.add("coordinates are 2-D (all z = 0)");
            if (hCounts != null) {
                int added = 0;
                for (int h : hCounts) added += h;
                s = withLabelsKept(HydrogenPlacement.addHydrogens(s, hCounts), massNumbers);
                if (added > 0) warnings.add("added " + added + " hydrogen" + (added == 1 ? "" : "s"));
                missingH = false;
            }
            checkCharges(s);
            for (Bond b : s.bonds())
                if (b.order() == Bond.AROMATIC) { warnings.add("aromatic bonds without a Kekulé form kept as order 4"); break; }
            return Record.ok(source, number, options.applyElectronicState(s), warnings, missingH);
        } catch (CdkConversion.ConversionException | CDKException | IllegalArgumentException e) {
            return failed(number, title, e.getMessage());
        }
    }

    /** The mass numbers a CDK reader set (M  ISO, D/T, SMILES [13C]), 0 elsewhere. */
    static int[] massNumbers(IAtomContainer mol) {
        int[] a = new int[mol.getAtomCount()];
        for (int k = 0; k < a.length; k++) {
            Integer m = mol.getAtom(k).getMassNumber();
            a[k] = m == null ? 0 : m;
        }
        return a;
    }

    /** Added hydrogens come after the original atoms; those keep their isotope labels. */
    static Structure withLabelsKept(Structure grown, int[] massNumbers) {
        int[] all = new int[grown.atomCount()];
        System.arraycopy(massNumbers, 0, all, 0, Math.min(massNumbers.length, all.length));
        return grown.withMassNumbers(all);
    }

    /** Formal charges within -15..+15 and never more positive than the element has electrons. */
    static void checkCharges(Structure s) {
        for (int a = 0; a < s.atomCount(); a++) {
            int q = s.formalCharge(a);
            if (Math.abs(q) > MAX_FORMAL_CHARGE || q > s.atomicNumber(a))
                throw new IllegalArgumentException("atom " + (a + 1) + " (" + s.element(a) + "): formal charge " + q + " is impossible");
        }
    }

    /**
     * Missing hydrogens: implicit hydrogen counts from the file (MDL valence model), or no hydrogen
     * atoms at all while some carbon has fewer than four bonds' worth of valence.
     */
    static boolean lacksHydrogens(IAtomContainer mol) {
        boolean explicitH = false;
        for (IAtom a : mol.atoms()) {
            if (a.getImplicitHydrogenCount() != null && a.getImplicitHydrogenCount() > 0) return true;
            if (a.getAtomicNumber() != null && a.getAtomicNumber() == 1) explicitH = true;
        }
        if (explicitH) return false;
        for (IAtom a : mol.atoms()) {
            if (a.getAtomicNumber() == null || a.getAtomicNumber() != 6) continue;
            double valence = a.getFormalCharge() == null ? 0 : Math.abs(a.getFormalCharge());
            for (IBond b : mol.getConnectedBondsList(a))
                valence += b.getOrder() == null || b.getOrder() == IBond.Order.UNSET ? 1.5 : b.getOrder().numeric();
            if (valence < 3.99) return true;
        }
        return false;
    }

    /** Hydrogens each atom needs: the file's implicit counts, else CDK's atom typing and hydrogen adder. */
    private static int[] hydrogensToAdd(IAtomContainer mol) throws CDKException {
        int[] counts = CdkConversion.implicitHydrogens(mol);
        for (int c : counts) if (c > 0) return counts;
        AtomContainerManipulator.percieveAtomTypesAndConfigureAtoms(mol);
        CDKHydrogenAdder.getInstance(SilentChemObjectBuilder.getInstance()).addImplicitHydrogens(mol);
        return CdkConversion.implicitHydrogens(mol);
    }

    private static String atomList(int[] unmet) {
        StringBuilder sb = new StringBuilder();
        int shown = 0, total = 0;
        for (int v : unmet) if (v != 0) total++;
        for (int a = 0; a < unmet.length; a++) {
            if (unmet[a] == 0) continue;
            if (shown == 5) { sb.append(", ..."); break; }
            sb.append(shown == 0 ? "atom" + (total > 1 ? "s " : " ") : ", ").append(a + 1);
            shown++;
        }
        return sb.toString();
    }

    /** The first line of an exception's message (CDK messages can span lines). */
    static String describe(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) m = e.getClass().getSimpleName();
        int nl = m.indexOf('\n');
        return nl < 0 ? m.strip() : m.substring(0, nl).strip();
    }

    static String abbreviate(String l) {
        String s = l.strip();
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
