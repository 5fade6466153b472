package dev.curvature.forcefield.uff;

import dev.curvature.forcefield.Term;
import dev.curvature.forcefield.nonbonded.NonbondedCutoff;
import dev.curvature.forcefield.nonbonded.NonbondedPairs;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the UFF terms of a typed structure with RDKit's (2022.09) rules: which angles take which
 * special form, which bonds carry torsions and with which barrier, which atoms invert, which pairs
 * interact. Positions are consulted only to tell axial from equatorial bonds at five-coordinate
 * (trigonal-bipyramidal) centers, as RDKit does when it builds the force field.
 */
final class UffTermBuilder {
    /** Bond force-constant prefactor G (kcal mol⁻¹ Å e⁻²): k_ij = 2G Z_i Z_j / r³ = 664.12 Z_i Z_j / r³. */
    static final double G = 332.06;
    /** Scale of the bond-order correction to the rest length. */
    static final double LAMBDA = 0.1332;

    private final Structure s;
    private final UffTyping t;
    private final int n;
    private final int[][] nb;
    private final int[][] atomBonds;
    private final List<Bond> bonds;

    /** The non-bonded pairs (beyond 1-3; within fragments only if asked), shared by vdW and Coulomb. */
    private final NonbondedPairs pairs;

    UffTermBuilder(Structure s, UffTyping typing, boolean interfragmentNonbonded, NonbondedCutoff cutoff) {
        this.s = s;
        this.t = typing;
        this.n = s.atomCount();
        this.nb = s.neighbours();
        this.bonds = s.bonds();
        this.atomBonds = BondIndex.atomBonds(n, bonds);
        this.pairs = new NonbondedPairs(nb, interfragmentNonbonded ? null : fragments(), cutoff);
    }

    /** Connected components of the bond graph, numbered from 0. */
    private int[] fragments() {
        int[] f = new int[n];
        Arrays.fill(f, -1);
        int count = 0;
        int[] stack = new int[n];
        for (int start = 0; start < n; start++) {
            if (f[start] >= 0) continue;
            int top = 0;
            stack[top++] = start;
            f[start] = count;
            while (top > 0) {
                int a = stack[--top];
                for (int b : nb[a]) if (f[b] < 0) { f[b] = count; stack[top++] = b; }
            }
            count++;
        }
        return f;
    }

    List<Term> build() {
        List<Term> terms = new ArrayList<>();
        terms.add(bondTerms());
        terms.add(angleTerms());
        terms.add(torsionTerms());
        terms.add(inversionTerms());
        terms.add(vdwTerms());
        return terms;
    }

    // ---------------------------------------------------------------- parameters (RDKit Utils)

    static double restLength(double bondOrder, UffAtomParameters p, UffAtomParameters q) {
        double ri = p.r1(), rj = q.r1();
        double rBO = -LAMBDA * (ri + rj) * Math.log(bondOrder);
        double sx = Math.sqrt(p.xi()) - Math.sqrt(q.xi());
        double rEN = ri * rj * sx * sx / (p.xi() * ri + q.xi() * rj);
        return ri + rj + rBO - rEN;
    }

    static double bondForceConstant(double restLength, UffAtomParameters p, UffAtomParameters q) {
        return 2.0 * G * p.z1() * q.z1() / (restLength * restLength * restLength);
    }

    static double angleForceConstant(double theta0, double bo12, double bo23,
                                     UffAtomParameters p1, UffAtomParameters p2, UffAtomParameters p3) {
        double cos0 = Math.cos(theta0);
        double r12 = restLength(bo12, p1, p2), r23 = restLength(bo23, p2, p3);
        double r13 = Math.sqrt(r12 * r12 + r23 * r23 - 2 * r12 * r23 * cos0);
        double beta = 2 * G / (r12 * r23);
        double r13p5 = r13 * r13 * r13 * r13 * r13;
        double pre = beta * p1.z1() * p3.z1() / r13p5;
        double rTerm = r12 * r23;
        double inner = 3 * rTerm * (1 - cos0 * cos0) - r13 * r13 * cos0;
        return pre * rTerm * inner;
    }

    /** Torsional barrier of an sp2–sp2 bond (UFF equation 17). */
    static double equation17(double bondOrder, UffAtomParameters p, UffAtomParameters q) {
        return 5 * Math.sqrt(p.u1() * q.u1()) * (1 + 4.18 * Math.log(bondOrder));
    }

