package dev.curvature.symmetry;

import dev.curvature.forcefield.mmff.MmffForceField;
import dev.curvature.io.ReadOptions;
import dev.curvature.io.StructureReader;
import dev.curvature.structure.MassModel;
import dev.curvature.structure.Structure;
import dev.curvature.vibration.NormalModes;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Times mode labelling ({@link ModeSymmetry#of}) against the eigen-decomposition of the same
 * molecule's Hessian in one JVM (the anchor), best of three each, as BENCHMARKS.md reports it.
 *
 * <pre>mvn -B -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.curvature.symmetry.ModeSymmetryProbe \
 *     -Dexec.args="examples/ala15.sdf examples/benzene.sdf examples/methane.sdf"</pre>
 */
public final class ModeSymmetryProbe {
    public static void main(String[] args) throws Exception {
        for (String file : args) {
            Structure s;
            try (StructureReader r = StructureReader.open(Path.of(file), ReadOptions.DEFAULT)) {
                s = r.next().structure();
            }
            int n3 = 3 * s.atomCount();
            double[] h = new double[n3 * n3];
            MmffForceField.forName("MMFF94").bind(s).evaluate(s.positions(), null, h);
            PointGroup g = PointGroupDetector.detect(s);
            double eigen = Double.MAX_VALUE, label = Double.MAX_VALUE;
            String first = "";
            for (int round = 0; round < 3; round++) {
                long t0 = System.nanoTime();
                NormalModes m = NormalModes.of(s, MassModel.STANDARD_ATOMIC_WEIGHT, h);
                m.frequenciesCm1();
                long t1 = System.nanoTime();
                ModeSymmetry sym = ModeSymmetry.of(m, g);
                long t2 = System.nanoTime();
                eigen = Math.min(eigen, (t1 - t0) / 1e6);
                label = Math.min(label, (t2 - t1) / 1e6);
                first = sym.available() ? sym.vibrationalRepresentation() : sym.note();
            }
            System.out.printf(Locale.ROOT, "%s: %d atoms, %s; normal modes %.1f ms, labels %.1f ms (ratio %.2f); Γvib %s%n",
                    file, s.atomCount(), g.schoenflies(), eigen, label, label / eigen, first.length() > 60 ? first.substring(0, 60) + "…" : first);
        }
    }
}
