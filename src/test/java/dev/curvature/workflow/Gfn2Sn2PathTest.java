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
 * An SN2 saddle of an anion from a reaction-path guess: Cl⁻ + CH3Cl → ClCH3 + Cl⁻ under GFN2-xTB
 * (examples/sn2-reactant.xyz, examples/sn2-product.xyz, total charge −1 given as --charge does).
 * References from xtb 6.5.1 (--chrg -1 --acc 0.0001) at the saddle `curvature neb` found
 * (VALIDATION.md): gradient norm 9e-9 Eh/bohr, one imaginary frequency −431.25 cm⁻¹, barrier
 * 10.602 kcal/mol above xtb's own --opt tight ion-dipole complex.
 */
class Gfn2Sn2PathTest {

    private static Structure read(String file) throws Exception {
        try (StructureReader r = StructureReader.open(Path.of("examples", file), new ReadOptions(false, -1, null))) {
            return r.next().structure();
        }
    }

    @Test
    void chlorideExchangeSaddleIsTheAntisymmetricClCClStretch() throws Exception {
        Structure start = read("sn2-reactant.xyz"), end = read("sn2-product.xyz");
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
