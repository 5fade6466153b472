package dev.curvature.batch;

import java.io.Serializable;

/**
 * A chunk to process, with where its records stand: the number (1-based, within its file) of its
 * first record, and the position (0-based, over the whole plan) of that record, for --limit.
 */
record ChunkTask(InputChunk chunk, int firstRecordNumber, long firstGlobalIndex) implements Serializable {}