    static boolean group16(int z) { return z == 8 || z == 16 || z == 34 || z == 52 || z == 84; }

    // ---------------------------------------------------------------- bonds

    private Term bondTerms() {
        int m = bonds.size();
        int[] i = new int[m], j = new int[m];
        double[] k = new double[m], r0 = new double[m];
        for (int b = 0; b < m; b++) {
            Bond bond = bonds.get(b);
            i[b] = bond.i(); j[b] = bond.j();
            r0[b] = restLength(t.bondOrders()[b], t.parameters(i[b]), t.parameters(j[b]));
            k[b] = bondForceConstant(r0[b], t.parameters(i[b]), t.parameters(j[b]));
        }
        return new BondStretchTerms(i, j, k, r0);
    }

    // ---------------------------------------------------------------- angles

    private final IntList angA = new IntList(), angB = new IntList(), angC = new IntList(), angOrder = new IntList();
    private final DoubleList angK = new DoubleList(), angC0 = new DoubleList(), angC1 = new DoubleList(), angC2 = new DoubleList();

    private Term angleTerms() {
        boolean[] ring3 = new boolean[n], ring4 = new boolean[n];
        markSmallRings(ring3, ring4);
        for (int j = 0; j < n; j++) {
            Hybridization hj = t.hybridization(j);
            if (hj == Hybridization.SP3D && nb[j].length == 5) {
                trigonalBipyramid(j);
                continue;
            }
            int[] bj = atomBonds[j];
            for (int p = 0; p < bj.length; p++)
                for (int q = p + 1; q < bj.length; q++) {
                    int i = bonds.get(bj[p]).other(j), k = bonds.get(bj[q]).other(j);
                    int order = 0;
                    double theta0 = t.parameters(j).theta0Radians();
                    switch (hj) {
                        case SP -> order = 1;
                        case SP2 -> {
                            order = 3;
                            if (ring3[j]) {
                                if (ring3[i] != ring3[k]) { order = 0; theta0 = Math.toRadians(150); }
                                else if (ring3[i]) { order = 0; theta0 = Math.toRadians(60); }
                            } else if (ring4[j]) {
                                if (ring4[i] != ring4[k]) { order = 0; theta0 = Math.toRadians(135); }
                                else if (ring4[i]) { order = 0; theta0 = Math.toRadians(90); }
                            }
                        }
                        case SP3D2 -> order = 4;
                        default -> order = 0;
                    }
                    addAngle(i, j, k, bj[p], bj[q], order, theta0);
                }
        }
        return new AngleBendTerms(angA.toArray(), angB.toArray(), angC.toArray(), angOrder.toArray(),
                angK.toArray(), angC0.toArray(), angC1.toArray(), angC2.toArray());
    }

    private void addAngle(int i, int j, int k, int bondIJ, int bondJK, int order, double theta0) {
        double kk = angleForceConstant(theta0, t.bondOrders()[bondIJ], t.bondOrders()[bondJK],
                t.parameters(i), t.parameters(j), t.parameters(k));
        double c0 = 0, c1 = 0, c2 = 0;
        if (order == 0) {
            double sin0 = Math.sin(theta0), cos0 = Math.cos(theta0);
            c2 = 1.0 / (4.0 * Math.max(sin0 * sin0, 1e-8));
            c1 = -4.0 * c2 * cos0;
            c0 = c2 * (2.0 * cos0 * cos0 + 1.0);
        }
        angA.add(i); angB.add(j); angC.add(k); angOrder.add(order);
        angK.add(kk); angC0.add(c0); angC1.add(c1); angC2.add(c2);
    }

    /** Five-coordinate center: the most nearly opposite bond pair is axial (RDKit's rule). */
    private void trigonalBipyramid(int j) {
        int[] bj = atomBonds[j];
        int ax1 = -1, ax2 = -1;
        double mostNegative = 100.0;
        for (int p = 0; p < bj.length; p++)
            for (int q = 0; q < bj.length; q++) {
                if (bj[q] <= bj[p]) continue;
                double d = dotOfDirections(j, bonds.get(bj[p]).other(j), bonds.get(bj[q]).other(j));
                if (d < mostNegative) { mostNegative = d; ax1 = bj[p]; ax2 = bj[q]; }
            }
        int[] eq = new int[3];
        int ne = 0;
        for (int b : bj) if (b != ax1 && b != ax2) eq[ne++] = b;
        double theta0 = t.parameters(j).theta0Radians();
        addAngle(other(ax1, j), j, other(ax2, j), ax1, ax2, 2, theta0);
        addAngle(other(eq[0], j), j, other(eq[1], j), eq[0], eq[1], 3, theta0);
        addAngle(other(eq[0], j), j, other(eq[2], j), eq[0], eq[2], 3, theta0);
        addAngle(other(eq[1], j), j, other(eq[2], j), eq[1], eq[2], 3, theta0);
        for (int ax : new int[]{ax1, ax2})
            for (int e : eq) addAngle(other(ax, j), j, other(e, j), ax, e, 0, theta0);
    }

