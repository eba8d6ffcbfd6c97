package org.chronik.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.chronik.schema.Column;
import org.chronik.schema.ColumnType;
import org.chronik.schema.Table;

/**
 * The public schema's tables as Spark types: the same columns in the same order, each with the
 * Spark type whose Parquet encoding is the one {@code chronik export --format parquet} writes, and
 * the month the rows are partitioned by. Plus the job's own {@code errors} table.
 */
final class SparkTables {
  static final String ERRORS = "errors";

  /** errors: one row per input record or article the job could not annotate. */
  static final StructType ERRORS_SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField("error_id", DataTypes.StringType, false),
      DataTypes.createStructField("input", DataTypes.StringType, false),
      DataTypes.createStructField("position", DataTypes.StringType, true),
      DataTypes.createStructField("article_id", DataTypes.StringType, true),
      DataTypes.createStructField("kind", DataTypes.StringType, false),
      DataTypes.createStructField("reason", DataTypes.StringType, false),
      DataTypes.createStructField("recorded_at", DataTypes.TimestampNTZType, false)});

  private SparkTables() {}

  /** The table's columns, then the partition column. */
  static StructType schema(Table<?> table) {
    List<StructField> fields = new ArrayList<>();
    for (Column<?> column : table.columns()) {
      fields.add(DataTypes.createStructField(column.name(), type(column.type()), column.nullable()));
    }
    fields.add(DataTypes.createStructField(Months.COLUMN, DataTypes.StringType, false));
    return new StructType(fields.toArray(StructField[]::new));
  }

  /** DuckDB's types as Spark's: TIMESTAMP has no time zone in either (Parquet: isAdjustedToUTC=false). */
  static DataType type(ColumnType type) {
    return switch (type) {
      case VARCHAR -> DataTypes.StringType;
      case TINYINT -> DataTypes.ByteType;
      case INTEGER -> DataTypes.IntegerType;
      case BIGINT -> DataTypes.LongType;
      case DOUBLE -> DataTypes.DoubleType;
      case BOOLEAN -> DataTypes.BooleanType;
      case DATE -> DataTypes.DateType;
      case TIMESTAMP -> DataTypes.TimestampNTZType;
    };
  }
}
