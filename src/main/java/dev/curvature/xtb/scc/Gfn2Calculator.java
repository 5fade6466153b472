package dev.curvature.xtb.scc;

import dev.curvature.xtb.basis.Basis;
import dev.curvature.xtb.basis.Shell;
import dev.curvature.xtb.basis.ShellIntegrals;
import dev.curvature.xtb.param.ElementParameters;
import dev.curvature.xtb.param.Gfn2Parameters;

/**
 * GFN2-xTB self-consistent-charge calculation of one molecule (atomic units throughout).
 * Implemented: H0 with CN-dependent levels, shell-resolved isotropic second order (generalized
 * Klopman-Ohno kernel, arithmetic mean of shell hardnesses, exponent 2), shell-resolved on-site
 * third order, anisotropic electrostatics and XC from atomic dipoles and quadrupoles
 * ({@link AnisotropicElectrostatics}), Fermi smearing, modified Broyden mixing of shell charges
 * and atomic multipoles, repulsion, an optional {@link ChargeDependentDispersion} (the D4 seam),
 * and the analytic gradient of all of these.
 */
public final class Gfn2Calculator {
    private final Gfn2Parameters par;
    private final int[] z;
    private final Basis basis;
    private final ChargeDependentDispersion dispersion;
    private double electronicTemperature = 300;
    /**
     * Largest change of any shell charge (e) or atomic multipole (e·bohr, e·bohr²) between the input
     * and output of the last SCC iteration. 1e-7 leaves the energy within 1e-11 Eh and the gradient
     * within ~1e-8 Eh/bohr of the fully converged ones (caffeine, deca-alanine: VALIDATION.md),
     * five iterations fewer than 1e-9; xtb's own default stops at an RMS change near 1e-4.
     */
    public static final double DEFAULT_CHARGE_TOLERANCE = 1e-7;
    private double chargeTolerance = DEFAULT_CHARGE_TOLERANCE;
    private int maxIterations = 250;
    private boolean multipoles = true;
    private boolean allowHigherTemperature = true;
    private java.util.function.Consumer<String> log = System.err::println;
    private SccConvergence convergence; // built on first use: its once-only notices span this calculator's calls

    public Gfn2Calculator(Gfn2Parameters par, int[] atomicNumbers, ChargeDependentDispersion dispersion) {
        this.par = par;
        this.z = atomicNumbers.clone();
        for (int zi : z) par.element(zi);
        this.basis = new Basis(par, z);
        this.dispersion = dispersion;
    }

    public Basis basis() { return basis; }

    /** The requested electronic temperature, K. */
    public double electronicTemperature() { return electronicTemperature; }

    public Gfn2Calculator electronicTemperature(double kelvin) { this.electronicTemperature = kelvin; convergence = null; return this; }

    /** Iterations of the first SCC pass (xtb's default 250); the fallbacks get their own budgets. */
    public Gfn2Calculator maxIterations(int iterations) { this.maxIterations = iterations; convergence = null; return this; }

    /** Whether a result converged only at a higher electronic temperature may be returned (it says so). */
    public Gfn2Calculator allowHigherTemperature(boolean allow) { this.allowHigherTemperature = allow; convergence = null; return this; }

    /** Where the one-line SCC fallback notices go (standard error by default). */
    public Gfn2Calculator log(java.util.function.Consumer<String> sink) { this.log = sink; convergence = null; return this; }

    private synchronized SccConvergence convergence() {
        if (convergence == null) convergence = new SccConvergence(electronicTemperature, maxIterations, allowHigherTemperature, log);
        return convergence;
    }

    /** The outcome of one SCC pass with the orbitals of its last iteration. */
    private static final class SccPass implements SccConvergence.Pass {
        final boolean converged;
        final double[] state, density, eps, coef, occ;
        final int iterations;
        final double residual, entropyTerm;

