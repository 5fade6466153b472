package dev.curvature.ml.data;

import dev.curvature.model.Configuration;
import dev.curvature.model.Potential;
import dev.curvature.model.Property;
import dev.curvature.model.Results;
import dev.curvature.model.Workspace;
import dev.curvature.structure.Cell;

import java.util.Random;

/**
 * Constant-volume molecular dynamics with velocity Verlet and a Berendsen thermostat, in eV, Å,
 * amu and fs — enough to sample thermal snapshots for training data, not a production MD engine.
 * Initial velocities are Maxwell–Boltzmann at the target temperature with zero total momentum.
 */
public final class VelocityVerlet {
    /** 1 eV/(Å·amu) in Å/fs². */
    static final double ACCELERATION = 9.64853321e-3;
    /** 1 amu·Å²/fs² in eV. */
    static final double KINETIC = 103.6427;
    static final double BOLTZMANN_EV = 8.617333262e-5;

    private final Potential potential;
    private final Cell cell;
    private final double[] mass;
    private final double dtFs, tauFs;
    private final Workspace workspace;
    private final double[] x, v, g;
    private final Results results;

    public VelocityVerlet(Potential potential, Cell cell, double[] positions, double[] massAmu, double dtFs, double tauFs,
                          double temperatureK, long seed) {
        this.potential = potential;
        this.cell = cell;
        this.mass = massAmu.clone();
        this.dtFs = dtFs;
        this.tauFs = tauFs;
        this.workspace = potential.newWorkspace();
        x = positions.clone();
        int n = mass.length;
        v = new double[3 * n];
        g = new double[3 * n];
        Random r = new Random(seed);
        double[] p = new double[3];
        for (int i = 0; i < n; i++)
            for (int c = 0; c < 3; c++) {
                v[3 * i + c] = r.nextGaussian() * Math.sqrt(BOLTZMANN_EV * temperatureK / (mass[i] * KINETIC));
                p[c] += mass[i] * v[3 * i + c];
            }
        double mt = 0;
        for (double m : mass) mt += m;
        for (int i = 0; i < n; i++) for (int c = 0; c < 3; c++) v[3 * i + c] -= p[c] / mt;
        results = Results.request(n).use(Property.GRADIENT, g);
        potential.compute(Configuration.periodic(x, cell), results, workspace);
    }

    /** Instantaneous temperature (K) from the kinetic energy, 3N − 3 degrees of freedom. */
    public double temperature() {
        double ke = 0;
        for (int i = 0; i < mass.length; i++)
            for (int c = 0; c < 3; c++) ke += 0.5 * mass[i] * v[3 * i + c] * v[3 * i + c] * KINETIC;
        return 2 * ke / ((3 * mass.length - 3) * BOLTZMANN_EV);
    }

    /** Advances {@code steps} steps, coupling to temperatureK with time constant tau. */
    public void run(int steps, double temperatureK) {
        for (int s = 0; s < steps; s++) {
            for (int i = 0; i < mass.length; i++)
                for (int c = 0; c < 3; c++) {
                    int k = 3 * i + c;
                    v[k] -= 0.5 * dtFs * g[k] / mass[i] * ACCELERATION;
                    x[k] += dtFs * v[k];
                }
            potential.compute(Configuration.periodic(x, cell), results, workspace);
            for (int i = 0; i < mass.length; i++)
                for (int c = 0; c < 3; c++) v[3 * i + c] -= 0.5 * dtFs * g[3 * i + c] / mass[i] * ACCELERATION;
            double t = temperature();
            if (t > 0) {
                double lambda = Math.sqrt(1 + dtFs / tauFs * (temperatureK / t - 1));
                for (int k = 0; k < v.length; k++) v[k] *= lambda;
            }
        }
    }

    /** Current positions (a copy). */
    public double[] positions() { return x.clone(); }
}
