package dev.curvature.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.apache.parquet.example.data.Group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChunkRecordsTest {
    private static final Path SUITE = Path.of(System.getProperty("curvature.shared.dir", "../shared"), "data", "mmff94-validation");

    private static List<String> all(List<InputChunk> chunks) throws Exception {
        List<String> out = new ArrayList<>();
        for (InputChunk c : chunks) {
            int before = out.size();
            ChunkRecords.read(c, (k, text) -> { assertEquals(out.size() - before, k); out.add(text); return true; });
            assertEquals(out.size() - before, ChunkRecords.count(c), "count of chunk " + c);
        }
        return out;
    }

    /** Every cut of the file gives the same records, in the same order, each exactly once. */
    private static void checkEveryChunkSize(Path file, int expectedRecords) throws Exception {
        List<String> whole = all(InputPlanner.plan(List.of(file), Long.MAX_VALUE));
        assertEquals(expectedRecords, whole.size(), file.toString());
        for (long piece : new long[] {1024, 1500, 4099, 10_000, 77_777, 300_000}) {
            List<InputChunk> chunks = InputPlanner.plan(List.of(file), piece);
            assertTrue(chunks.size() > 1 || Files.size(file) <= piece);
            assertEquals(whole, all(chunks), file + " cut every " + piece + " bytes");
        }
    }

    @Test
    void sdfMol2AndSmilesSplitAtRecordBoundariesWhereverTheCutFalls() throws Exception {
        checkEveryChunkSize(SUITE.resolve("MMFF94_hypervalent.sdf"), 761);
        checkEveryChunkSize(SUITE.resolve("MMFF94_hypervalent.mol2"), 761);
        checkEveryChunkSize(SUITE.resolve("MMFF94_hypervalent.smi"), 761);
    }

    @Test
    void gzippedFilesAreOneChunkWithTheSameRecords(@TempDir Path dir) throws Exception {
        Path plain = SUITE.resolve("MMFF94_dative.sdf");
        Path gz = dir.resolve("dative.sdf.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) { o.write(Files.readAllBytes(plain)); }
        List<InputChunk> chunks = InputPlanner.plan(List.of(gz), 1024);
        assertEquals(1, chunks.size());
        assertEquals(all(InputPlanner.plan(List.of(plain), Long.MAX_VALUE)), all(chunks));
    }

    @Test
    void blankTailsAndCommentsAreNotRecords(@TempDir Path dir) throws Exception {
        Path smi = dir.resolve("a.smi");
        Files.writeString(smi, "# a comment\nCCO ethanol\n\nc1ccccc1 benzene\n   \n");
        assertEquals(List.of("CCO ethanol", "c1ccccc1 benzene"), all(InputPlanner.plan(List.of(smi), Long.MAX_VALUE)));
        Path sdf = dir.resolve("a.sdf");
        String mol = "m\n  x\n\n  0  0  0  0  0  0  0  0  0  0999 V2000\nM  END\n$$$$\n";
        Files.writeString(sdf, mol + mol + "\n\n");
        assertEquals(2, all(InputPlanner.plan(List.of(sdf), Long.MAX_VALUE)).size());
    }

    @Test
    void aParquetFileOfSeveralRowGroupsIsCutBetweenThemWithTheSameRecords(@TempDir Path dir) throws Exception {
        List<String> blocks = all(InputPlanner.plan(List.of(SUITE.resolve("MMFF94_hypervalent.sdf")), Long.MAX_VALUE));
        Path file = dir.resolve("suite.parquet");
        MessageType schema = MessageTypeParser.parseMessageType(
                "message m { required binary molblock (UTF8); required binary name (UTF8); }");
        org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration();
        org.apache.parquet.hadoop.example.GroupWriteSupport.setSchema(schema, conf);
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        // 16 KiB row groups: the writer checks the size every 100 rows or so, so about 8 row groups
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new org.apache.hadoop.fs.Path(file.toUri()))
                .withConf(conf).withType(schema).withRowGroupSize(16 << 10).build()) {
            for (String b : blocks) w.write(groups.newGroup().append("molblock", b).append("name", b.substring(0, b.indexOf('\n'))));
        }
        List<InputChunk> whole = InputPlanner.plan(List.of(file), Long.MAX_VALUE);
        assertEquals(1, whole.size());
        List<String> records = all(whole);
        assertEquals(blocks.size(), records.size());
        for (long piece : new long[] {1024, 40_000, 100_000}) {
            List<InputChunk> chunks = InputPlanner.plan(List.of(file), piece);
            assertTrue(chunks.size() > (piece == 1024 ? 5 : 1), chunks.size() + " chunks of " + piece + " bytes");
            assertEquals(records, all(chunks), "cut every " + piece + " bytes");
        }
        assertTrue(records.get(0).strip().endsWith("$$$$"));
        assertEquals(blocks.get(0).strip(), records.get(0).strip());
    }
}
