package dev.curvature.phonon;

import dev.curvature.linalg.SymmetricEigenDecomposition;
import dev.curvature.linalg.SymmetricEigenSolvers;
import dev.curvature.model.Configuration;
import dev.curvature.model.Potential;
import dev.curvature.model.Property;
import dev.curvature.model.Results;
import dev.curvature.periodic.Lattice;
import dev.curvature.periodic.Supercell;
import dev.curvature.structure.MassModel;
import dev.curvature.structure.Structure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Real-space force constants of a crystal from the Hessian of an n_a × n_b × n_c supercell, and
 * the dynamical matrix at any wavevector built from them:
 * D_iα,jβ(q) = Σ_J Φ_iα,Jβ · ⟨e^{iq·d}⟩ / √(m_i m_j), summing over the supercell atoms J that are
 * copies of j. The supercell Hessian already folds in all periodic images of the supercell; each
 * block is given back to the shortest vectors d = x_J + T − x_i (T a supercell translation), and
 * where several are equally short (the boundary of the supercell's Wigner–Seitz cell) their phases
 * are averaged — phonopy's convention. Exact at wavevectors commensurate with the supercell, an
 * interpolation elsewhere. The acoustic sum rule Σ_J Φ_iJ = 0 is imposed on the diagonal blocks.
 */
public final class ForceConstants {
    private final Structure unit;
    private final Lattice lattice;
    private final double[] masses;
    private final int n;
    /** For each (i, J): the 3×3 block and its image vectors. */
    private final List<Entry> entries = new ArrayList<>();

    private record Entry(int i, int j, double[] block, double[][] vectors) {}

    private ForceConstants(Structure unit, double[] masses) {
        this.unit = unit;
        this.lattice = new Lattice(unit.cell());
        this.masses = masses;
        this.n = unit.atomCount();
    }

    /**
     * @param model    binds a potential to the supercell (the potential of the unit cell does not
     *                 fit a supercell's atom count)
     */
    public static ForceConstants compute(Structure unit, int na, int nb, int nc, Function<Structure, Potential> model, MassModel massModel) {
        Structure sc = Supercell.of(unit, na, nb, nc);
        Potential p = model.apply(sc);
        Results r = Results.request(sc.atomCount(), Property.HESSIAN);
        p.compute(Configuration.periodic(sc.positions(), sc.cell()), r, null);
        return fromSupercellHessian(unit, sc, r.hessian(), unit.masses(massModel));
    }

    static ForceConstants fromSupercellHessian(Structure unit, Structure sc, double[] h, double[] masses) {
        ForceConstants fc = new ForceConstants(unit, masses);
        int n = unit.atomCount(), big = sc.atomCount(), n3 = 3 * big;
        double[] x = sc.positions();
        Lattice scLat = new Lattice(sc.cell());
        double[] t = new double[3];
        for (int i = 0; i < n; i++) {
            double[] sum = new double[9];
            for (int jj = 0; jj < big; jj++) {
                double[] b = new double[9];
                boolean nonzero = false;
                for (int a = 0; a < 3; a++)
                    for (int c = 0; c < 3; c++) {
                        b[3 * a + c] = h[(3 * i + a) * n3 + 3 * jj + c];
                        nonzero |= b[3 * a + c] != 0;
                    }
                if (!nonzero) continue;
                for (int k = 0; k < 9; k++) sum[k] += b[k];
                // shortest images of x_J − x_i over supercell translations
                double best = Double.MAX_VALUE;
                List<double[]> vecs = new ArrayList<>();
                for (int p = -2; p <= 2; p++)
                    for (int q = -2; q <= 2; q++)
                        for (int s = -2; s <= 2; s++) {
                            scLat.translation(p, q, s, t);
                            double[] d = {x[3 * jj] - x[3 * i] + t[0], x[3 * jj + 1] - x[3 * i + 1] + t[1], x[3 * jj + 2] - x[3 * i + 2] + t[2]};
                            double len = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
                            if (len < best - 1e-6) { best = len; vecs.clear(); vecs.add(d); }
                            else if (Math.abs(len - best) <= 1e-6) vecs.add(d);
                        }
                fc.entries.add(new Entry(i, jj % n, b, vecs.toArray(new double[0][])));
            }
            // acoustic sum rule: move the residual Σ_J Φ_iJ off the self block
            for (Entry e : fc.entries)
                if (e.i == i && e.j == i && isSelf(e)) { for (int k = 0; k < 9; k++) e.block[k] -= sum[k]; break; }
        }
        return fc;
    }

    private static boolean isSelf(Entry e) {
        for (double[] d : e.vectors) if (Math.abs(d[0]) + Math.abs(d[1]) + Math.abs(d[2]) < 1e-9) return true;
        return false;
    }

    public Structure unitCell() { return unit; }

    public int atomCount() { return n; }

    /** Cartesian wavevector (Å⁻¹, including 2π) of fractional reciprocal coordinates of the unit cell. */
    public double[] cartesian(double[] qFractional) {
        double[] q = new double[3];
        for (int k = 0; k < 3; k++) for (int c = 0; c < 3; c++) q[c] += qFractional[k] * lattice.reciprocal(k, c);
        return q;
    }

    /**
     * The Hermitian dynamical matrix at q (fractional reciprocal coordinates), as its real and
     * imaginary parts, 3N×3N row-major, eV/Å²/amu.
     */
    public double[][] dynamicalMatrix(double[] qFractional) {
        double[] q = cartesian(qFractional);
        int n3 = 3 * n;
        double[] re = new double[n3 * n3], im = new double[n3 * n3];
        for (Entry e : entries) {
            double cr = 0, ci = 0;
            for (double[] d : e.vectors) {
                double phase = q[0] * d[0] + q[1] * d[1] + q[2] * d[2];
                cr += Math.cos(phase);
                ci += Math.sin(phase);
            }
            cr /= e.vectors.length;
            ci /= e.vectors.length;
            double w = 1.0 / Math.sqrt(masses[e.i] * masses[e.j]);
            for (int a = 0; a < 3; a++)
                for (int b = 0; b < 3; b++) {
                    int idx = (3 * e.i + a) * n3 + 3 * e.j + b;
                    re[idx] += e.block[3 * a + b] * cr * w;
                    im[idx] += e.block[3 * a + b] * ci * w;
                }
        }
        // Hermitian part (removes round-off asymmetry)
        for (int r = 0; r < n3; r++)
            for (int c = r; c < n3; c++) {
                double sr = 0.5 * (re[r * n3 + c] + re[c * n3 + r]), si = 0.5 * (im[r * n3 + c] - im[c * n3 + r]);
                re[r * n3 + c] = sr; re[c * n3 + r] = sr;
                im[r * n3 + c] = si; im[c * n3 + r] = -si;
            }
        return new double[][] {re, im};
    }

    /** Frequencies (THz, ascending, negative = imaginary) at q (fractional reciprocal coordinates). */
    public double[] frequencies(double[] qFractional) {
        double[][] d = dynamicalMatrix(qFractional);
        int n3 = 3 * n, m = 2 * n3;
        // a Hermitian A + iB has the eigenvalues of the real symmetric [[A, −B], [B, A]], each twice
        double[] big = new double[m * m];
        for (int r = 0; r < n3; r++)
            for (int c = 0; c < n3; c++) {
                double a = d[0][r * n3 + c], b = d[1][r * n3 + c];
                big[r * m + c] = a;
                big[(r + n3) * m + c + n3] = a;
                big[r * m + c + n3] = -b;
                big[(r + n3) * m + c] = b;
            }
        SymmetricEigenDecomposition e = SymmetricEigenSolvers.decompose(big, m);
        double[] f = new double[n3];
        for (int k = 0; k < n3; k++) f[k] = PhononUnits.terahertz(0.5 * (e.value(2 * k) + e.value(2 * k + 1)));
        return f;
    }
}
