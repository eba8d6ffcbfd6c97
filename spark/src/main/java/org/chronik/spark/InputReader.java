package org.chronik.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.chronik.ingest.ArticleRecords;
import org.chronik.ingest.ReadOptions;
import org.chronik.ingest.ReadResult;
import org.chronik.ingest.Readers;
import org.chronik.model.PartialDate;
import scala.Tuple2;

/**
 * Reads the input files into articles with the project's readers ({@code ingest}): JSON Lines line
 * by line (a big file is split across tasks), Parquet row by row, other files whole. A record that
 * cannot be read becomes a {@link Failure} naming the file and where in it.
 */
final class InputReader {
  private static final String FILE_COLUMN = "_chronik_input_file";

  private InputReader() {}

  static JavaRDD<InputItem> read(SparkSession spark, JobOptions options) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Map<InputFiles.Kind, List<String>> files = InputFiles.list(options.inputs(), jsc.hadoopConfiguration());
    List<JavaRDD<InputItem>> parts = new ArrayList<>();
    if (!files.get(InputFiles.Kind.JSON_LINES).isEmpty()) {
      parts.add(jsonLines(jsc, files.get(InputFiles.Kind.JSON_LINES), options));
    }
    if (!files.get(InputFiles.Kind.PARQUET).isEmpty()) {
      parts.add(parquet(spark, files.get(InputFiles.Kind.PARQUET), options));
    }
    if (!files.get(InputFiles.Kind.WHOLE_FILES).isEmpty()) {
      parts.add(wholeFiles(jsc, files.get(InputFiles.Kind.WHOLE_FILES), options));
    }
    JavaRDD<InputItem> all = parts.get(0);
    for (JavaRDD<InputItem> part : parts.subList(1, parts.size())) {
      all = all.union(part);
    }
    return all;
  }

  static ReadOptions readOptions(JobOptions options) {
    ReadOptions read = ReadOptions.defaults();
    return options.date() == null ? read : read.withDate(PartialDate.parse(options.date()));
  }

  private static JavaRDD<InputItem> jsonLines(JavaSparkContext jsc, List<String> files, JobOptions options) {
    @SuppressWarnings("unchecked")
    JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(
        String.join(",", files), TextInputFormat.class, LongWritable.class, Text.class, jsc.hadoopConfiguration());
    return lines.mapPartitionsWithInputSplit((split, records) -> {
      String file = name(((FileSplit) split).getPath().toString());
      ReadOptions read = readOptions(options);
      return new Skipping<>(records, record -> {
        String line = record._2().toString(); // Hadoop reuses the Text: copy it now
        if (line.isBlank()) {
          return null;
        }
        String position = "byte " + record._1().get();
        return item(ArticleRecords.fromJson(line, file + " " + position, file, read), file, position);
      });
    }, false);
  }

  private static JavaRDD<InputItem> parquet(SparkSession spark, List<String> files, JobOptions options) {
    Dataset<Row> table = spark.read().parquet(files.toArray(String[]::new));
    List<String> present = ArticleRecords.FIELDS.stream().filter(f -> Arrays.asList(table.columns()).contains(f)).toList();
    if (!present.contains("text")) {
      throw new IllegalArgumentException(files.get(0) + ": no column \"text\" (Parquet input needs the columns "
          + String.join(", ", ArticleRecords.FIELDS) + "; only text is required)");
    }
    List<Column> columns = new ArrayList<>();
    present.forEach(f -> columns.add(col(f).cast("string").as(f)));
    columns.add(input_file_name().as(FILE_COLUMN));
    return table.select(columns.toArray(Column[]::new)).javaRDD().mapPartitions(rows -> {
      ReadOptions read = readOptions(options);
      return new Skipping<>(rows, row -> {
        Map<String, String> fields = new HashMap<>();
        present.forEach(f -> fields.put(f, row.getAs(f)));
        String file = name(row.getAs(FILE_COLUMN));
        String where = file + (fields.get("id") != null ? " (row " + fields.get("id") + ")" : "");
        return item(ArticleRecords.fromFields(fields, where, file, read), file, null);
      });
    });
  }

  private static JavaRDD<InputItem> wholeFiles(JavaSparkContext jsc, List<String> files, JobOptions options) {
    return jsc.binaryFiles(String.join(",", files)).flatMap(file -> {
      ReadOptions read = readOptions(options);
      String name = name(file._1());
      List<InputItem> items = new ArrayList<>();
      try (DataInputStream in = file._2().open()) {
        Readers.read(name, in, read).forEach(r -> items.add(item(r, name, null)));
      } catch (IOException e) {
        items.add(InputItem.failed(new Failure(name, null, null, Failure.READ, name + ": cannot read: " + e.getMessage())));
      }
      return items.iterator();
    });
  }

  /**
   * A file's name as articles and errors carry it: a local file by its path, as chronik ingest names
   * it (so an article without id or source gets the same id), others by their URI.
   */
  static String name(String uri) {
    java.net.URI parsed = new org.apache.hadoop.fs.Path(uri).toUri();
    return "file".equals(parsed.getScheme()) ? parsed.getPath() : uri;
  }

  private static InputItem item(ReadResult result, String file, String position) {
    return result.ok() ? InputItem.of(ArticleData.of(result.article()))
        : InputItem.failed(new Failure(file, position, null, Failure.READ, result.error()));
  }

  /** Maps an iterator lazily, leaving out what maps to null. */
  private static final class Skipping<T, R> implements Iterator<R> {
    private final Iterator<T> in;
    private final java.util.function.Function<T, R> map;
    private R next;

    Skipping(Iterator<T> in, java.util.function.Function<T, R> map) {
      this.in = in;
      this.map = map;
    }

    @Override
    public boolean hasNext() {
      while (next == null && in.hasNext()) {
        next = map.apply(in.next());
      }
      return next != null;
    }

    @Override
    public R next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      R r = next;
      next = null;
      return r;
    }
  }

  static Tuple2<String, InputItem> keyed(InputItem item) {
    return new Tuple2<>(item.article().id(), item);
  }
}