        SccPass(boolean converged, double[] state, int iterations, double residual, double[] density, double[] eps,
                double[] coef, double[] occ, double entropyTerm) {
            this.converged = converged;
            this.state = state;
            this.iterations = iterations;
            this.residual = residual;
            this.density = density;
            this.eps = eps;
            this.coef = coef;
            this.occ = occ;
            this.entropyTerm = entropyTerm;
        }

        @Override public boolean converged() { return converged; }
        @Override public double[] state() { return state; }
        @Override public int iterations() { return iterations; }
        @Override public double residual() { return residual; }
    }

    public Gfn2Calculator chargeTolerance(double tol) { this.chargeTolerance = tol; return this; }

    /** Whether to include the anisotropic (multipole) terms; without them the model is isotropic-only. */
    public Gfn2Calculator multipoles(boolean on) { this.multipoles = on; return this; }

    /**
     * @param xyz       3N positions, bohr
     * @param charge    total molecular charge
     * @param unpaired  number of unpaired electrons (multiplicity − 1)
     * @param gradient  whether to compute the analytic gradient
     * @param guess     start SCC variables (warm start: {@link Gfn2Result#sccState()} of a nearby
     *                  geometry) or null for neutral shells
     */
    public Gfn2Result compute(double[] xyz, int charge, int unpaired, boolean gradient, double[] guess) {
        return compute(xyz, charge, unpaired, gradient, guess, null);
    }

    /**
     * As above in a uniform external field (atomic units, Eh/(e·bohr)); the energy then includes
     * −μ·F with μ = Σ_A q_A R_A + μ_A (nuclei and electrons, origin of the coordinates).
     */
    public Gfn2Result compute(double[] xyz, int charge, int unpaired, boolean gradient, double[] guess, double[] field) {
        return compute(xyz, charge, unpaired, gradient, guess, field, chargeTolerance);
    }

    /** As above, converged to this charge tolerance instead of the calculator's. */
    public Gfn2Result compute(double[] xyz, int charge, int unpaired, boolean gradient, double[] guess, double[] field,
                              double tolerance) {
        return compute(xyz, charge, unpaired, gradient, guess, null, field, tolerance);
    }

