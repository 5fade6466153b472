package dev.curvature.forcefield.mmff;

import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Enumerates the MMFF bonded interactions of a typed structure and assigns their parameters:
 * interaction classes (bond-type index, angle, stretch-bend and torsion classes), tabulated
 * values through the step-down searches of {@link MmffParameters}, and the empirical rules of
 * {@link MmffEmpiricalRules} where the tables have nothing.
 */
final class MmffTopologyBuilder {
    private final Structure structure;
    private final MmffAtomTypes typing;
    private final MmffParameters params;
    private final MmffMolecule m;
    private final Map<Long, double[]> bondParameters = new HashMap<>();
    private final List<String> empirical = new ArrayList<>();

    MmffTopologyBuilder(Structure structure, MmffAtomTypes typing, MmffParameters params) {
        this.structure = structure;
        this.typing = typing;
        this.params = params;
        this.m = new MmffMolecule(structure, typing.numericTypes(), typing.kekuleBondOrders(), typing.aromaticBonds(), params);
    }

    MmffTopology build() throws UnsupportedStructureException {
        List<MmffTopology.BondStretch> bonds = new ArrayList<>();
        for (Bond b : structure.bonds()) {
            double[] p = bondParameters(b.i(), b.j());
            bonds.add(new MmffTopology.BondStretch(b.i(), b.j(), p[0], p[1]));
        }
        List<MmffTopology.AngleBend> angles = new ArrayList<>();
        List<MmffTopology.StretchBend> stretchBends = new ArrayList<>();
        for (int j = 0; j < m.atomCount(); j++) {
            int[] nb = m.neighbours[j];
            for (int x = 0; x < nb.length; x++)
                for (int y = x + 1; y < nb.length; y++) addAngle(nb[x], j, nb[y], angles, stretchBends);
        }
        List<MmffTopology.OutOfPlane> oops = new ArrayList<>();
        for (int j = 0; j < m.atomCount(); j++) if (m.neighbours[j].length == 3) addOutOfPlane(j, oops);
        List<MmffTopology.Torsion> torsions = new ArrayList<>();
        for (Bond b : structure.bonds()) addTorsions(b.i(), b.j(), torsions);
        return new MmffTopology(params.variant(), typing.numericTypes().clone(), typing.partialCharges().clone(),
                List.copyOf(bonds), List.copyOf(angles), List.copyOf(stretchBends), List.copyOf(oops), List.copyOf(torsions),
                new MmffTopology.BondSeparation(m.neighbours), List.copyOf(empirical));
    }

    private double[] bondParameters(int a, int b) throws UnsupportedStructureException {
        long key = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
        double[] p = bondParameters.get(key);
        if (p != null) return p;
        int bt = m.bondTypeIndex(a, b);
        p = params.bond(bt, m.types[a], m.types[b]);
        if (p == null) {
            p = MmffEmpiricalRules.bond(m, params, a, b);
            empirical.add("bond " + (a + 1) + "-" + (b + 1) + " (class " + bt + ", types " + m.types[a] + "-" + m.types[b] + ")");
        }
        bondParameters.put(key, p);
        return p;
    }

    private void addAngle(int i, int j, int k, List<MmffTopology.AngleBend> angles, List<MmffTopology.StretchBend> stretchBends)
            throws UnsupportedStructureException {
        int ti = m.types[i], tj = m.types[j], tk = m.types[k];
        int bt0 = m.bondTypeIndex(i, j), bt1 = m.bondTypeIndex(j, k);
        int angleType = angleType(i, j, k, bt0 + bt1);
        double[] r0ij = bondParameters(i, j), r0kj = bondParameters(j, k);
        double[] p = params.angle(angleType, ti, tj, tk);
        if (p == null || p[0] == 0.0) {
            p = MmffEmpiricalRules.angle(m, i, j, k, p == null ? Double.NaN : p[1], r0ij[1], r0kj[1]);
            empirical.add("angle " + (i + 1) + "-" + (j + 1) + "-" + (k + 1) + " (class " + angleType + ", types "
                    + ti + "-" + tj + "-" + tk + ")");
        }
        boolean linear = m.props[j].linear();
        angles.add(new MmffTopology.AngleBend(i, j, k, p[0], p[1], linear));
        if (linear) return;

        int sbt = stretchBendType(angleType, ti <= tk ? bt0 : bt1, ti < tk ? bt1 : bt0);
        boolean swap = ti > tk || (ti == tk && bt0 < bt1);
        double[] kba = params.stretchBend(sbt, Math.min(ti, tk), tj, Math.max(ti, tk));
        if (kba == null) {
            int ri = MmffMolecule.periodicRow(m.atomicNumber(i)), rj = MmffMolecule.periodicRow(m.atomicNumber(j)),
                    rk = MmffMolecule.periodicRow(m.atomicNumber(k));
            swap = ri > rk;
            kba = params.stretchBendDefault(Math.min(ri, rk), rj, Math.max(ri, rk));
            if (kba == null)
                throw new UnsupportedStructureException("no MMFF stretch-bend parameters for angle " + (i + 1) + "-" + (j + 1)
                        + "-" + (k + 1) + " of " + structure, List.of(i, j, k));
        }
        double kIJK = swap ? kba[1] : kba[0], kKJI = swap ? kba[0] : kba[1];
        if (kIJK == 0.0 && kKJI == 0.0) return;
        stretchBends.add(new MmffTopology.StretchBend(i, j, k, kIJK, kKJI, r0ij[1], r0kj[1], p[1]));
    }

