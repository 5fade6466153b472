package dev.curvature.batch;

/** Names of the folders and columns a batch writes under its output directory. */
final class BatchLayout {
    private BatchLayout() {}

    /** One row per record (successes and failures), partitioned by chunk. */
    static final String RECORDS = "records";
    /** The failed records only, with their one-line reason; rewritten at the end of every run. */
    static final String ERRORS = "errors";
    /** Optional JSON lines copy of the records. */
    static final String JSON = "json";
    /** The chunk plan of the first run, so a rerun can check it was given the same inputs. */
    static final String PLAN = "_curvature_plan.json";
    /** Partition column: the chunk a record came from. */
    static final String CHUNK_COLUMN = "chunk";
}
