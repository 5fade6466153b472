package dev.curvature.potential;

import dev.curvature.potential.lammps.PotentialFile;
import dev.curvature.potential.lammps.PotentialFileException;
import dev.curvature.structure.Cell;
import dev.curvature.structure.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * EAM derivatives on smooth made-up tables (fine grids, so the knot jumps of the spline's second
 * derivative stay below the finite-difference tolerance); agreement with LAMMPS on real files is in
 * {@link LammpsAgreementTest}.
 */
class EamTest {
    @TempDir Path dir;

    private static final int NRHO = 2000, NR = 2500;
    private static final double DRHO = 0.002, DR = 0.002, CUT = 4.9;

    /** Smooth functions that vanish with three derivatives at the cutoff. */
    private static double taper(double r) { return r >= CUT ? 0 : Math.pow(CUT - r, 4); }
    private static double density(double r, double s) { return s * Math.exp(-1.2 * (r - 2.5)) * taper(r) * 0.05; }
    private static double embedding(double rho, double s) { return -s * Math.sqrt(rho + 0.01) + 0.02 * rho * rho; }
    private static double rPhi(double r, double s) { return s * 0.4 * Math.exp(-2.0 * (r - 2.5)) * taper(r) * r * 0.1; }

    private static void values(StringBuilder b, int n, java.util.function.IntToDoubleFunction f) {
        for (int m = 0; m < n; m++) b.append(String.format(Locale.ROOT, "%.16e%s", f.applyAsDouble(m), m % 5 == 4 ? "\n" : " "));
        if (n % 5 != 0) b.append('\n');
    }

    private void funcfl(String name, int z, double s) throws Exception {
        StringBuilder b = new StringBuilder("made-up test funcfl\n");
        b.append(z).append(" 63.55 3.615 FCC\n");
        b.append(String.format(Locale.ROOT, "%d %.10e %d %.10e %.10e\n", NRHO, DRHO, NR, DR, CUT));
        values(b, NRHO, m -> embedding(m * DRHO, s));
        // Z(r) such that 27.2·0.529·Z² = r·φ
        values(b, NR, m -> Math.sqrt(Math.max(0, rPhi(m * DR, s)) / (27.2 * 0.529)));
        values(b, NR, m -> density(m * DR, s));
        Files.writeString(dir.resolve(name), b.toString());
    }

    private void setfl(String name, String[] el, double[] s) throws Exception { writeSetfl(dir.resolve(name), el, s); }

    /** A made-up setfl file with smooth functions on fine grids. */
    static void writeSetfl(Path file, String[] el, double[] s) throws Exception {
        StringBuilder b = new StringBuilder("made-up\ntest\nsetfl\n");
        b.append(el.length);
        for (String e : el) b.append(' ').append(e);
        b.append(String.format(Locale.ROOT, "\n%d %.10e %d %.10e %.10e\n", NRHO, DRHO, NR, DR, CUT));
        for (int e = 0; e < el.length; e++) {
            double se = s[e];
            b.append(Element.of(el[e]).atomicNumber()).append(" 60.0 3.6 FCC\n");
            values(b, NRHO, m -> embedding(m * DRHO, se));
            values(b, NR, m -> density(m * DR, se));
        }
        for (int a = 0; a < el.length; a++)
            for (int c = 0; c <= a; c++) {
                double sp = 0.5 * (s[a] + s[c]) + 0.1 * (a - c);
                values(b, NR, m -> rPhi(m * DR, sp));
            }
        Files.writeString(file, b.toString());
    }

    private PeriodicPotential bind(String pot, String... atoms) throws Exception {
        Path f = dir.resolve("eam.pot");
        Files.writeString(f, pot);
        Element[] e = new Element[atoms.length];
        for (int i = 0; i < e.length; i++) e[i] = Element.of(atoms[i]);
        return PotentialFile.read(f).bind(e);
    }

    @Test
    void funcflDerivatives() throws Exception {
        funcfl("cu.eam", 29, 1.0);
        PeriodicPotential p = bind("pair_style eam\npair_coeff 1 1 cu.eam\n", "Cu", "Cu", "Cu", "Cu");
        Cell cell = Crystals.skewed(3.615);
        DerivativeChecks.checkAll(p, Crystals.rattle(Crystals.place(Crystals.fccSites(), cell), 0.12, 31), cell, 5e-5);
    }

    @Test
    void twoFuncflFilesOnOneGrid() throws Exception {
        funcfl("cu.eam", 29, 1.0);
        funcfl("ni.eam", 28, 1.3);
        PeriodicPotential p = bind("pair_style eam\npair_coeff 1 1 cu.eam\npair_coeff 2 2 ni.eam\n", "Cu", "Ni", "Ni", "Cu");
        Cell cell = Crystals.skewed(3.58);
        DerivativeChecks.checkAll(p, Crystals.rattle(Crystals.place(Crystals.fccSites(), cell), 0.12, 32), cell, 5e-5);
    }

    @Test
    void setflDerivativesWithTwoElements() throws Exception {
        setfl("cuni.eam.alloy", new String[]{"Ni", "Cu"}, new double[]{1.3, 1.0});
        PeriodicPotential p = bind("pair_style eam/alloy\npair_coeff * * cuni.eam.alloy Cu Ni\n", "Cu", "Ni", "Ni", "Cu");
        Cell cell = Crystals.skewed(3.58);
        DerivativeChecks.checkAll(p, Crystals.rattle(Crystals.place(Crystals.fccSites(), cell), 0.12, 33), cell, 5e-5);
    }

    @Test
    void elementsTheFileLacksAreNamed() throws Exception {
        setfl("cuni.eam.alloy", new String[]{"Ni", "Cu"}, new double[]{1.3, 1.0});
        PotentialFileException e = assertThrows(PotentialFileException.class,
                () -> bind("pair_style eam/alloy\npair_coeff * * cuni.eam.alloy Al\n", "Al"));
        assertEquals("cuni.eam.alloy:4: has no Al (it has Ni, Cu)", e.getMessage());
        funcfl("cu.eam", 29, 1.0);
        e = assertThrows(PotentialFileException.class, () -> bind("pair_style eam\npair_coeff 1 1 cu.eam\n", "Cu", "Fe"));
        assertEquals("eam.pot: the potential covers Cu but the structure also has Fe", e.getMessage());
    }
}
