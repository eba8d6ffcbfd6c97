package org.chronik.schema;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The value types of the output tables, named as SQL (DuckDB) names them. Each holds one Java type,
 * so an engine maps a column without looking at its values.
 */
public enum ColumnType {
  VARCHAR(String.class),
  TINYINT(Byte.class),
  INTEGER(Integer.class),
  BIGINT(Long.class),
  DOUBLE(Double.class),
  BOOLEAN(Boolean.class),
  DATE(LocalDate.class),
  TIMESTAMP(LocalDateTime.class);

  private final Class<?> javaType;

  ColumnType(Class<?> javaType) {
    this.javaType = javaType;
  }

  /** The class every non-null value of such a column has. */
  public Class<?> javaType() {
    return javaType;
  }
}
