package dev.curvature.bench;

import dev.curvature.charges.ChargeEquilibration;
import dev.curvature.charges.EquilibratedCharges;
import dev.curvature.charges.QeqModel;
import dev.curvature.structure.Structure;

import java.util.Locale;

/**
 * Where the time of the QEq IR intensities goes (a main, not a test):
 * {@code QeqStages SMILES|FILE [--start FILE.pos] [--flux] [--dump OUT]} times the equilibration (hardness matrix, solve,
 * response), the atomic polar tensors as computed now and, for comparison, from the N × 3N charge
 * flux (the former route), and prints the largest difference between the two.
 */
public final class QeqStages {
    private static final StageClock CLOCK = new StageClock();

    public static void main(String[] args) throws Exception {
        Structure s = BenchInput.structure(args[0]);
        boolean withFlux = false;
        String dump = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--start")) s = BenchInput.withPositions(s, args[++i]);
            else if (args[i].equals("--flux")) withFlux = true;
            else if (args[i].equals("--dump")) dump = args[++i];
            else throw new IllegalArgumentException("unknown argument " + args[i]);
        }
        ChargeEquilibration ce = new ChargeEquilibration(QeqModel.rappeGoddard1991());
        CLOCK.start();
        EquilibratedCharges c = ce.solve(s);
        CLOCK.stop("equilibrate", s.atomCount() + " atoms, " + c.iterations() + " Newton steps");
        CLOCK.start();
        double[] apt = c.atomicPolarTensors();
        CLOCK.stop("polar tensors", "");
        if (dump != null) { // charges then polar tensors, one number a line, all digits (to compare two builds)
            StringBuilder b = new StringBuilder();
            for (double v : c.charges()) b.append(v).append('\n');
            for (double v : apt) b.append(v).append('\n');
            java.nio.file.Files.writeString(java.nio.file.Path.of(dump), b);
        }
        if (!withFlux) return;
        CLOCK.start();
        int n = s.atomCount(), n3 = 3 * n;
        double[] flux = c.chargeFlux(), x = s.positions(), q = c.charges(), ref = new double[n3 * 3];
        for (int k = 0; k < n3; k++) {
            ref[3 * k + k % 3] += q[k / 3];
            for (int a = 0; a < 3; a++) {
                double sum = 0;
                for (int i = 0; i < n; i++) sum += x[3 * i + a] * flux[i * n3 + k];
                ref[3 * k + a] += sum;
            }
        }
        CLOCK.stop("flux route", "");
        double worst = 0, largest = 0;
        for (int i = 0; i < apt.length; i++) {
            worst = Math.max(worst, Math.abs(apt[i] - ref[i]));
            largest = Math.max(largest, Math.abs(ref[i]));
        }
        System.out.printf(Locale.ROOT, "max |APT - flux route| = %.3e e (largest element %.3f e)%n", worst, largest);
    }
}
