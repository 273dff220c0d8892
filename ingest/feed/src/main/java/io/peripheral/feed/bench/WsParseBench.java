package io.peripheral.feed.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.peripheral.feed.polygon.live.AggregateEvent;
import io.peripheral.feed.polygon.live.FrameQueue;
import io.peripheral.feed.polygon.live.GapFiller;
import io.peripheral.feed.polygon.live.LiveEventSink;
import io.peripheral.feed.polygon.live.LiveMetrics;
import io.peripheral.feed.polygon.live.LiveProcessor;
import io.peripheral.feed.polygon.live.ParseCounters;
import io.peripheral.feed.polygon.live.QuoteEvent;
import io.peripheral.feed.synthetic.SyntheticSettings;
import io.peripheral.feed.synthetic.SyntheticTrades;
import io.peripheral.schemas.trade.Trade;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code feed bench-ws}: Polygon WebSocket frames parsed per second by the processing thread (JSON → events →
 * de-duplication → sink), without the network and without Kafka (a counting sink), on synthetic frames in
 * Polygon's format: {@code --events} events per frame, two trades for every quote, like a busy T.*,Q.* feed.
 */
@Command(name = "bench-ws", mixinStandardHelpOptions = true,
    description = "Benchmark: Polygon WebSocket frames parsed per second (no network, no Kafka).")
public class WsParseBench implements Callable<Integer> {
  @Option(names = "--frames", description = "Frames measured (default: ${DEFAULT-VALUE}).")
  int frames = 50_000;

  @Option(names = "--events", description = "Events per frame (default: ${DEFAULT-VALUE}).")
  int events = 20;

  @Override
  public Integer call() {
    // distinct frames (fresh trade ids): a repeated corpus would be dropped as duplicates
    List<String> warmup = frames(Math.min(frames, 10_000), 1L << 40);
    List<String> corpus = frames(frames, 0);
    int[] counts = new int[2];
    LiveEventSink sink = new LiveEventSink() {
      @Override
      public void trade(Trade trade) {
        counts[0]++;
      }

      @Override
      public void quote(QuoteEvent quote) {
        counts[1]++;
      }

      @Override
      public void aggregate(AggregateEvent aggregate) { }
    };
    FrameQueue queue = new FrameQueue(2);
    ParseCounters parse = new ParseCounters();
    LiveMetrics metrics = new LiveMetrics(new SimpleMeterRegistry(), System::currentTimeMillis, queue, parse);
    LiveProcessor warm = new LiveProcessor(queue, parse, sink, GapFiller.NONE, Set::of, metrics, 5_000_000_000L);
    warmup.forEach(warm::process);
    counts[0] = 0;
    counts[1] = 0;
    LiveProcessor p = new LiveProcessor(queue, parse, sink, GapFiller.NONE, Set::of, metrics, 5_000_000_000L);
    long t0 = System.nanoTime();
    corpus.forEach(p::process);
    double s = (System.nanoTime() - t0) / 1e9;
    long bytes = corpus.stream().mapToLong(String::length).sum();
    System.out.printf("%n## Feed: Polygon WebSocket frames parsed (JSON → trades/quotes → dedupe → sink)%n%n");
    System.out.println("| frames (N) | events/frame | trades | quotes | MB | seconds | frames/s | events/s |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    System.out.printf("| %,d | %d | %,d | %,d | %.0f | %.2f | %,.0f | %,.0f |%n", frames, events, counts[0], counts[1],
        bytes / 1e6, s, frames / s, (counts[0] + counts[1]) / s);
    return 0;
  }

  private List<String> frames(int n, long firstId) {
    SyntheticTrades trades = new SyntheticTrades(SyntheticSettings.defaults(), Instant.parse("2024-01-02T14:30:00Z"));
    List<String> out = new ArrayList<>(n);
    StringBuilder b = new StringBuilder();
    long id = firstId;
    for (int f = 0; f < n; f++) {
      b.setLength(0);
      b.append('[');
      for (int e = 0; e < events; e++) {
        Trade t = trades.next();
        if (e > 0) {
          b.append(',');
        }
        long ms = t.sipTimestamp() / 1_000_000L;
        if (e % 3 == 2) {
          b.append("{\"ev\":\"Q\",\"sym\":\"").append(t.symbol()).append("\",\"bx\":11,\"bp\":")
              .append(t.price() - 0.01).append(",\"bs\":3,\"ax\":12,\"ap\":").append(t.price() + 0.01)
              .append(",\"as\":2,\"c\":1,\"i\":[604],\"t\":").append(ms).append(",\"q\":").append(++id)
              .append(",\"z\":3}");
        } else {
          b.append("{\"ev\":\"T\",\"sym\":\"").append(t.symbol()).append("\",\"x\":11,\"i\":\"").append(++id)
              .append("\",\"z\":3,\"p\":").append(t.price()).append(",\"s\":").append((long) Math.ceil(t.size()))
              .append(",\"c\":[14,41],\"t\":").append(ms).append(",\"q\":").append(id).append('}');
        }
      }
      out.add(b.append(']').toString());
    }
    return out;
  }
}
