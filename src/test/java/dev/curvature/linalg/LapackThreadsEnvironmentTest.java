package dev.curvature.linalg;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Users on clusters set OPENBLAS_NUM_THREADS or OMP_NUM_THREADS; with either set, the native
 * library was never loaded before its first pointer, the probe failed, and every job silently ran
 * on EJML (a 1 060-atom freq took 62 s instead of 16 s). A child JVM with each variable set must
 * still get LAPACK, and LAPACK's answer.
 */
class LapackThreadsEnvironmentTest {

    /** Run in the child JVM: prints whether LAPACK loaded and the eigenvalues of a 3x3 matrix by it. */
    public static void main(String[] args) {
        SymmetricEigenDecomposition d = SymmetricEigenSolvers.lapackOrFallback().decompose(new double[] {2, 1, 0, 1, 2, 1, 0, 1, 2}, 3);
        System.out.println(SymmetricEigenSolvers.lapackAvailable() + " " + d.value(0) + " " + d.value(2));
    }

    @Test
    void lapackLoadsWhateverThreadVariableIsSet() throws Exception {
        for (List<String> env : List.of(List.of("OPENBLAS_NUM_THREADS", "2"), List.of("OMP_NUM_THREADS", "1"))) {
            ProcessBuilder pb = new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                    "-cp", System.getProperty("java.class.path"), LapackThreadsEnvironmentTest.class.getName());
            pb.environment().put(env.get(0), env.get(1));
            pb.redirectErrorStream(true);
            Process p = pb.start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM finished");
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            String[] f = out.split(" ");
            assertEquals("true", f[0], env.get(0) + " set: " + out);
            assertEquals(2 - Math.sqrt(2), Double.parseDouble(f[1]), 1e-12, out);
            assertEquals(2 + Math.sqrt(2), Double.parseDouble(f[2]), 1e-12, out);
        }
    }
}