    /** MMFF angle class: sum of the two bond-type indices, modified for three- and four-rings (0..8). */
    private int angleType(int i, int j, int k, int bondTypeSum) {
        int ring = m.angleRingSize(i, j, k);
        if (ring == 0) return bondTypeSum;
        return bondTypeSum == 0 ? ring : ring + bondTypeSum + ring - 2;
    }

    /**
     * Stretch-bend class from the angle class and the bond-type indices of the two bonds, taken in
     * the order of increasing outer atom type (MMFF.III Table 2).
     */
    private static int stretchBendType(int angleType, int firstBondType, int secondBondType) {
        boolean first = firstBondType != 0 || firstBondType == secondBondType;
        return switch (angleType) {
            case 1 -> first ? 1 : 2;
            case 2 -> 3;
            case 4 -> 4;
            case 3 -> 5;
            case 5 -> first ? 6 : 7;
            case 6 -> 8;
            case 7 -> first ? 9 : 10;
            case 8 -> 11;
            default -> 0;
        };
    }

    private void addOutOfPlane(int j, List<MmffTopology.OutOfPlane> oops) {
        int[] n = m.neighbours[j];
        Double koop = params.outOfPlane(m.types[n[0]], m.types[j], m.types[n[1]], m.types[n[2]]);
        if (koop == null) return; // MMFF omits the term (no wild-card entry for this centre)
        oops.add(new MmffTopology.OutOfPlane(n[0], j, n[1], n[2], koop));
        oops.add(new MmffTopology.OutOfPlane(n[0], j, n[2], n[1], koop));
        oops.add(new MmffTopology.OutOfPlane(n[1], j, n[2], n[0], koop));
    }

    private void addTorsions(int j, int k, List<MmffTopology.Torsion> torsions) {
        if (m.props[j].linear() || m.props[k].linear()) return;
        for (int i : m.neighbours[j]) {
            if (i == k) continue;
            for (int l : m.neighbours[k]) {
                if (l == j || l == i) continue;
                int[] tt = torsionTypes(i, j, k, l);
                int ti = m.types[i], tj = m.types[j], tk = m.types[k], tl = m.types[l];
                double[] v = torsionParameters(tt, ti, tj, tk, tl);
                if (v == null) {
                    v = MmffEmpiricalRules.torsion(m, j, k);
                    empirical.add("torsion " + (i + 1) + "-" + (j + 1) + "-" + (k + 1) + "-" + (l + 1) + " (class " + tt[0]
                            + ", types " + ti + "-" + tj + "-" + tk + "-" + tl + ")");
                }
                if (v[0] == 0.0 && v[1] == 0.0 && v[2] == 0.0) continue;
                torsions.add(new MmffTopology.Torsion(i, j, k, l, v[0], v[1], v[2]));
            }
        }
    }

    /**
     * Tabulated torsion parameters, with the class fallback the reference implementation uses
     * (not stated in MMFF.IV; RDKit found it by reproducing the validation suite): a 4- or 5-ring
     * class without parameters falls back to the class the torsion has outside the ring, and a
     * five-ring class (5) that only matches the all-wild-card stage yields to its non-ring class
     * when that class has a match.
     */
    private double[] torsionParameters(int[] tt, int ti, int tj, int tk, int tl) {
        if (tt[0] == 5 && tt[1] != 0) {
            double[] specific = params.torsion(5, ti, tj, tk, tl, 3);
            if (specific != null) return specific;
            double[] nonRing = params.torsion(tt[1], ti, tj, tk, tl);
            return nonRing != null ? nonRing : params.torsion(5, ti, tj, tk, tl);
        }
        double[] v = params.torsion(tt[0], ti, tj, tk, tl);
        return v != null ? v : params.torsion(tt[1], ti, tj, tk, tl);
    }

    /** {torsion class, fallback class}: 0, 1, 2 from the bond-type indices; 4/5 for four-/five-rings. */
    private int[] torsionTypes(int i, int j, int k, int l) {
        int btJK = m.bondTypeIndex(j, k);
        int type = btJK;
        if (btJK == 0 && m.single(j, k) && (m.bondTypeIndex(i, j) == 1 || m.bondTypeIndex(k, l) == 1)) type = 2;
        int ring = m.torsionRingSize(i, j, k, l);
        if (ring == 4 && !(m.bonded(i, k) || m.bonded(j, l))) return new int[]{4, type};
        if (ring == 5 && (m.types[i] == 1 || m.types[j] == 1 || m.types[k] == 1 || m.types[l] == 1)) return new int[]{5, type};
        return new int[]{type, type};
    }
}
