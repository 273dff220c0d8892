package io.peripheral.feed.polygon.live;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The channels the client is subscribed to ({@code T.*}, {@code Q.AAPL}, {@code AM.*}, ...). A reconnect
 * resubscribes to exactly this set. Thread-safe.
 */
public final class Subscriptions {
  private static final Set<String> CHANNELS = Set.of("T", "Q", "A", "AM");
  private final Set<String> current = new LinkedHashSet<>();

  public Subscriptions(String spec) {
    add(parse(spec));
  }

  /** {@code "T.*, q.aapl"} → {@code [T.*, Q.AAPL]}; rejects unknown channels and empty tickers. */
  public static List<String> parse(String spec) {
    List<String> out = new ArrayList<>();
    for (String raw : spec.split(",")) {
      String s = raw.trim().toUpperCase(Locale.ROOT);
      if (s.isEmpty()) {
        continue;
      }
      int dot = s.indexOf('.');
      if (dot <= 0 || dot == s.length() - 1 || !CHANNELS.contains(s.substring(0, dot))) {
        throw new IllegalArgumentException("bad Polygon subscription '" + raw.trim()
            + "': expected CHANNEL.TICKER with CHANNEL one of " + new TreeSet<>(CHANNELS) + ", e.g. T.* or Q.AAPL");
      }
      out.add(s);
    }
    return out;
  }

  public synchronized void add(Collection<String> channels) {
    current.addAll(channels);
  }

  public synchronized void remove(Collection<String> channels) {
    current.removeAll(channels);
  }

  public synchronized List<String> current() {
    return List.copyOf(current);
  }

  /** The subscribe message's params: {@code T.*,Q.*}. */
  public synchronized String params() {
    return String.join(",", current);
  }

  /**
   * Symbols whose gaps are backfilled: those subscribed by name on the trades channel, plus the configured list
   * when trades are subscribed with {@code T.*} (backfilling every US ticker through REST is not feasible; the
   * flat-file rebuild makes the rest whole).
   */
  public synchronized Set<String> backfillSymbols(Collection<String> configured) {
    Set<String> out = new TreeSet<>();
    for (String c : current) {
      if (c.startsWith("T.")) {
        String ticker = c.substring(2);
        if (ticker.equals("*")) {
          configured.forEach(s -> out.add(s.trim().toUpperCase(Locale.ROOT)));
        } else {
          out.add(ticker);
        }
      }
    }
    out.remove("");
    return out;
  }
}
