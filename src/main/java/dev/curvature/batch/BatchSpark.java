package dev.curvature.batch;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of a batch. Without a master (on the command line or from spark-submit) Spark
 * runs in local mode inside this JVM, and then everything it serves (the UI, the block manager)
 * binds to the loopback address only.
 */
final class BatchSpark {
    private BatchSpark() {}

    static SparkSession session(BatchSpec spec) {
        SparkConf conf = new SparkConf(true);
        if (spec.master() != null) conf.setMaster(spec.master());
        else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
        boolean local = conf.get("spark.master").startsWith("local");
        if (local) {
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
        }
        conf.setIfMissing("spark.app.name", "curvature batch " + spec.job());
        // a task's file goes into place when the task commits: a killed job leaves whole chunks only
        conf.setIfMissing("spark.hadoop.mapreduce.fileoutputcommitter.algorithm.version", "2");
        conf.setIfMissing("spark.sql.sources.partitionOverwriteMode", "static");
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        conf.setIfMissing("spark.sql.shuffle.partitions", "8");
        // no _SUCCESS / .crc clutter inside the partitions that mark committed chunks
        conf.setIfMissing("spark.hadoop.parquet.summary.metadata.level", "NONE");
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }
}
