package dev.curvature.workflow;

import dev.curvature.registry.EnergyModels;
import dev.curvature.io.ReadOptions;
import dev.curvature.io.StructureReader;
import dev.curvature.model.ModelRegistry;
import dev.curvature.structure.Structure;
import dev.curvature.thermo.ThermoConditions;
import dev.curvature.thermo.ThermoResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class BarrierTest {
    private static FrequencyAnalysis.Result run(String file, boolean ts) throws Exception {
        Structure s;
        try (StructureReader r = StructureReader.open(Path.of("examples", file), ReadOptions.DEFAULT)) {
            s = r.next().structure();
        }
        ModelRegistry.Binding b = EnergyModels.registry().bind("mmff94", s);
        return FrequencyAnalysis.run(b.potential(), s, FrequencyAnalysis.Options.defaults().withTransitionState(ts), p -> true);
    }

    @Test
    void ethaneRotationBarrierWithZeroPointCorrection() throws Exception {
        FrequencyAnalysis.Result min = run("ethane_staggered.sdf", false), ts = run("ethane_eclipsed.sdf", true);
        assertEquals("minimum", min.modes().classification());
        assertEquals("transition-state", ts.modes().classification());
        ThermoConditions c = ThermoConditions.STANDARD.withTemperature(400);
        Barrier b = Barrier.between(min, ts, c);
        // MMFF94's ethane torsion barrier: 3 × V3/2 terms of H-C-C-H (V3 = 0.284 kcal/mol) plus 1-4 terms; about 2.9
        assertTrue(b.electronicKcalPerMol() > 2.0 && b.electronicKcalPerMol() < 4.0, "ΔE = " + b.electronicKcalPerMol());
        ThermoResult tMin = Barrier.thermo(min, c), tTs = Barrier.thermo(ts, c);
        assertEquals(b.electronicKcalPerMol() + tTs.zeroPointEnergyKcalPerMol() - tMin.zeroPointEnergyKcalPerMol(), b.zpeCorrectedKcalPerMol(), 1e-12);
        assertEquals(1, tTs.excludedModeCount(), "the reaction coordinate is left out of the TS's ZPE");
        assertTrue(b.zpeCorrectedKcalPerMol() < b.electronicKcalPerMol(), "losing the torsion's ZPE lowers the barrier");
        assertEquals(400, b.conditions().temperatureK(), 0);
        Barrier none = Barrier.between(min, min, c);
        assertEquals(0, none.electronicKcalPerMol(), 0);
        assertEquals(0, none.gibbsKcalPerMol(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Barrier.between(min, run("water.sdf", false), c));
    }

    @Test
    void aLearnedModelsEvEnergiesBecomeKcalPerMolAndModelsAreNotMixed(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path model = dev.curvature.testing.LearnedModels.water(dir);
        Structure water;
        try (StructureReader r = StructureReader.open(Path.of("examples", "water.sdf"), ReadOptions.DEFAULT)) {
            water = r.next().structure();
        }
        double[] x = water.positions();
        x[3] += 0.05;
        Structure bent = water.withPositions(x);
        var p = EnergyModels.registry().bind("ml:" + model, water).potential();
        FrequencyAnalysis.Options still = FrequencyAnalysis.Options.defaults().withOptimize(false);
        FrequencyAnalysis.Result a = FrequencyAnalysis.run(p, water, still, q -> true), b = FrequencyAnalysis.run(p, bent, still, q -> true);
        assertEquals(dev.curvature.model.UnitSystem.MATERIALS, a.units());
        double evDiff = p.energy(bent.positions()) - p.energy(water.positions());
        Barrier br = Barrier.between(a, b, ThermoConditions.STANDARD);
        assertEquals(evDiff * 23.060547830619, br.electronicKcalPerMol(), 1e-6, "eV → kcal/mol (CODATA 2018)");
        assertTrue(Math.abs(br.electronicKcalPerMol()) > 1e-3);
        String m = assertThrows(IllegalArgumentException.class, () -> Barrier.between(a, run("water.sdf", false), ThermoConditions.STANDARD)).getMessage();
        assertTrue(m.contains("same energy model"), m);
    }
}
