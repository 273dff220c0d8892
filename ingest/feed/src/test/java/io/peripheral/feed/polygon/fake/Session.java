package io.peripheral.feed.polygon.fake;

/**
 * What the fake does on one WebSocket connection after the handshake: stream the market's trades with
 * {@code fromMs <= t < toMs} (with quotes and aggregates mixed in), then end as scripted.
 *
 * @param resendLast how many trades of the previous session to send again first (duplicates across a reconnect)
 */
public record Session(long fromMs, long toMs, End end, int resendLast) {
  /** How the session ends. */
  public enum End {
    /** Stays open after streaming. */
    STAY_OPEN,
    /** Sends half of a frame (a non-final fragment) and closes: the client sees a truncated frame. */
    DROP_MID_FRAME,
    /** Sends the max_connections status (another client with the same key connected) and closes. */
    MAX_CONNECTIONS,
    /** Closes with 1008 as Polygon does with a consumer that fell behind. */
    SLOW_CONSUMER
  }

  public static Session stream(long fromMs, long toMs, End end) {
    return new Session(fromMs, toMs, end, 0);
  }

  /** A session that sends nothing (and stays open). */
  public static Session idle() {
    return new Session(0, 0, End.STAY_OPEN, 0);
  }
}
