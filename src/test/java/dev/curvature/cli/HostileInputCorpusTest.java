package dev.curvature.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The hostile-input corpus: malformed, misleading and dangerous inputs, options and output names
 * over every structure command (energy, optimize, freq, charges) and format (SDF V2000/V3000, MOL2,
 * XYZ, PDB, CML, SMILES). Each case runs the CLI in-process and must give its expected message in
 * one line per failure, exit 1 (bad data) or 2 (bad usage), no stack trace or "internal error",
 * leave every input byte for byte unchanged and leave no file behind but the inputs.
 */
class HostileInputCorpusTest {
    private static final List<String> COMMANDS = List.of("energy", "optimize", "freq", "charges");

    /** One case: files to create (name → content), the arguments ({dir} = the case directory), exit code, message. */
    record Case(String name, Map<String, byte[]> files, List<String> args, int exit, String message) {}

    private static final String WATER_XYZ = "3\nwater\nO 0.0000 0.0000 0.1173\nH 0.0000 0.7572 -0.4692\nH 0.0000 -0.7572 -0.4692\n";

    private static String sdf(String atoms, String bonds, String props, int nAtoms, int nBonds) {
        return String.format("water\n  test\n\n%3d%3d  0  0  0  0  0  0  0  0999 V2000\n", nAtoms, nBonds) + atoms + bonds + props + "M  END\n$$$$\n";
    }

    private static String atom(String x, String sym) {
        return String.format("%10s%10s%10s %-3s 0  0  0  0  0  0  0  0  0  0  0  0\n", x, "0.0000", "0.1173", sym);
    }

    private static final String WATER_ATOMS = atom("0.0000", "O") + String.format("%10s%10s%10s %-3s 0  0  0  0  0  0  0  0  0  0  0  0\n", "0.0000", "0.7572", "-0.4692", "H")
            + String.format("%10s%10s%10s %-3s 0  0  0  0  0  0  0  0  0  0  0  0\n", "0.0000", "-0.7572", "-0.4692", "H");
    private static final String WATER_BONDS = "  1  2  1  0\n  1  3  1  0\n";

    private static String water(String props) { return sdf(WATER_ATOMS, WATER_BONDS, props, 3, 2); }

    private static String xyzWith(String first) {
        return "3\nwater\n" + first + " 0.0000 0.0000 0.1173\nH 0.0000 0.7572 -0.4692\nH 0.0000 -0.7572 -0.4692\n";
    }

    private static String pdbAtom(int serial, String name, String x, String element, String charge) {
        return String.format("HETATM%5d %-4s HOH A   1    %8s%8s%8s  1.00  0.00          %2s%2s\n", serial, name, x, "0.000", "0.117", element, charge);
    }

    private static String pdbWater(String firstX, String firstElement, String firstCharge) {
        return pdbAtom(1, " O", firstX, firstElement, firstCharge)
                + String.format("HETATM%5d %-4s HOH A   1    %8s%8s%8s  1.00  0.00          %2s  \n", 2, " H1", "0.000", "0.757", "-0.469", " H")
                + String.format("HETATM%5d %-4s HOH A   1    %8s%8s%8s  1.00  0.00          %2s  \n", 3, " H2", "0.000", "-0.757", "-0.469", " H")
                + "END\n";
    }

    private static String mol2(String firstType, String firstX) {
        return "@<TRIPOS>MOLECULE\nwater\n3 2 0 0 0\nSMALL\nNO_CHARGES\n\n@<TRIPOS>ATOM\n"
                + "1 O1 " + firstX + " 0.0000 0.1173 " + firstType + " 1 HOH 0.0\n"
                + "2 H1 0.0000 0.7572 -0.4692 H 1 HOH 0.0\n3 H2 0.0000 -0.7572 -0.4692 H 1 HOH 0.0\n"
                + "@<TRIPOS>BOND\n1 1 2 1\n2 1 3 1\n";
    }

