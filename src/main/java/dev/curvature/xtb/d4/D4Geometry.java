package dev.curvature.xtb.d4;

/**
 * D4 dispersion at fixed nuclear positions: the coordination numbers, reference weights and
 * damped pair kernels are computed once, so the charge-dependent energy and its charge derivative
 * can be re-evaluated cheaply in every SCC iteration. Positions bohr, energies Eh, charges e.
 *
 * <p>Two-body part (Caldeweyher et al. 2019, eqs. 7–9): E2 = −Σ_{A&lt;B} C6_AB(q)·[s6/(r⁶ + R0⁶) +
 * s8·3·s_A·s_B/(r⁸ + R0⁸)], R0 = a1·sqrt(3·s_A·s_B) + a2, C6_AB = Σ_ab ζ_a(q_A)w_a ζ_b(q_B)w_b C6_ab.
 * Three-body part: Axilrod–Teller–Muto with C9 = −sqrt(C6_AB C6_AC C6_BC) from the charge-free
 * C6 (ζ at q = 0, as GFN2-xTB does), zero damping 1/(1 + 6·(R0_AB R0_AC R0_BC / r_AB r_AC r_BC)^(α/3)).
 * Not thread-safe for concurrent calls on one instance.
 */
public final class D4Geometry {
    private final D4ElementModel model;
    private final D4Parameters p;
    private final int[] z;
    private final double[] xyz;
    private final int n;
    private final double[] cn;
    private final ReferenceWeights weights;
    /** Damped two-body kernel D_AB (A > B) so that E2 = −Σ C6_AB·D_AB; 0 beyond the cutoff. */
    private final double[][] kernel;
    private double threeBody = Double.NaN;
    /** Element kind of each atom and the reference C6 tables per kind pair, fetched once. */
    private final int[] kind;
    private final double[][][][] kindC6;

    D4Geometry(D4ElementModel model, int[] atomicNumbers, double[] positionsBohr) {
        this.model = model;
        this.p = model.parameters;
        this.n = atomicNumbers.length;
        if (positionsBohr.length != 3 * n)
            throw new IllegalArgumentException("D4: " + positionsBohr.length + " coordinates for " + n + " atoms");
        for (int i = 0; i < n; i++) {
            int zi = atomicNumbers[i];
            if (zi < 1 || zi > model.maxZ())
                throw new IllegalArgumentException("D4: no reference data for atomic number " + zi + " (atom " + (i + 1)
                        + "); the tables cover H–" + model.data.symbol[model.maxZ()]);
        }
        this.z = atomicNumbers.clone();
        this.xyz = positionsBohr.clone();
        this.kind = new int[n];
        int[] kindOfZ = new int[model.maxZ() + 1];
        java.util.Arrays.fill(kindOfZ, -1);
        int kinds = 0;
        for (int i = 0; i < n; i++) {
            if (kindOfZ[z[i]] < 0) kindOfZ[z[i]] = kinds++;
            kind[i] = kindOfZ[z[i]];
        }
        this.kindC6 = new double[kinds][kinds][][];
        for (int i = 0; i < n; i++)
            for (int j = 0; j <= i; j++)
                if (kindC6[kind[i]][kind[j]] == null) kindC6[kind[i]][kind[j]] = model.referenceC6(z[i], z[j]);
        this.cn = D4CoordinationNumber.compute(model, z, xyz);
        this.weights = new ReferenceWeights(model, z, cn);
        this.kernel = new double[n][];
        double cut2 = p.pairCutoff() * p.pairCutoff();
        for (int i = 0; i < n; i++) {
            kernel[i] = new double[i];
            for (int j = 0; j < i; j++) {
                double r2 = D4CoordinationNumber.distance2(xyz, i, j);
                if (r2 > cut2) continue;
                double rr = 3 * model.r4r2Factor(z[i]) * model.r4r2Factor(z[j]);
                double r0 = p.a1() * Math.sqrt(rr) + p.a2();
                double r0_2 = r0 * r0, r0_6 = r0_2 * r0_2 * r0_2;
                kernel[i][j] = p.s6() / (r2 * r2 * r2 + r0_6) + p.s8() * rr / (r2 * r2 * r2 * r2 + r0_6 * r0_2);
            }
        }
    }

    public int atomCount() { return n; }

    /** Covalent D4 coordination numbers (copy). */
    public double[] coordinationNumbers() { return cn.clone(); }

    /** Total dispersion energy (Eh) for atomic partial charges q (e). */
    public double energy(double[] charges) {
        return energy(charges, null);
    }

