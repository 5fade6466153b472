package dev.curvature.forcefield.uff;

import dev.curvature.structure.Bond;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;

import java.util.ArrayList;
import java.util.List;

/**
 * The normalizations RDKit applies to a molecule before anything else when it reads one (its
 * "cleanUp" sanitization step), so that hypervalent drawings type as RDKit types them: neutral
 * five-valent N with =O or ≡N becomes N⁺–O⁻ / N⁺=N⁻ (nitro, azide); neutral five-valent,
 * three-coordinate P with =O and a double bond to C or N becomes P⁺–O⁻; neutral Cl, Br, I of
 * valence 3, 5 or 7 bonded only to O lose their double bonds to O⁻ (perchlorate and kin).
 * Atoms are visited in index order, as RDKit does.
 */
final class RdkitCleanup {
    private RdkitCleanup() { }

    /** The structure itself if nothing changes, else a copy with new bond orders and charges. */
    static Structure apply(Structure s) {
        int n = s.atomCount();
        List<Bond> bonds = s.bonds();
        int[] order = new int[bonds.size()];
        for (int b = 0; b < order.length; b++) order[b] = bonds.get(b).order();
        int[] charge = new int[n];
        for (int a = 0; a < n; a++) charge[a] = s.formalCharge(a);
        int[][] atomBonds = BondIndex.atomBonds(n, bonds);
        boolean changed = false;
        for (int a = 0; a < n; a++) {
            int z = s.atomicNumber(a);
            if (charge[a] != 0 || (z != 7 && z != 15 && z != 17 && z != 35 && z != 53)) continue;
            int ev = valence(atomBonds[a], order);
            if (ev < 0) continue;   // aromatic bonds given: RDKit would kekulize first; leave as is
            if (z == 7 && ev == 5) {
                for (int b : atomBonds[a]) {
                    int o = bonds.get(b).other(a);
                    int zo = s.atomicNumber(o);
                    if (zo == 8 && charge[o] == 0 && order[b] == 2) {
                        order[b] = 1; charge[a] = 1; charge[o] = -1; changed = true;
                        break;
                    }
                    if (zo == 7 && charge[o] == 0 && order[b] == 3) {
                        order[b] = 2; charge[a] = 1; charge[o] = -1; changed = true;
                        break;
                    }
                }
            } else if (z == 15 && ev == 5 && atomBonds[a].length == 3) {
                int doubleToO = -1;
                boolean doubleToCOrN = false;
                for (int b : atomBonds[a]) {
                    int o = bonds.get(b).other(a);
                    int zo = s.atomicNumber(o);
                    if (zo == 8 && charge[o] == 0 && order[b] == 2) doubleToO = b;
                    else if ((zo == 6 || zo == 7) && atomBonds[o].length >= 2 && order[b] == 2) doubleToCOrN = true;
                }
                if (doubleToCOrN && doubleToO >= 0) {
                    order[doubleToO] = 1;
                    charge[bonds.get(doubleToO).other(a)] = -1;
                    charge[a] = 1;
                    changed = true;
                }
            } else if ((z == 17 || z == 35 || z == 53) && (ev == 7 || ev == 5 || ev == 3)) {
                boolean allO = true;
                for (int b : atomBonds[a]) if (s.atomicNumber(bonds.get(b).other(a)) != 8) allO = false;
                if (!allO) continue;
                int q = 0;
                for (int b : atomBonds[a])
                    if (order[b] == 2) {
                        order[b] = 1;
                        charge[bonds.get(b).other(a)] = -1;
                        q++;
                    }
                charge[a] = q;
                changed = true;
            }
        }
        if (!changed) return s;
        List<Bond> newBonds = new ArrayList<>(bonds.size());
        for (int b = 0; b < bonds.size(); b++) newBonds.add(new Bond(bonds.get(b).i(), bonds.get(b).j(), order[b]));
        Element[] el = new Element[n];
        for (int a = 0; a < n; a++) el[a] = s.element(a);
        return new Structure(s.name(), el, s.positions(), charge, newBonds, s.totalCharge(), s.cell());
    }

    /** Sum of bond orders, or -1 if an aromatic bond makes it non-integral. */
    private static int valence(int[] myBonds, int[] order) {
        int v = 0;
        for (int b : myBonds) {
            if (order[b] == Bond.AROMATIC) return -1;
            v += order[b];
        }
        return v;
    }
}
