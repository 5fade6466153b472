package dev.curvature.forcefield.uff;

import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Assigns UFF atom types the way RDKit (2022.09) does for a molecule read from a 3-D mol file with
 * explicit hydrogens: RDKit's clean-up of hypervalent N, P and halogens ({@link RdkitCleanup}),
 * its valence model, conjugation and hybridization perception (including the
 * square-planar / trigonal-bipyramidal / octahedral tags RDKit derives from 3-D coordinates for
 * elements from P on), then the label rules of RDKit's UFF AtomTyper.
 *
 * <p>Aromaticity: if the structure has bonds of order {@link Bond#AROMATIC} they are taken as given
 * (count 1.5, mark aromatic atoms); a purely Kekulé structure is aromatized with RDKit's model
 * ({@link AromaticityPerception}), as RDKit does when it reads a mol file. All hydrogens must be
 * explicit atoms; radicals are not represented.
 */
public final class UffAtomTyper {
    private static final int[] PLUS1 = {29, 47};
    private static final int[] PLUS2 = {4, 20, 25, 26, 28, 46, 78, 12, 30, 34, 48, 52, 80, 84};
    private static final int[] PLUS3 = {21, 24, 27, 79, 89, 96, 97, 98, 99, 100, 101, 102, 103, 31, 33, 49, 51, 81, 82, 83};
    private static final int[] PLUS4 = {2, 18, 22, 36, 54, 90, 91, 92, 93, 94, 95};
    private static final int[] PLUS5 = {23, 41, 43, 73};
    /** Elements RDKit always types as tetrahedral ("3"), whatever their bonding. */
    private static final int[] ALWAYS_3 = {12, 13, 14, 15, 50, 51, 52, 81, 82, 83, 84};

    private final UffParameterTable table;
    private final ValenceModel valence = ValenceModel.get();
    private final AromaticityPerception aromaticity = new AromaticityPerception();

    public UffAtomTyper(UffParameterTable table) { this.table = table; }

    public UffAtomTyper() { this(UffParameterTable.standard()); }

    /**
     * Types every atom.
     *
     * @throws UnsupportedStructureException naming (1-based) every atom whose label has no parameters
     */
    public UffTyping type(Structure input) throws UnsupportedStructureException {
        List<Integer> beyond = new ArrayList<>();
        for (int a = 0; a < input.atomCount(); a++)
            if (input.atomicNumber(a) < 1 || input.atomicNumber(a) > ValenceModel.MAX_Z) beyond.add(a);
        if (!beyond.isEmpty())
            throw new UnsupportedStructureException("UFF has no parameters for element " + input.element(beyond.get(0)).symbol()
                    + " (atom " + (beyond.get(0) + 1) + inName(input) + ")", beyond);
        Structure s = RdkitCleanup.apply(input);
        int n = s.atomCount();
        int[][] nb = s.neighbours();
        List<Bond> bonds = s.bonds();
        int[] orders = aromaticity.bondOrders(s);
        double[] contrib = new double[bonds.size()];
        boolean[] aromaticAtom = new boolean[n];
        for (int b = 0; b < bonds.size(); b++) {
            Bond bond = bonds.get(b);
            contrib[b] = orders[b] == Bond.AROMATIC ? 1.5 : orders[b];
            if (orders[b] == Bond.AROMATIC) { aromaticAtom[bond.i()] = true; aromaticAtom[bond.j()] = true; }
        }
        int[][] atomBonds = BondIndex.atomBonds(n, bonds);

        int[] explicitValence = new int[n];
        for (int a = 0; a < n; a++) explicitValence[a] = explicitValence(s, a, atomBonds[a], contrib, aromaticAtom[a]);

        boolean[] conjugatedBond = conjugation(s, nb, bonds, atomBonds, contrib, explicitValence);
        boolean[] hasConjugatedBond = new boolean[n];
        for (int a = 0; a < n; a++)
            for (int b : atomBonds[a]) if (conjugatedBond[b]) hasConjugatedBond[a] = true;

        Hybridization[] hyb = new Hybridization[n];
        for (int a = 0; a < n; a++) hyb[a] = hybridization(s, a, nb[a], explicitValence[a], hasConjugatedBond[a]);

        String[] labels = new String[n];
        UffAtomParameters[] params = new UffAtomParameters[n];
        List<Integer> bad = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            labels[a] = label(s.atomicNumber(a), hyb[a], aromaticAtom[a] || hasConjugatedBond[a], explicitValence[a]);
            params[a] = table.get(labels[a]);
            if (params[a] == null) bad.add(a);
        }
        if (!bad.isEmpty()) {
            StringBuilder msg = new StringBuilder("UFF has no atom type").append(inName(s)).append(" for");
            for (int k = 0; k < bad.size() && k < 10; k++) {
                int a = bad.get(k);
                msg.append(k == 0 ? " " : ", ").append("atom ").append(a + 1).append(' ')
                        .append(s.element(a).symbol()).append(" (").append(labels[a]).append(')');
            }
            if (bad.size() > 10) msg.append(" and ").append(bad.size() - 10).append(" more");
            throw new UnsupportedStructureException(msg.toString(), bad);
        }
        double[] bondOrder = contrib.clone();
        return new UffTyping(s, labels, params, hyb, bondOrder, aromaticAtom);
    }

    private static String inName(Structure s) {
        return s.name().isEmpty() ? "" : " in " + s.name();
    }

    /** RDKit's explicit valence: bond orders summed, aromatic atoms pulled down to an allowed valence. */
    private int explicitValence(Structure s, int a, int[] myBonds, double[] contrib, boolean aromatic) {
        int z = s.atomicNumber(a);
        double accum = 0;
        for (int b : myBonds) accum += contrib[b];
        int dv = valence.defaultValence(z);
        int chr = s.formalCharge(a);
        if (valence.isEarly(z)) chr = -chr;
        if (z == 6 && chr > 0) chr = -chr;
        // RDKit compares against an unsigned default valence, so "any valence" (-1) never triggers this
        if (dv >= 0 && accum > dv + chr && aromatic) {
            int pval = dv + chr;
            for (int v : valence.allowedValences(z)) {
                if (v == -1) break;
                int val = v + chr;
                if (val > accum) break;
                pval = val;
            }
            if (accum - pval <= 1.5) accum = pval;
        }
        return (int) Math.round(accum + 0.1);
    }

    /** RDKit's count of electrons an atom can give to a pi system (MolOps::countAtomElec). */
    private int piElectrons(Structure s, int a, int degree, int explicitValence) {
        int z = s.atomicNumber(a);
        int dv = valence.defaultValence(z);
        if (dv <= 1) return -1;
        if (degree > 3) return -1;
        int nlp = Math.max(valence.outerElectrons(z) - dv - s.formalCharge(a), 0);
        int res = (dv - degree) + nlp;
        if (res > 1 && explicitValence - degree > 1) res = 1;
        return res;
    }

    private boolean conjugationCandidate(Structure s, int a, int degree, int explicitValence) {
        int z = s.atomicNumber(a);
        int outer = valence.outerElectrons(z);
        return (z <= 10 || (outer != 5 && outer != 6) || (outer == 6 && degree < 2))
                && piElectrons(s, a, degree, explicitValence) > 0;
    }

    /** RDKit's bond conjugation: aromatic bonds, plus multiple bonds next to pi-capable atoms. */
    private boolean[] conjugation(Structure s, int[][] nb, List<Bond> bonds, int[][] atomBonds, double[] contrib, int[] ev) {
        boolean[] conj = new boolean[bonds.size()];
        for (int b = 0; b < bonds.size(); b++) conj[b] = contrib[b] == 1.5;
        for (int a = 0; a < s.atomCount(); a++) {
            if (!conjugationCandidate(s, a, nb[a].length, ev[a])) continue;
            int sbo = nb[a].length;
            if (sbo < 2 || sbo > 3) continue;
            for (int b1 : atomBonds[a]) {
                if (contrib[b1] < 1.5) continue;
                for (int b2 : atomBonds[a]) {
                    if (b1 == b2) continue;
                    int other = bonds.get(b2).other(a);
                    if (nb[other].length > 3) continue;
                    if (conjugationCandidate(s, other, nb[other].length, ev[other])) {
                        conj[b1] = true;
                        conj[b2] = true;
                    }
                }
            }
        }
        return conj;
    }

    private Hybridization hybridization(Structure s, int a, int[] nbrs, int explicitValence, boolean hasConjugatedBond) {
        int z = s.atomicNumber(a);
        int degree = nbrs.length;
        Hybridization fromGeometry = CoordinationGeometry.hybridizationFrom3D(s, a, nbrs);
        if (fromGeometry != null) return fromGeometry;
        int norbs;
        if (z < 89) {
            if (z <= 1) norbs = degree;
            else {
                int outer = valence.outerElectrons(z);
                int chg = s.formalCharge(a);
                int free = outer - (explicitValence + chg);
                norbs = degree + free / 2;
            }
        } else {
            norbs = degree;
        }
        switch (norbs) {
            case 0: case 1: return Hybridization.S;
            case 2: return Hybridization.SP;
            case 3: return Hybridization.SP2;
            case 4: return degree > 3 || !hasConjugatedBond ? Hybridization.SP3 : Hybridization.SP2;
            case 5: return Hybridization.SP3D;
            case 6: return Hybridization.SP3D2;
            default: return Hybridization.UNSPECIFIED;
        }
    }

    private String label(int z, Hybridization hyb, boolean aromaticOrConjugated, int totalValence) {
        StringBuilder key = new StringBuilder(valence.symbol(z));
        if (key.length() == 1) key.append('_');
        int outer = valence.outerElectrons(z);
        if (valence.defaultValence(z) == -1 || (outer != 1 && outer != 7)) {
            if (contains(ALWAYS_3, z)) key.append('3');
            else if (z == 80) key.append('1');
            else {
                switch (hyb) {
                    case SP -> key.append('1');
                    case SP2 -> key.append(aromaticOrConjugated && (z == 6 || z == 7 || z == 8 || z == 16) ? 'R' : '2');
                    case SP3 -> key.append('3');
                    case SP2D -> key.append('4');
                    case SP3D -> key.append('5');
                    case SP3D2 -> key.append('6');
                    default -> { }
                }
            }
        }
        return chargeFlag(z, key.toString(), hyb, totalValence);
    }

    /** RDKit's oxidation-state suffixes (with its "tolerate charge mismatch" default). */
    private static String chargeFlag(int z, String key, Hybridization hyb, int totalValence) {
        if (z == 15) return key + (totalValence == 3 ? "+3" : "+5");
        if (z == 16) {
            if (hyb == Hybridization.SP2) return key;
            return key + (totalValence == 2 ? "+2" : totalValence == 4 ? "+4" : "+6");
        }
        if (z == 75) {
            if (key.equals("Re6")) return "Re6+5";
            if (key.equals("Re3")) return "Re3+7";
            return key;
        }
        if (contains(PLUS1, z)) return key + "+1";
        if (contains(PLUS2, z)) return key + "+2";
        if (contains(PLUS3, z)) return key + "+3";
        if (contains(PLUS4, z)) return key + "+4";
        if (contains(PLUS5, z)) return key + "+5";
        if (z == 42) return key + "+6";
        if (z >= 57 && z <= 71) return key + "+3";
        return key;
    }

    private static boolean contains(int[] set, int z) {
        for (int v : set) if (v == z) return true;
        return false;
    }
}
