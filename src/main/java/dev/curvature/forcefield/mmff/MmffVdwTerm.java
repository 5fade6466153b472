package dev.curvature.forcefield.mmff;

import static dev.curvature.forcefield.mmff.MmffConstants.VDW_DELTA;
import static dev.curvature.forcefield.mmff.MmffConstants.VDW_GAMMA;

import dev.curvature.forcefield.Term;
import dev.curvature.forcefield.geometry.Accumulate;

/**
 * Halgren's buffered 14-7 van der Waals energy over a fixed pair list:
 * E = ε (1.07 R* / (R + 0.07 R*))⁷ (1.12 R*⁷ / (R⁷ + 0.12 R*⁷) − 2).
 * R* and ε per pair come from {@link MmffVdwParameters} at bind time.
 */
public final class MmffVdwTerm implements Term {
    private final int[] atomI, atomJ;
    private final double[] rStar, epsilon;

    public MmffVdwTerm(int[] atomI, int[] atomJ, double[] rStarAngstrom, double[] epsilonKcalPerMol) {
        int n = atomI.length;
        if (atomJ.length != n || rStarAngstrom.length != n || epsilonKcalPerMol.length != n)
            throw new IllegalArgumentException("vdW pair arrays differ in length");
        this.atomI = atomI.clone();
        this.atomJ = atomJ.clone();
        this.rStar = rStarAngstrom.clone();
        this.epsilon = epsilonKcalPerMol.clone();
    }

    @Override public String name() { return "vdw"; }

    public int size() { return atomI.length; }

    @Override
    public double accumulate(double[] x, double[] g, double[] h) {
        if (h != null) return accumulateWithHessian(x, g, h);
        double sum = 0;
        for (int p = 0; p < atomI.length; p++) {
            int i = 3 * atomI[p], j = 3 * atomJ[p];
            double dx = x[i] - x[j], dy = x[i + 1] - x[j + 1], dz = x[i + 2] - x[j + 2];
            double r2 = dx * dx + dy * dy + dz * dz;
            double r = Math.sqrt(r2);
            double rs = rStar[p];
            double invU = 1.0 / (r + VDW_DELTA * rs);
            double a = (1 + VDW_DELTA) * rs * invU;
            double a2 = a * a;
            double pa = a2 * a2 * a2 * a;
            double s2 = rs * rs, s7 = s2 * s2 * s2 * rs;
            double r6 = r2 * r2 * r2;
            double invW = 1.0 / (r6 * r + VDW_GAMMA * s7);
            double b = (1 + VDW_GAMMA) * s7 * invW;
            double eps = epsilon[p];
            sum += eps * pa * (b - 2);
            if (g == null) continue;
            // dE/dR = ε (−7 P/u (B − 2) − 7 P R⁶ B / w); gradient along the pair vector
            double dEdr = -7 * eps * pa * ((b - 2) * invU + r6 * b * invW);
            double f = dEdr / r;
            double fx = f * dx, fy = f * dy, fz = f * dz;
            g[i] += fx; g[i + 1] += fy; g[i + 2] += fz;
            g[j] -= fx; g[j + 1] -= fy; g[j + 2] -= fz;
        }
        return sum;
    }

    private double accumulateWithHessian(double[] x, double[] g, double[] h) {
        int n3 = x.length;
        double sum = 0;
        double[] e = new double[3];
        for (int p = 0; p < atomI.length; p++) {
            int i = atomI[p], j = atomJ[p];
            double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
            double r = Math.sqrt(dx * dx + dy * dy + dz * dz);
            energy(r, rStar[p], epsilon[p], e);
            sum += e[0];
            Accumulate.pair(x, i, j, e[1], e[2], g, h, n3);
        }
        return sum;
    }

    /** Energy, dE/dR and d²E/dR² of one pair at distance r, into out[0..2]. */
    static void energy(double r, double rStar, double eps, double[] out) {
        double u = r + VDW_DELTA * rStar;                  // buffered distance of the repulsive factor
        double a = (1 + VDW_DELTA) * rStar / u;
        double a2 = a * a;
        double p = a2 * a2 * a2 * a;                       // ((1+δ)R*/(R+δR*))⁷
        double r2 = r * r, r5 = r2 * r2 * r, r6 = r5 * r, r7 = r6 * r;
        double s2 = rStar * rStar, s7 = s2 * s2 * s2 * rStar;
        double w = r7 + VDW_GAMMA * s7;
        double b = (1 + VDW_GAMMA) * s7 / w;
        double q = b - 2;
        double dp = -7 * p / u, d2p = 56 * p / (u * u);
        double db = -7 * r6 * b / w;
        double d2b = -42 * r5 * b / w + 98 * r6 * r6 * b / (w * w);
        out[0] = eps * p * q;
        out[1] = eps * (dp * q + p * db);
        out[2] = eps * (d2p * q + 2 * dp * db + p * d2b);
    }
}
