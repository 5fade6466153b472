package dev.curvature.workflow;

import dev.curvature.forcefield.mmff.MmffForceField;
import dev.curvature.io.ReadOptions;
import dev.curvature.io.Record;
import dev.curvature.io.StructureReader;
import dev.curvature.model.EnergyModel;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 3: `freq` on every molecule of the MMFF94 validation suite (761, MMFF94 geometries rounded
 * to 1e-4 Å, so each needs a short re-optimization) must end at a minimum.
 */
class SuiteFrequencyTest {

    @Test
    void everySuiteMoleculeEndsAtAMinimum() throws Exception {
        Path sdf = Path.of(System.getProperty("curvature.shared.dir", "../shared"),
                "data/mmff94-validation/MMFF94_hypervalent.sdf");
        assertTrue(sdf.toFile().isFile(), "validation suite missing: " + sdf);
        EnergyModel mmff = MmffForceField.forName("MMFF94");
        List<String> problems = new ArrayList<>();
        int records = 0;
        try (StructureReader reader = StructureReader.open(sdf, ReadOptions.DEFAULT)) {
            while (reader.hasNext()) {
                Record r = reader.next();
                records++;
                if (!r.isOk()) { problems.add(r.errorMessage()); continue; }
                Structure s = r.structure();
                FrequencyAnalysis.Result res = FrequencyAnalysis.run(mmff.bind(s), s, FrequencyAnalysis.Options.defaults(), null);
                if (!res.converged()) {
                    problems.add(s.name() + ": not converged: " + res.optimization());
                } else if (!res.modes().classification().equals("minimum")) {
                    problems.add(String.format(Locale.ROOT, "%s: %s, lowest frequencies %.2f %.2f cm-1", s.name(),
                            res.modes().classification(), res.modes().frequencyCm1(0), res.modes().frequencyCm1(1)));
                }
            }
        }
        assertEquals(761, records);
        assertTrue(problems.isEmpty(), problems.size() + " of 761 suite molecules did not end at a minimum:\n" + String.join("\n", problems));
    }
}
