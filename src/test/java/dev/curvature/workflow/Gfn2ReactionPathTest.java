package dev.curvature.workflow;

import dev.curvature.io.ReadOptions;
import dev.curvature.io.StructureReader;
import dev.curvature.model.Potential;
import dev.curvature.path.NebOptions;
import dev.curvature.structure.Structure;
import dev.curvature.xtb.Gfn2Model;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bond-breaking saddles from a reaction-path guess under GFN2-xTB. HCN → HNC (examples/hcn.xyz,
 * examples/hnc.xyz), a short band with a loose force threshold, then the saddle refinement.
 * References from xtb 6.5.1 at the saddle the default `curvature neb` run found (VALIDATION.md):
 * gradient norm 2.2e-7 Eh/bohr there, one imaginary frequency −1426.16 cm⁻¹, and with xtb's
 * own energies (its --opt tight HCN and HNC) a barrier of 73.226 kcal/mol and a reaction energy of
 * 20.022 kcal/mol.
 */
class Gfn2ReactionPathTest {

    private static final ReadOptions ANION = new ReadOptions(false, -1, null);

    private static Structure read(String file) throws Exception {
        return read(file, ReadOptions.DEFAULT);
    }

    private static Structure read(String file, ReadOptions options) throws Exception {
        try (StructureReader r = StructureReader.open(Path.of("examples", file), options)) {
            return r.next().structure();
        }
    }

    @Test
    void hcnToHncSaddleHasOneImaginaryModeMovingHFromCToN() throws Exception {
        Structure hcn = read("hcn.xyz"), hnc = read("hnc.xyz");
        Potential p = new Gfn2Model().bind(hcn);
        // least-RMSD superposition of the two linear ends would swap C and N: keep the frames
        ReactionPath.Result r = ReactionPath.run(p, hcn, hnc, NebOptions.defaults().withImages(5).withMaxForce(1.0),
                true, false, true, null);
        assertTrue(r.band().converged(), "band: " + r.band().steps() + " steps, max force " + r.band().maxForce());
        assertTrue(r.saddleConfirmed(), "saddle: " + r.saddle() + ", along " + r.imaginaryAlongPath());
        assertEquals(1, r.saddleModes().imaginaryModeCount());
        assertEquals(-1426.16, r.saddleModes().frequencyCm1(0), 1.0, "xtb --hess at the saddle");

        double[] e = r.band().energies();
        assertEquals(73.226, r.saddle().energyKcalPerMol() - e[0], 0.01, "barrier from HCN, xtb's energies");
        assertEquals(20.022, e[e.length - 1] - e[0], 0.01, "HNC above HCN, xtb's energies");

        // the imaginary mode changes r(C-H) - r(N-H): its overlap with that coordinate's gradient
        double[] x = r.saddle().positionsAngstrom(), mode = r.saddleModes().displacement(0);
        double[] b = new double[9];
        for (int k = 0; k < 3; k++) {
            double ch = (x[k] - x[3 + k]) / distance(x, 0, 1), nh = (x[k] - x[6 + k]) / distance(x, 0, 2);
            b[k] = ch - nh;
            b[3 + k] = -ch;
            b[6 + k] = nh;
        }
        double overlap = Math.abs(dot(mode, b)) / Math.sqrt(dot(mode, mode) * dot(b, b));
        double[] modeH = java.util.Arrays.copyOf(mode, 3), bH = java.util.Arrays.copyOf(b, 3);
        double overlapH = Math.abs(dot(modeH, bH)) / Math.sqrt(dot(modeH, modeH) * dot(bH, bH));
        String seen = "overlap " + overlap + ", of H's motion " + overlapH;
        System.out.println("HCN -> HNC saddle: imaginary mode " + r.saddleModes().frequencyCm1(0) + " cm-1, " + seen);
        // the Cartesian mode is mostly H (C and N barely recoil); that coordinate moves all three
        assertTrue(overlapH > 0.9, "H moves along the C-H/N-H exchange: " + seen);
        assertTrue(overlap > 0.5, seen);
        assertTrue(dot(modeH, modeH) > 0.8 * dot(mode, mode), "H carries the mode");
    }

    /**
     * An SN2 saddle of an anion: Cl⁻ + CH3Cl → ClCH3 + Cl⁻ (examples/sn2-*.xyz, total charge −1 given
     * as --charge does). References from xtb 6.5.1 (--chrg -1 --acc 0.0001) at the saddle `curvature
     * neb` found (VALIDATION.md): gradient norm 9e-9 Eh/bohr, one imaginary frequency −431.25 cm⁻¹,
     * barrier 10.602 kcal/mol above xtb's own --opt tight ion-dipole complex.
     */
    @Test
    void chlorideExchangeSaddleIsTheAntisymmetricClCClStretch() throws Exception {
        Structure start = read("sn2-reactant.xyz", ANION), end = read("sn2-product.xyz", ANION);
        assertEquals(-1, start.totalCharge());
        Potential p = new Gfn2Model().bind(start);
        ReactionPath.Result r = ReactionPath.run(p, start, end, NebOptions.defaults().withImages(5).withMaxForce(1.0),
                true, true, true, null);
        assertTrue(r.band().converged(), "band: " + r.band().steps() + " steps, max force " + r.band().maxForce());
        assertTrue(r.saddleConfirmed(), "saddle: " + r.saddle() + ", along " + r.imaginaryAlongPath());
        assertEquals(1, r.saddleModes().imaginaryModeCount());
        assertEquals(-431.25, r.saddleModes().frequencyCm1(0), 1.0, "xtb --hess at the saddle");
        double[] e = r.band().energies();
        assertEquals(10.602, r.saddle().energyKcalPerMol() - e[0], 0.01, "barrier, xtb's energies");

        // the imaginary mode changes r(C-Cl1) - r(C-Cl2): C moves between the chlorines
        double[] x = r.saddle().positionsAngstrom(), mode = r.saddleModes().displacement(0);
        double[] b = new double[x.length];
        for (int k = 0; k < 3; k++) {
            double u1 = (x[3 + k] - x[k]) / distance(x, 0, 1), u2 = (x[3 + k] - x[15 + k]) / distance(x, 5, 1);
            b[3 + k] = u1 - u2;
            b[k] = -u1;
            b[15 + k] = u2;
        }
        double overlap = Math.abs(dot(mode, b)) / Math.sqrt(dot(mode, mode) * dot(b, b));
        System.out.println("SN2 saddle: imaginary mode " + r.saddleModes().frequencyCm1(0) + " cm-1, overlap with r(C-Cl1)-r(C-Cl2) " + overlap);
        assertTrue(overlap > 0.5, "overlap " + overlap);
    }

    private static double distance(double[] x, int i, int j) {
        double s = 0;
        for (int k = 0; k < 3; k++) s += (x[3 * i + k] - x[3 * j + k]) * (x[3 * i + k] - x[3 * j + k]);
        return Math.sqrt(s);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) s += a[k] * b[k];
        return s;
    }
}