    private static String cml(String firstElement) {
        return "<?xml version=\"1.0\"?>\n<molecule id=\"water\" xmlns=\"http://www.xml-cml.org/schema\">\n<atomArray>\n"
                + "<atom id=\"a1\" elementType=\"" + firstElement + "\" x3=\"0.0\" y3=\"0.0\" z3=\"0.1173\"/>\n"
                + "<atom id=\"a2\" elementType=\"H\" x3=\"0.0\" y3=\"0.7572\" z3=\"-0.4692\"/>\n"
                + "<atom id=\"a3\" elementType=\"H\" x3=\"0.0\" y3=\"-0.7572\" z3=\"-0.4692\"/>\n"
                + "</atomArray>\n<bondArray><bond atomRefs2=\"a1 a2\" order=\"1\"/><bond atomRefs2=\"a1 a3\" order=\"1\"/></bondArray>\n</molecule>\n";
    }

    private static String v3000(String firstElement) {
        return "water\n  test\n\n  0  0  0     0  0            999 V3000\nM  V30 BEGIN CTAB\nM  V30 COUNTS 3 2 0 0 0\nM  V30 BEGIN ATOM\n"
                + "M  V30 1 " + firstElement + " 0.0 0.0 0.1173 0\nM  V30 2 H 0.0 0.7572 -0.4692 0\nM  V30 3 H 0.0 -0.7572 -0.4692 0\n"
                + "M  V30 END ATOM\nM  V30 BEGIN BOND\nM  V30 1 1 1 2\nM  V30 2 1 1 3\nM  V30 END BOND\nM  V30 END CTAB\nM  END\n$$$$\n";
    }

