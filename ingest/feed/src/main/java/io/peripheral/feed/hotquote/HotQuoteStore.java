package io.peripheral.feed.hotquote;

import java.time.Duration;
import java.util.List;

/** Where the {@link HotQuoteWriter} puts its conflated updates: Redis in production ({@link RedisHotQuoteStore}). */
public interface HotQuoteStore {
  /**
   * Writes every update in one round trip, each key living {@code ttl} from now. Throws when the store cannot be
   * reached or did not answer in time; the writer then keeps the updates and retries.
   */
  void write(List<HotQuoteUpdate> updates, Duration ttl);
}
