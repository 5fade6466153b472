package dev.curvature.build.embed;

import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IDoubleBondStereochemistry;
import org.openscience.cdk.interfaces.IStereoElement;
import org.openscience.cdk.interfaces.ITetrahedralChirality;
import org.openscience.cdk.stereo.ExtendedTetrahedral;
import org.openscience.cdk.stereo.StereoElementFactory;

import javax.vecmath.Point3d;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks embedded coordinates against the stereo the SMILES asked for by letting CDK perceive the
 * stereo from the 3-D coordinates ({@link StereoElementFactory#using3DCoordinates}) and comparing
 * each requested element with the perceived one on the same atoms (ligand orders reconciled by
 * permutation parity). An element CDK does not perceive at all from 3-D is checked by its signed
 * volume or cis/trans distance instead and counted in {@link Result#geometricOnly}.
 */
final class StereoVerifier {
    private StereoVerifier() {}

    record Result(List<String> wrong, int perceived, int geometricOnly) {
        boolean ok() { return wrong.isEmpty(); }
    }

    static Result check(SmilesMolecule m, double[] x) {
        IAtomContainer mol = m.mol;
        for (int a = 0; a < mol.getAtomCount(); a++)
            mol.getAtom(a).setPoint3d(new Point3d(x[3 * a], x[3 * a + 1], x[3 * a + 2]));
        Map<IAtom, IStereoElement<?, ?>> byFocus = new IdentityHashMap<>();
        Map<IBond, IDoubleBondStereochemistry> byBond = new IdentityHashMap<>();
        for (IStereoElement<?, ?> se : StereoElementFactory.using3DCoordinates(mol).createAll()) {
            if (se instanceof ITetrahedralChirality tc) byFocus.put(tc.getChiralAtom(), se);
            else if (se instanceof ExtendedTetrahedral et) byFocus.put(et.focus(), se);
            else if (se instanceof IDoubleBondStereochemistry db) byBond.put(db.getStereoBond(), db);
        }
        List<String> wrong = new ArrayList<>();
        int perceived = 0, geometric = 0;
        for (IStereoElement<?, ?> se : mol.stereoElements()) {
            if (se instanceof ITetrahedralChirality want) {
                IStereoElement<?, ?> got = byFocus.get(want.getChiralAtom());
                if (got instanceof ITetrahedralChirality have) {
                    perceived++;
                    if (!sameWinding(want.getLigands(), want.getStereo(), have.getLigands(), have.getStereo()))
                        wrong.add("centre " + (mol.indexOf(want.getChiralAtom()) + 1));
                }
            } else if (se instanceof ExtendedTetrahedral want) {
                IStereoElement<?, ?> got = byFocus.get(want.focus());
                if (got instanceof ExtendedTetrahedral have) {
                    perceived++;
                    if (!sameWinding(want.peripherals(), want.winding(), have.peripherals(), have.winding()))
                        wrong.add("axis at " + (mol.indexOf(want.focus()) + 1));
                }
            } else if (se instanceof IDoubleBondStereochemistry want) {
                IDoubleBondStereochemistry have = byBond.get(want.getStereoBond());
                if (have != null) {
                    perceived++;
                    if (!sameDoubleBond(want, have))
                        wrong.add("double bond " + (mol.indexOf(want.getStereoBond().getBegin()) + 1) + "="
                                + (mol.indexOf(want.getStereoBond().getEnd()) + 1));
                }
            }
        }
        // elements CDK did not perceive from 3-D (e.g. some ring or hetero centres): signed volume / distance
        int total = m.stereo.chiralities().size() + m.stereo.doubleBonds().size();
        if (perceived < total) {
            for (StereoSpec.Chirality c : m.stereo.chiralities()) {
                if (byFocus.containsKey(mol.getAtom(c.focus()))) continue;
                geometric++;
                double v = Restraints.volume(p(x, c.l1()), p(x, c.l2()), p(x, c.l3()), p(x, c.l4()));
                if (v > 0 != c.clockwise()) wrong.add("centre " + (c.focus() + 1) + " (by signed volume)");
            }
            for (StereoSpec.DoubleBond d : m.stereo.doubleBonds()) {
                if (byBond.containsKey(mol.getBond(mol.getAtom(d.c1()), mol.getAtom(d.c2())))) continue;
                geometric++;
                if (together(x, d) != d.together()) wrong.add("double bond " + (d.c1() + 1) + "=" + (d.c2() + 1) + " (by torsion)");
            }
        }
        return new Result(wrong, perceived, geometric);
    }

    private static boolean sameWinding(IAtom[] a, ITetrahedralChirality.Stereo sa, IAtom[] b, ITetrahedralChirality.Stereo sb) {
        int[] perm = new int[4];
        for (int i = 0; i < 4; i++) {
            perm[i] = -1;
            for (int j = 0; j < 4; j++) if (a[i] == b[j]) perm[i] = j;
            if (perm[i] < 0) return false;
        }
        boolean odd = false;
        for (int i = 0; i < 4; i++) for (int j = i + 1; j < 4; j++) if (perm[i] > perm[j]) odd = !odd;
        return (sa == sb) != odd;
    }

    private static boolean sameDoubleBond(IDoubleBondStereochemistry want, IDoubleBondStereochemistry have) {
        int flips = 0;
        for (IBond w : want.getBonds()) {
            boolean matched = false;
            for (IBond h : have.getBonds()) if (h == w) matched = true;
            if (!matched) flips++; // the other substituent on that end was chosen
        }
        boolean same = want.getStereo() == have.getStereo();
        return (flips % 2 == 0) == same;
    }

    private static boolean together(double[] x, StereoSpec.DoubleBond d) {
        double[] a = p(x, d.x1()), b = p(x, d.c1()), c = p(x, d.c2()), e = p(x, d.x2());
        double[] n1 = cross(sub(b, a), sub(c, b)), n2 = cross(sub(c, b), sub(e, c));
        return n1[0] * n2[0] + n1[1] * n2[1] + n1[2] * n2[2] > 0;
    }

    private static double[] p(double[] x, int a) { return new double[]{x[3 * a], x[3 * a + 1], x[3 * a + 2]}; }
    private static double[] sub(double[] a, double[] b) { return new double[]{a[0] - b[0], a[1] - b[1], a[2] - b[2]}; }
    private static double[] cross(double[] a, double[] b) {
        return new double[]{a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }
}