    /**
     * As above, the SCC's Broyden mixer starting with the differences of a converged SCC nearby
     * ({@link Gfn2Result#mixerHistory()}): with its state as the guess, a warm start that needs a
     * few iterations instead of relearning the charge response from simple mixing.
     */
    public Gfn2Result compute(double[] xyz, int charge, int unpaired, boolean gradient, double[] guess,
                              BroydenMixer.History prior, double[] field, double tolerance) {
        double chargeTolerance = tolerance;
        int n = z.length, nao = basis.aoCount, nsh = basis.shellCount;
        double[][] dcndr = gradient ? new double[n][3 * n] : null;
        double[] rcov = new double[n];
        for (int a = 0; a < n; a++) rcov[a] = par.element(z[a]).covalentRadius();
        double[] cn = CoordinationNumber.compute(xyz, rcov, dcndr);
        double[] level = Hamiltonian0.levels(par, basis, z, cn);
        double[] s = new double[nao * nao], h0 = new double[nao * nao];
        double[] dip = new double[3 * nao * nao], quad = new double[6 * nao * nao];
        Hamiltonian0.build(par, basis, z, xyz, level, s, h0, dip, quad);
        double[] qpi = tracelessQuadrupole(quad, nao);
        AnisotropicElectrostatics aes = multipoles ? new AnisotropicElectrostatics(par, z, xyz, cn) : null;
        boolean mp = aes != null || field != null; // atomic multipoles needed

        double nelec = -charge;
        double[] q0 = new double[nsh];
        for (int sh = 0; sh < nsh; sh++) {
            q0[sh] = par.element(z[basis.shellAtom[sh]]).referenceOccupation()[basis.shellIndexInAtom[sh]];
            nelec += q0[sh];
        }
        if (nelec < 0 || Math.abs(nelec - Math.rint(nelec)) > 1e-9)
            throw new IllegalArgumentException("charge " + charge + " leaves " + nelec + " electrons");
        int ne = (int) Math.rint(nelec);
        if (unpaired < 0 || (ne - unpaired) % 2 != 0 || unpaired > ne)
            throw new IllegalArgumentException(ne + " electrons cannot have " + unpaired + " unpaired");
        double nAlpha = (ne + unpaired) / 2.0, nBeta = (ne - unpaired) / 2.0;

        double[] gamma = gammaMatrix(xyz);
        ChargeDependentDispersion.AtGeometry dispersionAt = dispersion != null ? dispersion.at(z, xyz) : null;
        double[] hub3 = new double[nsh];
        for (int sh = 0; sh < nsh; sh++)
            hub3[sh] = par.element(z[basis.shellAtom[sh]]).shellHubbardDeriv()[basis.shellIndexInAtom[sh]];

        GeneralizedEigenproblem eigen = new GeneralizedEigenproblem(s, nao);
        double[] scratch = new double[nao * nao];
        int nvar = nsh + 9 * n;
        double[] initial = new double[nvar];
        if (guess != null) System.arraycopy(guess, 0, initial, 0, Math.min(guess.length, nvar));
        SccConvergence.Cycle<SccPass> cycle = (start, mixer, kelvin, limit) -> {
            double kT = kelvin * FermiSmearing.KB_HARTREE;
            double[] state = start.clone();
            double[] vat = new double[n], vdp = new double[3 * n], vqp = new double[6 * n];
            double[] vshell = new double[nsh], dEdq = new double[n], pp = new double[nao * nao], oc = new double[nao];
            for (int iter = 1; ; iter++) {
                double[] q = java.util.Arrays.copyOf(state, nsh);
                shellPotential(q, gamma, hub3, dispersionAt, vshell, dEdq);
                if (mp) {
                    double[] dp = java.util.Arrays.copyOfRange(state, nsh, nsh + 3 * n);
                    double[] qp = java.util.Arrays.copyOfRange(state, nsh + 3 * n, nvar);
                    multipolePotential(aes, field, xyz, atomCharges(q), dp, qp, vat, vdp, vqp);
                    for (int sh = 0; sh < nsh; sh++) vshell[sh] += vat[basis.shellAtom[sh]];
                }
                double[] h = fock(h0, s, vshell, nao);
                if (mp) addMultipolePotential(h, dip, qpi, vdp, vqp, nao);
                double[] ev = new double[nao], cf = new double[nao * nao];
                eigen.solve(h, ev);
                double entropy = occupy(ev, nAlpha, nBeta, kT, oc);
                int count = occupiedCount(oc);
                eigen.vectors(cf, count);
                eigen.density(cf, oc, count, pp, scratch);
                double[] out = new double[nvar];
                System.arraycopy(mulliken(pp, s, q0), 0, out, 0, nsh);
                if (mp) atomicMultipoles(pp, dip, qpi, nao, out, nsh);
                double err = 0;
                for (int i = 0; i < nvar; i++) err = Math.max(err, Math.abs(out[i] - state[i]));
                boolean done = err < chargeTolerance;
                if (done || iter >= limit || !Double.isFinite(err)) return new SccPass(done, out, iter, err, pp, ev, cf, oc, entropy);
                state = mixer.next(state, out);
            }
        };
        SccConvergence.Solution<SccPass> solution = convergence().solve(cycle, initial, guess != null ? prior : null);
        SccPass last = solution.pass();
        double[] stateOut = last.state(), p = last.density, eps = last.eps, occ = last.occ, coef = last.coef;
        double ts = last.entropyTerm;
        int filled = occupiedCount(occ);
        int iter = solution.totalIterations();
        double[] vat = new double[n], vdp = new double[3 * n], vqp = new double[6 * n];
        double[] vsh = new double[nsh], dEdqAtom = new double[n];
        double[] q = java.util.Arrays.copyOf(stateOut, nsh);
        double[] dpOut = java.util.Arrays.copyOfRange(stateOut, nsh, nsh + 3 * n);
        double[] qpOut = java.util.Arrays.copyOfRange(stateOut, nsh + 3 * n, nvar);

        // energies at the output charges
        double eBand = 0;
        for (int i = 0; i < nao * nao; i++) eBand += p[i] * h0[i];
        double e2 = 0, e3 = 0;
        for (int a = 0; a < nsh; a++) {
            double gq = 0;
            for (int b = 0; b < nsh; b++) gq += gamma[a * nsh + b] * q[b];
            e2 += 0.5 * q[a] * gq;
            e3 += hub3[a] * q[a] * q[a] * q[a] / 3;
        }
        double[] qAtom = atomCharges(q);
        double eDisp = 0;
        double[] grad = gradient ? new double[3 * n] : null;
        if (dispersion != null) eDisp = dispersion.evaluate(z, xyz, qAtom, null, grad);
        double eRep = Repulsion.energy(par, z, xyz, grad);
        double eAes = 0, eAxc = 0;
        if (aes != null) {
            eAes = aes.electrostaticEnergy(qAtom, dpOut, qpOut);
            eAxc = aes.exchangeCorrelationEnergy(dpOut, qpOut);
        }
        double eField = 0;
        if (field != null)
            for (int a = 0; a < n; a++)
                for (int k = 0; k < 3; k++) eField -= field[k] * (qAtom[a] * xyz[3 * a + k] + dpOut[3 * a + k]);
        double eElec = eBand + e2 + e3 + eAes + eAxc + eDisp + eField + ts;

        if (gradient) {
            shellPotential(q, gamma, hub3, dispersionAt, vsh, dEdqAtom);
            double[] dEdcn = new double[n];
            if (mp) {
                multipolePotential(aes, field, xyz, qAtom, dpOut, qpOut, vat, vdp, vqp);
                for (int sh = 0; sh < nsh; sh++) vsh[sh] += vat[basis.shellAtom[sh]];
                if (aes != null) {
                    double[] dEdRadius = new double[n];
                    aes.addExplicitGradient(xyz, qAtom, dpOut, qpOut, grad, dEdRadius);
                    for (int a = 0; a < n; a++) dEdcn[a] += dEdRadius[a] * aes.radiusDerivative[a];
                }
                if (field != null) // −q_A F·R_A at fixed charges
                    for (int a = 0; a < n; a++)
                        for (int k = 0; k < 3; k++) grad[3 * a + k] -= qAtom[a] * field[k];
            }
            double[] w = new double[nao * nao];
            double[] we = new double[nao];
            for (int i = 0; i < nao; i++) we[i] = occ[i] * eps[i];
            eigen.density(coef, we, filled, w, scratch);
            addElectronicGradient(xyz, cn, dcndr, p, w, vsh, q, mp ? vdp : null, mp ? vqp : null, grad, dEdcn);
        }

        double[] dipole = dipoleMoment(xyz, qAtom, p, dip, nao);
        return new Gfn2Result(eElec + eRep, eElec, e2, e3, eAes, eAxc, eDisp, eRep, ts, qAtom, q, dipole,
                eps, occ, iter, grad, solution.kelvin(), solution.attempts(), stateOut, solution.mixerHistory());
    }

