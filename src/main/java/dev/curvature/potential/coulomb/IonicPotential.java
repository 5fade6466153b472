package dev.curvature.potential.coulomb;

import dev.curvature.model.HomogeneousStrain;
import dev.curvature.periodic.Erfc;
import dev.curvature.periodic.Lattice;
import dev.curvature.periodic.NeighbourList;
import dev.curvature.potential.Accumulator;
import dev.curvature.potential.BondTerm;
import dev.curvature.potential.LocalNeighbours;
import dev.curvature.potential.PeriodicPotential;
import dev.curvature.structure.Cell;

/**
 * Fixed point charges summed by Ewald plus a short-range pair term (LAMMPS {@code buck/coul/long}
 * and {@code born/coul/long} with {@code kspace_style ewald}):
 * <pre>
 *   E = Σ_pairs [φ_ab(r) + k q_i q_j erfc(αr)/r]_(r &lt; cutoffs)
 *     + (2πk/V) Σ_{G≠0} exp(−G²/4α²)/G² |S(G)|² − kα/√π Σ q_i² − πk Q²/(2Vα²)
 * </pre>
 * with S(G) = Σ_j q_j e^{iG·x_j}. Under a strain G·x is unchanged while G → (I+ε)^{-T}G and
 * V → V det(I+ε), which gives the reciprocal part's strain derivatives analytically:
 * ∂E_G/∂ε_ab = (2πk/V)|S|²(−δ_ab f − 2f' G_a G_b), f(K) = e^{−K/4α²}/K, and the second
 * derivatives from K(η) = G² − 2GᵀεG + 3Gᵀε²G and 1/det(I+ε) = 1 − tr ε + ½tr ε² + ½(tr ε)².
 */
public final class IonicPotential extends PeriodicPotential {
    /** The short-range pair function φ_ab(r) with φ' and φ'' in d. */
    public interface ShortRange {
        double pair(int a, int b, double r, double[] d);
        double cutoffSquared(int a, int b);
    }

    private final double[] q;
    private final ShortRange shortRange;
    private final double shortCut, coulombCut;
    private final EwaldSetup ewald;

    public IonicPotential(String style, int[] type, double[] charges, ShortRange shortRange, double shortCut, double coulombCut, EwaldSetup ewald) {
        super(style, type);
        this.q = charges.clone();
        this.shortRange = shortRange;
        this.shortCut = shortCut;
        this.coulombCut = coulombCut;
        this.ewald = ewald;
    }

    @Override public double cutoff() { return Math.max(shortCut, coulombCut); }

    /** The splitting parameter α (1/Å) chosen at binding. */
    public double alpha() { return ewald.alpha(); }

    @Override
    protected void accumulate(double[] x, Cell cell, NeighbourList list, Accumulator out) {
        if (cell == null) throw new IllegalArgumentException(modelName() + " with Ewald summation needs a periodic cell");
        realSpace(x, cell, list, out);
        reciprocal(x, cell, out);
    }

    private void realSpace(double[] x, Cell cell, NeighbourList list, Accumulator out) {
        double[] l = latticeRows(cell);
        double cut = cutoff(), cc2 = coulombCut * coulombCut, alpha = ewald.alpha();
        double twoOverSqrtPi = 2 / Math.sqrt(Math.PI);
        LocalNeighbours nb = new LocalNeighbours();
        BondTerm term = new BondTerm();
        double[] d = new double[2];
        boolean grad = out.wantsFirst(), second = out.wantsSecond();
        for (int i = 0; i < type.length; i++) {
            nb.collect(list, x, l, i, cut * cut);
            for (int s = 0; s < nb.count; s++) {
                if (!ownsPair(list, i, nb.entry[s])) continue;
                int j = nb.atom[s];
                double r = nb.r[s], r2 = r * r;
                double e = 0, d1 = 0, d2 = 0;
                if (r2 < shortRange.cutoffSquared(type[i], type[j])) {
                    e += shortRange.pair(type[i], type[j], r, d);
                    d1 += d[0];
                    d2 += d[1];
                }
                if (r2 < cc2) {
                    double kqq = EwaldSetup.COULOMB * q[i] * q[j];
                    double erfc = Erfc.erfc(alpha * r), gauss = twoOverSqrtPi * alpha * Math.exp(-alpha * alpha * r2);
                    e += kqq * erfc / r;
                    d1 += -kqq * (erfc / r2 + gauss / r);
                    d2 += kqq * (2 * erfc / (r2 * r) + gauss * (2 / r2 + 2 * alpha * alpha));
                }
                if (e == 0 && d1 == 0) continue;
                out.addPairEnergy(i, j, e);
                if (!grad) continue;
                term.begin(second);
                term.add(i, j, nb.dx[s], nb.dy[s], nb.dz[s]);
                term.clearSecond();
                term.addRadial(0, d1, d2);
                out.add(term);
            }
        }
    }

