package io.peripheral.feed.flatfile;

/** A pull source of parsed rows: {@link #next()} returns {@code null} once exhausted. */
public interface RowSource<T> extends AutoCloseable {
  T next();

  /** Data rows read so far, rejected ones included (the header is not a row). */
  long rowsRead();

  long rowsRejected();

  @Override
  void close();
}