    /** Potentials of the multipole terms and of the external field (−F·R_A on charges, −F on dipoles). */
    private static void multipolePotential(AnisotropicElectrostatics aes, double[] field, double[] xyz, double[] qAtom,
                                           double[] dp, double[] qp, double[] vat, double[] vdp, double[] vqp) {
        if (aes != null) aes.potential(qAtom, dp, qp, vat, vdp, vqp);
        else {
            java.util.Arrays.fill(vat, 0);
            java.util.Arrays.fill(vdp, 0);
            java.util.Arrays.fill(vqp, 0);
        }
        if (field != null)
            for (int a = 0; a < qAtom.length; a++)
                for (int k = 0; k < 3; k++) {
                    vat[a] -= field[k] * xyz[3 * a + k];
                    vdp[3 * a + k] -= field[k];
                }
    }

    /** Traceless quadrupole integrals 3/2 r_a r_b − ½ r² δ_ab in the order xx, xy, yy, xz, yz, zz. */
    private static double[] tracelessQuadrupole(double[] m, int nao) {
        int nn = nao * nao;
        double[] q = new double[6 * nn];
        for (int i = 0; i < nn; i++) {
            double xx = m[i], yy = m[nn + i], zz = m[2 * nn + i], xy = m[3 * nn + i], xz = m[4 * nn + i], yz = m[5 * nn + i];
            double tr = 0.5 * (xx + yy + zz);
            q[i] = 1.5 * xx - tr;
            q[nn + i] = 1.5 * xy;
            q[2 * nn + i] = 1.5 * yy - tr;
            q[3 * nn + i] = 1.5 * xz;
            q[4 * nn + i] = 1.5 * yz;
            q[5 * nn + i] = 1.5 * zz - tr;
        }
        return q;
    }

