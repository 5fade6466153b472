package dev.curvature.elastic;

import dev.curvature.model.Potential;
import dev.curvature.optimize.CrystalRelaxation;
import dev.curvature.periodic.Supercell;
import dev.curvature.structure.Structure;
import dev.curvature.testing.Crystals;
import dev.curvature.potential.pair.LennardJones;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ElasticConstantsTest {
    static Structure fcc, hcp;

    /** LAMMPS lj/cut for argon (ε = 0.0104 eV, σ = 3.40 Å, r_c = 8.5 Å). */
    static Potential lj(Structure s) {
        return new LennardJones(new int[s.atomCount()], 1, new double[] {0.0104}, new double[] {3.40}, new double[] {8.5});
    }

    @BeforeAll
    static void relax() {
        Structure f = Crystals.fcc("Ar", 5.26);
        fcc = CrystalRelaxation.tight().cell(lj(f), f, 0.0, null).structure();
        Structure h = Crystals.hcp("Ar", 3.72, 3.72 * Math.sqrt(8.0 / 3.0) * 1.01);
        hcp = CrystalRelaxation.tight().cell(lj(h), h, 0.0, null).structure();
    }

    @Test
    void cellRelaxationReachesZeroStress() {
        ElasticConstants.Result r = ElasticConstants.analytic(lj(fcc), fcc);
        for (double s : r.stressGpa()) assertEquals(0.0, s, 1e-5);
        ElasticConstants.Result h = ElasticConstants.analytic(lj(hcp), hcp);
        for (double s : h.stressGpa()) assertEquals(0.0, s, 1e-5);
    }

    @Test
    void fccIsCubicClampedEqualsRelaxedAndObeysCauchy() {
        ElasticConstants.Result r = ElasticConstants.analytic(lj(fcc), fcc);
        ElasticTensor c = r.relaxed();
        for (int i = 1; i <= 6; i++)
            for (int j = 1; j <= 6; j++) {
                double expected = i <= 3 && j <= 3 ? (i == j ? c.c(1, 1) : c.c(1, 2)) : (i == j ? c.c(4, 4) : 0.0);
                assertEquals(expected, c.c(i, j), 1e-6, "C" + i + j);
                assertEquals(c.c(i, j), r.clamped().c(i, j), 1e-6, "fcc has no internal relaxation: C" + i + j);
            }
        assertEquals(c.c(1, 2), c.c(4, 4), 1e-6, "Cauchy relation for a central pair potential");
        assertTrue(c.c(1, 1) > 1 && c.c(4, 4) > 1, "argon-like LJ stiffness of a few GPa");
        BornStability b = BornStability.of(c);
        assertEquals(LaueClass.CUBIC, b.laueClass());
        assertTrue(b.stable());
        assertEquals(0, r.negativeModes());
    }

    @Test
    void hcpRelaxedEqualsFiniteDifferencesOfRelaxedStress() {
        Potential p = lj(hcp);
        ElasticConstants.Result a = ElasticConstants.analytic(p, hcp);
        ElasticConstants.Result fd = ElasticConstants.finiteDifference(p, hcp, 1e-4, new CrystalRelaxation(1e-9, 20000));
        double internal = 0;
        for (int i = 1; i <= 6; i++)
            for (int j = 1; j <= 6; j++) {
                assertEquals(a.relaxed().c(i, j), fd.relaxed().c(i, j), 2e-3, "C" + i + j);
                internal = Math.max(internal, Math.abs(a.clamped().c(i, j) - a.relaxed().c(i, j)));
            }
        assertTrue(internal > 0.01, "hcp atoms are not inversion centres: internal relaxation must matter, got " + internal);
        assertEquals(LaueClass.HEXAGONAL, LaueClass.of(a.relaxed(), 1e-4));
    }

    @Test
    void conjugateGradientsAgreeWithEigendecomposition() {
        Structure s = Supercell.of(hcp, 2, 2, 2);
        Potential p = lj(s);
        dev.curvature.model.Results r = dev.curvature.model.Results.request(s.atomCount(),
                dev.curvature.model.Property.HESSIAN, dev.curvature.model.Property.STRAIN_POSITION);
        p.compute(dev.curvature.model.Configuration.periodic(s.positions(), s.cell()), r, null);
        double[] e = InternalRelaxation.eigen(r.hessian(), r.strainPosition(), 3 * s.atomCount()).correction();
        double[] c = InternalRelaxation.conjugateGradient(r.hessian(), r.strainPosition(), 3 * s.atomCount()).correction();
        double scale = 0;
        for (double v : e) scale = Math.max(scale, Math.abs(v));
        for (int k = 0; k < 36; k++) assertEquals(e[k], c[k], 1e-9 * scale, "component " + k);
    }

    @Test
    void derivedModuliOfAnIsotropicTensor() {
        double lambda = 60, mu = 30;
        double[] c = new double[36];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) c[6 * i + j] = lambda + (i == j ? 2 * mu : 0);
        for (int i = 3; i < 6; i++) c[6 * i + i] = mu;
        ElasticTensor t = new ElasticTensor(c);
        double k = lambda + 2 * mu / 3;
        assertEquals(k, t.bulkVoigt(), 1e-9);
        assertEquals(k, t.bulkReuss(), 1e-9);
        assertEquals(mu, t.shearVoigt(), 1e-9);
        assertEquals(mu, t.shearReuss(), 1e-9);
        double young = mu * (3 * lambda + 2 * mu) / (lambda + mu);
        assertEquals(young, t.youngsModulus(), 1e-9);
        assertEquals(lambda / (2 * (lambda + mu)), t.poissonRatio(), 1e-12);
        assertEquals(young, t.directionalYoungsModulus(1, 2, 3), 1e-9);
    }

    @Test
    void directionalYoungOfACubicCrystal() {
        // E<100> = 1/S11; E<111> = 3/(S11 + 2 S12 + S44) for cubic symmetry
        double c11 = 165, c12 = 64, c44 = 79.2;
        double[] c = new double[36];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) c[6 * i + j] = i == j ? c11 : c12;
        for (int i = 3; i < 6; i++) c[6 * i + i] = c44;
        ElasticTensor t = new ElasticTensor(c);
        double s11 = (c11 + c12) / ((c11 - c12) * (c11 + 2 * c12)), s12 = -c12 / ((c11 - c12) * (c11 + 2 * c12)), s44 = 1 / c44;
        assertEquals(1 / s11, t.directionalYoungsModulus(1, 0, 0), 1e-9);
        assertEquals(3 / (3 * s11 - 2 * (s11 - s12 - s44 / 2)), t.directionalYoungsModulus(1, 1, 1), 1e-9);
    }

    @Test
    void unstableTensorFailsBorn() {
        double[] c = new double[36];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) c[6 * i + j] = i == j ? 50 : 80;
        for (int i = 3; i < 6; i++) c[6 * i + i] = 20;
        BornStability b = BornStability.of(new ElasticTensor(c));
        assertEquals(LaueClass.CUBIC, b.laueClass());
        assertTrue(!b.stable());
        assertTrue(b.failed().get(0).startsWith("C11 - C12"), b.failed().toString());
    }
}
