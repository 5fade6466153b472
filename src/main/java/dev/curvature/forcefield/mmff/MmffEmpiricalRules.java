package dev.curvature.forcefield.mmff;

import dev.curvature.model.UnsupportedStructureException;

import java.util.List;

/**
 * MMFF's empirical rules for interactions without tabulated parameters (Halgren, MMFF.V,
 * J. Comput. Chem. 17 (1996) 616, pp. 625-629), in the form the reference implementation uses
 * them (the bond-order and hybridisation corrections to the radii in eq. 18 are not applied; the
 * validation suite is only reproduced without them).
 */
final class MmffEmpiricalRules {
    private MmffEmpiricalRules() { }

    // Covalent radii (Å) and Pauling electronegativities for eq. 18, by atomic number.
    private static final double[] COVALENT_RADIUS = new double[54];
    private static final double[] ELECTRONEGATIVITY = new double[54];

    static {
        double[][] t = {{1, 0.33, 2.20}, {3, 1.34, 0.97}, {6, 0.77, 2.50}, {7, 0.73, 3.07}, {8, 0.72, 3.50},
                {9, 0.74, 4.12}, {11, 1.54, 1.01}, {12, 1.30, 1.23}, {14, 1.15, 1.74}, {15, 1.09, 2.06},
                {16, 1.03, 2.44}, {17, 1.01, 2.83}, {19, 1.96, 0.91}, {20, 1.74, 1.04}, {29, 1.38, 1.75},
                {30, 1.31, 1.66}, {35, 1.15, 2.74}, {53, 1.33, 2.21}};
        for (double[] r : t) {
            COVALENT_RADIUS[(int) r[0]] = r[1];
            ELECTRONEGATIVITY[(int) r[0]] = r[2];
        }
    }

    // Herschbach-Laurie form of Badger's rule, parameters a_ij, d_ij by periodic rows (MMFF.V p. 627).
    private static final double[][] HERSCHBACH_LAURIE = {
            {0, 0, 1.26, 0.025}, {0, 1, 1.66, 0.30}, {0, 2, 1.84, 0.38}, {0, 3, 1.98, 0.49}, {0, 4, 2.03, 0.51},
            {0, 5, 2.03, 0.25}, {1, 1, 1.91, 0.68}, {1, 2, 2.28, 0.74}, {1, 3, 2.35, 0.85}, {1, 4, 2.33, 0.68},
            {1, 5, 2.50, 0.97}, {2, 2, 2.41, 1.18}, {2, 3, 2.52, 1.02}, {2, 4, 2.61, 1.28}, {2, 5, 2.60, 0.84},
            {3, 3, 2.58, 1.41}, {3, 4, 2.66, 0.86}, {3, 5, 2.75, 1.14}, {4, 4, 2.85, 1.62}, {4, 5, 2.76, 1.25}};

    /** {kb (md/Å), r0 (Å)} for bond a-b: Schomaker-Stevenson r0 (eq. 18), Badger-type kb (eq. 19). */
    static double[] bond(MmffMolecule m, MmffParameters p, int a, int b) throws UnsupportedStructureException {
        int za = m.atomicNumber(a), zb = m.atomicNumber(b);
        if (za >= COVALENT_RADIUS.length || zb >= COVALENT_RADIUS.length || COVALENT_RADIUS[za] == 0 || COVALENT_RADIUS[zb] == 0)
            throw new UnsupportedStructureException("no MMFF bond-stretch parameters and no empirical rule for bond "
                    + m.structure.element(a) + (a + 1) + "-" + m.structure.element(b) + (b + 1), List.of(a, b));
        double c = (za == 1 || zb == 1) ? 0.050 : 0.085;
        double r0 = COVALENT_RADIUS[za] + COVALENT_RADIUS[zb] - c * Math.pow(Math.abs(ELECTRONEGATIVITY[za] - ELECTRONEGATIVITY[zb]), 1.4);
        double[] ref = p.bondReference(za, zb);
        double kb;
        if (ref != null) {
            double ratio = ref[0] / r0;
            kb = ref[1] * Math.pow(ratio, 6);
        } else {
            int ra = MmffMolecule.periodicRow(za), rb = MmffMolecule.periodicRow(zb);
            double[] hl = null;
            for (double[] h : HERSCHBACH_LAURIE)
                if (h[0] == Math.min(ra, rb) && h[1] == Math.max(ra, rb)) hl = h;
            if (hl == null)
                throw new UnsupportedStructureException("no MMFF bond-stretch rule for bond " + m.structure.element(a) + (a + 1)
                        + "-" + m.structure.element(b) + (b + 1), List.of(a, b));
            kb = Math.pow(10.0, -(r0 - hl[2]) / hl[3]);
        }
        return new double[]{kb, r0};
    }

    /**
     * Angle i-j-k: theta0 from the table when one was found (tabulatedTheta0 not NaN), else from
     * the central atom's coordination; ka from eq. 20 with the Z and C constants of Table VI.
     * Returns {ka (md·Å/rad²), theta0 (deg)}.
     */
    static double[] angle(MmffMolecule m, int i, int j, int k, double tabulatedTheta0, double r0ij, double r0jk) {
        int ring = m.angleRingSize(i, j, k);
        double theta0;
        if (!Double.isNaN(tabulatedTheta0)) theta0 = tabulatedTheta0;
        else {
            MmffAtomProperties c = m.props[j];
            theta0 = 120.0;
            switch (c.crd()) {
                case 4 -> theta0 = 109.45;
                case 2 -> {
                    if (m.atomicNumber(j) == 8) theta0 = 105.0;
                    else if (c.linear()) theta0 = 180.0;
                }
                case 3 -> {
                    if (c.val() == 3 && c.mltb() == 0) theta0 = m.atomicNumber(j) == 7 ? 107.0 : 92.0;
                }
                default -> { }
            }
            if (ring == 3) theta0 = 60.0;
            else if (ring == 4) theta0 = 90.0;
        }
        double beta = 1.75;
        if (ring == 4) beta *= 0.85;
        else if (ring == 3) beta *= 0.05;
        double d = (r0ij - r0jk) * (r0ij - r0jk) / ((r0ij + r0jk) * (r0ij + r0jk));
        double t = Math.toRadians(theta0);
        double ka = beta * z(m.atomicNumber(i)) * c(m.atomicNumber(j)) * z(m.atomicNumber(k))
                / ((r0ij + r0jk) * t * t * Math.exp(2.0 * d));
        return new double[]{ka, theta0};
    }

