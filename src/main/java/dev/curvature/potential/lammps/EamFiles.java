package dev.curvature.potential.lammps;

import dev.curvature.potential.eam.EamTables;
import dev.curvature.potential.eam.LammpsSpline;

import java.nio.file.Path;
import java.util.List;

/**
 * DYNAMO EAM files as LAMMPS reads them: funcfl (one element: F(ρ), Z(r), ρ(r); pair φ =
 * 27.2·0.529·Z_i Z_j / r) and setfl (eam/alloy: F and ρ per element, then r·φ for each pair
 * i ≥ j). Several funcfl files are put on one grid by LAMMPS's four-point Lagrange interpolation
 * (pair_eam's file2array), so mixed funcfl systems agree with LAMMPS too.
 */
final class EamFiles {
    private EamFiles() {}

    /** One funcfl file. */
    record Funcfl(int atomicNumber, int nrho, double drho, int nr, double dr, double cut, double[] frho, double[] zr, double[] rhor) {}

    static Funcfl readFuncfl(Path file) throws PotentialFileException {
        List<String> lines = TokenStream.readLines(file);
        if (lines.size() < 4) throw new PotentialFileException(file, 0, "too short for a funcfl EAM file");
        TokenStream head = TokenStream.of(file, lines.subList(0, 3), 1, false);
        int z = head.integer("atomic number");
        head.skipRestOfLine();
        int nrho = head.integer("Nrho");
        double drho = head.number("drho");
        int nr = head.integer("Nr");
        double dr = head.number("dr");
        double cut = head.number("cutoff");
        checkGrid(file, 3, nrho, drho, nr, dr, cut);
        TokenStream t = TokenStream.of(file, lines, 3, false);
        double[] f = t.numbers(nrho, "F(rho) value");
        double[] zr = t.numbers(nr, "Z(r) value");
        double[] rho = t.numbers(nr, "rho(r) value");
        return new Funcfl(z, nrho, drho, nr, dr, cut, f, zr, rho);
    }

    private static void checkGrid(Path file, int line, int nrho, double drho, int nr, double dr, double cut) throws PotentialFileException {
        if (nrho < 5 || nr < 5 || !(drho > 0) || !(dr > 0) || !(cut > 0))
            throw new PotentialFileException(file, line, "bad EAM grid: Nrho " + nrho + ", drho " + drho + ", Nr " + nr + ", dr " + dr + ", cutoff " + cut);
    }

    /** Tables for species that each use one funcfl file (several species may share one). */
    static EamTables fromFuncfl(Funcfl[] files) {
        double dr = 0, drho = 0, rmax = 0, rhomax = 0, cut = 0;
        for (Funcfl f : files) {
            dr = Math.max(dr, f.dr);
            drho = Math.max(drho, f.drho);
            rmax = Math.max(rmax, (f.nr - 1) * f.dr);
            rhomax = Math.max(rhomax, (f.nrho - 1) * f.drho);
            cut = Math.max(cut, f.cut);
        }
        int nr = (int) (rmax / dr + 0.5), nrho = (int) (rhomax / drho + 0.5);
        int n = files.length;
        LammpsSpline[] emb = new LammpsSpline[n], dens = new LammpsSpline[n], pair = new LammpsSpline[n * n];
        double[][] z = new double[n][];
        for (int a = 0; a < n; a++) {
            emb[a] = new LammpsSpline(regrid(files[a].frho, files[a].drho, nrho, drho), drho);
            dens[a] = new LammpsSpline(regrid(files[a].rhor, files[a].dr, nr, dr), dr);
            z[a] = regrid(files[a].zr, files[a].dr, nr, dr);
        }
        for (int a = 0; a < n; a++)
            for (int b = 0; b <= a; b++) {
                double[] zz = new double[nr];
                for (int m = 0; m < nr; m++) zz[m] = 27.2 * 0.529 * z[a][m] * z[b][m];   // Hartree·Bohr in eV·Å, as LAMMPS
                pair[a * n + b] = pair[b * n + a] = new LammpsSpline(zz, dr);
            }
        return new EamTables(emb, dens, pair, rhomax, cut);
    }

    /** LAMMPS's four-point Lagrange interpolation of a file's table onto the common grid. */
    private static double[] regrid(double[] f, double fileDelta, int n, double delta) {
        double[] out = new double[n];
        int fn = f.length;
        for (int m = 1; m <= n; m++) {
            double r = (m - 1) * delta;
            double p = r / fileDelta + 1.0;
            int k = (int) p;
            k = Math.max(Math.min(k, fn - 2), 2);
            p -= k;
            p = Math.min(p, 2.0);
            double c1 = -p * (p - 1.0) * (p - 2.0) / 6.0, c2 = 0.5 * (p * p - 1.0) * (p - 2.0);
            double c3 = -0.5 * p * (p + 1.0) * (p - 2.0), c4 = p * (p * p - 1.0) / 6.0;
            // file values are 1-based in LAMMPS: f_LAMMPS[k] = f[k−1]
            out[m - 1] = c1 * f[k - 2] + c2 * f[k - 1] + c3 * f[k] + c4 * f[k + 1];
        }
        return out;
    }

    /** A setfl file; {@code species} are the elements wanted, in order. */
    static EamTables readSetfl(Path file, String[] species) throws PotentialFileException {
        List<String> lines = TokenStream.readLines(file);
        if (lines.size() < 6) throw new PotentialFileException(file, 0, "too short for a setfl EAM file");
        TokenStream head = TokenStream.of(file, lines.subList(0, 5), 3, false);
        int ne = head.integer("number of elements");
        String[] elements = new String[ne];
        for (int e = 0; e < ne; e++) elements[e] = head.word("element name");
        int nrho = head.integer("Nrho");
        double drho = head.number("drho");
        int nr = head.integer("Nr");
        double dr = head.number("dr");
        double cut = head.number("cutoff");
        checkGrid(file, 5, nrho, drho, nr, dr, cut);
        TokenStream t = TokenStream.of(file, lines, 5, false);
        double[][] f = new double[ne][], rho = new double[ne][], rphi = new double[ne * ne][];
        for (int e = 0; e < ne; e++) {
            t.integer("atomic number of " + elements[e]);
            t.number("mass of " + elements[e]);
            t.skipRestOfLine();
            f[e] = t.numbers(nrho, "F(rho) value of " + elements[e]);
            rho[e] = t.numbers(nr, "rho(r) value of " + elements[e]);
        }
        for (int a = 0; a < ne; a++)
            for (int b = 0; b <= a; b++) rphi[a * ne + b] = rphi[b * ne + a] = t.numbers(nr, "r*phi(r) value of " + elements[a] + "-" + elements[b]);
        int n = species.length;
        int[] index = new int[n];
        for (int s = 0; s < n; s++) {
            index[s] = java.util.Arrays.asList(elements).indexOf(species[s]);
            if (index[s] < 0)
                throw new PotentialFileException(file, 4, "has no " + species[s] + " (it has " + String.join(", ", elements) + ")");
        }
        LammpsSpline[] emb = new LammpsSpline[n], dens = new LammpsSpline[n], pair = new LammpsSpline[n * n];
        for (int a = 0; a < n; a++) {
            emb[a] = new LammpsSpline(f[index[a]], drho);
            dens[a] = new LammpsSpline(rho[index[a]], dr);
            for (int b = 0; b < n; b++) pair[a * n + b] = new LammpsSpline(rphi[index[a] * ne + index[b]], dr);
        }
        return new EamTables(emb, dens, pair, (nrho - 1) * drho, cut);
    }
}
