package dev.curvature.workflow;

import dev.curvature.elastic.ElasticConstants;
import dev.curvature.model.CancellablePotential;
import dev.curvature.model.Potential;
import dev.curvature.periodic.Supercell;
import dev.curvature.potential.lammps.PotentialFile;
import dev.curvature.structure.Structure;
import dev.curvature.testing.Crystals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The crystal jobs stop when their cancellation token says so, between two evaluations of the
 * potential (or two wavevectors, or two conjugate-gradient iterations), and not one evaluation
 * later: the model below counts the evaluations that really happen, the token counts its checks.
 */
class CrystalJobCancellationTest {
    @TempDir Path dir;
    CrystalModel sw;
    final AtomicInteger evaluations = new AtomicInteger();

    @BeforeEach
    void potential() throws Exception {
        Files.writeString(dir.resolve("Si.sw"), Crystals.SI_SW);
        Path f = dir.resolve("si.pot");
        Files.writeString(f, "pair_style sw\npair_coeff * * Si.sw Si\n");
        var file = PotentialFile.read(f);
        // counts every evaluation that reaches the potential (a token that never stops, asked before each)
        sw = s -> {
            try {
                return CancellablePotential.of(file.bind(s), () -> { evaluations.incrementAndGet(); return false; });
            } catch (Exception e) {
                throw new CrystalJobException(e.getMessage());
            }
        };
    }

    /** A token that says stop from its {@code stopAt}-th question on, and counts the questions. */
    static final class StopAt implements CrystalJobMonitor {
        final int stopAt;
        int asked;
        final java.util.List<String> stages = new java.util.ArrayList<>();

        StopAt(int stopAt) { this.stopAt = stopAt; }

        @Override public boolean cancelled() { return ++asked >= stopAt; }

        @Override public void stage(String stage, double fraction) { stages.add(stage); }
    }

    /** 64 Si atoms moved up to 0.15 Å off the lattice: the relaxation takes many steps. */
    static Structure rattled() {
        Structure s = Supercell.of(Crystals.diamond("Si", 5.431), 2, 2, 2);
        double[] x = s.positions();
        Random random = new Random(11);
        for (int i = 0; i < x.length; i++) x[i] += 0.15 * (2 * random.nextDouble() - 1);
        return s.withPositions(x);
    }

    @Test
    void elasticStopsBeforeTheNextEvaluation() throws Exception {
        Structure s = rattled();
        StopAt never = new StopAt(Integer.MAX_VALUE);
        ElasticAnalysis.defaults().run(s, sw, never);
        int total = evaluations.get();
        assertTrue(total > 20, "a rattled cell needs a real relaxation (" + total + " evaluations)");
        assertEquals(total, never.asked, "the token is asked before every evaluation");

        evaluations.set(0);
        StopAt half = new StopAt(total / 2);
        assertThrows(CancellationException.class, () -> ElasticAnalysis.defaults().run(s, sw, half));
        assertEquals(total / 2 - 1, evaluations.get(), "no evaluation after the token said stop");
        assertEquals(total / 2, half.asked);
    }

    @Test
    void internalRelaxationByConjugateGradientsStopsBetweenIterations() throws Exception {
        Structure s = Supercell.of(Crystals.diamond("Si", 5.431), 3, 3, 3); // 648 coordinates: the CG route
        Potential p = sw.bind(s);
        StopAt never = new StopAt(Integer.MAX_VALUE);
        ElasticConstants.Result full = ElasticConstants.analytic(p, s, never::cancelled);
        assertEquals("analytic (cg)", full.method());
        assertTrue(never.asked > 20, "asked every iteration (" + never.asked + ")");
        StopAt early = new StopAt(10);
        assertThrows(CancellationException.class, () -> ElasticConstants.analytic(p, s, early::cancelled));
        assertEquals(10, early.asked);
        double[][] a = full.relaxed().matrix(), b = ElasticConstants.analytic(p, s).relaxed().matrix();
        for (int i = 0; i < 6; i++) assertArrayEquals(b[i], a[i], 0.0, "a token that never stops changes nothing");
    }

    @Test
    void phononsStopInTheMeshAndAtEveryStageBefore() throws Exception {
        Structure si = Crystals.diamond("Si", 5.431);
        StopAt never = new StopAt(Integer.MAX_VALUE);
        PhononAnalysis.Outcome o = PhononAnalysis.defaults().run(si, sw, never);
        int evaluationsInFull = evaluations.get();
        int q = o.dispersion().distance().length + (int) Math.pow(o.mesh().mesh(), 3);
        assertEquals(evaluationsInFull + q, never.asked, "asked before every evaluation and every wavevector");
        assertEquals(java.util.List.of("Relaxing the ions", "Γ-point modes", "Force constants (4×4×4 supercell)", "Dispersion along the standard path",
                "Density of states and thermodynamics (12³ mesh)"), never.stages);

        // stop in the middle of the mesh: nothing evaluated beyond what came before
        evaluations.set(0);
        StopAt inMesh = new StopAt(never.asked - 100);
        assertThrows(CancellationException.class, () -> PhononAnalysis.defaults().run(si, sw, inMesh));
        assertEquals(evaluationsInFull, evaluations.get());
        // stop during the relaxation: the supercell is never evaluated
        evaluations.set(0);
        StopAt first = new StopAt(2);
        assertThrows(CancellationException.class, () -> PhononAnalysis.defaults().run(si, sw, first));
        assertEquals(1, evaluations.get());
    }
}
