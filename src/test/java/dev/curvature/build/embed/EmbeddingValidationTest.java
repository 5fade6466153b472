package dev.curvature.build.embed;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The full embedding validation (opt-in, minutes): the MMFF94 suite's 761 SMILES and the 1216
 * drug-like SMILES from rdkit-data (tools/validation/extract_druglike_smiles.py). Every molecule
 * must embed with no clash ({@link ClashCriterion}) and its SMILES stereo re-perceived by CDK.
 * Writes target/embed-validation.tsv (per molecule: CPU ms of the embedding alone and with the
 * MMFF cleanup, MMFF94 energy) for tools/bench/embed_compare.py.
 * Run: mvn -o test -Dtest=EmbeddingValidationTest -Dembed.validation=true
 */
class EmbeddingValidationTest {

    /** Heavy validation: runs only on request, and says so when skipped. */
    @org.junit.jupiter.api.BeforeAll
    static void onlyOnRequest() {
        if (!Boolean.getBoolean("embed.validation")) {
            String why = "SKIPPED the full SMILES embedding validation (minutes): run with -Dembed.validation=true";
            System.err.println("*** " + why + " ***");
            org.junit.jupiter.api.Assumptions.assumeTrue(false, why);
        }
    }
    private static final Path SUITE = Path.of("../shared/data/mmff94-validation/MMFF94_hypervalent.smi");
    private static final Path DRUGLIKE = Path.of("src/test/resources/embed/rdkit-data-chembl.smi");

    @Test
    void everySmilesEmbedsWithoutClashWithItsStereo() throws IOException {
        List<String[]> input = new ArrayList<>();
        for (Path p : List.of(SUITE, DRUGLIKE))
            for (String line : Files.readAllLines(p)) {
                String[] parts = line.strip().split("\\s+");
                if (parts.length < 2 || parts[0].equals("SMILES")) continue;
                input.add(new String[]{parts[0], parts[1], p.getFileName().toString()});
            }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ConformerBuilder dgOnly = new ConformerBuilder(ConformerBuilder.Cleanup.NONE, null);
        ConformerBuilder withCleanup = ConformerBuilder.standard();
        // warm-up so the first molecules are not timed with the interpreter
        for (int k = 0; k < 20; k++) {
            try { withCleanup.build(SmilesMolecule.parse(input.get(k)[0]), "", 1); } catch (EmbeddingException ignored) { }
        }
        List<String> failures = new ArrayList<>();
        int stereoElements = 0;
        Files.createDirectories(Path.of("target"));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of("target/embed-validation.tsv")))) {
            out.println("set\tname\tatoms\tstereo\tdg_cpu_ms\tdg_mmff_cpu_ms\tmodel\tenergy_kcal_mol\tattempts\tstatus");
            for (String[] in : input) {
                try {
                    long t0 = cpu.getCurrentThreadCpuTime();
                    SmilesMolecule m = SmilesMolecule.parse(in[0]);
                    dgOnly.build(m, in[1], 1);
                    long t1 = cpu.getCurrentThreadCpuTime();
                    SmilesMolecule m2 = SmilesMolecule.parse(in[0]);
                    ConformerBuilder.Conformer c = withCleanup.build(m2, in[1], 1);
                    long t2 = cpu.getCurrentThreadCpuTime();
                    int st = m.stereo.chiralities().size() + m.stereo.doubleBonds().size();
                    stereoElements += st;
                    out.printf(Locale.ROOT, "%s\t%s\t%d\t%d\t%.2f\t%.2f\t%s\t%.4f\t%d\tok%n", in[2], in[1], c.structure().atomCount(), st,
                            (t1 - t0) / 1e6, (t2 - t1) / 1e6, c.model(), c.energyKcalPerMol(), c.attempts());
                } catch (EmbeddingException | RuntimeException e) {
                    failures.add(in[1] + ": " + e.getMessage());
                    out.printf(Locale.ROOT, "%s\t%s\t\t\t\t\t\t\t\tFAILED %s%n", in[2], in[1], e.getMessage());
                }
                out.flush();
            }
        }
        System.out.println("embedded " + (input.size() - failures.size()) + " of " + input.size() + ", stereo elements checked " + stereoElements);
        failures.forEach(System.out::println);
        assertEquals(List.of(), failures);
    }
}