    /**
     * Total dispersion energy (Eh); when dEdq is not null it receives dE/dq_A (Eh/e), the atomic
     * potential shift the SCC adds to the Hamiltonian. Only the two-body part depends on q.
     * With Mulliken charges q_A = Z_A − Σ_{μ∈A}(PS)_μμ, xtb 6.5.1 adds it as
     * H_μν −= ½·S_μν·(V_A + V_B), V = dE/dq (src/scc_core.f90, buildIsotropicH1), and evaluates the
     * energy with the output charges of each iteration.
     */
    public double energy(double[] charges, double[] dEdq) {
        checkCharges(charges);
        double[][] zq = new double[n][], dzq = dEdq == null ? null : new double[n][];
        scaledWeights(charges, zq, dzq, null);
        if (dEdq != null) java.util.Arrays.fill(dEdq, 0, n, 0.0);
        double e2 = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double d = kernel[i][j];
                if (d == 0) continue;
                double[][] c6ref = referenceC6(i, j);
                double[] v = contractRight(c6ref, zq[j]);
                e2 -= d * dot(zq[i], v);
                if (dEdq != null) {
                    dEdq[i] -= d * dot(dzq[i], v);
                    dEdq[j] -= d * dot(contractLeft(c6ref, zq[i]), dzq[j]);
                }
            }
        }
        return e2 + threeBodyEnergy();
    }

    /** The Axilrod–Teller–Muto energy (Eh); independent of the charges in GFN2. */
    public double threeBodyEnergy() {
        if (Double.isNaN(threeBody)) threeBody = threeBody(null, null);
        return threeBody;
    }

    /** Energy parts, gradient (Eh/bohr, at fixed charges, with the CN chain) and dE/dq. */
    public D4Result evaluate(double[] charges) {
        checkCharges(charges);
        double[][] zq = new double[n][], dzq = new double[n][], dzcn = new double[n][];
        scaledWeights(charges, zq, dzq, dzcn);
        double[] gradient = new double[3 * n], dEdq = new double[n], dEdCn = new double[n];
        double cut2 = p.pairCutoff() * p.pairCutoff();
        double e2 = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double r2 = D4CoordinationNumber.distance2(xyz, i, j);
                if (r2 > cut2) continue;
                double[][] c6ref = referenceC6(i, j);
                double[] v = contractRight(c6ref, zq[j]), u = contractLeft(c6ref, zq[i]);
                double c6 = dot(zq[i], v), d = kernel[i][j];
                e2 -= c6 * d;
                dEdq[i] -= d * dot(dzq[i], v);
                dEdq[j] -= d * dot(u, dzq[j]);
                dEdCn[i] -= d * dot(dzcn[i], v);
                dEdCn[j] -= d * dot(u, dzcn[j]);
                // dD/d(r²): D = s6/(r⁶+R0⁶) + s8·rr/(r⁸+R0⁸)
                double rr = 3 * model.r4r2Factor(z[i]) * model.r4r2Factor(z[j]);
                double r0 = p.a1() * Math.sqrt(rr) + p.a2();
                double r0_2 = r0 * r0, r0_6 = r0_2 * r0_2 * r0_2;
                double t6 = 1 / (r2 * r2 * r2 + r0_6), t8 = 1 / (r2 * r2 * r2 * r2 + r0_6 * r0_2);
                double dDdr2 = -3 * p.s6() * r2 * r2 * t6 * t6 - 4 * p.s8() * rr * r2 * r2 * r2 * t8 * t8;
                addPairGradient(gradient, i, j, -c6 * dDdr2);
            }
        }
        double e3 = threeBody(gradient, dEdCn);
        threeBody = e3;
        D4CoordinationNumber.addChainRule(model, z, xyz, dEdCn, gradient);
        return new D4Result(e2 + e3, e2, e3, gradient, dEdq, cn.clone());
    }

    /** ζ(q)·w per reference, and optionally its q and CN derivatives. */
    private void scaledWeights(double[] q, double[][] zq, double[][] dzq, double[][] dzcn) {
        double ga = p.chargeHeight();
        for (int i = 0; i < n; i++) {
            int zi = z[i], nref = model.referenceCount(zi);
            double ze = model.effectiveCharge(zi), c = model.chargeSteepness(zi);
            zq[i] = new double[nref];
            if (dzq != null) dzq[i] = new double[nref];
            if (dzcn != null) dzcn[i] = new double[nref];
            for (int a = 0; a < nref; a++) {
                double zRef = model.referenceCharge(zi, a) + ze, zAtom = (q == null ? 0 : q[i]) + ze;
                double zeta = ChargeScaling.zeta(ga, c, zRef, zAtom);
                zq[i][a] = zeta * weights.weight[i][a];
                if (dzq != null) dzq[i][a] = ChargeScaling.zetaDerivative(ga, c, zRef, zAtom) * weights.weight[i][a];
                if (dzcn != null) dzcn[i][a] = zeta * weights.dweight[i][a];
            }
        }
    }

    /**
     * ATM energy over triples A &gt; B &gt; C with every side within the cutoff; with gradient not
     * null also adds its position gradient and its CN derivative into dEdCn.
     */
    private double threeBody(double[] gradient, double[] dEdCn) {
        if (p.s9() == 0 || n < 3) return 0;
        double[][] z0 = new double[n][], dz0 = new double[n][];
        scaledWeights(null, z0, null, dz0);
        // charge-free C6 and dC6_AB/dCN_A (c6cn[A][B]) for all pairs
        double[][] c6 = new double[n][n], c6cn = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double[][] c6ref = referenceC6(i, j);
                double[] v = contractRight(c6ref, z0[j]), u = contractLeft(c6ref, z0[i]);
                c6[i][j] = c6[j][i] = dot(z0[i], v);
                c6cn[i][j] = dot(dz0[i], v);
                c6cn[j][i] = dot(u, dz0[j]);
            }
        }
        double cut2 = p.tripleCutoff() * p.tripleCutoff();
        double alpha = p.atmExponent();
        double[][] r2 = new double[n][n], r0 = new double[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < i; j++) {
                r2[i][j] = r2[j][i] = D4CoordinationNumber.distance2(xyz, i, j);
                r0[i][j] = r0[j][i] = pairRadius(i, j);
            }
        double energy = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double a = r2[i][j];                                  // r²_ij
                if (a > cut2) continue;
                for (int k = 0; k < j; k++) {
                    double b = r2[j][k], c = r2[i][k];                // r²_jk, r²_ik
                    if (b > cut2 || c > cut2) continue;
                    double c9 = Math.sqrt(c6[i][j] * c6[i][k] * c6[j][k]);
                    if (c9 == 0) continue;
                    double prod = a * b * c;
                    double r3 = prod * Math.sqrt(prod);                // (r_ij r_ik r_jk)³
                    double poly = (a + b - c) * (a - b + c) * (-a + b + c);
                    double angular = 0.375 * poly / (r3 * prod) + 1 / r3;
                    double r0prod = r0[i][j] * r0[i][k] * r0[j][k];
                    double x = Math.pow(r0prod * r0prod / prod, alpha / 6);   // (R0 product / r product)^(α/3)
                    double damp = 1 / (1 + 6 * x);
                    double scale = p.s9() * c9;
                    energy += scale * damp * angular;
                    if (gradient == null) continue;
                    // CN: dC9/dCN_A = C9/2·(dC6_AB/dCN_A / C6_AB + dC6_AC/dCN_A / C6_AC)
                    double ea = scale * damp * angular * 0.5;
                    dEdCn[i] += ea * (c6cn[i][j] / c6[i][j] + c6cn[i][k] / c6[i][k]);
                    dEdCn[j] += ea * (c6cn[j][i] / c6[i][j] + c6cn[j][k] / c6[j][k]);
                    dEdCn[k] += ea * (c6cn[k][i] / c6[i][k] + c6cn[k][j] / c6[j][k]);
                    // positions through the three squared distances; d damp/d r² = α·x·damp²/r²
                    double dDampFactor = alpha * x * damp * damp;
                    addPairGradient(gradient, i, j, scale * (damp * dAngular(a, b, c, poly, r3, prod)
                            + dDampFactor / a * angular));
                    addPairGradient(gradient, j, k, scale * (damp * dAngular(b, c, a, poly, r3, prod)
                            + dDampFactor / b * angular));
                    addPairGradient(gradient, i, k, scale * (damp * dAngular(c, a, b, poly, r3, prod)
                            + dDampFactor / c * angular));
                }
            }
        }
        return energy;
    }

    /**
     * d(angular)/d(s) where s is one squared side and t, u the other two; the angular factor is
     * 3/8·P/(stu)^(5/2) + 1/(stu)^(3/2) with P = (s+t−u)(s−t+u)(−s+t+u), symmetric in the sides.
     */
    private static double dAngular(double s, double t, double u, double poly, double r3, double prod) {
        double dPoly = (s - t + u) * (-s + t + u) + (s + t - u) * (-s + t + u) - (s + t - u) * (s - t + u);
        return 0.375 * (dPoly - 2.5 * poly / s) / (r3 * prod) - 1.5 / (r3 * s);
    }

    /** Reference C6 of atom i's references (rows) with atom j's (columns), i &gt; j. */
    private double[][] referenceC6(int i, int j) {
        return kindC6[kind[i]][kind[j]];
    }

    private double pairRadius(int i, int j) {
        return p.a1() * Math.sqrt(3 * model.r4r2Factor(z[i]) * model.r4r2Factor(z[j])) + p.a2();
    }

    /** Adds dE/d(r²_ij)·∂r²_ij/∂x to the gradient. */
    private void addPairGradient(double[] gradient, int i, int j, double dEdr2) {
        for (int d = 0; d < 3; d++) {
            double g = 2 * dEdr2 * (xyz[3 * i + d] - xyz[3 * j + d]);
            gradient[3 * i + d] += g;
            gradient[3 * j + d] -= g;
        }
    }

    private void checkCharges(double[] charges) {
        if (charges.length != n) throw new IllegalArgumentException("D4: " + charges.length + " charges for " + n + " atoms");
    }

    private static double[] contractRight(double[][] m, double[] x) {
        double[] out = new double[m.length];
        for (int a = 0; a < m.length; a++) out[a] = dot(m[a], x);
        return out;
    }

    private static double[] contractLeft(double[][] m, double[] x) {
        double[] out = new double[m[0].length];
        for (int a = 0; a < m.length; a++)
            for (int b = 0; b < out.length; b++) out[b] += x[a] * m[a][b];
        return out;
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int k = 0; k < x.length; k++) s += x[k] * y[k];
        return s;
    }
}
