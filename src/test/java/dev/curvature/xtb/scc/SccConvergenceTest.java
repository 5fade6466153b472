package dev.curvature.xtb.scc;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fallback chain on a stand-in SCC whose convergence depends only on the mixer and temperature. */
class SccConvergenceTest {

    private record FakePass(boolean converged, double[] state, int iterations, double residual) implements SccConvergence.Pass {}

    /** Converges (in 7 iterations) when the scheme is damped or the temperature is at least minKelvin. */
    private static SccConvergence.Cycle<FakePass> cycle(double minKelvin, boolean dampedWorks, List<Double> temperatures) {
        return (start, mixer, kelvin, limit) -> {
            temperatures.add(kelvin);
            boolean ok = kelvin >= minKelvin || (dampedWorks && mixer instanceof DampedStartMixer);
            return new FakePass(ok, new double[] {kelvin}, ok ? 7 : limit, ok ? 0 : 0.5);
        };
    }

    @Test
    void firstPassIsXtbsBroydenAtTheRequestedTemperature() {
        List<String> log = new ArrayList<>();
        List<Double> temps = new ArrayList<>();
        var s = new SccConvergence(300, 250, true, log::add).solve(cycle(0, false, temps), new double[1]);
        assertEquals(300, s.kelvin());
        assertEquals(1, s.attempts().size());
        assertEquals("broyden", s.attempts().get(0).scheme());
        assertTrue(log.isEmpty());
    }

    @Test
    void dampedMixingRescuesAtTheSameTemperature() {
        List<String> log = new ArrayList<>();
        var s = new SccConvergence(300, 250, true, log::add).solve(cycle(Double.POSITIVE_INFINITY, true, new ArrayList<>()), new double[1]);
        assertEquals(300, s.kelvin());
        assertEquals(List.of("broyden", "damped"), s.attempts().stream().map(SccConvergence.Attempt::scheme).toList());
        assertEquals(250 + 7, s.totalIterations());
        assertEquals(1, log.size());
    }

    /** Converges only from 1000 K up: annealing stops just above it, says so once, and the result says which temperature. */
    @Test
    void annealingKeepsTheLowestTemperatureThatConvergedAndLogsEachFallbackOnce() {
        List<String> log = new ArrayList<>();
        SccConvergence conv = new SccConvergence(300, 50, true, log::add);
        List<Double> temps = new ArrayList<>();
        var s = conv.solve(cycle(1000, false, temps), new double[1]);
        assertTrue(s.kelvin() >= 1000 && s.kelvin() < 1100, "ended at " + s.kelvin() + " after " + temps);
        assertEquals(s.kelvin(), s.pass().state()[0]);
        assertEquals(3000, temps.get(2), "annealing starts at 3000 K: " + temps);
        for (int i = 3; i < temps.size(); i++) assertTrue(temps.get(i) < 3000 && temps.get(i) >= 300, "cooling step " + temps);
        assertEquals(3, log.size(), log.toString()); // damped, anneal, higher temperature
        conv.solve(cycle(1000, false, new ArrayList<>()), new double[1]);
        assertEquals(3, log.size(), "notices repeat: " + log);
    }

    @Test
    void reachesTheRequestedTemperatureWhenCoolingWorks() {
        var s = new SccConvergence(300, 50, true, m -> { }).solve(cycle(299, false, new ArrayList<>()), new double[1]);
        assertEquals(300, s.kelvin());
        assertEquals(300, s.pass().state()[0]);
    }

    @Test
    void aHigherTemperatureIsRefusedWhenNotAllowedAndNothingConvergedFailsInOneLine() {
        var refused = assertThrows(SccNotConvergedException.class,
                () -> new SccConvergence(300, 50, false, m -> { }).solve(cycle(1000, false, new ArrayList<>()), new double[1]));
        assertTrue(refused.getMessage().contains("did not converge at 300 K"), refused.getMessage());
        var none = assertThrows(SccNotConvergedException.class,
                () -> new SccConvergence(300, 50, true, m -> { }).solve(cycle(1e9, false, new ArrayList<>()), new double[1]));
        assertTrue(none.getMessage().contains("30000 K"), none.getMessage());
        assertFalse(none.getMessage().contains("\n"));
    }
}
