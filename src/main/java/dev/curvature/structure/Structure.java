package dev.curvature.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An immutable molecular (or, with a {@link Cell}, periodic) structure: elements, Cartesian
 * positions in Å, bonds with orders, formal charges and the total charge. Positions are stored
 * interleaved (x0, y0, z0, x1, ...) because every energy model and analysis works on that flat
 * 3N vector. Atom indices are 0-based here; user-facing messages print them 1-based.
 */
public final class Structure {
    private final String name;
    private final Element[] elements;
    private final double[] positionsAngstrom;
    private final int[] formalCharges;
    private final List<Bond> bonds;
    private final int totalCharge;
    private final Cell cell;
    /** Mass number per atom, 0 where the input named no isotope (then the mass model decides). */
    private final int[] massNumbers;
    /** Unpaired electrons the user stated, or {@link #LOWEST_SPIN}. */
    private final int unpairedElectrons;

    /** "No spin stated": electronic-structure models take the lowest count the electron number allows (0 or 1). */
    public static final int LOWEST_SPIN = -1;

    public Structure(String name, Element[] elements, double[] positionsAngstrom, int[] formalCharges,
                     List<Bond> bonds, int totalCharge, Cell cell) {
        this(name, elements, positionsAngstrom, formalCharges, bonds, totalCharge, cell, null);
    }

    /**
     * @param massNumbers per atom, 0 for "no isotope named"; null for none at all. Every non-zero
     *                    entry must be a known isotope of its element (see {@link Isotopes}).
     */
    public Structure(String name, Element[] elements, double[] positionsAngstrom, int[] formalCharges,
                     List<Bond> bonds, int totalCharge, Cell cell, int[] massNumbers) {
        this(name, elements, positionsAngstrom, formalCharges, bonds, totalCharge, cell, massNumbers, LOWEST_SPIN);
    }

    private Structure(String name, Element[] elements, double[] positionsAngstrom, int[] formalCharges,
                      List<Bond> bonds, int totalCharge, Cell cell, int[] massNumbers, int unpairedElectrons) {
        int n = elements.length;
        if (unpairedElectrons < LOWEST_SPIN) throw new IllegalArgumentException("unpaired electrons cannot be " + unpairedElectrons);
        if (massNumbers != null) {
            if (massNumbers.length != n) throw new IllegalArgumentException("need one mass number per atom");
            for (int a = 0; a < n; a++)
                if (massNumbers[a] != 0 && !Isotopes.isKnown(elements[a].atomicNumber(), massNumbers[a]))
                    throw new IllegalArgumentException("atom " + (a + 1) + ": no isotope " + massNumbers[a] + elements[a].symbol() + " is known");
        }
        if (positionsAngstrom.length != 3 * n)
            throw new IllegalArgumentException("need 3 coordinates per atom: " + n + " atoms, " + positionsAngstrom.length + " coordinates");
        if (formalCharges.length != n) throw new IllegalArgumentException("need one formal charge per atom");
        for (double v : positionsAngstrom)
            if (!Double.isFinite(v)) throw new IllegalArgumentException("non-finite coordinate in " + name);
        for (Bond b : bonds)
            if (b.j() >= n) throw new IllegalArgumentException("bond " + (b.i() + 1) + "-" + (b.j() + 1) + " names an atom beyond " + n);
        this.name = name == null ? "" : name;
        this.elements = elements.clone();
        this.positionsAngstrom = positionsAngstrom.clone();
        this.formalCharges = formalCharges.clone();
        this.bonds = Collections.unmodifiableList(new ArrayList<>(bonds));
        this.totalCharge = totalCharge;
        this.cell = cell;
        this.massNumbers = massNumbers == null ? new int[n] : massNumbers.clone();
        this.unpairedElectrons = unpairedElectrons;
    }

    /** A structure whose total charge is the sum of its formal charges. */
    public static Structure of(String name, Element[] elements, double[] positionsAngstrom, int[] formalCharges, List<Bond> bonds) {
        return new Structure(name, elements, positionsAngstrom, formalCharges, bonds, Arrays.stream(formalCharges).sum(), null);
    }

