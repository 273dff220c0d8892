package io.peripheral.feed.flatfile;

import io.peripheral.feed.polygon.Reject;
import io.peripheral.feed.polygon.RejectSink;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * What every flat-file reader shares: pull rows from a {@link CsvCursor}, parse each with {@link #parse}, and send a
 * malformed one to the {@link RejectSink} with its file, line and reason instead of stopping — counted, never
 * dropped silently. Subclasses locate their columns from the header and parse one row.
 */
public abstract class CsvRowReader<T> implements RowSource<T> {
  protected final CsvCursor cursor;
  private final RejectSink rejects;
  private long rowsRead;
  private long rowsRejected;

  protected CsvRowReader(CsvCursor cursor, RejectSink rejects) {
    this.cursor = cursor;
    this.rejects = rejects;
  }

  /** Opens {@code path} and hands its cursor to {@code reader}; the file is closed again if that fails. */
  protected static <R extends CsvRowReader<?>> R openWith(Path path, Function<CsvCursor, R> reader) {
    CsvCursor cursor = CsvCursor.open(path);
    try {
      return reader.apply(cursor);
    } catch (RuntimeException e) {
      cursor.close();
      throw e;
    }
  }

  /**
   * Parses the cursor's current row; throws {@link BadRowException} or {@link IllegalArgumentException} with the
   * reason when it is malformed.
   */
  protected abstract T parse(CsvCursor row);

  public String file() {
    return cursor.file();
  }

  @Override
  public T next() {
    while (cursor.next()) {
      rowsRead++;
      try {
        return parse(cursor);
      } catch (BadRowException | IllegalArgumentException e) {
        rowsRejected++;
        rejects.reject(new Reject(cursor.file(), cursor.line(), e.getMessage(), cursor.rowText()));
      }
    }
    return null;
  }

  @Override
  public long rowsRead() {
    return rowsRead;
  }

  @Override
  public long rowsRejected() {
    return rowsRejected;
  }

  @Override
  public void close() {
    cursor.close();
  }
}
