package dev.curvature.forcefield.mmff;

import dev.curvature.forcefield.Term;
import dev.curvature.model.UnsupportedStructureException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * RDKit's MMFF94 typing, charges and bonded parameters for the validation-suite molecules
 * (written by tools/fixtures/make_mmff_rdkit_topology.py). Lets the energy terms be checked against
 * the OPTIMOL energies with parameters assigned by an independent program.
 */
final class RdkitTopologyFixture {
    final String name;
    final int atoms;
    int[] types;
    double[] charges;
    final List<int[]> bonds = new ArrayList<>(), angles = new ArrayList<>(), stretchBends = new ArrayList<>(),
            outOfPlanes = new ArrayList<>(), torsions = new ArrayList<>();
    final List<double[]> bondPar = new ArrayList<>(), anglePar = new ArrayList<>(), stretchBendPar = new ArrayList<>(),
            outOfPlanePar = new ArrayList<>(), torsionPar = new ArrayList<>();

    private RdkitTopologyFixture(String name, int atoms) {
        this.name = name;
        this.atoms = atoms;
    }

    static List<RdkitTopologyFixture> load(String resource) throws IOException {
        List<RdkitTopologyFixture> out = new ArrayList<>();
        try (InputStream raw = RdkitTopologyFixture.class.getResourceAsStream(resource)) {
            if (raw == null) throw new IOException("missing test resource " + resource);
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            RdkitTopologyFixture cur = null;
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t");
                switch (f[0]) {
                    case "M" -> out.add(cur = new RdkitTopologyFixture(f[1], Integer.parseInt(f[2])));
                    case "T" -> {
                        cur.types = new int[f.length - 1];
                        for (int a = 1; a < f.length; a++) cur.types[a - 1] = Integer.parseInt(f[a]);
                    }
                    case "Q" -> {
                        cur.charges = new double[f.length - 1];
                        for (int a = 1; a < f.length; a++) cur.charges[a - 1] = Double.parseDouble(f[a]);
                    }
                    case "B" -> add(cur.bonds, cur.bondPar, f, 2);
                    case "A" -> add(cur.angles, cur.anglePar, f, 3);
                    case "S" -> add(cur.stretchBends, cur.stretchBendPar, f, 3);
                    case "O" -> add(cur.outOfPlanes, cur.outOfPlanePar, f, 4);
                    case "D" -> add(cur.torsions, cur.torsionPar, f, 4);
                    default -> throw new IOException(resource + ": unknown record " + f[0]);
                }
            }
        }
        return out;
    }

    private static void add(List<int[]> atoms, List<double[]> par, String[] f, int k) {
        int[] a = new int[k];
        for (int t = 0; t < k; t++) a[t] = Integer.parseInt(f[1 + t]);
        double[] p = new double[f.length - 1 - k];
        for (int t = 0; t < p.length; t++) p[t] = Double.parseDouble(f[1 + k + t]);
        atoms.add(a);
        par.add(p);
    }

    int[][] neighbours() {
        int[] count = new int[atoms];
        for (int[] b : bonds) { count[b[0]]++; count[b[1]]++; }
        int[][] nb = new int[atoms][];
        for (int a = 0; a < atoms; a++) nb[a] = new int[count[a]];
        java.util.Arrays.fill(count, 0);
        for (int[] b : bonds) { nb[b[0]][count[b[0]]++] = b[1]; nb[b[1]][count[b[1]]++] = b[0]; }
        return nb;
    }

    private static double[] col(List<double[]> par, int c) {
        double[] v = new double[par.size()];
        for (int t = 0; t < v.length; t++) v[t] = par.get(t)[c];
        return v;
    }

    /** The seven terms, in the order bond, angle, stretch_bend, oop, torsion, vdw, electrostatic. */
    List<Term> terms(MmffDielectric dielectric) throws UnsupportedStructureException {
        int[] bi = new int[bonds.size()], bj = new int[bonds.size()];
        for (int t = 0; t < bi.length; t++) { bi[t] = bonds.get(t)[0]; bj[t] = bonds.get(t)[1]; }
        boolean[] linear = new boolean[angles.size()];
        for (int t = 0; t < linear.length; t++) linear[t] = anglePar.get(t)[2] != 0;
        MmffTopology.BondSeparation separation = new MmffTopology.BondSeparation(neighbours());
        return List.of(
                new MmffBondTerm(bi, bj, col(bondPar, 0), col(bondPar, 1)),
                new MmffAngleTerm(angles.toArray(int[][]::new), col(anglePar, 0), col(anglePar, 1), linear),
                new MmffStretchBendTerm(stretchBends.toArray(int[][]::new), col(stretchBendPar, 0), col(stretchBendPar, 1),
                        col(stretchBendPar, 2), col(stretchBendPar, 3), col(stretchBendPar, 4)),
                new MmffOutOfPlaneTerm(outOfPlanes.toArray(int[][]::new), col(outOfPlanePar, 0)),
                new MmffTorsionTerm(torsions.toArray(int[][]::new), col(torsionPar, 0), col(torsionPar, 1), col(torsionPar, 2)),
                MmffNonbonded.vdw(separation.pairs(null), types, MmffVdwParameters.standard()),
                MmffNonbonded.electrostatic(separation.pairs(null), charges, dielectric));
    }
}
