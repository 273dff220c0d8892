package io.peripheral.feed.bench;

import io.peripheral.feed.config.FeedConfig;
import io.peripheral.feed.polygon.PolygonTradesReader;
import io.peripheral.feed.polygon.RejectSink;
import io.peripheral.feed.produce.AsyncBatchSink;
import io.peripheral.feed.produce.FeedMetrics;
import io.peripheral.feed.produce.KafkaTradeSink;
import io.peripheral.feed.produce.PartitionBatcher;
import io.peripheral.feed.produce.ProducerSettings;
import io.peripheral.feed.produce.ProducerSettingsFactory;
import io.peripheral.feed.synthetic.SyntheticSettings;
import io.peripheral.feed.synthetic.SyntheticTrades;
import io.peripheral.schemas.topic.TopicAdmin;
import io.peripheral.schemas.topic.TopicCatalog;
import io.peripheral.schemas.trade.Trade;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code feed bench-flatfile}: rows/s of a Polygon trades flat file ({@code .csv.gz}) through three stages, each
 * measured on its own in one run: gzip decompression alone (the floor), decompression + parsing, and decompression +
 * parsing + Arrow batches produced into a real broker (a throw-away replay namespace, deleted afterwards). Prints a
 * markdown table stating N. Each stage runs once untimed first, so the JIT has compiled its code before it is
 * timed, as it has in any replay longer than a few seconds.
 */
@Command(name = "bench-flatfile", mixinStandardHelpOptions = true,
    description = "Benchmark: Polygon trades .csv.gz rows/s decompressed, parsed, and parsed+produced to Kafka.")
public class FlatFileBenchCommand implements Callable<Integer> {
  @Option(names = "--bootstrap", paramLabel = "HOST:PORT", description = "Kafka bootstrap servers.")
  String bootstrap;

  @Option(names = "--rows", description = "Rows of the generated file (default: ${DEFAULT-VALUE}).")
  long rows = 20_000_000;

  @Option(names = "--file", description = "The .csv.gz to read; generated when missing (default: ${DEFAULT-VALUE}).")
  Path file = Path.of(System.getProperty("java.io.tmpdir"), "feed-flatfile-bench.csv.gz");

  private final FeedConfig config;

  @Inject
  public FlatFileBenchCommand(FeedConfig config) {
    this.config = config;
  }

  @Override
  public Integer call() {
    if (!Files.exists(file)) {
      generate(file, rows);
    }
    long bytes = uncompressedBytes();
    System.out.printf("N = %,d rows (%s, %.0f MB compressed, %.0f MB as CSV), 500 symbols, synthetic trades%n%n",
        rows, file, size(file) / 1e6, bytes / 1e6);
    System.out.println("| stage | rows/s | MB/s (CSV) | seconds |");
    System.out.println("|---|---:|---:|---:|");
    decompress(); // warm-up of the JIT and the page cache
    stage("gzip decompression alone", bytes, this::decompress);
    parse(); // warm-up
    stage("decompress + parse (PolygonTradesReader)", bytes, this::parse);
    // warm-up: the whole file once, untimed. The encoder and the producer are new code to the JIT here; with a
    // shorter warm-up the JIT still took one of the two cores during the timed run (measured per thread), which
    // a real replay (hundreds of millions of rows a day) pays once, not per row
    produce(null, bytes, Long.MAX_VALUE);
    produce("decompress + parse + produce to Kafka (Arrow)", bytes, Long.MAX_VALUE);
    return 0;
  }

  private long counted;

  /** Times one run of the stage and prints its row with the rows that run counted. */
  private void stage(String name, long bytes, Runnable r) {
    long start = System.nanoTime();
    r.run();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("| %s | %,.0f | %.0f | %.2f |%n", name, counted / seconds, bytes / seconds / 1e6, seconds);
  }

  private void decompress() {
    byte[] buf = new byte[1 << 16];
    long lines = 0;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            lines++;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    counted = lines - 1;
  }

  private void parse() {
    long n = 0;
    double checksum = 0;
    try (PolygonTradesReader r = PolygonTradesReader.open(file, RejectSink.DISCARD)) {
      for (Trade t = r.next(); t != null; t = r.next()) {
        n++;
        checksum += t.price();
      }
    }
    counted = checksum > 0 ? n : 0;
  }

  /**
   * Times producing the file's first limit rows into a throw-away namespace; creating the namespace, opening the
   * producer and deleting the topics afterwards are not timed (a replay pays them once, not per row).
   */
  private void produce(String stage, long bytes, long limit) {
    ProducerSettings producer = ProducerSettingsFactory.from(config.kafka(), bootstrap);
    TopicCatalog ns = TopicCatalog.replay("bench-flatfile-" + System.currentTimeMillis());
    TopicAdmin.ensureTopics(producer.bootstrap(), ns);
    try (KafkaTradeSink sink = KafkaTradeSink.open(producer, ns.trades().name(), "bench-flatfile",
        FeedMetrics.detached());
        AsyncBatchSink sender = new AsyncBatchSink(sink, 8, "bench-sender")) {
      Runnable run = () -> {
        long n = 0;
        try (PolygonTradesReader r = PolygonTradesReader.open(file, RejectSink.DISCARD)) {
          PartitionBatcher batcher = sender.batcher(ns.trades().partitions(), producer.batchRows(),
              producer.linger());
          for (Trade t = r.next(); t != null && n < limit; t = r.next()) {
            batcher.add(t);
            n++;
          }
          batcher.flushAll();
          sender.drain();
          sink.flush();
        }
        counted = n;
      };
      if (stage == null) {
        run.run();
      } else {
        stage(stage, bytes, run);
      }
    } finally {
      Properties p = new Properties();
      p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, producer.bootstrap());
      try (Admin admin = Admin.create(p)) {
        TopicAdmin.deleteReplayTopics(admin, ns);
      }
    }
  }

  private long uncompressedBytes() {
    byte[] buf = new byte[1 << 16];
    long total = 0;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        total += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return total;
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A Polygon-format trades file of synthetic trades (SIP order, odd lots, conditions), gzip-compressed. */
  static void generate(Path file, long rows) {
    SyntheticTrades src = new SyntheticTrades(SyntheticSettings.defaults().withRate(100_000),
        Instant.parse("2024-01-02T14:30:00Z"));
    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
      w.write("ticker,conditions,correction,exchange,id,participant_timestamp,price,sequence_number,sip_timestamp,"
          + "size,tape,trf_id,trf_timestamp\n");
      StringBuilder line = new StringBuilder(128);
      for (long i = 0; i < rows; i++) {
        Trade t = src.next();
        line.setLength(0);
        line.append(t.symbol()).append(',');
        int[] c = t.conditions();
        if (c.length > 1) {
          line.append('"');
        }
        for (int k = 0; k < c.length; k++) {
          line.append(k == 0 ? "" : ",").append(c[k]);
        }
        if (c.length > 1) {
          line.append('"');
        }
        line.append(",0,").append(t.exchange()).append(',').append(t.tradeId()).append(',')
            .append(t.participantTimestamp()).append(',').append(BigDecimal.valueOf(t.price()).toPlainString())
            .append(',').append(t.sequenceNumber()).append(',').append(t.sipTimestamp()).append(',')
            .append(BigDecimal.valueOf(t.size()).stripTrailingZeros().toPlainString()).append(',')
            .append(t.tape()).append(",,\n");
        w.append(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