    /** Bad data: each file, under every command, must fail with exit 1 and the message. */
    private static List<Case> badData() {
        Map<String, String[]> inputs = new java.util.LinkedHashMap<>();
        inputs.put("og.xyz", new String[] {xyzWith("Og"), "element Og (Z = 118) is not supported"});
        inputs.put("nh.xyz", new String[] {xyzWith("Nh"), "element Nh (Z = 113)"});
        inputs.put("fl.xyz", new String[] {xyzWith("Fl"), "element Fl (Z = 114)"});
        inputs.put("cn.xyz", new String[] {xyzWith("Cn"), "element Cn (Z = 112)"});
        inputs.put("bq.xyz", new String[] {xyzWith("Bq"), "'Bq' is a ghost"});
        inputs.put("uuo.xyz", new String[] {xyzWith("Uuo"), "'Uuo' is a systematic placeholder"});
        inputs.put("d.xyz", new String[] {xyzWith("D"), "XYZ has no isotope labels"});
        inputs.put("nan.xyz", new String[] {xyzWith("O").replace("0.1173", "NaN"), "'NaN' is not a finite decimal number"});
        inputs.put("inf.xyz", new String[] {xyzWith("O").replace("0.1173", "1e999"), "'1e999' is not a finite decimal number"});
        inputs.put("hex.xyz", new String[] {xyzWith("O").replace("0.1173", "0x1p3"), "'0x1p3' is not a finite decimal number"});
        inputs.put("short.xyz", new String[] {"5\nw\nO 0 0 0\n", "file ends after 1 of 5 atoms"});
        inputs.put("count.xyz", new String[] {"three\nw\nO 0 0 0\n", "expected the atom count"});
        inputs.put("overlap.xyz", new String[] {xyzWith("O") + "", null});
        inputs.put("exp.sdf", new String[] {sdf(atom("9.9e+09", "O") + WATER_ATOMS.substring(WATER_ATOMS.indexOf('\n') + 1), WATER_BONDS, "", 3, 2),
                "line 5, columns 1-10: x coordinate of atom 1 '9.9e+09' is not a fixed-point number"});
        inputs.put("og.sdf", new String[] {sdf(atom("0.0000", "Og") + WATER_ATOMS.substring(WATER_ATOMS.indexOf('\n') + 1), WATER_BONDS, "", 3, 2),
                "line 5, columns 32-34: atom 1: element Og"});
        inputs.put("bond.sdf", new String[] {sdf(WATER_ATOMS, "  1  9  1  0\n  1  3  1  0\n", "", 3, 2), "line 8, columns 4-6: bond 1 names atom 9 of 3"});
        inputs.put("query.sdf", new String[] {sdf(WATER_ATOMS, "  1  2  8  0\n  1  3  1  0\n", "", 3, 2), "a query bond"});
        inputs.put("chg.sdf", new String[] {water("M  CHG  1   1  20\n"), "M  CHG: charge 20 of atom 1 is outside -15..15"});
        inputs.put("iso.sdf", new String[] {water("M  ISO  1   2  99\n"), "M  ISO: atom 2: no isotope 99H is known"});
        inputs.put("rad.sdf", new String[] {water("M  RAD  1   1   7\n"), "radical code 7 of atom 1"});
        inputs.put("chgcount.sdf", new String[] {water("M  CHG  3   1   1\n"), "M  CHG announces 3 entries"});
        inputs.put("counts.sdf", new String[] {"water\n  test\n\nabc  2  0  0  0  0  0  0  0  0999 V2000\n" + WATER_ATOMS + WATER_BONDS + "M  END\n$$$$\n",
                "line 4, columns 1-3: atom count 'abc'"});
        inputs.put("trunc.sdf", new String[] {"water\n  test\n\n  3  2  0  0  0  0  0  0  0  0999 V2000\n" + atom("0.0000", "O"), "record ends after 1 of the 5 atom and bond lines"});
        inputs.put("code.sdf", new String[] {sdf(atom("0.0000", "O").replaceFirst("O   0  0", "O   0  9"), "", "", 1, 0), "charge code 9 of atom 1"});
        inputs.put("og3.sdf", new String[] {v3000("Og"), "element Og (Z = 118)"});
        inputs.put("og.mol2", new String[] {mol2("Og", "0.0000"), "element Og (Z = 118)"});
        inputs.put("nan.mol2", new String[] {mol2("O.3", "nan"), "coordinate 'nan' is not a finite number"});
        inputs.put("du.mol2", new String[] {mol2("Du", "0.0000"), "dummy, lone pair or query atom"});
        inputs.put("exp.pdb", new String[] {pdbWater("9.9e+09", " O", "  "), "line 1, columns 31-38: x coordinate '9.9e+09'"});
        inputs.put("og.pdb", new String[] {pdbWater("   0.000", "OG", "  "), "line 1, columns 77-78: element Og"});
        inputs.put("chg.pdb", new String[] {pdbWater("   0.000", " O", "xx"), "line 1, columns 79-80: charge 'xx'"});
        inputs.put("og.cml", new String[] {cml("Og"), "element Og (Z = 118)"});
        inputs.put("bq.cml", new String[] {cml("Bq"), "atom 1"});
        inputs.put("bad.smi", new String[] {"CCO ethanol\nC1CC ring-open\n", "record 2 (ring-open)"});
        inputs.put("iso.smi", new String[] {"[99H]O water\n", "no isotope 99H is known"});
        inputs.put("empty.sdf", new String[] {"", "no structures found"});
        inputs.put("nul.xyz", new String[] {"3\n\0\0\0\n", "binary data (NUL characters)"});
        inputs.put("long.xyz", new String[] {"3".repeat(dev.curvature.io.LineSource.MAX_LINE_CHARS + 10), "longer than"});
        inputs.put("weird.dat", new String[] {"hello\nworld\n", "unknown structure format"});
        // overlapping atoms: the text needs two atoms on top of each other
        inputs.put("overlap.xyz", new String[] {"3\nw\nO 0 0 0\nH 0 0 0\nH 0 0.75 -0.47\n", "overlap"});

        List<Case> cases = new ArrayList<>();
        for (Map.Entry<String, String[]> in : inputs.entrySet())
            for (String cmd : COMMANDS)
                cases.add(new Case(cmd + " " + in.getKey(), Map.of(in.getKey(), in.getValue()[0].getBytes(StandardCharsets.ISO_8859_1)),
                        List.of(cmd, "{dir}/" + in.getKey()), 1, in.getValue()[1]));
        return cases;
    }

