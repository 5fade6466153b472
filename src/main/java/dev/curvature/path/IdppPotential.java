package dev.curvature.path;

import dev.curvature.model.Configuration;
import dev.curvature.model.Potential;
import dev.curvature.model.Property;
import dev.curvature.model.Results;
import dev.curvature.model.Workspace;

import java.util.EnumSet;
import java.util.Set;

/**
 * The image-dependent pair potential of Smidstrup, Pedersen, Stokbro & Jónsson (J. Chem. Phys.
 * 140, 214106 (2014)): S(x) = Σ_{i<j} w(d_ij) (d_ij − t_ij)², with w(d) = d⁻⁴ and target distances
 * t_ij interpolated between the two ends. Its minimum keeps every pair near a distance between
 * the ends' ones, so no two atoms pass through each other; the unit is Å² per Å⁴ (not an energy).
 */
final class IdppPotential implements Potential {
    private final int atoms;
    private final double[] target; // upper triangle, row-major, i < j

    IdppPotential(double[] startAngstrom, double[] endAngstrom, double fraction) {
        atoms = startAngstrom.length / 3;
        target = new double[atoms * (atoms - 1) / 2];
        for (int i = 0, p = 0; i < atoms; i++)
            for (int j = i + 1; j < atoms; j++, p++) {
                double a = NudgedElasticBand.distance(slice(startAngstrom, i), slice(startAngstrom, j));
                double b = NudgedElasticBand.distance(slice(endAngstrom, i), slice(endAngstrom, j));
                target[p] = a + fraction * (b - a);
            }
    }

    private static double[] slice(double[] x, int i) { return new double[] {x[3 * i], x[3 * i + 1], x[3 * i + 2]}; }

    @Override public int atomCount() { return atoms; }

    @Override public String modelName() { return "IDPP"; }

    @Override public Set<Property> implementedProperties() { return EnumSet.of(Property.ENERGY, Property.GRADIENT); }

    @Override
    public void compute(Configuration configuration, Results results, Workspace workspace) {
        checkImplemented(results);
        double[] x = configuration.positionsAngstrom();
        double[] g = results.gradient();
        if (g != null) java.util.Arrays.fill(g, 0);
        double s = 0;
        for (int i = 0, p = 0; i < atoms; i++)
            for (int j = i + 1; j < atoms; j++, p++) {
                double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
                double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
                double dev = d - target[p], d4 = d * d * d * d;
                s += dev * dev / d4;
                if (g == null) continue;
                double dsdd = 2 * dev / d4 - 4 * dev * dev / (d4 * d); // d/dd of (d − t)² d⁻⁴
                double c = dsdd / d;
                g[3 * i] += c * dx; g[3 * i + 1] += c * dy; g[3 * i + 2] += c * dz;
                g[3 * j] -= c * dx; g[3 * j + 1] -= c * dy; g[3 * j + 2] -= c * dz;
            }
        results.setEnergy(s);
    }
}