    public String name() { return name; }
    public int atomCount() { return elements.length; }
    public Element element(int atom) { return elements[atom]; }
    public int atomicNumber(int atom) { return elements[atom].atomicNumber(); }
    public int formalCharge(int atom) { return formalCharges[atom]; }
    public int totalCharge() { return totalCharge; }
    /** Unpaired electrons as stated (xtb's --uhf), or {@link #LOWEST_SPIN} when nobody stated it. */
    public int unpairedElectrons() { return unpairedElectrons; }
    public List<Bond> bonds() { return bonds; }
    /** The periodic cell, or null for a molecule. */
    public Cell cell() { return cell; }
    public boolean isPeriodic() { return cell != null; }

    /** A copy of the positions (Å), interleaved x, y, z. */
    public double[] positions() { return positionsAngstrom.clone(); }

    public double x(int atom) { return positionsAngstrom[3 * atom]; }
    public double y(int atom) { return positionsAngstrom[3 * atom + 1]; }
    public double z(int atom) { return positionsAngstrom[3 * atom + 2]; }

    /** The mass number the input gave this atom (D → 2, [13C] → 13), or 0 if it named none. */
    public int massNumber(int atom) { return massNumbers[atom]; }

    /** Whether any atom carries an isotope label. */
    public boolean hasIsotopes() {
        for (int a : massNumbers) if (a != 0) return true;
        return false;
    }

    /**
     * Masses (amu) of all atoms: the isotope's mass where the input named one, else the mass model's
     * mass of the element.
     */
    public double[] masses(MassModel model) {
        double[] m = new double[elements.length];
        for (int a = 0; a < m.length; a++)
            m[a] = massNumbers[a] != 0 ? Isotopes.mass(elements[a].atomicNumber(), massNumbers[a]) : model.massOf(elements[a]);
        return m;
    }

    /** The same structure with these mass numbers (0 = no isotope named). */
    public Structure withMassNumbers(int[] newMassNumbers) {
        return new Structure(name, elements, positionsAngstrom, formalCharges, bonds, totalCharge, cell, newMassNumbers, unpairedElectrons);
    }

    /** The same structure at new positions (Å). */
    public Structure withPositions(double[] newPositionsAngstrom) {
        return new Structure(name, elements, newPositionsAngstrom, formalCharges, bonds, totalCharge, cell, massNumbers, unpairedElectrons);
    }

    public Structure withName(String newName) {
        return new Structure(newName, elements, positionsAngstrom, formalCharges, bonds, totalCharge, cell, massNumbers, unpairedElectrons);
    }

    /**
     * The same atoms with a stated total charge (e) and number of unpaired electrons (or
     * {@link #LOWEST_SPIN}): what xtb's --chrg and --uhf say. Formal charges stay as they were (they
     * are the bonding picture force fields type from).
     */
    public Structure withElectronicState(int newTotalCharge, int newUnpairedElectrons) {
        return new Structure(name, elements, positionsAngstrom, formalCharges, bonds, newTotalCharge, cell, massNumbers, newUnpairedElectrons);
    }

    /** Neighbour lists from the bonds: neighbours()[a] holds the atoms bonded to a. */
    public int[][] neighbours() {
        int[] count = new int[elements.length];
        for (Bond b : bonds) { count[b.i()]++; count[b.j()]++; }
        int[][] nb = new int[elements.length][];
        for (int a = 0; a < nb.length; a++) nb[a] = new int[count[a]];
        Arrays.fill(count, 0);
        for (Bond b : bonds) { nb[b.i()][count[b.i()]++] = b.j(); nb[b.j()][count[b.j()]++] = b.i(); }
        return nb;
    }

    /** Molecular formula in Hill order (C, H, then alphabetical). */
    public String formula() {
        java.util.TreeMap<String, Integer> counts = new java.util.TreeMap<>();
        for (Element e : elements) counts.merge(e.symbol(), 1, Integer::sum);
        StringBuilder sb = new StringBuilder();
        boolean hasC = counts.containsKey("C");
        if (hasC) {
            append(sb, "C", counts.remove("C"));
            if (counts.containsKey("H")) append(sb, "H", counts.remove("H"));
        }
        counts.forEach((s, c) -> append(sb, s, c));
        return sb.toString();
    }

    private static void append(StringBuilder sb, String symbol, int count) {
        sb.append(symbol);
        if (count > 1) sb.append(count);
    }

    @Override public String toString() { return (name.isEmpty() ? "structure" : name) + " (" + formula() + ", " + atomCount() + " atoms)"; }
}
