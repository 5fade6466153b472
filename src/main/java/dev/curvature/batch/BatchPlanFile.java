package dev.curvature.batch;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first run writes its plan (inputs with sizes and modification times, the result-defining
 * options, the chunks) into the output directory; a rerun compares. Same plan: committed chunks
 * are skipped. Another plan: refused, since mixing the rows of two different batches would be
 * silent data corruption.
 */
final class BatchPlanFile {
    private BatchPlanFile() {}

    static void checkOrWrite(Path planFile, BatchSpec spec, List<Path> files, List<InputChunk> chunks)
            throws IOException, BatchRunner.UsageException {
        Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
        String plan = gson.toJson(describe(spec, files, chunks));
        if (Files.exists(planFile)) {
            String before = Files.readString(planFile);
            if (!before.equals(plan))
                throw new BatchRunner.UsageException(planFile.getParent() + ": holds a batch of other inputs or options (see "
                        + planFile.getFileName() + "); choose another output directory or delete it");
            return;
        }
        dev.curvature.io.AtomicFile.write(planFile, plan);
    }

    private static Map<String, Object> describe(BatchSpec spec, List<Path> files, List<InputChunk> chunks) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", "curvature-batch-plan/1");
        m.put("options", spec.resultDefiningOptions());
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (Path f : files) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("file", f.toString());
            i.put("bytes", Files.size(f));
            i.put("modified", Files.getLastModifiedTime(f).toMillis());
            inputs.add(i);
        }
        m.put("inputs", inputs);
        m.put("chunks", chunks.size());
        return m;
    }
}
