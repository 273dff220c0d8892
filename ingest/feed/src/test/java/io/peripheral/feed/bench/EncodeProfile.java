package io.peripheral.feed.bench;

import io.peripheral.feed.synthetic.SyntheticSettings;
import io.peripheral.feed.synthetic.SyntheticTrades;
import io.peripheral.schemas.trade.TradeArrowCodec;
import io.peripheral.schemas.trade.TradeBatch;
import java.time.Instant;

/** Not a test: encodes the same batch repeatedly, for profiling the Arrow encoder. */
public final class EncodeProfile {
  private EncodeProfile() {}

  public static void main(String[] args) {
    SyntheticTrades src = new SyntheticTrades(SyntheticSettings.defaults(), Instant.parse("2025-06-02T13:30:00Z"));
    TradeBatch batch = TradeBatch.builder(10_000);
    for (int i = 0; i < 10_000; i++) {
      batch.add(src.next());
    }
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    io.peripheral.schemas.trade.TradeArrowEncoder pipelineEncoder = new io.peripheral.schemas.trade.TradeArrowEncoder();
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 3; round++) {
      long[] rows = {0};
      io.peripheral.feed.produce.PartitionBatcher b = new io.peripheral.feed.produce.PartitionBatcher(6, Integer.getInteger("rows", 10_000),
          java.time.Duration.ofHours(1), (p, x) -> rows[0] += pipelineEncoder.encode(x).length > 0 ? x.size() : 0);
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      for (int i = 0; i < rounds * 10_000; i++) {
        b.add(src.next());
      }
      b.flushAll();
      double s = (System.nanoTime() - start) / 1e9;
      System.out.printf("pipeline: %,.0f rows/s generated + batched + encoded, %,.0f per thread CPU-second%n",
          rows[0] / s, rows[0] / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9));
    }
    io.peripheral.schemas.trade.TradeArrowEncoder fast = new io.peripheral.schemas.trade.TradeArrowEncoder();
    for (int round = 0; round < 6; round++) {
      java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
      long start = mx.getCurrentThreadCpuTime();
      long bytes = 0;
      for (int i = 0; i < rounds; i++) {
        bytes += round % 2 == 0 ? TradeArrowCodec.encode(batch).length : fast.encode(batch).length;
      }
      System.out.print(round % 2 == 0 ? "schemas codec: " : "feed encoder:  ");
      double s = (mx.getCurrentThreadCpuTime() - start) / 1e9;
      System.out.printf("%,.0f rows per CPU-second encoded (%d bytes/row)%n", rounds * 10_000 / s, bytes / rounds / 10_000);
    }
  }
}
