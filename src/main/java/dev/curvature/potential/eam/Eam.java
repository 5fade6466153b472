package dev.curvature.potential.eam;

import dev.curvature.periodic.NeighbourList;
import dev.curvature.potential.Accumulator;
import dev.curvature.potential.BondTerm;
import dev.curvature.potential.LocalNeighbours;
import dev.curvature.potential.PeriodicPotential;
import dev.curvature.structure.Cell;

import java.util.Arrays;

/**
 * Embedded-atom method (LAMMPS {@code pair_style eam} and {@code eam/alloy}):
 * E = Σ_i F_i(ρ_i) + Σ_pairs φ_ij(r), ρ_i = Σ_j ρ_j(r_ij), with LAMMPS's tables and splines.
 * Energy, forces and stress go through one pair loop (F'_i ρ'_j + F'_j ρ'_i + φ'), as LAMMPS does;
 * second derivatives treat each F_i as one term over all bonds of atom i:
 * K_kl = F''(ρ_i) ρ'_k ρ'_l r̂_k r̂_lᵀ + δ_kl F'(ρ_i) ∂²ρ(r_k)/∂r_k².
 */
public final class Eam extends PeriodicPotential {
    private final EamTables t;
    private final int species;

    public Eam(String style, int[] type, EamTables tables) {
        super(style, type);
        this.t = tables;
        this.species = tables.species();
    }

    @Override public double cutoff() { return t.cutoff(); }

    /** F(ρ) of species a with LAMMPS's linear continuation past the table; d gets F', F''. */
    private double embed(int a, double rho, double[] d) {
        double f = t.embedding()[a].evaluate(rho, d);
        if (rho > t.rhoMax()) f += d[0] * (rho - t.rhoMax());
        return f;
    }

    @Override
    protected void accumulate(double[] x, Cell cell, NeighbourList list, Accumulator out) {
        if (!out.wantsSecond()) {
            halfListPass(x, latticeRows(cell), list, out);
            return;
        }
        double[] l = latticeRows(cell);
        int n = type.length;
        double cut2 = t.cutoff() * t.cutoff();
        LocalNeighbours nb = new LocalNeighbours();
        double[] rho = new double[n], fp = new double[n], fpp = new double[n];
        double[] d = new double[2];
        LammpsSpline[] dens = t.density(), pair = t.rPhi();
        for (int i = 0; i < n; i++) {
            nb.collect(list, x, l, i, cut2);
            double s = 0;
            for (int q = 0; q < nb.count; q++) s += dens[type[nb.atom[q]]].evaluate(nb.r[q], null);
            rho[i] = s;
            out.addEnergy(i, embed(type[i], s, d));
            fp[i] = d[0];
            fpp[i] = d[1];
        }
        boolean grad = out.wantsFirst(), second = out.wantsSecond();
        double[] di = new double[2], dj = new double[2], dz = new double[2];
        BondTerm term = new BondTerm();
        double[] drho = new double[0];
        for (int i = 0; i < n; i++) {
            nb.collect(list, x, l, i, cut2);
            int ti = type[i];
            for (int q = 0; q < nb.count; q++) {
                if (!ownsPair(list, i, nb.entry[q])) continue;
                int j = nb.atom[q], tj = type[j];
                double r = nb.r[q];
                double z = pair[ti * species + tj].evaluate(r, dz);
                double phi = z / r;
                out.addPairEnergy(i, j, phi);
                if (!grad) continue;
                double phi1 = dz[0] / r - z / (r * r);
                if (!second) {
                    dens[tj].evaluate(r, dj);    // ρ_j'(r): density at i from j
                    dens[ti].evaluate(r, di);
                    double psip = fp[i] * dj[0] + fp[j] * di[0] + phi1;
                    double f = psip / r;
                    out.addBondGradient(i, j, nb.dx[q], nb.dy[q], nb.dz[q], f * nb.dx[q], f * nb.dy[q], f * nb.dz[q]);
                } else {
                    double phi2 = dz[1] / r - 2 * dz[0] / (r * r) + 2 * z / (r * r * r);
                    term.begin(true);
                    term.add(i, j, nb.dx[q], nb.dy[q], nb.dz[q]);
                    term.clearSecond();
                    term.addRadial(0, phi1, phi2);
                    out.add(term);
                }
            }
            if (!second) continue;
            // the embedding term of atom i over all its bonds
            term.begin(true);
            for (int q = 0; q < nb.count; q++) term.add(i, nb.atom[q], nb.dx[q], nb.dy[q], nb.dz[q]);
            term.clearSecond();
            int n3 = 3 * nb.count;
            if (drho.length < n3) drho = new double[n3];
            Arrays.fill(drho, 0, n3, 0.0);
            for (int q = 0; q < nb.count; q++) {
                dens[type[nb.atom[q]]].evaluate(nb.r[q], dj);
                term.addRadial(q, fp[i] * dj[0], fp[i] * dj[1]);
                double u = dj[0] / nb.r[q];
                drho[3 * q] = u * nb.dx[q];
                drho[3 * q + 1] = u * nb.dy[q];
                drho[3 * q + 2] = u * nb.dz[q];
            }
            term.addOuter(fpp[i], drho, drho);
            out.add(term);
        }
    }

