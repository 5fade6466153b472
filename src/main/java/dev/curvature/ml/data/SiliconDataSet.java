package dev.curvature.ml.data;

import dev.curvature.io.crystal.LabelledFrame;
import dev.curvature.io.crystal.LabelledFrames;
import dev.curvature.model.Configuration;
import dev.curvature.model.Potential;
import dev.curvature.model.Property;
import dev.curvature.model.Results;
import dev.curvature.potential.lammps.PotentialFile;
import dev.curvature.structure.Cell;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Stillinger–Weber silicon training and test sets made with Curvature's own SW (LAMMPS Si.sw
 * parameters): strained and rattled 8-atom cells, MD snapshots of 64-atom cells at 300, 1000 and
 * 1600 K, a 63-atom vacancy cell at 800 K and a 64-atom liquid at 3000 K, each labelled with
 * energy, forces and stress (ASE sign). Test sets come from the same recipe with another seed, so
 * from independent runs. Usage: {@code SiliconDataSet OUT.extxyz SEED [SCALE]} (SCALE multiplies
 * the number of frames of each kind, default 1).
 */
public final class SiliconDataSet {
    /** Stillinger & Weber (1985) silicon as LAMMPS ships it in potentials/Si.sw. */
    static final String SI_SW = "Si Si Si 2.1683 2.0951 1.80 21.0 1.20 -0.333333333333 7.049556277 0.6022245584 4.0 0.0 0.0\n";
    public static final double A0 = 5.431;
    private static final double[][] DIAMOND = {{0, 0, 0}, {0, .5, .5}, {.5, 0, .5}, {.5, .5, 0},
            {.25, .25, .25}, {.25, .75, .75}, {.75, .25, .75}, {.75, .75, .25}};
    private static final double SI_MASS = 28.0855;

    private final PotentialFile sw;
    private final Random random;
    private final List<LabelledFrame> frames = new ArrayList<>();

    public SiliconDataSet(long seed) throws Exception {
        Path dir = Files.createTempDirectory("curvature-sw");
        Path f = dir.resolve("Si.sw");
        Files.writeString(f, SI_SW);
        Path in = dir.resolve("si.pot");
        Files.writeString(in, "pair_style sw\npair_coeff * * Si.sw Si\n");
        sw = PotentialFile.read(in);
        random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SiliconDataSet OUT.extxyz SEED [SCALE]");
            System.exit(2);
        }
        int scale = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        SiliconDataSet d = new SiliconDataSet(Long.parseLong(args[1]));
        d.generate(scale);
        LabelledFrames.write(Path.of(args[0]), d.frames);
        System.err.println("wrote " + d.frames.size() + " frames to " + args[0]);
    }

    public List<LabelledFrame> generate(int scale) throws Exception {
        for (int k = 0; k < 24 * scale; k++) strained(0.03, 0.05, "strained");
        for (int k = 0; k < 6 * scale; k++) strained(0.0, 0.15, "rattled");
        md(300, 8 * scale, false, 1.0, "md300");
        md(1000, 8 * scale, false, 1.0, "md1000");
        md(1600, 8 * scale, false, 1.0, "md1600");
        md(800, 6 * scale, true, 1.0, "vacancy");
        md(3000, 6 * scale, false, 0.983, "liquid");
        return frames;
    }

    public List<LabelledFrame> frames() { return frames; }

    /** Only strained, lightly rattled 8-atom cells (fast: for tests). */
    public List<LabelledFrame> strainedCells(int count) throws Exception {
        for (int k = 0; k < count; k++) strained(0.03, 0.05, "strained");
        return frames;
    }

    private void strained(double maxStrain, double rattle, String type) throws Exception {
        double[][] e = new double[3][3];
        for (int a = 0; a < 3; a++)
            for (int b = a; b < 3; b++) e[a][b] = e[b][a] = maxStrain * (2 * random.nextDouble() - 1) * (a == b ? 1 : 0.5);
        double[][] v = new double[3][3];
        for (int r = 0; r < 3; r++) for (int c = 0; c < 3; c++) v[r][c] = A0 * ((r == c ? 1 : 0) + e[r][c]);
        Cell cell = new Cell(v);
        double[] x = place(cell, 1);
        for (int k = 0; k < x.length; k++) x[k] += rattle * random.nextGaussian();
        label(cell, x, type);
    }

    private void md(double temperature, int snapshots, boolean vacancy, double volumeScale, String type) throws Exception {
        double a = 2 * A0 * volumeScale;
        Cell cell = new Cell(new double[][] {{a, 0, 0}, {0, a, 0}, {0, 0, a}});
        double[] x = place(cell, 2);
        if (vacancy) x = Arrays.copyOf(x, x.length - 3);
        int n = x.length / 3;
        Potential p = bind(n, cell);
        double[] mass = new double[n];
        Arrays.fill(mass, SI_MASS);
        VelocityVerlet md = new VelocityVerlet(p, cell, x, mass, 1.0, 50.0, temperature, random.nextLong());
        md.run(temperature > 2000 ? 1500 : 300, temperature);
        for (int s = 0; s < snapshots; s++) {
            md.run(100, temperature);
            label(cell, md.positions(), type);
        }
    }

    private Potential bind(int n, Cell cell) throws Exception {
        Element[] el = new Element[n];
        Arrays.fill(el, Element.of("Si"));
        return sw.bind(el, cell);
    }

    private void label(Cell cell, double[] x, String type) throws Exception {
        int n = x.length / 3;
        Potential p = bind(n, cell);
        Results r = Results.request(n, Property.GRADIENT, Property.STRAIN_DERIVATIVE);
        p.compute(Configuration.periodic(x, cell), r, null);
        double[] f = r.gradient().clone();
        for (int k = 0; k < f.length; k++) f[k] = -f[k];
        double[] s = r.strainDerivative().clone();
        for (int k = 0; k < 9; k++) s[k] /= cell.volume();
        Element[] el = new Element[n];
        Arrays.fill(el, Element.of("Si"));
        Structure st = new Structure(type, el, x, new int[n], List.of(), 0, cell);
        frames.add(new LabelledFrame(frames.size() + 1, st, r.energy(), f, s, type));
    }

    /** Diamond sites of an m×m×m repeat of the 8-atom cube spanned by the cell rows/m. */
    private static double[] place(Cell cell, int m) {
        double[][] v = cell.vectorsAngstrom();
        double[] x = new double[3 * 8 * m * m * m];
        int k = 0;
        for (int i = 0; i < m; i++)
            for (int j = 0; j < m; j++)
                for (int l = 0; l < m; l++)
                    for (double[] s : DIAMOND) {
                        double fa = (s[0] + i) / m, fb = (s[1] + j) / m, fc = (s[2] + l) / m;
                        for (int c = 0; c < 3; c++) x[k++] = fa * v[0][c] + fb * v[1][c] + fc * v[2][c];
                    }
        return x;
    }
}
