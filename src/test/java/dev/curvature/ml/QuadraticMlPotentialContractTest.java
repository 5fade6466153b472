package dev.curvature.ml;

import dev.curvature.model.Configuration;
import dev.curvature.model.Potential;
import dev.curvature.model.PotentialContractTest;
import dev.curvature.potential.Crystals;
import dev.curvature.structure.Cell;

import java.util.List;

/**
 * The energy-model contract on the quadratic learned potential with random coefficients: forces,
 * strain derivative, Hessian (Jᵀ S J plus the contracted Σ w ∂²G) and both strain blocks are exact
 * derivatives of its energy, in rattled cubic and triclinic SiC cells.
 */
class QuadraticMlPotentialContractTest extends PotentialContractTest {
    @Override protected Potential potential() {
        return new QuadraticMlPotential("ml-quadratic-test", MlFixtures.SIC_QUADRATIC, MlFixtures.SIC_TYPES,
                MlFixtures.randomTheta(MlFixtures.SIC_QUADRATIC, 11, 0.05));
    }

    @Override protected List<Configuration> configurations() {
        Cell cube = Crystals.cubic(4.36), skew = MlFixtures.skewed(4.36);
        return List.of(Configuration.periodic(MlFixtures.rattledDiamond(cube, 0.1, 3), cube),
                Configuration.periodic(MlFixtures.rattledDiamond(skew, 0.1, 4), skew));
    }

    @Override protected Tolerances tolerances() { return new Tolerances(1e-6, 2e-5, 1e-6, 2e-5, 2e-5, 1e-7, 1e-6, 1e-10); }
}