    /** Atomic dipoles and quadrupoles −Σ_{μ∈A,ν} P_μν ⟨μ|…|ν⟩ (integrals about A) into out[offset..]. */
    private void atomicMultipoles(double[] p, double[] dip, double[] qpi, int nao, double[] out, int offset) {
        int n = z.length, nn = nao * nao;
        for (int i = 0; i < nao; i++) {
            int a = basis.shellAtom[basis.aoShell[i]], row = i * nao;
            for (int k = 0; k < 9; k++) {
                double[] m = k < 3 ? dip : qpi;
                int base = (k < 3 ? k : k - 3) * nn + row;
                double t = 0;
                for (int j = 0; j < nao; j++) t += p[row + j] * m[base + j];
                out[offset + (k < 3 ? 3 * a + k : 3 * n + 6 * a + k - 3)] -= t;
            }
        }
    }

    /** H_μν −= ½ (v_A(μ)·M_μν + v_A(ν)·M_νμ) for the dipole and quadrupole potentials. */
    private void addMultipolePotential(double[] h, double[] dip, double[] qpi, double[] vdp, double[] vqp, int nao) {
        int nn = nao * nao;
        double[] t = new double[nn];
        for (int i = 0; i < nao; i++) {
            int a = basis.shellAtom[basis.aoShell[i]], row = i * nao;
            for (int k = 0; k < 9; k++) {
                double v = k < 3 ? vdp[3 * a + k] : vqp[6 * a + k - 3];
                if (v == 0) continue;
                double[] m = k < 3 ? dip : qpi;
                int base = (k < 3 ? k : k - 3) * nn + row;
                for (int j = 0; j < nao; j++) t[row + j] += v * m[base + j];
            }
        }
        for (int i = 0; i < nao; i++)
            for (int j = 0; j <= i; j++) {
                double u = 0.5 * (t[i * nao + j] + t[j * nao + i]);
                h[i * nao + j] -= u;
                if (j != i) h[j * nao + i] -= u;
            }
    }

    /**
     * Weights w_c of the Cartesian second moments (xx, yy, zz, xy, xz, yz) with Σ_c w_c M_c = v:Θ for
     * the traceless Θ = 3/2 M − ½ tr M (components xx, xy, yy, xz, yz, zz), per atom.
     */
    private static double[] secondMomentWeights(double[] vqp, int n) {
        double[] w = new double[6 * n];
        for (int a = 0; a < n; a++) {
            double xx = vqp[6 * a], xy = vqp[6 * a + 1], yy = vqp[6 * a + 2], xz = vqp[6 * a + 3], yz = vqp[6 * a + 4], zz = vqp[6 * a + 5];
            double tr = 0.5 * (xx + yy + zz);
            w[6 * a] = 1.5 * xx - tr;
            w[6 * a + 1] = 1.5 * yy - tr;
            w[6 * a + 2] = 1.5 * zz - tr;
            w[6 * a + 3] = 1.5 * xy;
            w[6 * a + 4] = 1.5 * xz;
            w[6 * a + 5] = 1.5 * yz;
        }
        return w;
    }