    private static double z(int atomicNumber) {
        return switch (atomicNumber) {
            case 1 -> 1.395;
            case 6 -> 2.494;
            case 7 -> 2.711;
            case 8 -> 3.045;
            case 9 -> 2.847;
            case 14 -> 2.350;
            case 15 -> 2.350;
            case 16 -> 2.980;
            case 17 -> 2.909;
            case 35 -> 3.017;
            case 53 -> 3.086;
            default -> 0.0;
        };
    }

    private static double c(int atomicNumber) {
        return switch (atomicNumber) {
            case 6 -> 1.016;
            case 7 -> 1.113;
            case 8 -> 1.337;
            case 14 -> 0.811;
            case 15 -> 1.068;
            case 16 -> 1.249;
            case 17 -> 1.078;
            default -> 0.0;
        };
    }

    /** {V1, V2, V3} (kcal/mol) for a torsion about bond j-k by the rules (a)-(h) of MMFF.V p. 628. */
    static double[] torsion(MmffMolecule m, int j, int k) {
        MmffAtomProperties pj = m.props[j], pk = m.props[k];
        int zj = m.atomicNumber(j), zk = m.atomicNumber(k);
        double uj = u(zj), uk = u(zk), vj = v(zj), vk = v(zk), wj = w(zj), wk = w(zk);
        double njk = (pj.crd() - 1) * (pk.crd() - 1);
        if (pj.linear() || pk.linear()) return new double[]{0, 0, 0};
        if (pj.aromatic() && pk.aromatic() && m.aromatic(j, k)) {
            double beta = ((pj.val() == 3 && pk.val() == 4) || (pj.val() == 4 && pk.val() == 3)) ? 3.0 : 6.0;
            double pi = (pj.pilp() == 0 && pk.pilp() == 0) ? 0.5 : 0.3;
            return new double[]{0, beta * pi * Math.sqrt(uj * uk), 0};
        }
        if (m.isDouble(j, k)) {
            double pi = (pj.mltb() == 2 && pk.mltb() == 2) ? 1.0 : 0.4;
            return new double[]{0, 6.0 * pi * Math.sqrt(uj * uk), 0};
        }
        if (pj.crd() == 4 && pk.crd() == 4) return new double[]{0, 0, Math.sqrt(vj * vk) / njk};
        if (pj.crd() == 4) return noBarrierNextToSp2(pk) ? new double[]{0, 0, 0} : new double[]{0, 0, Math.sqrt(vj * vk) / njk};
        if (pk.crd() == 4) return noBarrierNextToSp2(pj) ? new double[]{0, 0, 0} : new double[]{0, 0, Math.sqrt(vj * vk) / njk};
        boolean jm = pj.mltb() != 0, km = pk.mltb() != 0, jl = pj.pilp() != 0, kl = pk.pilp() != 0;
        if ((m.single(j, k) && jm && km) || (jm && kl) || (jl && km)) {
            double pi;
            if (jl && kl) return new double[]{0, 0, 0};
            if (jl && km) pi = piLonePairMultiple(pj, zj, zk);
            else if (kl && jm) pi = piLonePairMultiple(pk, zj, zk);
            else if ((pj.mltb() == 1 || pk.mltb() == 1) && (zj != 6 || zk != 6)) pi = 0.4;
            else pi = 0.15;
            return new double[]{0, 6.0 * pi * Math.sqrt(uj * uk), 0};
        }
        if ((zj == 8 || zj == 16) && (zk == 8 || zk == 16)) return new double[]{0, -Math.sqrt(wj * wk), 0};
        return new double[]{0, 0, Math.sqrt(vj * vk) / njk};
    }

    /** Rules (e)/(f): an sp3 atom next to a conjugated or sp2-like partner has no barrier. */
    private static boolean noBarrierNextToSp2(MmffAtomProperties other) {
        return (other.crd() == 3 && (other.val() == 4 || other.val() == 34 || other.mltb() != 0))
                || (other.crd() == 2 && (other.val() == 3 || other.mltb() != 0));
    }

    private static double piLonePairMultiple(MmffAtomProperties lonePairAtom, int zj, int zk) {
        if (lonePairAtom.mltb() == 1) return 0.5;
        if (MmffMolecule.periodicRow(zj) == 2 && MmffMolecule.periodicRow(zk) == 2) return 0.3;
        return 0.15;
    }

    private static double u(int z) {
        return switch (z) {
            case 6, 7, 8 -> 2.0;
            case 14, 15, 16 -> 1.25;
            default -> 0.0;
        };
    }

    private static double v(int z) {
        return switch (z) {
            case 6 -> 2.12;
            case 7 -> 1.5;
            case 8 -> 0.2;
            case 14 -> 1.22;
            case 15 -> 2.40;
            case 16 -> 0.49;
            default -> 0.0;
        };
    }

    private static double w(int z) {
        return switch (z) {
            case 8 -> 2.0;
            case 16 -> 8.0;
            default -> 0.0;
        };
    }
}