    private int other(int bond, int atom) { return bonds.get(bond).other(atom); }

    private double dotOfDirections(int center, int p, int q) {
        double[] u = new double[3], v = new double[3];
        double lu = 0, lv = 0;
        double[][] pos = {{s.x(center), s.y(center), s.z(center)}, {s.x(p), s.y(p), s.z(p)}, {s.x(q), s.y(q), s.z(q)}};
        for (int c = 0; c < 3; c++) {
            u[c] = pos[1][c] - pos[0][c]; v[c] = pos[2][c] - pos[0][c];
            lu += u[c] * u[c]; lv += v[c] * v[c];
        }
        return (u[0] * v[0] + u[1] * v[1] + u[2] * v[2]) / Math.sqrt(lu * lv);
    }

    /** Atoms in a three- or four-membered ring among the relevant cycles (RDKit: its SSSR). */
    private void markSmallRings(boolean[] ring3, boolean[] ring4) {
        for (RingFinder.Ring r : RingFinder.relevantCycles(n, bonds)) {
            int size = r.atoms().length;
            if (size == 3) for (int a : r.atoms()) ring3[a] = true;
            if (size == 4) for (int a : r.atoms()) ring4[a] = true;
        }
    }

    // ---------------------------------------------------------------- torsions

    private Term torsionTerms() {
        IntList ta = new IntList(), tb = new IntList(), tc = new IntList(), td = new IntList(), tn = new IntList();
        DoubleList tv = new DoubleList(), tcos = new DoubleList();
        boolean[] inTriple = new boolean[n];
        for (Bond b : bonds) if (b.order() == 3) { inTriple[b.i()] = true; inTriple[b.j()] = true; }
        for (int bi = 0; bi < bonds.size(); bi++) {
            Bond bond = bonds.get(bi);
            int j = bond.i(), k = bond.j();
            if (nb[j].length < 2 || nb[k].length < 2 || inTriple[j] || inTriple[k]) continue;
            Hybridization hj = t.hybridization(j), hk = t.hybridization(k);
            if (!isSp2OrSp3(hj) || !isSp2OrSp3(hk)) continue;
            int first = ta.size();
            for (int b1 : atomBonds[j]) {
                if (b1 == bi) continue;
                int i = other(b1, j);
                for (int b2 : atomBonds[k]) {
                    if (b2 == bi || b2 == b1) continue;
                    int l = other(b2, k);
                    if (l == i) continue;
                    boolean endSp2 = t.hybridization(i) == Hybridization.SP2 || t.hybridization(l) == Hybridization.SP2;
                    double[] p = torsionParameters(t.bondOrders()[bi], j, k, endSp2);
                    ta.add(i); tb.add(j); tc.add(k); td.add(l);
                    tn.add((int) p[1]); tv.add(p[0]); tcos.add(p[2]);
                }
            }
            int count = ta.size() - first;
            for (int q = first; q < ta.size(); q++) tv.set(q, tv.get(q) / count);
        }
        return new TorsionTerms(ta.toArray(), tb.toArray(), tc.toArray(), td.toArray(), tn.toArray(), tv.toArray(), tcos.toArray());
    }

    private static boolean isSp2OrSp3(Hybridization h) { return h == Hybridization.SP2 || h == Hybridization.SP3; }

