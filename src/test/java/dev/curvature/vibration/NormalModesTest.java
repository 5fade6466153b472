package dev.curvature.vibration;

import static org.junit.jupiter.api.Assertions.*;

import dev.curvature.model.FiniteDifferenceModel;
import dev.curvature.structure.MassModel;
import dev.curvature.testing.vib.Geometry;
import dev.curvature.testing.vib.VibTestMolecules;
import dev.curvature.testing.vib.VibTestMolecules.Case;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormalModesTest {

    static NormalModes modes(Case c) {
        return NormalModes.of(c.structure(), MassModel.STANDARD_ATOMIC_WEIGHT, c.model());
    }

    @Test
    void modeCountsFollow3NMinus6() {
        assertEquals(3, modes(VibTestMolecules.water()).modeCount());
        assertEquals(6, modes(VibTestMolecules.ammonia()).modeCount());
        assertEquals(9, modes(VibTestMolecules.methane()).modeCount());
        NormalModes benzene = modes(VibTestMolecules.benzene());
        assertEquals(30, benzene.modeCount());
        assertEquals(dev.curvature.linalg.SymmetricEigenSolvers.forSize(30).name(), benzene.eigenSolverName());
        NormalModes co2 = modes(VibTestMolecules.carbonDioxide());
        assertTrue(co2.isLinear());
        assertEquals(4, co2.modeCount());
        assertEquals(5, co2.rigidBodyModeCount());
        NormalModes hcl = modes(VibTestMolecules.hydrogenChloride());
        assertEquals(1, hcl.modeCount());
        assertTrue(hcl.isLinear());
        NormalModes ar = modes(VibTestMolecules.argon());
        assertEquals(0, ar.modeCount());
        assertEquals(3, ar.rigidBodyModeCount());
        assertEquals("minimum", ar.classification());
    }

    @Test
    void diatomicFrequencyMatchesTheTextbookFormula() {
        // ν̃ = (1/2πc) √(k/μ) in SI units, constants typed here independently of Units.
        Case hcl = VibTestMolecules.hydrogenChloride();
        NormalModes m = modes(hcl);
        double mH = hcl.structure().element(0).standardAtomicWeight(), mCl = hcl.structure().element(1).standardAtomicWeight();
        double muAmu = mH * mCl / (mH + mCl);
        double kSI = 470 * 4184.0 / 6.02214076e23 / 1e-20;          // kcal/mol/Å² → J/m²
        double nu = Math.sqrt(kSI / (muAmu * 1.66053906660e-27)) / (2 * Math.PI * 2.99792458e10);
        assertEquals(nu, m.frequencyCm1(0), 1e-6 * nu);
        // Gaussian's reduced mass 1/Σ(qᵢ²/mᵢ) is not the two-body μ: with δCl = −(mH/mCl) δH it is
        // Σ m δ² / Σ δ² = mH (1 + r) / (1 + r²), r = mH/mCl; the force constant follows as k·μG/μ.
        double r = mH / mCl;
        double muG = mH * (1 + r) / (1 + r * r);
        assertEquals(muG, m.reducedMassesAmu()[0], 1e-9);
        assertEquals(470 * muG / muAmu / 143.9325, m.forceConstantsMdynPerA()[0], 1e-4); // 1 mdyn/Å = 143.9325 kcal/mol/Å²
        // Units.WAVENUMBER_FACTOR is the familiar 108.59 cm⁻¹ per √(kcal/mol/Å²/amu)
        assertEquals(108.59, dev.curvature.units.Units.WAVENUMBER_FACTOR, 0.01);
    }

    @Test
    void linearMoleculeHasDoublyDegenerateBend() {
        NormalModes co2 = modes(VibTestMolecules.carbonDioxide());
        double[] f = co2.frequenciesCm1();
        assertTrue(f[0] > 100, Arrays.toString(f));
        assertEquals(f[0], f[1], 1e-6, "bend pair");
        assertTrue(f[2] > f[1] + 100 && f[3] > f[2] + 100, "symmetric and antisymmetric stretch distinct: " + Arrays.toString(f));
        // symmetric stretch moves only the oxygens: reduced mass = m(O)
        int sym = 2;
        assertEquals(VibTestMolecules.carbonDioxide().structure().element(1).standardAtomicWeight(), co2.reducedMassesAmu()[sym], 1e-8);
    }

    @Test
    void benzeneDegeneratePairsAgree() {
        double[] f = modes(VibTestMolecules.benzene()).frequenciesCm1();
        assertTrue(f[0] > 50, "all real and non-zero: " + Arrays.toString(f));
        // D6h benzene: 10 non-degenerate and 10 doubly degenerate vibrations (20 fundamentals)
        int singles = 0, pairs = 0;
        for (int i = 0; i < f.length; ) {
            int j = i + 1;
            while (j < f.length && f[j] - f[i] < 0.01) j++;
            if (j - i == 1) singles++;
            else if (j - i == 2) pairs++;
            else fail("unexpected " + (j - i) + "-fold degeneracy at " + f[i] + ": " + Arrays.toString(f));
            if (j < f.length) assertTrue(f[j] - f[j - 1] > 0.5, "degenerate groups must be well separated");
            i = j;
        }
        assertEquals(10, singles, Arrays.toString(f));
        assertEquals(10, pairs, Arrays.toString(f));
    }

    @Test
    void frequenciesInvariantUnderRigidMotion() {
        double[] rot = Geometry.rotation(0.3, -1.1, 0.7, 2.1);
        double[] shift = {3.2, -7.5, 11.0};
        for (Case c : List.of(VibTestMolecules.water(), VibTestMolecules.ammonia(), VibTestMolecules.carbonDioxide(),
                VibTestMolecules.benzene(), VibTestMolecules.hydrogenChloride(), VibTestMolecules.planarAmmoniaSaddle())) {
            double[] f0 = modes(c).frequenciesCm1();
            double[] f1 = modes(c.moved(rot, shift)).frequenciesCm1();
            assertArrayEquals(f0, f1, 1e-4, c.structure().name());
        }
    }

    @Test
    void consistentlyRotatedHessianGivesTheSameFrequenciesAndRotatedModes() {
        Case c = VibTestMolecules.water();
        NormalModes m0 = modes(c);
        double[] rot = Geometry.rotation(-0.5, 0.25, 1.0, 0.77);
        double[] x = Geometry.transform(c.structure().positions(), rot, new double[] {1, 2, 3});
        double[] h = m0.hessianKcalPerMolA2();
        int n3 = 9;
        double[] hr = new double[n3 * n3];   // H' = (R ⊗ I) H (R ⊗ I)ᵀ, block by block
        for (int a = 0; a < 3; a++)
            for (int b = 0; b < 3; b++)
                for (int i = 0; i < 3; i++)
                    for (int j = 0; j < 3; j++) {
                        double s = 0;
                        for (int k = 0; k < 3; k++)
                            for (int l = 0; l < 3; l++) s += rot[3 * i + k] * h[(3 * a + k) * n3 + 3 * b + l] * rot[3 * j + l];
                        hr[(3 * a + i) * n3 + 3 * b + j] = s;
                    }
        NormalModes m1 = NormalModes.of(c.structure().withPositions(x), m0.massesAmu(), hr);
        assertArrayEquals(m0.frequenciesCm1(), m1.frequenciesCm1(), 1e-4);
        for (int k = 0; k < 3; k++) {
            double[] d0 = Geometry.transform(m0.displacement(k), rot, new double[3]);
            double[] d1 = m1.displacement(k);
            double dot = 0;
            for (int i = 0; i < 9; i++) dot += d0[i] * d1[i];
            assertEquals(1, Math.abs(dot), 1e-9, "mode " + k + " rotates with the molecule");
        }
    }

    @Test
    void finiteDifferenceHessianGivesTheSameFrequencies() {
        for (Case c : List.of(VibTestMolecules.water(), VibTestMolecules.methane(), VibTestMolecules.carbonDioxide(), VibTestMolecules.benzene())) {
            double[] analytic = modes(c).frequenciesCm1();
            NormalModes fd = NormalModes.of(c.structure(), MassModel.STANDARD_ATOMIC_WEIGHT,
                    new FiniteDifferenceModel(c.model()));
            assertArrayEquals(analytic, fd.frequenciesCm1(), 0.1, c.structure().name());
        }
    }

    @Test
    void saddlePointHasOneImaginaryMode() {
        NormalModes m = modes(VibTestMolecules.planarAmmoniaSaddle());
        double[] f = m.frequenciesCm1();
        assertTrue(f[0] < -100, Arrays.toString(f));
        assertTrue(f[1] > 100, Arrays.toString(f));
        assertEquals(1, m.imaginaryModeCount());
        assertEquals("transition-state", m.classification());
        assertEquals("minimum", modes(VibTestMolecules.ammonia()).classification());
        // the imaginary mode is the umbrella: only out-of-plane (z) motion
        double[] d = m.displacement(0);
        for (int a = 0; a < 4; a++) {
            assertEquals(0, d[3 * a], 1e-9);
            assertEquals(0, d[3 * a + 1], 1e-9);
        }
    }

    @Test
    void classificationCountsOnlySignificantImaginaryModes() {
        // Soften the saddle's Hessian until its imaginary mode is below the noise threshold.
        Case c = VibTestMolecules.planarAmmoniaSaddle();
        NormalModes m = modes(c);
        double f = m.frequencyCm1(0);
        double[] h = m.hessianKcalPerMolA2();
        // add +λ₀·(1 − 1e-4) along the mode in mass-weighted space: H += M^½ q qᵀ M^½ · s
        double[] q = m.massWeightedVector(0);
        double[] mass = m.massesAmu();
        double lambda = m.massWeightedEigenvalues()[0];
        double s = -lambda * (1 - 1e-4);
        int n3 = q.length;
        for (int i = 0; i < n3; i++)
            for (int j = 0; j < n3; j++) h[i * n3 + j] += s * Math.sqrt(mass[i / 3] * mass[j / 3]) * q[i] * q[j];
        NormalModes soft = NormalModes.of(c.structure(), mass, h);
        double fs = soft.frequencyCm1(0);
        assertEquals(f * 1e-2, fs, 1e-3 * Math.abs(f));
        assertTrue(fs < 0 && fs > -NormalModes.DEFAULT_IMAGINARY_NOISE_CM1, "" + fs);
        assertEquals(1, soft.imaginaryModeCount());
        assertEquals("minimum", soft.classification());
        assertEquals("transition-state", soft.classification(0.5 * Math.abs(fs)));
    }

    @Test
    void twoNegativeConstantsMakeASecondOrderSaddle() {
        // Linear H-O-H-like triatomic with a negative linear-bend constant: the degenerate bend is imaginary.
        double[] x = {0, 0, 0, 0, 0, 0.96, 0, 0, -0.96};
        dev.curvature.testing.vib.HarmonicValenceModel model = new dev.curvature.testing.vib.HarmonicValenceModel(3)
                .bond(0, 1, 700).bond(0, 2, 700).angle(1, 0, 2, -50, x).referenceAt(x);
        Case lin = VibTestMolecules.water();
        NormalModes m = NormalModes.of(lin.structure().withPositions(x), MassModel.STANDARD_ATOMIC_WEIGHT, model);
        assertEquals(4, m.modeCount());
        assertEquals("saddle-2", m.classification());
    }

    @Test
    void modesAreOrthonormalEckartVectors() {
        for (Case c : List.of(VibTestMolecules.water(), VibTestMolecules.benzene(), VibTestMolecules.carbonDioxide())) {
            NormalModes m = modes(c);
            double[] mass = m.massesAmu();
            double[] x = c.structure().positions();
            double[] com = dev.curvature.linalg.PrincipalAxes.of(mass, x).centreOfMass();
            for (int k = 0; k < m.modeCount(); k++) {
                double[] q = m.massWeightedVector(k);
                for (int l = 0; l < m.modeCount(); l++) {
                    double[] p = m.massWeightedVector(l);
                    double dot = 0;
                    for (int i = 0; i < q.length; i++) dot += q[i] * p[i];
                    assertEquals(k == l ? 1 : 0, dot, 1e-10);
                }
                double[] d = m.displacement(k);
                double norm = 0;
                for (double v : d) norm += v * v;
                assertEquals(1, norm, 1e-12);
                // Eckart: no net translation (Σ m d = 0) and no net rotation (Σ m r × d = 0)
                double[] lin = new double[3], ang = new double[3];
                for (int a = 0; a < mass.length; a++) {
                    double rx = x[3 * a] - com[0], ry = x[3 * a + 1] - com[1], rz = x[3 * a + 2] - com[2];
                    double dx = d[3 * a], dy = d[3 * a + 1], dz = d[3 * a + 2];
                    lin[0] += mass[a] * dx; lin[1] += mass[a] * dy; lin[2] += mass[a] * dz;
                    ang[0] += mass[a] * (ry * dz - rz * dy);
                    ang[1] += mass[a] * (rz * dx - rx * dz);
                    ang[2] += mass[a] * (rx * dy - ry * dx);
                }
                for (int i = 0; i < 3; i++) {
                    assertEquals(0, lin[i], 1e-10, c.structure().name() + " translation in mode " + k);
                    assertEquals(0, ang[i], 1e-10, c.structure().name() + " rotation in mode " + k);
                }
            }
        }
    }

    @Test
    void projectedFrequenciesEqualTheFullSpectrumAtAStationaryPoint() {
        for (Case c : List.of(VibTestMolecules.water(), VibTestMolecules.methane(), VibTestMolecules.carbonDioxide())) {
            NormalModes m = modes(c);
            double[] rigid = m.unprojectedRigidFrequenciesCm1();
            assertEquals(m.rigidBodyModeCount(), rigid.length);
            for (double r : rigid) assertEquals(0, r, 0.01, c.structure().name() + " rigid " + Arrays.toString(rigid));
            // full mass-weighted spectrum minus the rigid part = projected spectrum
            double[] h = m.hessianKcalPerMolA2();
            double[] mass = m.massesAmu();
            int n3 = 3 * mass.length;
            for (int i = 0; i < n3; i++)
                for (int j = 0; j < n3; j++) h[i * n3 + j] /= Math.sqrt(mass[i / 3] * mass[j / 3]);
            double[] all = dev.curvature.linalg.SymmetricEigenSolvers.ejml().decompose(h, n3).values();
            double[] f = m.frequenciesCm1();
            for (int k = 0; k < f.length; k++)
                assertEquals(f[f.length - 1 - k], NormalModes.toWavenumber(all[n3 - 1 - k]), 1e-6, c.structure().name());
        }
    }

    @Test
    void unprojectedRigidFrequenciesRevealANonStationaryGeometry() {
        Case c = VibTestMolecules.water();
        double[] x = c.structure().positions();
        x[5] += 0.05; // stretch one O–H bond: a force now acts, so rotations are no longer free
        NormalModes m = NormalModes.of(c.structure().withPositions(x), MassModel.STANDARD_ATOMIC_WEIGHT, c.model());
        double max = 0;
        for (double r : m.unprojectedRigidFrequenciesCm1()) max = Math.max(max, Math.abs(r));
        assertTrue(max > 10, Arrays.toString(m.unprojectedRigidFrequenciesCm1()));
        assertEquals(3, m.modeCount()); // projection still removes exactly six
    }

    @Test
    void rejectsInconsistentInput() {
        Case c = VibTestMolecules.water();
        assertThrows(IllegalArgumentException.class, () -> NormalModes.of(c.structure(), MassModel.STANDARD_ATOMIC_WEIGHT, new double[80]));
        assertThrows(IllegalArgumentException.class, () -> NormalModes.of(c.structure(), new double[] {16, 1, 0}, new double[81]));
    }
}
