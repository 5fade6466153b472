package dev.curvature.xtb;

import dev.curvature.xtb.param.Gfn2Parameters;
import dev.curvature.xtb.scc.Gfn2Calculator;
import dev.curvature.xtb.scc.Gfn2Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * GFN2-xTB against Debian's xtb 6.5.1 (fixtures by tools/xtb/make_fixtures.py): with D4 in the
 * seam, every printed number; without dispersion, E − E_disp, with charges, dipoles and the
 * electrostatic components carrying the small shift the self-consistent D4 potential causes in
 * xtb (measured over all 18 fixtures in VALIDATION.md; tolerances ~3× the largest seen).
 */
class Gfn2XtbReferenceTest {

    /** With the D4 of dev.curvature.xtb.d4 in the seam: the whole method, every number xtb prints. */
    @ParameterizedTest
    @ValueSource(strings = {"water", "ammonium", "hydroxyl_radical", "acetate", "dimethyl_sulfide", "bromobenzene"})
    void withD4MatchesXtbToItsPrintedPrecision(String name) {
        XtbFixture f = XtbFixture.load(name);
        // the fixtures come from xtb --acc 0.0001 (wavefunction converged to ~1e-8 e): converge as
        // tightly to compare the components and charges to the last printed digit (the default
        // tolerance moves them by up to ~5e-8, see Gfn2SccToleranceTest)
        Gfn2Result r = new Gfn2Calculator(Gfn2Parameters.bundled(), f.z(), D4Seam.GFN2).chargeTolerance(1e-9)
                .compute(f.xyz(), f.charge(), f.uhf(), true, null);
        var e = f.energies();
        assertEquals(e.get("total"), r.total(), 2e-9, "total energy");
        // xtb's "SCC energy" line is not compared: it differs from total − repulsion by up to 1e-5 Eh
        // (bromobenzene) while the total agrees, so it is not the same partition (see VALIDATION.md)
        assertEquals(e.get("isotropic_es"), r.isotropicEs() + r.thirdOrder(), 1e-9, "isotropic ES");
        assertEquals(e.get("anisotropic_es"), r.anisotropicEs(), 1e-9, "anisotropic ES");
        assertEquals(e.get("anisotropic_xc"), r.anisotropicXc(), 1e-9, "anisotropic XC");
        assertEquals(e.get("dispersion"), r.dispersion(), 1e-9, "dispersion");
        for (int a = 0; a < f.z().length; a++) assertEquals(f.charges()[a], r.atomicCharges()[a], 2e-8, "charge " + a);
        for (int k = 0; k < 3; k++) assertEquals(f.dipole()[k], r.dipole()[k], 2e-8, "dipole " + k);
        for (int i = 0; i < f.gradient().length; i++) assertEquals(f.gradient()[i], r.gradient()[i], 1e-9, "gradient " + i);
    }

    @ParameterizedTest
    @ValueSource(strings = {"water", "carbon_dioxide", "ammonium", "hydroxyl_radical", "methyl_radical", "acetate", "chloromethane"})
    void withoutDispersionMatchesXtbUpToTheD4Response(String name) {
        XtbFixture f = XtbFixture.load(name);
        Gfn2Result r = new Gfn2Calculator(Gfn2Parameters.bundled(), f.z(), null).compute(f.xyz(), f.charge(), f.uhf(), false, null);
        var e = f.energies();
        assertEquals(e.get("repulsion"), r.repulsion(), 1e-10, "repulsion");
        assertEquals(e.get("total") - e.get("dispersion"), r.total(), 1e-5, "E - E_disp");
        assertEquals(e.get("isotropic_es"), r.isotropicEs() + r.thirdOrder(), 1e-3, "isotropic ES");
        assertEquals(e.get("anisotropic_es"), r.anisotropicEs(), 1e-4, "anisotropic ES");
        assertEquals(e.get("anisotropic_xc"), r.anisotropicXc(), 1e-4, "anisotropic XC");
        for (int a = 0; a < f.z().length; a++) assertEquals(f.charges()[a], r.atomicCharges()[a], 1e-2, "charge " + a);
        for (int k = 0; k < 3; k++) assertEquals(f.dipole()[k], r.dipole()[k], 1.5e-2, "dipole " + k);
    }
}
