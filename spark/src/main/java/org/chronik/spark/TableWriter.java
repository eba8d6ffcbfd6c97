package org.chronik.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.chronik.schema.DocumentRows;
import org.chronik.schema.Table;
import scala.Tuple2;

/** Writes a run's rows as Parquet below its staging folder: each schema table by month, and the errors. */
final class TableWriter {
  /** As the export writes: zstd-compressed Parquet. */
  private static final String COMPRESSION = "zstd";

  private final SparkSession spark;
  private final StagedOutput output;
  private final Path staging;

  TableWriter(SparkSession spark, StagedOutput output, Path staging) {
    this.spark = spark;
    this.output = output;
    this.staging = staging;
  }

  /** Every schema table, in the schema's order; the first write runs the annotation (the outcomes are cached). */
  void writeTables(JavaRDD<Outcome> outcomes) {
    for (int i = 0; i < DocumentRows.TABLES.size(); i++) {
      Table<?> table = DocumentRows.TABLES.get(i);
      int index = i;
      JavaRDD<Row> rows = outcomes.flatMap(o -> {
        List<Row> out = new ArrayList<>();
        for (Object[] values : o.rows(index)) {
          Object[] withMonth = java.util.Arrays.copyOf(values, values.length + 1);
          withMonth[values.length] = o.month();
          out.add(RowFactory.create(withMonth));
        }
        return out.iterator();
      });
      spark.createDataFrame(rows, SparkTables.schema(table)).write().mode(SaveMode.ErrorIfExists)
          .partitionBy(Months.COLUMN).option("compression", COMPRESSION).parquet(new Path(staging, table.name()).toString());
    }
  }

  /** The failures not recorded by an earlier run; returns how many were new. */
  long writeErrors(JavaRDD<Failure> failures) {
    JavaPairRDD<String, Failure> byId = failures.mapToPair(f -> new Tuple2<>(f.errorId(), f)).reduceByKey((a, b) -> a);
    if (output.exists(SparkTables.ERRORS)) {
      JavaPairRDD<String, Boolean> recorded = spark.read().parquet(output.table(SparkTables.ERRORS).toString())
          .select("error_id").javaRDD().mapToPair(r -> new Tuple2<>(r.getString(0), Boolean.TRUE));
      byId = byId.subtractByKey(recorded);
    }
    java.time.LocalDateTime now = java.time.LocalDateTime.now();
    JavaRDD<Row> rows = byId.map(t -> {
      Failure f = t._2();
      return RowFactory.create(t._1(), f.input(), f.position(), f.articleId(), f.kind(), f.reason(), now);
    });
    Dataset<Row> table = spark.createDataFrame(rows, SparkTables.ERRORS_SCHEMA).coalesce(1).cache();
    long count = table.count();
    if (count > 0) {
      table.write().mode(SaveMode.ErrorIfExists).option("compression", COMPRESSION)
          .parquet(new Path(staging, SparkTables.ERRORS).toString());
    }
    table.unpersist();
    return count;
  }
}
