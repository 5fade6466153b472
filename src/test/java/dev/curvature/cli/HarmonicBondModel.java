package dev.curvature.cli;

import dev.curvature.model.EnergyModel;
import dev.curvature.model.Potential;
import dev.curvature.model.TypedPotential;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test-only model: E = Σ k (r - r0)² over bonds, r0 = 1.0 Å to hydrogen else 1.4 Å, k = 100
 * kcal/mol/Å². Accepts only the given elements, to exercise "auto" fallback. Its atom types are
 * symbol + number of bonds ("C4").
 */
final class HarmonicBondModel implements EnergyModel {
    static final double K = 100, R0_H = 1.0, R0 = 1.4;
    private final String name;
    private final Set<Integer> allowedZ;

    HarmonicBondModel(String name, Set<Integer> allowedZ) {
        this.name = name;
        this.allowedZ = allowedZ;
    }

    @Override public String name() { return name; }

    @Override
    public Potential bind(Structure s) throws UnsupportedStructureException {
        List<Integer> bad = new ArrayList<>();
        for (int a = 0; a < s.atomCount(); a++) if (!allowedZ.isEmpty() && !allowedZ.contains(s.atomicNumber(a))) bad.add(a);
        if (!bad.isEmpty()) {
            StringBuilder sb = new StringBuilder("no type for atom");
            for (int a : bad) sb.append(' ').append(a + 1).append(" (").append(s.element(a)).append(')');
            throw new UnsupportedStructureException(sb.toString(), bad);
        }
        int[][] nb = s.neighbours();
        String[] types = new String[s.atomCount()];
        for (int a = 0; a < types.length; a++) types[a] = s.element(a).symbol() + nb[a].length;
        return new Bound(s, types);
    }

    private final class Bound extends dev.curvature.model.MolecularPotential implements TypedPotential {
        private final int n;
        private final int[] bi, bj;
        private final double[] r0;
        private final String[] types;

        Bound(Structure s, String[] types) {
            this.n = s.atomCount();
            this.types = types;
            List<Bond> bonds = s.bonds();
            bi = new int[bonds.size()];
            bj = new int[bonds.size()];
            r0 = new double[bonds.size()];
            for (int k = 0; k < bi.length; k++) {
                Bond b = bonds.get(k);
                bi[k] = b.i();
                bj[k] = b.j();
                r0[k] = s.atomicNumber(b.i()) == 1 || s.atomicNumber(b.j()) == 1 ? R0_H : R0;
            }
        }

        @Override public int atomCount() { return n; }
        @Override public String modelName() { return name; }
        @Override protected boolean analyticHessian() { return false; }
        @Override public String[] atomTypeLabels() { return types.clone(); }

        @Override protected double energy(double[] x, double[] g, double[] h) {
            if (h != null) throw new UnsupportedOperationException("no analytic Hessian");
            if (g != null) java.util.Arrays.fill(g, 0);
            double e = 0;
            for (int k = 0; k < bi.length; k++) {
                int i = bi[k], j = bj[k];
                double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
                double r = Math.sqrt(dx * dx + dy * dy + dz * dz);
                e += K * (r - r0[k]) * (r - r0[k]);
                if (g != null) {
                    double f = 2 * K * (r - r0[k]) / r;
                    g[3 * i] += f * dx; g[3 * i + 1] += f * dy; g[3 * i + 2] += f * dz;
                    g[3 * j] -= f * dx; g[3 * j + 1] -= f * dy; g[3 * j + 2] -= f * dz;
                }
            }
            return e;
        }

        @Override
        public Map<String, Double> energyTerms(double[] x) {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("bond", evaluate(x, null, null));
            return m;
        }
    }
}
