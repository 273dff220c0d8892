package io.peripheral.schemas.bar;

/**
 * Where a bar came from. When two bars share (symbol, interval, start) the one with the higher
 * {@link #precedence()} wins; within the same precedence the higher revision wins.
 */
public enum BarSource {
  LIVE(1),
  REPLAY(1),
  BACKFILL(2),
  REBUILD(3);

  private final int precedence;
  private final String code; // written into every bar's JSON: computed once

  BarSource(int precedence) {
    this.precedence = precedence;
    this.code = name().toLowerCase(java.util.Locale.ROOT);
  }

  public int precedence() {
    return precedence;
  }

  public String code() {
    return code;
  }

  /** Replay ids starting with this are REST backfills: their bars are {@link #BACKFILL}. */
  public static final String BACKFILL_ID_PREFIX = "backfill-";
  /** Replay ids starting with this are end-of-day rebuilds from flat files: their bars are {@link #REBUILD}. */
  public static final String REBUILD_ID_PREFIX = "rebuild-";

  /** The source of the bars built in the replay namespace {@code replay.<id>.}. */
  public static BarSource ofReplayId(String id) {
    if (id.startsWith(BACKFILL_ID_PREFIX)) {
      return BACKFILL;
    }
    return id.startsWith(REBUILD_ID_PREFIX) ? REBUILD : REPLAY;
  }

  public static BarSource parse(String code) {
    return valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }
}