    /** {barrier V, periodicity n, cosTerm} for a torsion about bond j–k. */
    private double[] torsionParameters(double bondOrder, int j, int k, boolean endAtomIsSp2) {
        Hybridization hj = t.hybridization(j), hk = t.hybridization(k);
        int zj = s.atomicNumber(j), zk = s.atomicNumber(k);
        UffAtomParameters pj = t.parameters(j), pk = t.parameters(k);
        if (hj == Hybridization.SP3 && hk == Hybridization.SP3) {
            if (bondOrder == 1.0 && group16(zj) && group16(zk)) {
                double vj = zj == 8 ? 2.0 : 6.8, vk = zk == 8 ? 2.0 : 6.8;
                return new double[]{Math.sqrt(vj * vk), 2, -1};
            }
            return new double[]{Math.sqrt(pj.v1() * pk.v1()), 3, -1};
        }
        if (hj == Hybridization.SP2 && hk == Hybridization.SP2)
            return new double[]{equation17(bondOrder, pj, pk), 2, 1};
        if (bondOrder == 1.0) {
            if ((hj == Hybridization.SP3 && group16(zj) && !group16(zk)) || (hk == Hybridization.SP3 && group16(zk) && !group16(zj)))
                return new double[]{equation17(bondOrder, pj, pk), 2, -1};
            if (endAtomIsSp2) return new double[]{2.0, 3, -1};
        }
        return new double[]{1.0, 6, 1};
    }

    // ---------------------------------------------------------------- inversions

    private Term inversionTerms() {
        IntList ia = new IntList(), ic = new IntList(), ib = new IntList(), io = new IntList();
        DoubleList ik = new DoubleList(), i0 = new DoubleList(), i1 = new DoubleList(), i2 = new DoubleList();
        for (int c = 0; c < n; c++) {
            int z = s.atomicNumber(c);
            boolean cno = z == 6 || z == 7 || z == 8;
            if (!(cno || z == 15 || z == 33 || z == 51 || z == 83) || nb[c].length != 3) continue;
            if (cno && t.hybridization(c) != Hybridization.SP2) continue;
            boolean boundToSp2O = false;
            for (int x : nb[c])
                if (z == 6 && s.atomicNumber(x) == 8 && t.hybridization(x) == Hybridization.SP2) boundToSp2O = true;
            double k, c0, c1, c2;
            if (cno) {
                c0 = 1; c1 = -1; c2 = 0;
                k = boundToSp2O ? 50.0 : 6.0;
            } else {
                double w0 = switch (z) {
                    case 15 -> 84.4339;
                    case 33 -> 86.9735;
                    case 51 -> 87.7047;
                    default -> 90.0;
                } * Math.PI / 180.0;
                c2 = 1.0;
                c1 = -4.0 * Math.cos(w0);
                c0 = -(c1 * Math.cos(w0) + c2 * Math.cos(2.0 * w0));
                k = 22.0 / (c0 + c1 + c2);
            }
            k /= 3.0;
            int[] q = nb[c];
            int[][] perm = {{q[0], q[1], q[2]}, {q[0], q[2], q[1]}, {q[1], q[2], q[0]}};
            for (int[] p : perm) {
                ia.add(p[0]); ic.add(c); ib.add(p[1]); io.add(p[2]);
                ik.add(k); i0.add(c0); i1.add(c1); i2.add(c2);
            }
        }
        return new InversionTerms(ia.toArray(), ic.toArray(), ib.toArray(), io.toArray(), ik.toArray(), i0.toArray(), i1.toArray(), i2.toArray());
    }

    // ---------------------------------------------------------------- van der Waals

    private Term vdwTerms() {
        double[] sx = new double[n], sd = new double[n];
        for (int i = 0; i < n; i++) {
            sx[i] = Math.sqrt(t.parameters(i).x1());
            sd[i] = Math.sqrt(t.parameters(i).d1());
        }
        return new VdwTerms(sx, sd, pairs);
    }

    /** Coulomb term over the van der Waals pairs, for caller-supplied partial charges (e). */
    Term electrostaticTerms(double[] charges, double dielectric) {
        if (charges.length != n)
            throw new IllegalArgumentException("need " + n + " partial charges, got " + charges.length);
        return new ElectrostaticTerms(charges, dielectric, pairs);
    }

    // ---------------------------------------------------------------- growable primitive lists

    static final class IntList {
        private int[] a = new int[16];
        private int size;
        void add(int v) { if (size == a.length) a = Arrays.copyOf(a, 2 * size); a[size++] = v; }
        int size() { return size; }
        int[] toArray() { return Arrays.copyOf(a, size); }
    }

    static final class DoubleList {
        private double[] a = new double[16];
        private int size;
        void add(double v) { if (size == a.length) a = Arrays.copyOf(a, 2 * size); a[size++] = v; }
        double get(int i) { return a[i]; }
        void set(int i, double v) { a[i] = v; }
        double[] toArray() { return Arrays.copyOf(a, size); }
    }
}
