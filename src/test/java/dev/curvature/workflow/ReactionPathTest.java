package dev.curvature.workflow;

import dev.curvature.model.Potential;
import dev.curvature.path.NebOptions;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Ethane's methyl rotation with MMFF94: the band finds the eclipsed saddle the direct TS search finds. */
public class ReactionPathTest {

    /** The staggered conformer with the second carbon's hydrogens turned by degrees about the C–C axis. */
    public static Structure turned(Structure s, double degrees) {
        double[] x = s.positions();
        int c1 = -1, c2 = -1;
        for (int i = 0; i < s.atomCount(); i++)
            if (s.atomicNumber(i) == 6) { if (c1 < 0) c1 = i; else c2 = i; }
        double[] axis = new double[3];
        for (int k = 0; k < 3; k++) axis[k] = x[3 * c2 + k] - x[3 * c1 + k];
        double len = Math.sqrt(axis[0] * axis[0] + axis[1] * axis[1] + axis[2] * axis[2]);
        for (int k = 0; k < 3; k++) axis[k] /= len;
        double th = Math.toRadians(degrees), c = Math.cos(th), sn = Math.sin(th);
        for (int i = 0; i < s.atomCount(); i++) {
            if (s.atomicNumber(i) != 1 || dist2(x, i, c2) > dist2(x, i, c1)) continue;
            double[] v = new double[3];
            for (int k = 0; k < 3; k++) v[k] = x[3 * i + k] - x[3 * c2 + k];
            double d = v[0] * axis[0] + v[1] * axis[1] + v[2] * axis[2];
            double[] cross = {axis[1] * v[2] - axis[2] * v[1], axis[2] * v[0] - axis[0] * v[2], axis[0] * v[1] - axis[1] * v[0]};
            for (int k = 0; k < 3; k++) // Rodrigues
                x[3 * i + k] = x[3 * c2 + k] + v[k] * c + cross[k] * sn + axis[k] * d * (1 - c);
        }
        return s.withPositions(x);
    }

    private static double dist2(double[] x, int i, int j) {
        double s = 0;
        for (int k = 0; k < 3; k++) s += (x[3 * i + k] - x[3 * j + k]) * (x[3 * i + k] - x[3 * j + k]);
        return s;
    }

    @Test
    void ethaneRotationPathClimbsToTheEclipsedSaddle() throws Exception {
        Structure example = ExampleMolecules.read("ethane_staggered");
        Potential p = ExampleMolecules.mmff94(example);
        Structure staggered = example.withPositions(new dev.curvature.optimize.Optimizer().minimize(p, example).positionsAngstrom());
        Structure product = turned(staggered, 120);
        assertEquals(p.energy(staggered.positions()), p.energy(product.positions()), 1e-7, "the product is the same conformer");

        ReactionPath.Result r = ReactionPath.run(p, staggered, product, NebOptions.defaults().withImages(5), true, null);
        assertTrue(r.band().converged(), "band: " + r.band().steps() + " steps, max force " + r.band().maxForce());
        assertTrue(r.saddleConfirmed(), "saddle: " + r.saddle() + ", along " + r.imaginaryAlongPath());

        // the same saddle as a direct search from the eclipsed example
        Structure eclipsed = ExampleMolecules.read("ethane_eclipsed");
        FrequencyAnalysis.Result direct = FrequencyAnalysis.run(ExampleMolecules.mmff94(eclipsed), eclipsed,
                FrequencyAnalysis.Options.defaults().withTransitionState(true), null);
        assertEquals(direct.energyKcalPerMol(), r.saddle().energyKcalPerMol(), 1e-6);
        // the climbing image is already on it to the band's force threshold
        assertEquals(direct.energyKcalPerMol() - p.energy(staggered.positions()), r.bandBarrier(), 1e-3);
        assertTrue(r.imaginaryAlongPath() > 0.9, "the imaginary mode is the torsion: " + r.imaginaryAlongPath());
    }

    @Test
    void endsMustBeTheSameAtoms() throws Exception {
        Structure ethane = ExampleMolecules.read("ethane_staggered");
        Structure water = ExampleMolecules.read("water");
        ReactionPath.EndsException e = assertThrows(ReactionPath.EndsException.class,
                () -> ReactionPath.checkSameAtoms(ethane, water));
        assertTrue(e.getMessage().contains("different numbers of atoms"), e.getMessage());
        Structure co2 = ExampleMolecules.read("co2");
        e = assertThrows(ReactionPath.EndsException.class, () -> ReactionPath.checkSameAtoms(water, co2));
        assertTrue(e.getMessage().matches("atom \\d+ is [A-Z][a-z]? in the first structure but [A-Z][a-z]? in the second.*"), e.getMessage());
        ReactionPath.checkSameAtoms(ethane, turned(ethane, 60));
    }
}
