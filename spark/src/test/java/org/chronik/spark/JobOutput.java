package org.chronik.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.chronik.schema.Table;

/** Reads the job's output tables back, in the schema's column order, without the partition column. */
final class JobOutput {
  private JobOutput() {}

  static List<List<Object>> rows(SparkSession spark, Path output, Table<?> table) {
    List<List<Object>> out = new ArrayList<>();
    String[] columns = table.columnNames().toArray(String[]::new);
    for (Row row : spark.read().parquet(output.resolve(table.name()).toString())
        .selectExpr(columns).collectAsList()) {
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        values.add(row.get(i));
      }
      out.add(values);
    }
    return out;
  }

  static long count(SparkSession spark, Path output, String table) {
    return spark.read().parquet(output.resolve(table).toString()).count();
  }
}
