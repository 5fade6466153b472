package dev.curvature.workflow;

import dev.curvature.linalg.InternalCoordinates;
import dev.curvature.model.FiniteDifferenceModel;
import dev.curvature.model.Potential;
import dev.curvature.structure.MassModel;
import dev.curvature.structure.OverlappingAtomsException;
import dev.curvature.structure.Structure;
import dev.curvature.vibration.NormalModes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** Issue 3 on the bundled examples with MMFF94: stationary points, mode counts, symmetry, invariance. */
class FrequencyAnalysisTest {

    private static FrequencyAnalysis.Result run(Structure s, FrequencyAnalysis.Options o) throws Exception {
        return FrequencyAnalysis.run(ExampleMolecules.mmff94(s), s, o, null);
    }

    @ParameterizedTest(name = "{0}: {1}, {2} modes, sigma {3}")
    @CsvSource({
            "water, C2v, 3, 2",
            "ammonia, C3v, 6, 3",
            "methane, Td, 9, 12",
            "co2, Dinfh, 4, 2",
            "benzene, D6h, 30, 12",
            "ethane_staggered, D3d, 18, 6"})
    void examplesAreMinimaWithTheRightModeCountAndPointGroup(String name, String group, int modes, int sigma) throws Exception {
        Structure s = ExampleMolecules.read(name);
        FrequencyAnalysis.Result r = run(s, FrequencyAnalysis.Options.defaults());
        assertTrue(r.converged(), r.optimization().toString());
        assertEquals("minimum", r.modes().classification());
        assertEquals(modes, r.modes().modeCount());
        assertEquals(group.equals("Dinfh") ? 3 * s.atomCount() - 5 : 3 * s.atomCount() - 6, r.modes().modeCount());
        assertEquals(group, r.pointGroup().schoenflies());
        assertEquals(sigma, r.thermo().symmetryNumber());
        for (double f : r.modes().frequenciesCm1()) assertTrue(f > 10, name + ": low mode " + f);
        // a true stationary point: the unprojected rigid-body frequencies are tiny
        for (double f : r.modes().unprojectedRigidFrequenciesCm1()) assertEquals(0, f, 0.5, name);
    }

    @Test
    void co2BendIsDoublyDegenerateAndTheMoleculeStaysLinear() throws Exception {
        FrequencyAnalysis.Result r = run(ExampleMolecules.read("co2"), FrequencyAnalysis.Options.defaults());
        assertTrue(r.modes().isLinear());
        double[] f = r.modes().frequenciesCm1();
        assertEquals(f[0], f[1], 0.01);
        assertTrue(f[2] - f[1] > 100);
    }

    @Test
    void benzeneDegeneratePairsAgreeWithin0p01() throws Exception {
        FrequencyAnalysis.Result r = run(ExampleMolecules.read("benzene"), FrequencyAnalysis.Options.defaults());
        double[] f = r.modes().frequenciesCm1();
        int pairs = 0;
        for (int k = 0; k + 1 < f.length; k++) {
            if (f[k + 1] - f[k] < 1.0) {
                assertEquals(f[k], f[k + 1], 0.01, "pair at " + f[k]);
                pairs++;
                k++;
            }
        }
        assertEquals(10, pairs, "D6h benzene has 10 doubly degenerate (e) vibrations");
    }

    @Test
    void eclipsedEthaneTransitionStateHasOneImaginaryModeTheMethylTorsion() throws Exception {
        Structure s = ExampleMolecules.read("ethane_eclipsed");
        FrequencyAnalysis.Result r = run(s, FrequencyAnalysis.Options.defaults().withTransitionState(true));
        assertTrue(r.converged(), r.optimization().toString());
        NormalModes m = r.modes();
        assertEquals("transition-state", m.classification());
        assertEquals(1, m.imaginaryModeCount());
        assertTrue(m.frequencyCm1(0) < -100, "torsional barrier mode " + m.frequencyCm1(0));
        assertEquals("D3h", r.pointGroup().schoenflies());
        // the imaginary mode twists the methyl groups: H-C-C-H dihedrals change, the C-C bond does not
        int c1 = -1, c2 = -1, h1 = -1, h2 = -1;
        Structure at = r.structure();
        for (int a = 0; a < at.atomCount(); a++) if (at.atomicNumber(a) == 6) { if (c1 < 0) c1 = a; else c2 = a; }
        int[][] nb = at.neighbours();
        for (int b : nb[c1]) if (at.atomicNumber(b) == 1) { h1 = b; break; }
        for (int b : nb[c2]) if (at.atomicNumber(b) == 1) { h2 = b; break; }
        double[] x = at.positions();
        double[] d = m.displacement(0);
        double step = 1e-3;
        double[] xp = x.clone(), xm = x.clone();
        for (int i = 0; i < x.length; i++) { xp[i] += step * d[i]; xm[i] -= step * d[i]; }
        double dTorsion = (InternalCoordinates.dihedral(xp, h1, c1, c2, h2, null, null)
                - InternalCoordinates.dihedral(xm, h1, c1, c2, h2, null, null)) / (2 * step);
        double dBond = (InternalCoordinates.distance(xp, c1, c2, null, null) - InternalCoordinates.distance(xm, c1, c2, null, null)) / (2 * step);
        assertTrue(Math.abs(dTorsion) > 0.5, "torsion changes along the mode: " + dTorsion + " rad/Å");
        assertEquals(0, dBond, 1e-8);
    }