    /**
     * Adds to gm (3) the derivative with respect to B of −P_μν (v_A·D^A_μν + w_A·M^A_μν) −
     * P_μν (v_B·D^B_μν + w_B·M^B_μν), μ on A, ν on B: the multipole energy of one element in both
     * orders. Moments about B follow from those about A with d = A − B:
     * D^B = D^A + d S, M^B_ij = M^A_ij + d_i D^A_j + d_j D^A_i + d_i d_j S.
     */
    private static void multipolePairGradient(double[] blk, int ns, int e, double pij, double[] ra, double[] rb,
                                              double[] vdp, double[] wq, int a, int b, double[] gm) {
        double dx = ra[0] - rb[0], dy = ra[1] - rb[1], dz = ra[2] - rb[2];
        double[] d = {dx, dy, dz};
        double sv = blk[e];
        double[] dA = {blk[ns + e], blk[2 * ns + e], blk[3 * ns + e]};
        for (int k = 0; k < 3; k++) {
            int base = (10 + 10 * k) * ns + e;
            double ds = blk[base];
            double tA = 0, tB = 0;
            for (int c = 0; c < 3; c++) {
                double dDA = blk[base + (1 + c) * ns];
                tA += vdp[3 * a + c] * dDA;
                tB += vdp[3 * b + c] * (dDA - (c == k ? sv : 0) + d[c] * ds);
            }
            for (int c = 0; c < 6; c++) {
                int u = Hamiltonian0.SECOND[c][0], v = Hamiltonian0.SECOND[c][1];
                double dMA = blk[base + (4 + c) * ns];
                double dDu = blk[base + (1 + u) * ns], dDv = blk[base + (1 + v) * ns];
                double dMB = dMA + d[u] * dDv + d[v] * dDu + d[u] * d[v] * ds
                        - (u == k ? dA[v] + d[v] * sv : 0) - (v == k ? dA[u] + d[u] * sv : 0);
                tA += wq[6 * a + c] * dMA;
                tB += wq[6 * b + c] * dMB;
            }
            gm[k] -= pij * (tA + tB);
        }
    }

    private double[] gammaMatrix(double[] xyz) {
        int nsh = basis.shellCount;
        double[] g = new double[nsh * nsh];
        for (int a = 0; a < nsh; a++) {
            int ia = basis.shellAtom[a];
            double ea = par.element(z[ia]).shellHardness()[basis.shellIndexInAtom[a]];
            for (int b = 0; b < nsh; b++) {
                int ib = basis.shellAtom[b];
                double eb = par.element(z[ib]).shellHardness()[basis.shellIndexInAtom[b]];
                double eta = 0.5 * (ea + eb);
                double r2 = ia == ib ? 0 : Hamiltonian0.dist2(xyz, ia, ib);
                g[a * nsh + b] = 1 / Math.sqrt(r2 + 1 / (eta * eta));
            }
        }
        return g;
    }

    /** v_sh = dE/dq_sh of the charge-dependent terms (dispersion enters per atom). */
    private void shellPotential(double[] q, double[] gamma, double[] hub3, ChargeDependentDispersion.AtGeometry dispersionAt,
                                double[] v, double[] dEdqAtom) {
        int nsh = q.length;
        for (int a = 0; a < nsh; a++) {
            double s = 0;
            for (int b = 0; b < nsh; b++) s += gamma[a * nsh + b] * q[b];
            v[a] = s + hub3[a] * q[a] * q[a];
        }
        if (dispersion != null) {
            dispersionAt.energy(atomCharges(q), dEdqAtom);
            for (int a = 0; a < nsh; a++) v[a] += dEdqAtom[basis.shellAtom[a]];
        }
    }