    /** Bad options and output names: exit 2 naming the option, nothing written. */
    private static List<Case> badUsage() {
        Map<String, byte[]> water = Map.of("water.xyz", WATER_XYZ.getBytes(StandardCharsets.US_ASCII));
        Map<String, byte[]> sdfNamedCsv = Map.of("water.csv", water("").getBytes(StandardCharsets.US_ASCII));
        Map<String, byte[]> sdfNamedPng = Map.of("water.png", water("").getBytes(StandardCharsets.US_ASCII));
        List<Case> c = new ArrayList<>();
        for (String cmd : List.of("optimize", "freq")) {
            c.add(new Case(cmd + " --fmax 0", water, List.of(cmd, "{dir}/water.xyz", "--fmax", "0"), 2, "--fmax must be a positive number"));
            c.add(new Case(cmd + " --fmax -1", water, List.of(cmd, "{dir}/water.xyz", "--fmax", "-1"), 2, "--fmax"));
            c.add(new Case(cmd + " --fmax NaN", water, List.of(cmd, "{dir}/water.xyz", "--fmax", "NaN"), 2, "--fmax"));
            c.add(new Case(cmd + " --max-iterations -1", water, List.of(cmd, "{dir}/water.xyz", "--max-iterations", "-1"), 2, "--max-iterations must be at least 1"));
            c.add(new Case(cmd + " --max-iterations 0", water, List.of(cmd, "{dir}/water.xyz", "--max-iterations", "0"), 2, "--max-iterations"));
            c.add(new Case(cmd + " --ts --mode 0", water, List.of(cmd, "{dir}/water.xyz", "--ts", "--mode", "0"), 2, "--mode counts from 1"));
            c.add(new Case(cmd + " --method foo", water, List.of(cmd, "{dir}/water.xyz", "--method", "foo"), 2, "unknown --method 'foo'"));
            c.add(new Case(cmd + " -o input", water, List.of(cmd, "{dir}/water.xyz", "-o", "{dir}/water.xyz"), 2, "refusing to overwrite the input file"));
            c.add(new Case(cmd + " -o input via ..", water, List.of(cmd, "{dir}/water.xyz", "-o", "{dir}/../{base}/water.xyz"), 2, "refusing to overwrite"));
            c.add(new Case(cmd + " -o missing dir", water, List.of(cmd, "{dir}/water.xyz", "-o", "{dir}/nodir/out.xyz"), 2, "does not exist"));
        }
        for (String cmd : List.of("energy", "optimize", "freq", "charges")) {
            c.add(new Case(cmd + " --model none", water, List.of(cmd, "{dir}/water.xyz", "--model", "none"), 2, "none"));
            c.add(new Case(cmd + " no such option", water, List.of(cmd, "{dir}/water.xyz", "--frobnicate"), 2, "--frobnicate"));
        }
        c.add(new Case("energy -o input", water, List.of("energy", "{dir}/water.xyz", "-o", "{dir}/water.xyz"), 2, "refusing to overwrite"));
        c.add(new Case("freq --molden input", Map.of("water.sdf", water("").getBytes(StandardCharsets.US_ASCII)),
                List.of("freq", "{dir}/water.sdf", "--molden", "{dir}/water.sdf"), 2, "--molden"));
        c.add(new Case("freq --spectrum sniffed input", sdfNamedCsv, List.of("freq", "{dir}/water.csv", "--spectrum", "{dir}/water.csv"), 2, "--spectrum"));
        c.add(new Case("freq --plot sniffed input", sdfNamedPng, List.of("freq", "{dir}/water.png", "--plot", "{dir}/water.png"), 2, "--plot"));
        c.add(new Case("freq --molden same as -o", water, List.of("freq", "{dir}/water.xyz", "-o", "{dir}/out.xyz", "--molden", "{dir}/out.xyz"), 2, "the same file as -o"));
        c.add(new Case("freq --temperature 0", water, List.of("freq", "{dir}/water.xyz", "--temperature", "0"), 2, "--temperature"));
        c.add(new Case("freq --symmetry-number 0", water, List.of("freq", "{dir}/water.xyz", "--symmetry-number", "0"), 2, "--symmetry-number"));
        c.add(new Case("freq --fwhm 0", water, List.of("freq", "{dir}/water.xyz", "--fwhm", "0"), 2, "FWHM"));
        c.add(new Case("freq --lineshape square", water, List.of("freq", "{dir}/water.xyz", "--lineshape", "square"), 2, "unknown line shape"));
        c.add(new Case("charges --method foo", water, List.of("charges", "{dir}/water.xyz", "--method", "foo"), 2, "unknown charge method 'foo'"));
        return c;
    }

