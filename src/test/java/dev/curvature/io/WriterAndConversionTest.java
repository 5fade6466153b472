package dev.curvature.io;

import dev.curvature.build.CdkConversion;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openscience.cdk.interfaces.IAtomContainer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.curvature.io.Fixtures.readAll;
import static dev.curvature.io.Fixtures.single;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WriterAndConversionTest {

    private static void assertSameStructure(Structure a, Structure b, double tolerance) {
        assertEquals(a.name(), b.name());
        assertEquals(a.atomCount(), b.atomCount());
        for (int i = 0; i < a.atomCount(); i++) {
            assertEquals(a.element(i), b.element(i));
            assertEquals(a.formalCharge(i), b.formalCharge(i));
        }
        assertArrayEquals(a.positions(), b.positions(), tolerance);
        assertEquals(a.bonds(), b.bonds());
        assertEquals(a.totalCharge(), b.totalCharge());
    }

    @Test void structureToCdkAndBack() throws Exception {
        for (String f : new String[]{"phenol.sdf", "acetate.sdf", "nitromethane.sdf"}) {
            Structure s = single(f);
            IAtomContainer mol = CdkConversion.toCdk(s);
            assertSameStructure(s, CdkConversion.toStructure(mol), 0);
        }
    }

    @Test void aromaticOrderSurvivesWhenNoKekuleFormExists() throws Exception {
        // A lone aromatic C-C pair with an odd π count has no Kekulé form: order 4 must be kept.
        Structure s = Structure.of("odd", new Element[]{Element.of("C"), Element.of("C"), Element.of("C")},
                new double[]{0, 0, 0, 1.4, 0, 0, 2.1, 1.2, 0}, new int[3],
                List.of(new Bond(0, 1, Bond.AROMATIC), new Bond(1, 2, Bond.AROMATIC)));
        Structure back = CdkConversion.toStructure(CdkConversion.toCdk(s));
        assertEquals(List.of(new Bond(0, 1, 4), new Bond(1, 2, 4)), back.bonds());
    }

    @Test void sdfAndXyzWritersRoundTrip(@TempDir Path dir) throws Exception {
        Structure acetate = single("acetate.sdf");
        Structure phenol = single("phenol.sdf");
        Path sdf = dir.resolve("out.sdf");
        StructureWriter.write(sdf, List.of(acetate, phenol), List.of());
        List<Record> back = readAll(sdf, ReadOptions.DEFAULT);
        assertEquals(2, back.size());
        assertSameStructure(acetate, back.get(0).structure(), 1e-4);
        assertSameStructure(phenol, back.get(1).structure(), 1e-4);

        Path xyz = dir.resolve("out.xyz");
        StructureWriter.write(xyz, List.of(phenol), List.of());
        Structure fromXyz = readAll(xyz, ReadOptions.DEFAULT).get(0).structure();
        assertArrayEquals(phenol.positions(), fromXyz.positions(), 1e-8);
        assertEquals(phenol.name(), fromXyz.name());
    }

    @Test void totalChargeAndNameDataItemSurviveSdf(@TempDir Path dir) throws Exception {
        Structure radicalCation = new Structure("", new Element[]{Element.of("C"), Element.of("H")},
                new double[]{0, 0, 0, 1.1, 0, 0}, new int[2], List.of(new Bond(0, 1, 1)), 1, null);
        Path sdf = dir.resolve("ch.sdf");
        StructureWriter.write(sdf, List.of(radicalCation), List.of());
        Structure back = readAll(sdf, ReadOptions.DEFAULT).get(0).structure();
        assertEquals(1, back.totalCharge());
        Path named = Files.writeString(dir.resolve("named.sdf"), Files.readString(Fixtures.path("ethanol.sdf"))
                .replaceFirst("ethanol", "").replace("$$$$", "> <NAME>\nethyl alcohol\n\n$$$$"));
        assertEquals("ethyl alcohol", readAll(named, ReadOptions.DEFAULT).get(0).structure().name());
    }

    @Test void writerRefusesToOverwriteAnInputAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
        Path input = Files.copy(Fixtures.path("phenol.sdf"), dir.resolve("in.sdf"));
        byte[] before = Files.readAllBytes(input);
        Structure s = single("phenol.sdf");
        StructureInputException e = assertThrows(StructureInputException.class,
                () -> StructureWriter.write(dir.resolve("sub/../in.sdf"), List.of(s), List.of(input)));
        assertTrue(e.getMessage().contains("refusing to overwrite the input file"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(input));
        StructureWriter.write(dir.resolve("new.sdf"), List.of(s), List.of(input));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("in.sdf", "new.sdf"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
