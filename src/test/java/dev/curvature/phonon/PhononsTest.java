package dev.curvature.phonon;

import dev.curvature.elastic.ElasticConstants;
import dev.curvature.model.Potential;
import dev.curvature.optimize.CrystalRelaxation;
import dev.curvature.potential.pair.LennardJones;
import dev.curvature.structure.MassModel;
import dev.curvature.structure.Structure;
import dev.curvature.testing.Crystals;
import dev.curvature.units.Units;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhononsTest {
    static Structure fcc;           // relaxed conventional cell, 4 atoms
    static ForceConstants fc;       // of its primitive cell, 6×6×6 supercell

    static Potential lj(Structure s) {
        return new LennardJones(new int[s.atomCount()], 1, new double[] {0.0104}, new double[] {3.40}, new double[] {8.5});
    }

    @BeforeAll
    static void setUp() {
        Structure f = Crystals.fcc("Ar", 5.26);
        fcc = CrystalRelaxation.tight().cell(lj(f), f, 0.0, null).structure();
        BravaisLattice.Recognised r = BravaisLattice.recognise(fcc);
        assertNotNull(r);
        fc = ForceConstants.compute(r.primitive(), 6, 6, 6, PhononsTest::lj, MassModel.STANDARD_ATOMIC_WEIGHT);
    }

    @Test
    void gammaHasThreeExactAcousticZerosAndMatchesTheDynamicalMatrix() {
        GammaPhonons g = GammaPhonons.of(lj(fcc), fcc, MassModel.STANDARD_ATOMIC_WEIGHT);
        long zeros = Arrays.stream(g.frequenciesThz()).filter(v -> v == 0.0).count();
        assertEquals(3, zeros);
        assertEquals(0, g.negativeModes());
        // the conventional cell's Γ modes are the primitive dispersion at Γ and at the three X points
        double[] expected = new double[12];
        double[][] qs = {{0, 0, 0}, {.5, .5, 0}, {.5, 0, .5}, {0, .5, .5}};
        for (int k = 0; k < 4; k++) System.arraycopy(fc.frequencies(qs[k]), 0, expected, 3 * k, 3);
        Arrays.sort(expected);
        double[] got = g.frequenciesThz().clone();
        Arrays.sort(got);
        for (int k = 0; k < 12; k++) assertEquals(expected[k], got[k], 1e-6, "mode " + k);
    }

    @Test
    void acousticSumRuleAtGamma() {
        for (double f : fc.frequencies(new double[] {0, 0, 0})) assertEquals(0.0, f, 1e-4);
    }

    @Test
    void soundVelocitiesEqualThoseFromTheElasticConstants() {
        ElasticConstants.Result e = ElasticConstants.analytic(lj(fcc), fcc);
        double mass = 4 * fcc.masses(MassModel.STANDARD_ATOMIC_WEIGHT)[0] * Units.AMU_KG;
        double rho = mass / (fcc.cell().volume() * 1e-30);
        // along [100]: longitudinal sqrt(C11/ρ), transverse sqrt(C44/ρ) (twice)
        double vl = Math.sqrt(e.relaxed().c(1, 1) * 1e9 / rho), vt = Math.sqrt(e.relaxed().c(4, 4) * 1e9 / rho);
        double t = 0.01;                   // Γ→X along (½, 0, ½) of the primitive basis is [100] Cartesian
        double[] q = {0.5 * t, 0, 0.5 * t};
        double[] qc = fc.cartesian(q);
        double qLen = Math.sqrt(qc[0] * qc[0] + qc[1] * qc[1] + qc[2] * qc[2]) * 1e10; // 1/m
        double[] f = fc.frequencies(q);
        double[] v = new double[3];
        for (int k = 0; k < 3; k++) v[k] = 2 * Math.PI * f[k] * 1e12 / qLen;
        assertEquals(vt, v[0], 2e-3 * vt);
        assertEquals(vt, v[1], 2e-3 * vt);
        assertEquals(vl, v[2], 2e-3 * vl);
    }

    @Test
    void recognisesCubicLatticesAndReducesToThePrimitiveCell() {
        assertEquals(BravaisLattice.Kind.FCC, BravaisLattice.recognise(fcc).kind());
        assertEquals(1, BravaisLattice.recognise(fcc).primitive().atomCount());
        BravaisLattice.Recognised d = BravaisLattice.recognise(Crystals.diamond("Si", 5.431));
        assertEquals(BravaisLattice.Kind.FCC, d.kind());
        assertEquals(2, d.primitive().atomCount());
        assertEquals(5.431 * 5.431 * 5.431 / 4, d.primitive().cell().volume(), 1e-9);
        Structure bcc = Crystals.fromFractional("bcc Fe", "Fe", new double[] {0, 0, 0, .5, .5, .5},
                new double[][] {{2.87, 0, 0}, {0, 2.87, 0}, {0, 0, 2.87}});
        assertEquals(BravaisLattice.Kind.BCC, BravaisLattice.recognise(bcc).kind());
        assertEquals(BravaisLattice.Kind.FCC, BravaisLattice.recognise(Crystals.fccPrimitive("Cu", 3.61)).kind());
        assertEquals(null, BravaisLattice.recognise(Crystals.hcp("Mg", 3.2, 5.2)));
        Structure cscl = new Structure("CsCl", new dev.curvature.structure.Element[] {dev.curvature.structure.Element.of("Cs"),
                dev.curvature.structure.Element.of("Cl")}, new double[] {0, 0, 0, 2.06, 2.06, 2.06}, new int[2], java.util.List.of(), 0,
                new dev.curvature.structure.Cell(new double[][] {{4.12, 0, 0}, {0, 4.12, 0}, {0, 0, 4.12}}));
        assertEquals(BravaisLattice.Kind.SC, BravaisLattice.recognise(cscl).kind());
    }

    @Test
    void dispersionAndThermodynamics() {
        PhononDispersion d = PhononDispersion.along(fc, HighSymmetryPath.standard(BravaisLattice.Kind.FCC), 100);
        assertEquals(6, d.labels().size());
        assertEquals("Γ", d.labels().get(0));
        assertTrue(d.minimumThz() > -1e-3, "stable fcc LJ: no imaginary modes, got " + d.minimumThz());
        PhononMesh mesh = PhononMesh.sample(fc, 8);
        // classical limit: C_v → 3k per atom; low T: C_v → 0
        double k = PhononUnits.BOLTZMANN_EV_PER_K;
        assertEquals(3 * k, mesh.thermo(2000).heatCapacityEvPerK(), 3e-3 * k);
        assertTrue(mesh.thermo(1).heatCapacityEvPerK() < 1e-3 * k);
        // DOS integrates to 3 states per atom
        double[] grid = new double[2000];
        double top = mesh.maximumThz() + 1;
        for (int i = 0; i < grid.length; i++) grid[i] = -1 + (top + 1) * i / (grid.length - 1.0);
        double[] g = mesh.dos(grid, 0.05);
        double integral = 0;
        for (int i = 1; i < grid.length; i++) integral += 0.5 * (g[i] + g[i - 1]) * (grid[i] - grid[i - 1]);
        assertEquals(3.0, integral, 1e-3);
        // F = U − TS: dF/dT = −S
        double h = 0.5;
        double dfdt = (mesh.thermo(100 + h).freeEnergyEv() - mesh.thermo(100 - h).freeEnergyEv()) / (2 * h);
        assertEquals(-mesh.thermo(100).entropyEvPerK(), dfdt, 1e-8);
    }
}
