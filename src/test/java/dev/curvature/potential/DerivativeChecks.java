package dev.curvature.potential;

import dev.curvature.model.Configuration;
import dev.curvature.model.Potential;
import dev.curvature.model.Property;
import dev.curvature.model.Results;
import dev.curvature.structure.Cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finite-difference checks of every analytic property of a periodic potential: gradient against
 * central differences of the energy, the strain derivative against energies of strained cells,
 * Hessian and strain–position against differences of the gradient, strain–strain against
 * differences of the Voigt strain derivative; translation invariance; atom energies summing to
 * the total. Central differences with step h have error O(h²·E'''), hence the relative tolerances.
 */
public final class DerivativeChecks {
    private DerivativeChecks() {}

    /** The configuration with positions and cell deformed by x → (I + ε)x (ε 3×3 row-major, any). */
    public static Configuration strained(double[] x, Cell cell, double[] eps) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i += 3)
            for (int a = 0; a < 3; a++)
                y[i + a] = x[i + a] + eps[3 * a] * x[i] + eps[3 * a + 1] * x[i + 1] + eps[3 * a + 2] * x[i + 2];
        double[][] v = cell.vectorsAngstrom(), w = new double[3][3];
        for (int r = 0; r < 3; r++)
            for (int a = 0; a < 3; a++)
                w[r][a] = v[r][a] + eps[3 * a] * v[r][0] + eps[3 * a + 1] * v[r][1] + eps[3 * a + 2] * v[r][2];
        return Configuration.periodic(y, new Cell(w));
    }

    static Results all(Potential p, Configuration c) {
        Results r = Results.request(p.atomCount(), Property.GRADIENT, Property.STRAIN_DERIVATIVE, Property.HESSIAN,
                Property.STRAIN_POSITION, Property.STRAIN_STRAIN, Property.ATOM_ENERGIES);
        p.compute(c, r, p.newWorkspace());
        return r;
    }

    static double energy(Potential p, Configuration c) {
        Results r = Results.request(p.atomCount());
        p.compute(c, r, null);
        return r.energy();
    }

    static double[] gradient(Potential p, Configuration c) {
        Results r = Results.request(p.atomCount(), Property.GRADIENT);
        p.compute(c, r, null);
        return r.gradient();
    }

    /** dE/dη_v at a strained state: Σ_ab (E_v A)_ab S_ab with A = (I + ε)⁻¹ mapping current bonds back to reference. */
    static double[] voigtStrainDerivative(Potential p, double[] x, Cell cell, double[] eps) {
        Results r = Results.request(p.atomCount(), Property.STRAIN_DERIVATIVE);
        p.compute(strained(x, cell, eps), r, null);
        double[] s = r.strainDerivative();
        double[] f = new double[9];
        for (int k = 0; k < 9; k++) f[k] = eps[k] + (k % 4 == 0 ? 1 : 0);
        double[] a = invert(f);
        double[] out = new double[6];
        for (int v = 0; v < 6; v++) {
            double[] e = dev.curvature.model.HomogeneousStrain.unitStrain(v);
            double sum = 0;
            for (int i = 0; i < 3; i++)
                for (int j = 0; j < 3; j++) {
                    double ea = 0;
                    for (int k = 0; k < 3; k++) ea += e[3 * i + k] * a[3 * k + j];
                    sum += ea * s[3 * i + j];
                }
            out[v] = sum;
        }
        return out;
    }

    private static double[] invert(double[] m) {
        double det = m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6]) + m[2] * (m[3] * m[7] - m[4] * m[6]);
        return new double[]{
                (m[4] * m[8] - m[5] * m[7]) / det, (m[2] * m[7] - m[1] * m[8]) / det, (m[1] * m[5] - m[2] * m[4]) / det,
                (m[5] * m[6] - m[3] * m[8]) / det, (m[0] * m[8] - m[2] * m[6]) / det, (m[2] * m[3] - m[0] * m[5]) / det,
                (m[3] * m[7] - m[4] * m[6]) / det, (m[1] * m[6] - m[0] * m[7]) / det, (m[0] * m[4] - m[1] * m[3]) / det};
    }

    private static double[] voigtEps(int v, double h) {
        double[] e = dev.curvature.model.HomogeneousStrain.unitStrain(v);
        for (int k = 0; k < 9; k++) e[k] *= h;
        return e;
    }

    /** Runs every check; tol is relative to the largest entry of each property. */
    public static void checkAll(Potential p, double[] x, Cell cell, double tol) {
        Configuration c = Configuration.periodic(x, cell);
        Results r = all(p, c);
        int n3 = x.length;
        double h = 1e-4;
        // atom energies
        double sum = 0;
        for (double e : r.atomEnergies()) sum += e;
        assertEquals(r.energy(), sum, 1e-9 * Math.max(1, Math.abs(r.energy())), "atom energies sum to the energy");
        // gradient
        double[] fd = new double[n3];
        for (int k = 0; k < n3; k++) {
            double[] y = x.clone();
            y[k] += h;
            double ep = energy(p, c.withPositions(y));
            y[k] -= 2 * h;
            double em = energy(p, c.withPositions(y));
            fd[k] = (ep - em) / (2 * h);
        }
        compare("gradient", r.gradient(), fd, tol);
        // strain derivative (full 3×3, unsymmetrised deformation)
        double[] fs = new double[9];
        for (int k = 0; k < 9; k++) {
            double[] e = new double[9];
            e[k] = h;
            double ep = energy(p, strained(x, cell, e));
            e[k] = -h;
            double em = energy(p, strained(x, cell, e));
            fs[k] = (ep - em) / (2 * h);
        }
        compare("strain derivative", r.strainDerivative(), fs, tol);
        // Hessian
        double[] fh = new double[n3 * n3];
        for (int k = 0; k < n3; k++) {
            double[] y = x.clone();
            y[k] += h;
            double[] gp = gradient(p, c.withPositions(y));
            y[k] -= 2 * h;
            double[] gm = gradient(p, c.withPositions(y));
            for (int q = 0; q < n3; q++) fh[q * n3 + k] = (gp[q] - gm[q]) / (2 * h);
        }
        compare("Hessian", r.hessian(), fh, tol);
        // strain–position: d(gradient)/dη_v
        double[] fsp = new double[6 * n3];
        for (int v = 0; v < 6; v++) {
            double[] gp = gradient(p, strained(x, cell, voigtEps(v, h)));
            double[] gm = gradient(p, strained(x, cell, voigtEps(v, -h)));
            for (int q = 0; q < n3; q++) fsp[v * n3 + q] = (gp[q] - gm[q]) / (2 * h);
        }
        compare("strain-position", r.strainPosition(), fsp, tol);
        // strain–strain: d(dE/dη_v)/dη_u
        double[] fss = new double[36];
        for (int u = 0; u < 6; u++) {
            double[] sp = voigtStrainDerivative(p, x, cell, voigtEps(u, h));
            double[] sm = voigtStrainDerivative(p, x, cell, voigtEps(u, -h));
            for (int v = 0; v < 6; v++) fss[6 * u + v] = (sp[v] - sm[v]) / (2 * h);
        }
        compare("strain-strain", r.strainStrain(), fss, tol);
        // translation invariance: gradient sums to zero, energy unchanged by a rigid shift
        for (int a = 0; a < 3; a++) {
            double s = 0, scale = 0;
            for (int i = a; i < n3; i += 3) { s += r.gradient()[i]; scale = Math.max(scale, Math.abs(r.gradient()[i])); }
            assertEquals(0, s, 1e-9 * Math.max(1, scale) * n3, "gradient sums to zero along " + a);
        }
        double[] y = x.clone();
        for (int i = 0; i < n3; i += 3) { y[i] += 0.37; y[i + 1] -= 0.21; y[i + 2] += 0.13; }
        assertEquals(r.energy(), energy(p, c.withPositions(y)), 1e-9 * Math.max(1, Math.abs(r.energy())), "translation invariance");
        // the Hessian's rows sum to zero over atoms (translation) and it is symmetric
        double hmax = 0;
        for (double v : r.hessian()) hmax = Math.max(hmax, Math.abs(v));
        for (int q = 0; q < n3; q++)
            for (int a = 0; a < 3; a++) {
                double s = 0;
                for (int j = a; j < n3; j += 3) s += r.hessian()[q * n3 + j];
                assertEquals(0, s, 1e-9 * hmax * n3, "Hessian row " + q + " sums to zero");
            }
        for (int q = 0; q < n3; q++)
            for (int k = 0; k < q; k++)
                assertEquals(r.hessian()[q * n3 + k], r.hessian()[k * n3 + q], 1e-9 * hmax, "Hessian symmetric");
    }

    static void compare(String what, double[] analytic, double[] numeric, double tol) {
        double scale = 0;
        for (double v : numeric) scale = Math.max(scale, Math.abs(v));
        assertTrue(scale > 0 || what.contains("strain-position"), what + " is all zero: the check would be empty");
        double worst = 0;
        int at = -1;
        for (int k = 0; k < analytic.length; k++) {
            double d = Math.abs(analytic[k] - numeric[k]);
            if (d > worst) { worst = d; at = k; }
        }
        assertTrue(worst <= tol * Math.max(scale, 1e-3), String.format("%s: entry %d analytic %.9g vs FD %.9g (scale %.3g)",
                what, at, at >= 0 ? analytic[at] : 0, at >= 0 ? numeric[at] : 0, scale));
    }
}
