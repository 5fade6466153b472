package dev.curvature.io;

import dev.curvature.structure.Bond;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.curvature.io.Fixtures.count;
import static dev.curvature.io.Fixtures.countBonds;
import static dev.curvature.io.Fixtures.path;
import static dev.curvature.io.Fixtures.readAll;
import static dev.curvature.io.Fixtures.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StructureReaderTest {

    /** Phenol's Kekulé structure: 3 C=C, 3 aromatic-ring C–C, one C–O, and the hydrogens. */
    private static void assertPhenol(Structure s) {
        assertEquals("C6H6O", s.formula());
        assertEquals(13, s.bonds().size());
        assertEquals(3, countBonds(s, 6, 6, 2), "C=C bonds");
        assertEquals(3, countBonds(s, 6, 6, 1), "C-C bonds");
        assertEquals(1, countBonds(s, 6, 8, 1));
        assertEquals(0, s.totalCharge());
    }

    @Test void sdfV2000() throws Exception {
        Structure s = single("ethanol.sdf");
        assertEquals("ethanol", s.name());
        assertEquals("C2H6O", s.formula());
        assertEquals(8, s.bonds().size());
        assertEquals(-0.875452, s.x(0), 1e-4);
    }

    @Test void sdfV3000() throws Exception {
        assertPhenol(single("phenol_v3000.mol"));
    }

    @Test void mol2WithAromaticBondsIsKekulized() throws Exception {
        Structure s = single("phenol.mol2");
        assertPhenol(s);
        assertEquals("phenol", s.name());
    }

    @Test void pdbWithConect() throws Exception {
        assertPhenol(single("phenol.pdb"));
    }

    @Test void cml() throws Exception {
        Structure s = single("ethanol.cml");
        assertEquals("C2H6O", s.formula());
        assertEquals(8, s.bonds().size());
    }

    @Test void xyzBondsAndOrdersArePerceived() throws Exception {
        Structure phenol = single("phenol.xyz");
        assertPhenol(phenol);
        assertEquals("phenol", phenol.name());
        Structure ethanol = single("ethanol.xyz");
        assertEquals(8, ethanol.bonds().size());
        assertTrue(ethanol.bonds().stream().allMatch(b -> b.order() == 1));
    }

    @Test void xyzChargesArePerceivedForCommonGroups() throws Exception {
        Structure acetate = single("acetate.xyz");
        assertEquals(-1, acetate.totalCharge());
        assertEquals(1, countBonds(acetate, 6, 8, 2));
        Structure nitro = single("nitromethane.xyz");
        assertEquals(0, nitro.totalCharge());
        int nPlus = 0, oMinus = 0;
        for (int a = 0; a < nitro.atomCount(); a++) {
            if (nitro.atomicNumber(a) == 7 && nitro.formalCharge(a) == 1) nPlus++;
            if (nitro.atomicNumber(a) == 8 && nitro.formalCharge(a) == -1) oMinus++;
        }
        assertEquals(1, nPlus);
        assertEquals(1, oMinus);
        assertEquals(1, countBonds(nitro, 7, 8, 2));
    }

    @Test void chargesFromSdf() throws Exception {
        Structure acetate = single("acetate.sdf");
        assertEquals(-1, acetate.totalCharge());
    }

    @Test void multiFrameXyzAndSmilesFile() throws Exception {
        List<Record> frames = readAll(path("two_frames.xyz"), ReadOptions.DEFAULT);
        assertEquals(2, frames.size());
        assertEquals("phenol", frames.get(1).title());
        assertEquals(2, frames.get(1).number());
        List<Record> smi = readAll(path("two.smi"), ReadOptions.DEFAULT);
        assertEquals(2, smi.size());
        assertEquals("ethanol", smi.get(0).structure().name());
        assertEquals("C6H6O", smi.get(1).structure().formula());
    }

    @Test void brokenRecordDoesNotStopTheOthers() throws Exception {
        Path file = Path.of("examples/three_records_one_broken.sdf");
        List<Record> records = readAll(file, ReadOptions.DEFAULT);
        assertEquals(3, records.size());
        assertTrue(records.get(0).isOk());
        assertFalse(records.get(1).isOk());
        assertTrue(records.get(2).isOk());
        assertEquals("methane", records.get(2).structure().name());
        String message = records.get(1).errorMessage();
        assertTrue(message.startsWith(file + ": record 2 (broken_ammonia): "), message);
        assertFalse(message.contains("\n"));
    }

    @Test void emptyAndMissingFiles(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.sdf"), "\n\n");
        try (StructureReader r = StructureReader.open(empty, ReadOptions.DEFAULT)) {
            assertFalse(r.hasNext());
            assertEquals(empty + ": no structures found", r.noStructuresMessage());
        }
        StructureInputException e = assertThrows(StructureInputException.class,
                () -> StructureReader.open(dir.resolve("nothere.sdf"), ReadOptions.DEFAULT));
        assertEquals(dir.resolve("nothere.sdf") + ": no such file", e.getMessage());
        Path unknown = Files.writeString(dir.resolve("notes.txt"), "hello\n");
        assertThrows(StructureInputException.class, () -> StructureReader.open(unknown, ReadOptions.DEFAULT));
    }

    /** A gzipped file (.pdb.gz, or no format extension at all before .gz) reads as the plain one; a fake .gz is one clear line. */
    @Test void gzippedFilesAreReadThroughDecompression(@TempDir Path dir) throws Exception {
        for (String target : new String[]{"phenol.pdb.gz", "phenol_data.gz"}) {
            Path gz = dir.resolve(target);
            try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
                Files.copy(path("phenol.pdb"), out);
            }
            assertPhenol(readAll(gz, ReadOptions.DEFAULT).get(0).structure());
        }
        Path fake = Files.copy(path("phenol.pdb"), dir.resolve("fake.pdb.gz"));
        StructureInputException e = assertThrows(StructureInputException.class, () -> StructureReader.open(fake, ReadOptions.DEFAULT));
        assertTrue(e.getMessage().startsWith(fake + ": cannot read: not in gzip format"), e.getMessage());
    }

    @Test void formatIsSniffedWithoutExtension(@TempDir Path dir) throws Exception {
        Path noExt = Files.copy(path("phenol.mol2"), dir.resolve("phenol_data"));
        assertPhenol(readAll(noExt, ReadOptions.DEFAULT).get(0).structure());
    }

    @Test void heavyAtomOnlySdfIsFlaggedAndHydrogensCanBeAdded() throws Exception {
        Record plain = readAll(path("phenol_heavy.sdf"), ReadOptions.DEFAULT).get(0);
        assertTrue(plain.isOk());
        assertTrue(plain.missingHydrogens());
        assertEquals(7, plain.structure().atomCount());

        Record withH = readAll(path("phenol_heavy.sdf"), new ReadOptions(true)).get(0);
        assertTrue(withH.isOk(), withH::errorMessage);
        assertFalse(withH.missingHydrogens());
        Structure s = withH.structure();
        assertPhenol(s);
        for (Bond b : s.bonds()) {
            boolean ch = s.atomicNumber(b.i()) + s.atomicNumber(b.j()) == 7;
            if (ch) assertEquals(1.09, Fixtures.length(s, b), 1e-6);
        }
        assertHydrogensDoNotClash(s);
    }

    @Test void heavyAtomOnlyXyzIsFlaggedAndAddingHydrogensIsRefused() throws Exception {
        Record plain = readAll(path("ethanol_heavy.xyz"), ReadOptions.DEFAULT).get(0);
        assertTrue(plain.isOk());
        assertTrue(plain.missingHydrogens());
        Record refused = readAll(path("ethanol_heavy.xyz"), new ReadOptions(true)).get(0);
        assertFalse(refused.isOk());
        assertTrue(refused.reason().startsWith("cannot add hydrogens"), refused.reason());
    }

    @Test void completeMoleculesWithoutHydrogenAreNotFlagged() throws Exception {
        Record co2 = readAll(Path.of("examples/co2.sdf"), ReadOptions.DEFAULT).get(0);
        assertFalse(co2.missingHydrogens());
        Record water = readAll(Path.of("examples/water.sdf"), ReadOptions.DEFAULT).get(0);
        assertFalse(water.missingHydrogens());
    }

    @Test void pdbWithoutConectGetsPerceivedBonds() throws Exception {
        assertPhenol(single("phenol_noconect.pdb"));
    }

    @Test void pdbModelsAreRecords() throws Exception {
        List<Record> models = readAll(path("two_models.pdb"), ReadOptions.DEFAULT);
        assertEquals(2, models.size());
        for (Record r : models) {
            assertTrue(r.isOk(), r::errorMessage);
            assertEquals("C2H6O", r.structure().formula());
            assertEquals(8, r.structure().bonds().size());
        }
    }

    /** An atom at two alternate locations (column 17, as in crystal structures) is one atom: the first location, with a warning. */
    @Test void pdbAlternateLocationsKeepTheFirst() throws Exception {
        String ethanol = """
                ATOM      1  C1  ETH A   1      -0.875   0.227   0.003  1.00  0.00           C
                ATOM      2  C2  ETH A   1       0.508  -0.243   0.404  1.00  0.00           C
                ATOM      3  O1 AETH A   1       1.473   0.257  -0.509  0.60  0.00           O
                ATOM      4  O1 BETH A   1       1.300   0.600  -0.700  0.40  0.00           O
                ATOM      5  H1  ETH A   1      -1.630  -0.137   0.707  1.00  0.00           H
                ATOM      6  H2  ETH A   1      -0.917   1.320  -0.027  1.00  0.00           H
                ATOM      7  H3  ETH A   1      -1.129  -0.130  -1.001  1.00  0.00           H
                ATOM      8  H4  ETH A   1       0.761   0.122   1.403  1.00  0.00           H
                ATOM      9  H5  ETH A   1       0.564  -1.336   0.411  1.00  0.00           H
                ATOM     10  H6 AETH A   1       1.245  -0.081  -1.392  0.60  0.00           H
                ATOM     11  H6 BETH A   1       1.100   0.300  -1.500  0.40  0.00           H
                END
                """;
        try (StructureReader r = StructureReader.ofText(ethanol, InputFormat.PDB, "altloc.pdb", ReadOptions.DEFAULT)) {
            Record rec = r.next();
            assertTrue(rec.isOk(), rec::errorMessage);
            assertEquals("C2H6O", rec.structure().formula());
            assertEquals(8, rec.structure().bonds().size());
            assertEquals(1.473, rec.structure().x(2), 1e-12);
            assertEquals(List.of("2 alternate-location atom records skipped (the first location of each atom kept)"), rec.warnings());
        }
    }

    @Test void badXyzFrameIsReportedAndTheNextFrameRead() throws Exception {
        List<Record> frames = readAll(path("bad_second_frame.xyz"), ReadOptions.DEFAULT);
        assertEquals(3, frames.size());
        assertTrue(frames.get(0).isOk());
        assertFalse(frames.get(1).isOk());
        assertTrue(frames.get(1).errorMessage().endsWith("bad_second_frame.xyz: record 2 (bad_frame): line 14, atom 1: '-x.875452' is not a finite decimal number"),
                frames.get(1).errorMessage());
        assertTrue(frames.get(2).isOk());
        assertEquals("third", frames.get(2).structure().name());
    }

    @Test void twoDimensionalInputIsFlagged() throws Exception {
        Record r = readAll(path("ethanol_2d.sdf"), ReadOptions.DEFAULT).get(0);
        assertTrue(r.isOk());
        assertTrue(r.warnings().contains("coordinates are 2-D (all z = 0)"), r.warnings().toString());
        assertTrue(r.missingHydrogens(), "the 2-D drawing has implicit hydrogens");
    }

    @Test void heavyAtomOnlyMol2GetsHydrogensFromCdkTyping() throws Exception {
        Record plain = readAll(path("phenol_heavy.mol2"), ReadOptions.DEFAULT).get(0);
        assertTrue(plain.missingHydrogens());
        Record withH = readAll(path("phenol_heavy.mol2"), new ReadOptions(true)).get(0);
        assertTrue(withH.isOk(), withH::errorMessage);
        assertPhenol(withH.structure());
        assertHydrogensDoNotClash(withH.structure());
    }

    @Test void heavyAtomAromaticBondsGetKekuleFormsAndHydrogens() throws Exception {
        List<Record> plain = readAll(path("aromatic_heavy.sdf"), ReadOptions.DEFAULT);
        assertEquals(3, plain.size());
        for (Record r : plain) assertTrue(r.isOk() && r.missingHydrogens(), r::toString);
        List<Record> withH = readAll(path("aromatic_heavy.sdf"), new ReadOptions(true));
        assertEquals(List.of("C4H5N", "C5H5NO", "C8H10N4O2"), withH.stream().map(r -> r.structure().formula()).toList());
        for (Record r : withH) {
            assertTrue(r.structure().bonds().stream().noneMatch(b -> b.order() == Bond.AROMATIC), r::toString);
            assertHydrogensDoNotClash(r.structure());
        }
    }

    static void assertHydrogensDoNotClash(Structure s) {
        for (int i = 0; i < s.atomCount(); i++)
            for (int j = i + 1; j < s.atomCount(); j++) {
                double dx = s.x(i) - s.x(j), dy = s.y(i) - s.y(j), dz = s.z(i) - s.z(j);
                assertTrue(Math.sqrt(dx * dx + dy * dy + dz * dz) > 0.9, "atoms " + (i + 1) + " and " + (j + 1) + " clash");
            }
    }
}
