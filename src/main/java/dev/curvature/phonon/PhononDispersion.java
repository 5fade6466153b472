package dev.curvature.phonon;

import dev.curvature.model.CancellablePotential;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Phonon frequencies along a path: for every sampled wavevector its distance along the path
 * (Å⁻¹, 2π included), its fractional coordinates and the 3N frequencies (THz), plus where the
 * labelled points fall. Segments are sampled in proportion to their length.
 */
public record PhononDispersion(double[] distance, double[][] qFractional, double[][] frequenciesThz,
                               List<String> labels, double[] labelDistance) {

    public static PhononDispersion along(ForceConstants fc, HighSymmetryPath path, int totalPoints) {
        return along(fc, path, totalPoints, null);
    }

    /** As {@link #along(ForceConstants, HighSymmetryPath, int)}, asking {@code cancelled} (may be null) before each wavevector. */
    public static PhononDispersion along(ForceConstants fc, HighSymmetryPath path, int totalPoints, BooleanSupplier cancelled) {
        List<HighSymmetryPath.Point> pts = path.points();
        double[] seg = new double[pts.size() - 1];
        double total = 0;
        for (int k = 0; k < seg.length; k++) {
            double[] a = fc.cartesian(pts.get(k).fractional()), b = fc.cartesian(pts.get(k + 1).fractional());
            seg[k] = Math.sqrt(sq(b[0] - a[0]) + sq(b[1] - a[1]) + sq(b[2] - a[2]));
            total += seg[k];
        }
        List<Double> dist = new ArrayList<>();
        List<double[]> qs = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        double[] labelAt = new double[pts.size()];
        double start = 0;
        labels.add(HighSymmetryPath.display(pts.get(0).label()));
        for (int k = 0; k < seg.length; k++) {
            int m = Math.max(2, (int) Math.round(totalPoints * seg[k] / Math.max(total, 1e-12)));
            double[] a = pts.get(k).fractional(), b = pts.get(k + 1).fractional();
            for (int s = k == 0 ? 0 : 1; s <= m; s++) {
                double t = s / (double) m;
                qs.add(new double[] {a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]), a[2] + t * (b[2] - a[2])});
                dist.add(start + t * seg[k]);
            }
            start += seg[k];
            labelAt[k + 1] = start;
            labels.add(HighSymmetryPath.display(pts.get(k + 1).label()));
        }
        double[] d = new double[dist.size()];
        double[][] f = new double[dist.size()][];
        for (int k = 0; k < d.length; k++) {
            CancellablePotential.check(cancelled);
            d[k] = dist.get(k);
            f[k] = fc.frequencies(qs.get(k));
        }
        return new PhononDispersion(d, qs.toArray(new double[0][]), f, List.copyOf(labels), labelAt);
    }

    private static double sq(double v) { return v * v; }

    /** Lowest frequency anywhere on the path (THz); below about −0.01 the crystal is dynamically unstable. */
    public double minimumThz() {
        double m = Double.MAX_VALUE;
        for (double[] f : frequenciesThz) m = Math.min(m, f[0]);
        return m;
    }
}