    private void reciprocal(double[] x, Cell cell, Accumulator out) {
        int n = type.length;
        Lattice lat = new Lattice(cell);
        double volume = lat.volume(), alpha = ewald.alpha(), k = EwaldSetup.COULOMB;
        double[][] b = EwaldSetup.reciprocal(lat);
        double q2 = 0, qt = 0;
        for (double c : q) { q2 += c * c; qt += c; }
        // self and neutralising background (constant and ∝ 1/V); shared equally by the atoms
        double self = -k * alpha / Math.sqrt(Math.PI);
        double background = -Math.PI * k * qt * qt / (2 * volume * alpha * alpha);
        for (int i = 0; i < n; i++) out.addEnergy(i, self * q[i] * q[i] + background / n);
        double[] g = out.gradientArray(), h = out.hessianArray(), sp = out.strainPositionArray(), ss = out.strainStrainArray();
        double[] sd = out.strainDerivativeArray();
        double[][] ev = new double[6][];
        for (int v = 0; v < 6; v++) ev[v] = HomogeneousStrain.unitStrain(v);
        double[] dD = new double[6], dDD = new double[36];
        for (int u = 0; u < 6; u++) dD[u] = -(ev[u][0] + ev[u][4] + ev[u][8]);
        for (int u = 0; u < 6; u++) {
            for (int v = 0; v < 6; v++) {
                double tr = 0;
                for (int a = 0; a < 3; a++) for (int c = 0; c < 3; c++) tr += ev[u][3 * a + c] * ev[v][3 * c + a];
                dDD[6 * u + v] = tr + dD[u] * dD[v];
            }
        }
        if (sd != null) for (int a = 0; a < 3; a++) sd[4 * a] -= background;   // ∂(1/V)/∂ε_aa
        if (ss != null) for (int k2 = 0; k2 < 36; k2++) ss[k2] += background * dDD[k2];
        double[] cos = new double[n], sin = new double[n];
        int n3 = 3 * n;
        double fourAlpha2 = 4 * alpha * alpha;
        double[] gv = new double[3], kv = new double[6], egv = new double[18];
        int[] t = ewald.triples();
        for (int m = 0; m < ewald.size(); m++) {
            for (int c = 0; c < 3; c++) gv[c] = t[3 * m] * b[0][c] + t[3 * m + 1] * b[1][c] + t[3 * m + 2] * b[2][c];
            double kk = gv[0] * gv[0] + gv[1] * gv[1] + gv[2] * gv[2];
            double f = Math.exp(-kk / fourAlpha2) / kk;
            double f1 = -f * (1 / fourAlpha2 + 1 / kk);
            double f2 = f * (1 / fourAlpha2 + 1 / kk) * (1 / fourAlpha2 + 1 / kk) + f / (kk * kk);
            double cs = 0, sn = 0;
            for (int j = 0; j < n; j++) {
                double th = gv[0] * x[3 * j] + gv[1] * x[3 * j + 1] + gv[2] * x[3 * j + 2];
                cos[j] = Math.cos(th);
                sin[j] = Math.sin(th);
                cs += q[j] * cos[j];
                sn += q[j] * sin[j];
            }
            double s2 = cs * cs + sn * sn;
            double c0 = 2 * 2 * Math.PI * k / volume;      // ×2: the −G partner of this G
            for (int j = 0; j < n; j++) {
                // |S|² split over atoms by q_j Re(e^{-iθ_j} S)
                out.addEnergy(j, c0 * f * q[j] * (cos[j] * cs + sin[j] * sn));
            }
            if (!out.wantsFirst()) continue;
            // T_j = Sn cos θ_j − C sin θ_j; ∂E/∂x_j = c0 f 2 q_j T_j G
            if (g != null)
                for (int j = 0; j < n; j++) {
                    double w = c0 * f * 2 * q[j] * (sn * cos[j] - cs * sin[j]);
                    g[3 * j] += w * gv[0]; g[3 * j + 1] += w * gv[1]; g[3 * j + 2] += w * gv[2];
                }
            if (sd != null)
                for (int a = 0; a < 3; a++)
                    for (int c = 0; c < 3; c++) sd[3 * a + c] += c0 * s2 * ((a == c ? -f : 0) - 2 * f1 * gv[a] * gv[c]);
            if (!out.wantsSecond()) continue;
            for (int v = 0; v < 6; v++) {
                double[] e = ev[v];
                double s = 0;
                for (int a = 0; a < 3; a++) {
                    double row = e[3 * a] * gv[0] + e[3 * a + 1] * gv[1] + e[3 * a + 2] * gv[2];
                    egv[3 * v + a] = row;
                    s += gv[a] * row;
                }
                kv[v] = -2 * s;
            }
            if (h != null)
                for (int i = 0; i < n; i++)
                    for (int j = 0; j < n; j++) {
                        double w = c0 * f * 2 * q[i] * q[j] * (cos[i] * cos[j] + sin[i] * sin[j]);
                        if (i == j) w -= c0 * f * 2 * q[i] * (cs * cos[i] + sn * sin[i]);
                        for (int a = 0; a < 3; a++)
                            for (int c = 0; c < 3; c++) h[(3 * i + a) * n3 + 3 * j + c] += w * gv[a] * gv[c];
                    }
            if (sp != null)
                for (int v = 0; v < 6; v++) {
                    double radial = dD[v] * f + f1 * kv[v];
                    for (int j = 0; j < n; j++) {
                        double w = c0 * 2 * q[j] * (sn * cos[j] - cs * sin[j]);
                        for (int a = 0; a < 3; a++) sp[v * n3 + 3 * j + a] += w * (radial * gv[a] - f * egv[3 * v + a]);
                    }
                }
            if (ss != null)
                for (int u = 0; u < 6; u++)
                    for (int v = 0; v < 6; v++) {
                        double kuv = 0;
                        for (int a = 0; a < 3; a++) kuv += egv[3 * u + a] * egv[3 * v + a];
                        kuv *= 6;    // 3 Gᵀ(E_u E_v + E_v E_u) G = 6 (E_u G)·(E_v G)
                        ss[6 * u + v] += c0 * s2 * (dDD[6 * u + v] * f + (dD[u] * kv[v] + dD[v] * kv[u]) * f1 + f2 * kv[u] * kv[v] + f1 * kuv);
                    }
        }
    }
}
