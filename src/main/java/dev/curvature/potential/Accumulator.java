package dev.curvature.potential;

import dev.curvature.model.Property;
import dev.curvature.model.Results;

/**
 * Scatters the bond-vector derivatives of each {@link BondTerm} into the properties the caller
 * asked for. With r_k = x_to(k) − x_from(k) + image and positions y = (I + ε)x + u:
 * <ul>
 *   <li>gradient: ∂E/∂x_to += g_k, ∂E/∂x_from −= g_k;</li>
 *   <li>strain derivative: ∂E/∂ε_ab = Σ_k g_k,a r_k,b (the negative of the LAMMPS virial);</li>
 *   <li>Hessian: ±K_kl into the (to/from, to/from) atom blocks;</li>
 *   <li>strain–position: Λ_v = Σ_kl s_k K_kl (E_v r_l), E_v the unit Voigt strain;</li>
 *   <li>strain–strain: Σ_kl (E_u r_k)·K_kl (E_v r_l) (r is linear in ε, so no further term).</li>
 * </ul>
 */
public final class Accumulator {
    private final int n3;
    private final double[] gradient;      // never null when any first derivative is wanted
    private final double[] strain;        // 3×3, or null
    private final double[] hessian, strainPosition, strainStrain, atomEnergies;
    private final boolean first, second;
    private double energy;
    private final double[] t = new double[18];

    public Accumulator(Results results, int atoms) {
        n3 = 3 * atoms;
        strain = results.strainDerivative();
        hessian = results.hessian();
        strainPosition = results.strainPosition();
        strainStrain = results.strainStrain();
        atomEnergies = results.atomEnergies();
        second = hessian != null || strainPosition != null || strainStrain != null;
        first = results.gradient() != null || strain != null;
        gradient = results.gradient() != null ? results.gradient() : (first ? new double[n3] : null);
    }

    /** Whether gradients are needed at all (otherwise potentials may skip them). */
    public boolean wantsFirst() { return first || second; }

    /** Whether K blocks are needed. */
    public boolean wantsSecond() { return second; }

    public double energy() { return energy; }

    /** Adds energy owned by one atom. */
    public void addEnergy(int atom, double e) {
        energy += e;
        if (atomEnergies != null) atomEnergies[atom] += e;
    }

    /** Adds energy shared equally by two atoms (pair terms, as LAMMPS splits them). */
    public void addPairEnergy(int a, int b, double e) {
        energy += e;
        if (atomEnergies != null) {
            atomEnergies[a] += 0.5 * e;
            atomEnergies[b] += 0.5 * e;
        }
    }

    /** One bond's gradient g = ∂E/∂r with r = x_to − x_from + image. */
    public void addBondGradient(int from, int to, double rx, double ry, double rz, double gx, double gy, double gz) {
        if (gradient != null) {
            gradient[3 * to] += gx;
            gradient[3 * to + 1] += gy;
            gradient[3 * to + 2] += gz;
            gradient[3 * from] -= gx;
            gradient[3 * from + 1] -= gy;
            gradient[3 * from + 2] -= gz;
        }
        if (strain != null) {
            strain[0] += gx * rx; strain[1] += gx * ry; strain[2] += gx * rz;
            strain[3] += gy * rx; strain[4] += gy * ry; strain[5] += gy * rz;
            strain[6] += gz * rx; strain[7] += gz * ry; strain[8] += gz * rz;
        }
    }

    /**
     * For hot pair loops that accumulate themselves: the gradient array to add into (null when
     * only the energy is wanted). Strain contributions then go through {@link #addStrainDerivative}.
     */
    public double[] gradientArray() { return gradient; }

    /** Adds a 3×3 strain-derivative sum a hot loop kept in locals (ignored if not requested). */
    public void addStrainDerivative(double xx, double xy, double xz, double yx, double yy, double yz, double zx, double zy, double zz) {
        if (strain == null) return;
        strain[0] += xx; strain[1] += xy; strain[2] += xz;
        strain[3] += yx; strain[4] += yy; strain[5] += yz;
        strain[6] += zx; strain[7] += zy; strain[8] += zz;
    }

    /** The caller's arrays, for terms that are not sums over bonds (Ewald's reciprocal part); null if not requested. */
    public double[] hessianArray() { return hessian; }
    public double[] strainPositionArray() { return strainPosition; }
    public double[] strainStrainArray() { return strainStrain; }
    public double[] strainDerivativeArray() { return strain; }