    /** H = H0 − ½ S_μν (v_μ + v_ν): charges are electron deficits, so potentials enter with minus. */
    private double[] fock(double[] h0, double[] s, double[] vsh, int nao) {
        double[] h = new double[nao * nao];
        for (int i = 0; i < nao; i++) {
            double vi = vsh[basis.aoShell[i]];
            for (int j = 0; j < nao; j++)
                h[i * nao + j] = h0[i * nao + j] - 0.5 * s[i * nao + j] * (vi + vsh[basis.aoShell[j]]);
        }
        return h;
    }

    private static double occupy(double[] eps, double na, double nb, double kT, double[] occ) {
        double[] fa = new double[eps.length], fb = new double[eps.length];
        double ts = FermiSmearing.occupy(eps, na, kT, fa) + FermiSmearing.occupy(eps, nb, kT, fb);
        for (int i = 0; i < eps.length; i++) occ[i] = fa[i] + fb[i];
        return ts;
    }

    private double[] mulliken(double[] p, double[] s, double[] q0) {
        int nao = basis.aoCount;
        double[] q = q0.clone();
        for (int i = 0; i < nao; i++) {
            double ps = 0;
            for (int j = 0; j < nao; j++) ps += p[i * nao + j] * s[i * nao + j];
            q[basis.aoShell[i]] -= ps;
        }
        return q;
    }

    private double[] atomCharges(double[] qsh) {
        double[] qa = new double[z.length];
        for (int sh = 0; sh < qsh.length; sh++) qa[basis.shellAtom[sh]] += qsh[sh];
        return qa;
    }

    /** Orbitals up to the last one whose occupation matters (Fermi tails below 1e-14 e are left out). */
    private static int occupiedCount(double[] occ) {
        int k = occ.length;
        while (k > 0 && Math.abs(occ[k - 1]) < 1e-14) k--;
        return k;
    }

    /** μ = Σ_A q_A R_A − Σ_{μ∈A,ν} P_μν ⟨μ|r−R_A|ν⟩. */
    private double[] dipoleMoment(double[] xyz, double[] qAtom, double[] p, double[] dip, int nao) {
        double[] mu = new double[3];
        for (int a = 0; a < z.length; a++)
            for (int k = 0; k < 3; k++) mu[k] += qAtom[a] * xyz[3 * a + k];
        for (int k = 0; k < 3; k++)
            for (int i = 0; i < nao * nao; i++) mu[k] -= p[i] * dip[k * nao * nao + i];
        return mu;
    }