    /**
     * Energy, forces and stress the way LAMMPS's pair_eam computes them: every pair once, the knot
     * of the common r grid located once per pair for the density and pair tables.
     */
    private void halfListPass(double[] x, double[] l, NeighbourList list, Accumulator out) {
        int n = type.length;
        double cut2 = t.cutoff() * t.cutoff();
        double dr = t.density()[0].delta();
        int nr = t.density()[0].size();
        double[][] dens = new double[species][], pair = new double[species * species][];
        for (int a = 0; a < species; a++) dens[a] = t.density()[a].coefficients();
        for (int a = 0; a < species * species; a++) pair[a] = t.rPhi()[a].coefficients();
        double[] rho = new double[n];
        for (int pass = 0; pass < 2; pass++) {
            double[] fp = rho;   // after pass 0, rho is replaced by F'(ρ) in place
            if (pass == 1) {
                double[] d = new double[2];
                for (int i = 0; i < n; i++) {
                    out.addEnergy(i, embed(type[i], rho[i], d));
                    fp[i] = d[0];
                }
            }
            boolean grad = out.wantsFirst(), perAtom = out.wantsAtomEnergies();
            double[] g = out.gradientArray();
            double sxx = 0, syy = 0, szz = 0, sxy = 0, sxz = 0, syz = 0, pairEnergy = 0;
            for (int i = 0; i < n; i++) {
                double xi = x[3 * i], yi = x[3 * i + 1], zi = x[3 * i + 2];
                int ti = type[i];
                double[] di = dens[ti];
                for (int k = list.start(i), end = list.end(i); k < end; k++) {
                    int j = list.neighbour(k);
                    if (j < i) continue;
                    int na = list.image(k, 0), nb = list.image(k, 1), nc = list.image(k, 2);
                    if (j == i && !ownsPair(list, i, k)) continue;
                    double dx = x[3 * j] - xi, dy = x[3 * j + 1] - yi, dz = x[3 * j + 2] - zi;
                    if ((na | nb | nc) != 0) {
                        dx += na * l[0] + nb * l[3] + nc * l[6];
                        dy += na * l[1] + nb * l[4] + nc * l[7];
                        dz += na * l[2] + nb * l[5] + nc * l[8];
                    }
                    double r2 = dx * dx + dy * dy + dz * dz;
                    if (r2 >= cut2) continue;
                    double r = Math.sqrt(r2);
                    double p = r / dr + 1.0;
                    int m = Math.min((int) p, nr - 1);
                    p = Math.min(p - m, 1.0);
                    int o = 7 * m;
                    int tj = type[j];
                    double[] dj = dens[tj];
                    if (pass == 0) {
                        rho[i] += ((dj[o + 3] * p + dj[o + 4]) * p + dj[o + 5]) * p + dj[o + 6];
                        rho[j] += ((di[o + 3] * p + di[o + 4]) * p + di[o + 5]) * p + di[o + 6];
                        continue;
                    }
                    double[] z = pair[ti * species + tj];
                    double z2 = ((z[o + 3] * p + z[o + 4]) * p + z[o + 5]) * p + z[o + 6];
                    double phi = z2 / r;
                    if (perAtom) out.addPairEnergy(i, j, phi);
                    else pairEnergy += phi;
                    if (!grad) continue;
                    double z2p = (z[o] * p + z[o + 1]) * p + z[o + 2];
                    double rhoip = (di[o] * p + di[o + 1]) * p + di[o + 2];
                    double rhojp = (dj[o] * p + dj[o + 1]) * p + dj[o + 2];
                    double f = (fp[i] * rhojp + fp[j] * rhoip + (z2p - phi) / r) / r;
                    double fx = f * dx, fy = f * dy, fz = f * dz;
                    g[3 * j] += fx; g[3 * j + 1] += fy; g[3 * j + 2] += fz;
                    g[3 * i] -= fx; g[3 * i + 1] -= fy; g[3 * i + 2] -= fz;
                    sxx += fx * dx; syy += fy * dy; szz += fz * dz;
                    sxy += fx * dy; sxz += fx * dz; syz += fy * dz;
                }
            }
            if (pass == 1) {
                out.addTotalEnergy(pairEnergy);
                // central forces: the strain derivative Σ f r̂ ⊗ r is symmetric
                if (grad) out.addStrainDerivative(sxx, sxy, sxz, sxy, syy, syz, sxz, syz, szz);
            }
        }
    }
}