    @TestFactory
    Stream<DynamicTest> corpus(@TempDir Path root) {
        List<Case> all = new ArrayList<>(badData());
        all.addAll(badUsage());
        assertTrue(all.size() >= 100, "corpus has " + all.size() + " cases");
        int[] k = {0};
        return all.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c, root.resolve("case" + k[0]++))));
    }

    private static void check(Case c, Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<Path, byte[]> before = new HashMap<>();
        for (Map.Entry<String, byte[]> f : c.files().entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.write(p, f.getValue());
            before.put(p, f.getValue());
        }
        String[] args = c.args().stream().map(a -> a.replace("{dir}", dir.toString()).replace("{base}", dir.getFileName().toString()))
                .toArray(String[]::new);
        CliHarness.Run r = CliHarness.run(dev.curvature.registry.EnergyModels.registry(), args);
        assertNoHarm(c.name(), r, dir, before);
        assertEquals(c.exit(), r.exitCode(), c.name() + ": " + r.err());
        if (c.message() != null) assertTrue(r.err().contains(c.message()), c.name() + ": expected '" + c.message() + "' in: " + r.err());
    }

    /** No stack trace, no internal error, inputs byte for byte, no file but the inputs. */
    static void assertNoHarm(String name, CliHarness.Run r, Path dir, Map<Path, byte[]> inputs) throws IOException {
        String all = r.out() + r.err();
        assertFalse(all.contains("\tat ") || all.contains("Exception") || all.contains("internal error") || all.contains("Error:"),
                name + ": stack trace or internal error: " + all);
        assertFalse(r.err().isBlank(), name + ": no message");
        for (Map.Entry<Path, byte[]> in : inputs.entrySet())
            assertArrayEquals(in.getValue(), Files.readAllBytes(in.getKey()), name + ": input changed: " + in.getKey());
        TreeSet<String> left = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) { files.forEach(f -> left.add(f.getFileName().toString())); }
        TreeSet<String> expected = new TreeSet<>();
        for (Path p : inputs.keySet()) expected.add(p.getFileName().toString());
        assertEquals(expected, left, name + ": files left behind");
    }

    // --- cases that need the file system rather than file contents --------------------------------

    @Test void outputsNamingTheInputThroughLinksAreRefused(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("water.sdf");
        byte[] content = water("").getBytes(StandardCharsets.US_ASCII);
        Files.write(input, content);
        Files.createSymbolicLink(dir.resolve("link.sdf"), input);
        Files.createLink(dir.resolve("hard.sdf"), input);
        Files.createDirectory(dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("sub/up"), dir);
        Map<Path, byte[]> inputs = new HashMap<>();
        for (String n : List.of("water.sdf", "link.sdf", "hard.sdf")) inputs.put(dir.resolve(n), content);
        for (String[] opt : List.of(new String[] {"-o", "link.sdf"}, new String[] {"-o", "hard.sdf"}, new String[] {"--molden", "link.sdf"},
                new String[] {"--molden", "hard.sdf"}, new String[] {"-o", "sub/up/water.sdf"}, new String[] {"--molden", "sub/../water.sdf"})) {
            CliHarness.Run r = CliHarness.run(dev.curvature.registry.EnergyModels.registry(), "freq", input.toString(), opt[0], dir.resolve(opt[1]).toString());
            assertEquals(2, r.exitCode(), Arrays.toString(opt) + ": " + r.err());
            assertTrue(r.err().contains("refusing to overwrite the input file"), r.err());
            for (Map.Entry<Path, byte[]> in : inputs.entrySet()) assertArrayEquals(in.getValue(), Files.readAllBytes(in.getKey()));
        }
    }

    @Test void fifoDevicesAndDirectoriesAreRefusedWithoutBlocking(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.xyz");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        for (String input : List.of(fifo.toString(), "/dev/zero", "/dev/null")) {
            for (String cmd : COMMANDS) {
                CliHarness.Run r = CliHarness.run(dev.curvature.registry.EnergyModels.registry(), cmd, input);
                assertEquals(1, r.exitCode(), input + ": " + r.err());
                assertTrue(r.err().contains("not a regular file"), r.err());
            }
        }
        CliHarness.Run r = CliHarness.run(dev.curvature.registry.EnergyModels.registry(), "energy", dir.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("is a directory"), r.err());
    }

    @Test void freqTooLargeForTheHeapIsRefusedBeforeItStarts(@TempDir Path dir) throws Exception {
        // enough argon atoms (4 Å apart, no bonds) that four dense 3N×3N matrices exceed the heap
        int n = (int) Math.ceil(Math.sqrt(Runtime.getRuntime().maxMemory() / (double) (4 * 8 * 9))) + 200;
        int side = (int) Math.ceil(Math.cbrt(n));
        StringBuilder xyz = new StringBuilder().append(n).append("\nargon\n");
        for (int a = 0; a < n; a++)
            xyz.append(String.format(java.util.Locale.ROOT, "Ar %.1f %.1f %.1f%n", 4.0 * (a % side), 4.0 * (a / side % side), 4.0 * (a / side / side)));
        Path input = dir.resolve("argon.xyz");
        Files.writeString(input, xyz);
        CliHarness.Run r = CliHarness.run(CliHarness.testRegistry(), "freq", input.toString(), "--no-opt", "--model", "loose");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("needs about") && r.err().contains("-Xmx"), r.err());
        assertNoHarm("freq argon", r, dir, Map.of(input, xyz.toString().getBytes(StandardCharsets.US_ASCII)));
    }

    @Test void smilesFileWithATitleLineReadsLikeRdkit(@TempDir Path dir) throws Exception {
        Path smi = dir.resolve("set.smi");
        Files.writeString(smi, "smiles name\nO water\nC methane\n");
        CliHarness.Run r = CliHarness.run(dev.curvature.registry.EnergyModels.registry(), "energy", smi.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(2, r.outLines().size());
        assertTrue(r.outLines().get(0).contains("\"name\":\"water\""), r.out());
    }

    @Test void jsonIsStrictAndIsotopesAreListed() {
        CliHarness.Run r = CliHarness.run(dev.curvature.registry.EnergyModels.registry(), "energy", "[2H]O[2H]", "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertFalse(r.out().contains("NaN") || r.out().contains("Infinity"));
        assertTrue(r.out().contains("\"isotopes\":{\"1\":2,\"3\":2}"), r.out());
    }
}