    @Test
    void frequenciesAreUnchangedByRigidRotationAndTranslationOfTheInput() throws Exception {
        for (String name : new String[] {"water", "benzene", "ethane_staggered"}) {
            Structure s = ExampleMolecules.read(name);
            double[] ref = run(s, FrequencyAnalysis.Options.defaults()).modes().frequenciesCm1();
            Structure moved = s.withPositions(rotateAndShift(s.positions(), new Random(name.hashCode())));
            double[] got = run(moved, FrequencyAnalysis.Options.defaults()).modes().frequenciesCm1();
            assertEquals(ref.length, got.length);
            for (int k = 0; k < ref.length; k++) assertEquals(ref[k], got[k], 1e-4, name + " mode " + (k + 1));
        }
    }

    @Test
    void analyticAndFiniteDifferenceHessiansGiveTheSameFrequencies() throws Exception {
        for (String name : new String[] {"water", "ammonia", "methane", "co2", "benzene", "ethane_staggered", "caffeine"}) {
            Structure s = ExampleMolecules.read(name);
            FrequencyAnalysis.Result r = run(s, FrequencyAnalysis.Options.defaults());
            Potential p = ExampleMolecules.mmff94(s);
            int n3 = 3 * s.atomCount();
            double[] fd = new double[n3 * n3];
            FiniteDifferenceModel.hessianByDifferences(p, r.structure().positions(), 1e-4, fd);
            double[] fromFd = NormalModes.of(r.structure(), MassModel.STANDARD_ATOMIC_WEIGHT, fd).frequenciesCm1();
            double[] analytic = r.modes().frequenciesCm1();
            for (int k = 0; k < analytic.length; k++) assertEquals(analytic[k], fromFd[k], 0.1, name + " mode " + (k + 1));
        }
    }

    @Test
    void overlappingAtomsAreRefusedWithTheirNames() throws Exception {
        Structure s = ExampleMolecules.read("water");
        double[] x = s.positions();
        x[3] = x[0] + 0.01; x[4] = x[1]; x[5] = x[2];
        Structure bad = s.withPositions(x);
        OverlappingAtomsException e = assertThrows(OverlappingAtomsException.class,
                () -> FrequencyAnalysis.run(ExampleMolecules.mmff94(s), bad, FrequencyAnalysis.Options.defaults(), null));
        assertTrue(e.getMessage().contains("atoms 1 (O) and 2 (H) overlap"), e.getMessage());
    }

    @Test
    void noOptimizationAnalysesTheInputAsItIs() throws Exception {
        Structure s = ExampleMolecules.read("water");
        double[] x = s.positions();
        x[3] += 0.05; // stretch an O-H bond: no longer stationary
        FrequencyAnalysis.Result r = run(s.withPositions(x), FrequencyAnalysis.Options.defaults().withOptimize(false));
        assertNull(r.optimization());
        assertArrayEquals(x, r.structure().positions());
        double worst = 0;
        for (double f : r.modes().unprojectedRigidFrequenciesCm1()) worst = Math.max(worst, Math.abs(f));
        assertTrue(worst > 10, "a non-stationary geometry shows in the unprojected rigid-body frequencies: " + worst);
    }

    static double[] rotateAndShift(double[] x, Random rnd) {
        double a = rnd.nextDouble() * Math.PI, b = rnd.nextDouble() * Math.PI, c = rnd.nextDouble() * Math.PI;
        double[][] rz = {{Math.cos(a), -Math.sin(a), 0}, {Math.sin(a), Math.cos(a), 0}, {0, 0, 1}};
        double[][] ry = {{Math.cos(b), 0, Math.sin(b)}, {0, 1, 0}, {-Math.sin(b), 0, Math.cos(b)}};
        double[][] rx = {{1, 0, 0}, {0, Math.cos(c), -Math.sin(c)}, {0, Math.sin(c), Math.cos(c)}};
        double[][] r = mul(rz, mul(ry, rx));
        double[] t = {rnd.nextDouble() * 10 - 5, rnd.nextDouble() * 10 - 5, rnd.nextDouble() * 10 - 5};
        double[] y = new double[x.length];
        for (int at = 0; at < x.length; at += 3)
            for (int i = 0; i < 3; i++)
                y[at + i] = r[i][0] * x[at] + r[i][1] * x[at + 1] + r[i][2] * x[at + 2] + t[i];
        return y;
    }

    private static double[][] mul(double[][] p, double[][] q) {
        double[][] o = new double[3][3];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) for (int k = 0; k < 3; k++) o[i][j] += p[i][k] * q[k][j];
        return o;
    }
}