    /**
     * Adds the electronic gradient: P·dH0 (overlap, distance polynomial, CN through the levels),
     * the Mulliken-charge response −P·½(v_μ+v_ν)·dS, −W·dS, and the explicit gamma derivative.
     */
    private void addElectronicGradient(double[] xyz, double[] cn, double[][] dcndr, double[] p, double[] w,
                                       double[] vsh, double[] q, double[] vdp, double[] vqp, double[] grad, double[] dEdcn) {
        int n = z.length, nao = basis.aoCount, nsh = basis.shellCount;
        double[] level = Hamiltonian0.levels(par, basis, z, cn);
        // same-atom blocks: only the diagonal levels depend on geometry (via CN)
        for (int i = 0; i < nao; i++) {
            int sh = basis.aoShell[i];
            int a = basis.shellAtom[sh];
            dEdcn[a] -= p[i * nao + i] * par.element(z[a]).kcn()[basis.shellIndexInAtom[sh]];
        }
        double[] blk = new double[ShellIntegrals.MOMENTS_WITH_DERIVATIVES * 25], work = new double[ShellIntegrals.MOMENTS_WITH_DERIVATIVES * 36];
        double[] wq = vqp != null ? secondMomentWeights(vqp, n) : null;
        double[] g = new double[3], gm = new double[3];
        for (int sa = 0; sa < nsh; sa++) {
            int a = basis.shellAtom[sa];
            ElementParameters ea = par.element(z[a]);
            int ia = basis.shellIndexInAtom[sa];
            Shell shA = basis.shells[sa];
            double[] ra = {xyz[3 * a], xyz[3 * a + 1], xyz[3 * a + 2]};
            for (int sb = 0; sb < nsh; sb++) {
                int b = basis.shellAtom[sb];
                if (b >= a) break; // each atom pair once (shells are ordered by atom), factor 2 for the symmetric P
                Shell shB = basis.shells[sb];
                double r2 = Hamiltonian0.dist2(xyz, a, b);
                if (Hamiltonian0.farApart(shA, shB, r2)) continue;
                ElementParameters eb = par.element(z[b]);
                int ib = basis.shellIndexInAtom[sb];
                double[] rb = {xyz[3 * b], xyz[3 * b + 1], xyz[3 * b + 2]};
                ShellIntegrals.moments(shA, ra, shB, rb, true, blk, work);
                double r = Math.sqrt(r2);
                double rab = ea.atomicRadius() + eb.atomicRadius();
                double rr = Math.sqrt(r / rab);
                double pa = ea.shellPoly()[ia], pb = eb.shellPoly()[ib];
                double poly = (1 + pa * rr) * (1 + pb * rr);
                double dpolydr = (pa * (1 + pb * rr) + pb * (1 + pa * rr)) * rr / (2 * r);
                double scale = Hamiltonian0.pairScale(par, ea, ia, eb, ib);
                double hij = 0.5 * (level[sa] + level[sb]) * scale * poly;
                double dhdr = 0.5 * (level[sa] + level[sb]) * scale * dpolydr;
                double vmean = 0.5 * (vsh[sa] + vsh[sb]);
                int na = shA.size(), nb = shB.size(), ns = na * nb, oa = basis.shellAo[sa], ob = basis.shellAo[sb];
                double ps = 0;
                java.util.Arrays.fill(g, 0);
                java.util.Arrays.fill(gm, 0);
                for (int m = 0; m < na; m++)
                    for (int nn = 0; nn < nb; nn++) {
                        int e = m * nb + nn, idx = (oa + m) * nao + ob + nn;
                        double pij = 2 * p[idx], wij = 2 * w[idx];
                        ps += pij * blk[e];
                        double fac = pij * (hij - vmean) - wij;
                        // dS/dA = −dS/dB
                        for (int k = 0; k < 3; k++) g[k] -= fac * blk[(10 + 10 * k) * ns + e];
                        if (vdp != null) multipolePairGradient(blk, ns, e, p[idx], ra, rb, vdp, wq, a, b, gm);
                    }
                for (int k = 0; k < 3; k++) {
                    double rk = (xyz[3 * a + k] - xyz[3 * b + k]) / r;
                    double t = g[k] + ps * dhdr * rk - gm[k];
                    grad[3 * a + k] += t;
                    grad[3 * b + k] -= t;
                }
                double dhdlev = 0.5 * scale * poly * ps;
                dEdcn[a] -= dhdlev * ea.kcn()[ia];
                dEdcn[b] -= dhdlev * eb.kcn()[ib];
            }
        }
        for (int a = 0; a < n; a++)
            for (int c = 0; c < 3 * n; c++) grad[c] += dEdcn[a] * dcndr[a][c];
        // explicit distance dependence of the gamma kernel
        for (int sa = 0; sa < nsh; sa++) {
            int a = basis.shellAtom[sa];
            double ea = par.element(z[a]).shellHardness()[basis.shellIndexInAtom[sa]];
            for (int sb = 0; sb < nsh; sb++) {
                int b = basis.shellAtom[sb];
                if (b >= a) continue;
                double eb = par.element(z[b]).shellHardness()[basis.shellIndexInAtom[sb]];
                double eta = 0.5 * (ea + eb);
                double r2 = Hamiltonian0.dist2(xyz, a, b);
                double dg = -Math.pow(r2 + 1 / (eta * eta), -1.5); // dγ/dR / R
                double f = q[sa] * q[sb] * dg;
                for (int k = 0; k < 3; k++) {
                    double t = f * (xyz[3 * a + k] - xyz[3 * b + k]);
                    grad[3 * a + k] += t;
                    grad[3 * b + k] -= t;
                }
            }
        }
    }
}
