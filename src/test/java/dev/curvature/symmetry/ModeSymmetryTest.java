package dev.curvature.symmetry;

import dev.curvature.forcefield.mmff.MmffForceField;
import dev.curvature.io.ReadOptions;
import dev.curvature.io.Record;
import dev.curvature.io.StructureReader;
import dev.curvature.spectrum.VibrationalIntensities;
import dev.curvature.structure.Structure;
import dev.curvature.testing.vib.Geometry;
import dev.curvature.workflow.FrequencyAnalysis;
import dev.curvature.workflow.IntensityAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Mode irreps against the textbook Γvib of each example (Herzberg, <i>Infrared and Raman Spectra</i>,
 * 1945; benzene: Wilson numbering as in NIST CCCBDB) and against the independent count of unmoved
 * atoms; selection rules against the published tables; IR/Raman mutual exclusion in our computed
 * intensities of centrosymmetric molecules.
 */
class ModeSymmetryTest {
    private static final Map<String, FrequencyAnalysis.Result> CACHE = new HashMap<>();

    static FrequencyAnalysis.Result analysed(String name) throws Exception {
        FrequencyAnalysis.Result r = CACHE.get(name);
        if (r != null) return r;
        Structure s;
        try (StructureReader reader = StructureReader.open(Path.of("examples", name + ".sdf"), ReadOptions.DEFAULT)) {
            Record rec = reader.next();
            s = rec.structure();
        }
        r = FrequencyAnalysis.run(MmffForceField.forName("MMFF94").bind(s), s, FrequencyAnalysis.Options.defaults(), null);
        CACHE.put(name, r);
        return r;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "water; 2A1 + B2",
            "ammonia; 2A1 + 2E",
            "methane; A1 + E + 2T2",
            "co2; Ag + B1u + B2u + B3u",
            "ethane_staggered; 3A1g + 3Eg + A1u + 2A2u + 3Eu",
            "benzene; 2A1g + A2g + 2B2g + E1g + 4E2g + A2u + 2B1u + 2B2u + 3E1u + 2E2u"})
    void modeLabelsAddUpToTheTextbookRepresentation(String name, String expected) throws Exception {
        FrequencyAnalysis.Result r = analysed(name);
        ModeSymmetry sym = ModeSymmetry.of(r.modes(), r.pointGroup());
        assertTrue(sym.available(), sym.note());
        assertEquals(expected, sym.vibrationalRepresentation(), "counting unmoved atoms");
        assertEquals(expected, sym.representationOfModes(), "from the mode vectors: " + sym);
    }

    @Test
    void waterAntisymmetricStretchIsB2AndCo2BendIsOnePiPair() throws Exception {
        ModeSymmetry w = ModeSymmetry.of(analysed("water").modes(), analysed("water").pointGroup());
        assertArrayEquals(new String[] {"A1", "A1", "B2"}, w.labels());
        FrequencyAnalysis.Result co2 = analysed("co2");
        ModeSymmetry c = ModeSymmetry.of(co2.modes(), co2.pointGroup());
        assertEquals("D2h", c.labelGroup());
        assertTrue(c.note().contains("D∞h"), c.note());
        assertEquals("B2u+B3u", c.label(0));
        assertEquals(c.setIndex(0), c.setIndex(1));
        assertEquals("Ag", c.label(2)); // symmetric stretch below the antisymmetric one
        assertEquals("B1u", c.label(3));
        assertEquals("Raman", c.activity(2));
        assertEquals("IR", c.activity(3));
    }

    @Test
    void labelsDoNotDependOnOrientation() throws Exception {
        FrequencyAnalysis.Result r = analysed("benzene");
        Structure turned = r.structure().withPositions(Geometry.transform(r.structure().positions(),
                Geometry.rotation(0.3, -0.8, 0.5, 2.1), new double[] {3, -7, 11}));
        dev.curvature.vibration.NormalModes m = dev.curvature.vibration.NormalModes.of(turned,
                dev.curvature.structure.MassModel.STANDARD_ATOMIC_WEIGHT,
                MmffForceField.forName("MMFF94").bind(turned));
        ModeSymmetry a = ModeSymmetry.of(r.modes(), r.pointGroup()), b = ModeSymmetry.of(m, PointGroupDetector.detect(turned));
        assertArrayEquals(a.labels(), b.labels());
    }

    @Test
    void centrosymmetricMoleculesObeyMutualExclusionInOurIntensities() throws Exception {
        for (String name : new String[] {"co2", "benzene", "ethane_staggered"}) {
            FrequencyAnalysis.Result r = analysed(name);
            ModeSymmetry sym = ModeSymmetry.of(r.modes(), r.pointGroup());
            VibrationalIntensities vi = IntensityAnalysis.run(r.modes(), "qeq", true);
            double[] ir = vi.infrared().intensitiesKmPerMol(), raman = vi.raman().activitiesA4PerAmu();
            double maxIr = 0, maxRaman = 0;
            for (int k = 0; k < ir.length; k++) { maxIr = Math.max(maxIr, ir[k]); maxRaman = Math.max(maxRaman, raman[k]); }
            int g = 0, u = 0;
            for (int k = 0; k < ir.length; k++) {
                String label = sym.label(k);
                boolean gerade = label.matches("[^+]*g(\\+[^+]*g)*"), ungerade = label.matches("[^+]*u(\\+[^+]*u)*");
                assertTrue(gerade ^ ungerade, name + " mode " + (k + 1) + ": " + label);
                if (gerade) { g++; assertEquals(0, ir[k], 1e-4 * maxIr, name + " mode " + (k + 1) + " " + label + " has IR intensity"); }
                else { u++; assertEquals(0, raman[k], 1e-4 * maxRaman, name + " mode " + (k + 1) + " " + label + " has Raman activity"); }
                assertFalse(gerade ? sym.irAllowed(k) : sym.ramanAllowed(k), name + " mode " + (k + 1) + " " + label);
            }
            assertTrue(g > 0 && u > 0, name);
        }
    }

    @Test
    void selectionRulesMatchThePublishedTables() {
        assertRules("C2v", "IR: A1, B1, B2; Raman: A1, A2, B1, B2");
        assertRules("C3v", "IR: A1, E; Raman: A1, E");
        assertRules("D2h", "IR: B1u, B2u, B3u; Raman: Ag, B1g, B2g, B3g");
        assertRules("D3h", "IR: E', A2''; Raman: A1', E', E''");
        assertRules("D3d", "IR: A2u, Eu; Raman: A1g, Eg");
        assertRules("D6h", "IR: A2u, E1u; Raman: A1g, E1g, E2g");
        assertRules("Td", "IR: T2; Raman: A1, E, T2");
        assertRules("Oh", "IR: T1u; Raman: A1g, Eg, T2g");
        assertRules("C2h", "IR: Au, Bu; Raman: Ag, Bg");
        assertRules("Ci", "IR: Au; Raman: Ag");
        assertRules("D4h", "IR: A2u, Eu; Raman: A1g, B1g, B2g, Eg");
        assertRules("D2d", "IR: B2, E; Raman: A1, B1, B2, E");
        assertRules("C4v", "IR: A1, E; Raman: A1, B1, B2, E");
    }

    private static void assertRules(String group, String expected) {
        CharacterTable t = CharacterTable.forGroup(group).orElseThrow();
        java.util.List<String> ir = new java.util.ArrayList<>(), raman = new java.util.ArrayList<>();
        for (int i = 0; i < t.irreps().size(); i++) {
            if (t.irActive(i)) ir.add(t.irreps().get(i));
            if (t.ramanActive(i)) raman.add(t.irreps().get(i));
        }
        assertEquals(expected, "IR: " + String.join(", ", ir) + "; Raman: " + String.join(", ", raman), group);
    }

    @Test
    void everyTableIsAConsistentCharacterTable() {
        for (String g : CharacterTable.groups()) {
            CharacterTable t = CharacterTable.forGroup(g).orElseThrow();
            int h = t.order(), classes = t.classNames().size(), sum = 0;
            for (int c = 0; c < classes; c++) {
                String name = t.classNames().get(c);
                int stated = name.matches("\\d.*") ? Integer.parseInt(name.replaceAll("^(\\d+).*", "$1")) : 1;
                assertEquals(stated, t.classSize(c), g + " class " + name);
                sum += t.classSize(c);
            }
            assertEquals(h, sum, g);
            int dims = 0;
            for (int i = 0; i < t.irreps().size(); i++) {
                dims += t.dimension(i) * t.dimension(i);
                for (int j = 0; j < t.irreps().size(); j++) {
                    double s = 0;
                    for (int c = 0; c < classes; c++) s += t.classSize(c) * t.character(i, c) * t.character(j, c);
                    assertEquals(i == j ? h : 0, s, 1e-9, g + " rows " + t.irreps().get(i) + ", " + t.irreps().get(j));
                }
            }
            assertEquals(h, dims, g + ": Σ dim² = order");
            assertEquals(classes, t.irreps().size(), g + ": as many irreps as classes");
        }
    }

    /**
     * Two CHFClBr (each at its MMFF94 minimum) 40 Å apart, the second a translated copy of the
     * first, taken as they are (no optimization, which would pull them into a C2 dimer): no
     * symmetry (C1), and every mode pairs with its copy's within a fraction of a cm⁻¹. Each mode is
     * "A", not "2A" (a 1 060-atom cluster printed "15A" for such sets), and the labels still add up
     * to Γvib.
     */
    @Test
    void accidentallyDegenerateModesOfOneIrrepAreEachThatIrrep(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String[] one = {"C 0.00231353 0.00077061 -0.01317897", "H -0.00083575 -0.01515273 1.07945364",
                "F 1.28641807 0.00000898 -0.45122422", "Cl -0.82783404 1.44477789 -0.59055057",
                "Br -0.91006180 -1.59040474 -0.63449988"};
        double[] shift = {23.1, 17.3, 27.9};
        StringBuilder xyz = new StringBuilder("10\ntwo CHFClBr\n");
        for (int copy = 0; copy < 2; copy++)
            for (String line : one) {
                String[] f = line.split(" ");
                xyz.append(f[0]);
                for (int c = 0; c < 3; c++) xyz.append(' ').append(Double.parseDouble(f[c + 1]) + copy * shift[c]);
                xyz.append('\n');
            }
        Path file = dir.resolve("two-chfclbr.xyz");
        java.nio.file.Files.writeString(file, xyz);
        Structure s;
        try (StructureReader reader = StructureReader.open(file, ReadOptions.DEFAULT)) {
            s = reader.next().structure();
        }
        FrequencyAnalysis.Result r = FrequencyAnalysis.run(MmffForceField.forName("MMFF94").bind(s), s,
                FrequencyAnalysis.Options.defaults().withOptimize(false), null);
        ModeSymmetry sym = ModeSymmetry.of(r.modes(), r.pointGroup());
        assertEquals("C1", r.pointGroup().schoenflies());
        assertTrue(sym.available(), sym.note());
        double[] f = r.modes().frequenciesCm1();
        assertTrue(Math.abs(f[f.length - 1] - f[f.length - 2]) < ModeSymmetry.DEGENERATE_CM1, "copies pair up");
        for (int k = 0; k < sym.modeCount(); k++) assertEquals("A", sym.label(k), sym.toString());
        assertEquals("24A", sym.vibrationalRepresentation());
        assertEquals("24A", sym.representationOfModes(), sym.toString());
    }
}