    /** Whether per-atom energies are wanted (hot loops may then skip their bookkeeping otherwise). */
    public boolean wantsAtomEnergies() { return atomEnergies != null; }

    /** Adds energy without per-atom bookkeeping (only when {@link #wantsAtomEnergies()} is false). */
    public void addTotalEnergy(double e) { energy += e; }

    /** Adds the gradient (and, if wanted, second derivatives) of a finished term. Its energy is added separately. */
    public void add(BondTerm term) {
        int m = term.m;
        double[] r = term.r, g = term.g;
        if (first)
            for (int b = 0; b < m; b++)
                addBondGradient(term.from[b], term.to[b], r[3 * b], r[3 * b + 1], r[3 * b + 2], g[3 * b], g[3 * b + 1], g[3 * b + 2]);
        if (second) addSecond(term);
    }

    /** Scatters K into the Hessian and the two strain blocks. */
    private void addSecond(BondTerm term) {
        int m = term.m, n = 3 * m;
        double[] k = term.k, r = term.r;
        if (hessian != null)
            for (int p = 0; p < m; p++)
                for (int q = 0; q < m; q++) {
                    int tp = term.to[p], fp = term.from[p], tq = term.to[q], fq = term.from[q];
                    for (int a = 0; a < 3; a++) {
                        int row = (3 * p + a) * n + 3 * q;
                        for (int c = 0; c < 3; c++) {
                            double v = k[row + c];
                            if (v == 0) continue;
                            hessian[(3 * tp + a) * n3 + 3 * tq + c] += v;
                            hessian[(3 * fp + a) * n3 + 3 * fq + c] += v;
                            hessian[(3 * tp + a) * n3 + 3 * fq + c] -= v;
                            hessian[(3 * fp + a) * n3 + 3 * tq + c] -= v;
                        }
                    }
                }
        if (strainPosition == null && strainStrain == null) return;
        double[] wAll = new double[18 * m];
        for (int q = 0; q < m; q++) voigtFields(r[3 * q], r[3 * q + 1], r[3 * q + 2], wAll, 18 * q);
        for (int p = 0; p < m; p++) {
            // t_p^v = Σ_q K_pq w_q^v
            java.util.Arrays.fill(t, 0.0);
            for (int q = 0; q < m; q++)
                for (int a = 0; a < 3; a++) {
                    int row = (3 * p + a) * n + 3 * q;
                    double k0 = k[row], k1 = k[row + 1], k2 = k[row + 2];
                    if (k0 == 0 && k1 == 0 && k2 == 0) continue;
                    for (int v = 0; v < 6; v++) {
                        int o = 18 * q + 3 * v;
                        t[3 * v + a] += k0 * wAll[o] + k1 * wAll[o + 1] + k2 * wAll[o + 2];
                    }
                }
            if (strainPosition != null) {
                int tp = term.to[p], fp = term.from[p];
                for (int v = 0; v < 6; v++)
                    for (int a = 0; a < 3; a++) {
                        strainPosition[v * n3 + 3 * tp + a] += t[3 * v + a];
                        strainPosition[v * n3 + 3 * fp + a] -= t[3 * v + a];
                    }
            }
            if (strainStrain != null)
                for (int u = 0; u < 6; u++) {
                    int o = 18 * p + 3 * u;
                    for (int v = 0; v < 6; v++)
                        strainStrain[6 * u + v] += wAll[o] * t[3 * v] + wAll[o + 1] * t[3 * v + 1] + wAll[o + 2] * t[3 * v + 2];
                }
        }
    }

    /** E_v r for the six unit Voigt strains (engineering shears: off-diagonal ½), 3 per v. */
    static void voigtFields(double x, double y, double z, double[] out, int o) {
        out[o] = x; out[o + 1] = 0; out[o + 2] = 0;              // xx
        out[o + 3] = 0; out[o + 4] = y; out[o + 5] = 0;          // yy
        out[o + 6] = 0; out[o + 7] = 0; out[o + 8] = z;          // zz
        out[o + 9] = 0; out[o + 10] = 0.5 * z; out[o + 11] = 0.5 * y;  // yz
        out[o + 12] = 0.5 * z; out[o + 13] = 0; out[o + 14] = 0.5 * x; // xz
        out[o + 15] = 0.5 * y; out[o + 16] = 0.5 * x; out[o + 17] = 0; // xy
    }
}
