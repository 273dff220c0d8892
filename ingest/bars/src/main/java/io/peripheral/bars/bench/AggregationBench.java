package io.peripheral.bars.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.peripheral.bars.streams.BarsMetrics;
import io.peripheral.bars.streams.BarsStreams;
import io.peripheral.bars.streams.StreamsSettings;
import io.peripheral.bars.topology.BarsConfig;
import io.peripheral.schemas.topic.TopicAdmin;
import io.peripheral.schemas.topic.TopicCatalog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * (b) ticks/s through the bar aggregation on the real broker: pre-produce the ticks to a fresh replay namespace,
 * then time the topology from start until every bar topic partition holds its committed end-of-stream marker.
 */
final class AggregationBench {
  /** {@code cpuSeconds}: CPU used meanwhile by this JVM (Streams) and by the broker process, when found. */
  record Result(long ticks, int symbols, Duration span, double produceSeconds, double seconds, double finalBars,
      int threads, double streamsCpuSeconds, double brokerCpuSeconds) {}

  private AggregationBench() {}

  static Result run(String bootstrap, long ticks, int symbols, int threads, Path stateDir) throws Exception {
    String id = "bench-agg-" + System.currentTimeMillis();
    TopicCatalog catalog = TopicCatalog.replay(id);
    TopicAdmin.ensureTopics(bootstrap, catalog);
    long start = java.time.Instant.parse("2024-01-02T14:30:00Z").getEpochSecond() * 1_000_000_000L;
    Duration span = Duration.ofMinutes(390);
    long p0 = System.nanoTime();
    SyntheticTicks.produce(bootstrap, catalog, ticks, symbols, start, span.toNanos(), 4096);
    double produceSeconds = (System.nanoTime() - p0) / 1e9;

    BarsMetrics metrics = new BarsMetrics(new SimpleMeterRegistry(), "bench");
    String appId = "peripheral-bars-bench-" + id;
    // as the service runs a replay: no forming bars, 1 s commit interval (peripheral.replays.*)
    BarsConfig config = BarsConfig.builder().withFormingInterval(Duration.ZERO).build();
    BarsStreams streams = new BarsStreams(appId, catalog, config, metrics,
        new StreamsSettings(bootstrap, stateDir, threads, Duration.ofSeconds(1)));
    CommittedMarkers markers = new CommittedMarkers(bootstrap, catalog);
    Map<String, Long> tasks0 = nativeThreadCpu();
    long cpu0 = processCpuNanos();
    long broker0 = brokerCpuNanos(bootstrap);
    long t0 = System.nanoTime();
    try (markers) {
      streams.start();
      double firstTickSeconds = -1;
      while (metrics.endedPartitions().size() < catalog.trades().partitions()) {
        if (firstTickSeconds < 0 && metrics.ticks() > 0) {
          firstTickSeconds = (System.nanoTime() - t0) / 1e9;
        }
        Thread.sleep(20); // benchmark timing loop, not a test
      }
      double lastTickSeconds = (System.nanoTime() - t0) / 1e9;
      markers.await();
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.err.printf(java.util.Locale.ROOT, "first batch aggregated after %.1f s, the last end-of-stream marker"
          + " after %.1f s, all markers committed after %.1f s%n", firstTickSeconds, lastTickSeconds, seconds);
      double cpu = (processCpuNanos() - cpu0) / 1e9;
      printThreadCpu();
      printNativeThreadCpu(tasks0, nativeThreadCpu());
      double brokerCpu = broker0 < 0 ? Double.NaN : (brokerCpuNanos(bootstrap) - broker0) / 1e9;
      return new Result(ticks, symbols, span, produceSeconds, seconds, metrics.finalBars(), threads, cpu, brokerCpu);
    } finally {
      streams.close(true);
      cleanUp(bootstrap, catalog, appId);
    }
  }

  /** CPU seconds per live thread (names with ids stripped), to stderr: where the Streams JVM spends its time. */
  private static void printThreadCpu() {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    java.util.Map<String, Double> byName = new java.util.TreeMap<>();
    for (long tid : mx.getAllThreadIds()) {
      java.lang.management.ThreadInfo info = mx.getThreadInfo(tid);
      long ns = mx.getThreadCpuTime(tid);
      if (info != null && ns > 0) {
        byName.merge(info.getThreadName().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "*"), ns / 1e9, Double::sum);
      }
    }
    byName.forEach((name, seconds) -> System.err.printf(java.util.Locale.ROOT, "thread cpu %8.1f s  %s%n", seconds,
        name));
  }

  /**
   * CPU nanoseconds of every thread of this process by Linux thread name (digits dropped), JIT compiler and GC
   * threads included, which the MXBean does not list; empty where /proc is missing.
   */
  private static Map<String, Long> nativeThreadCpu() {
    Map<String, Long> byName = new java.util.TreeMap<>();
    java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
    for (java.io.File task : tasks == null ? new java.io.File[0] : tasks) {
      try {
        String stat = java.nio.file.Files.readString(task.toPath().resolve("stat"));
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]", "");
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
        byName.merge(name, ticks * 10_000_000L, Long::sum); // USER_HZ is 100 on Linux
      } catch (java.io.IOException | RuntimeException e) {
        // the thread ended meanwhile
      }
    }
    return byName;
  }

  private static void printNativeThreadCpu(Map<String, Long> before, Map<String, Long> after) {
    after.forEach((name, ns) -> {
      double seconds = (ns - before.getOrDefault(name, 0L)) / 1e9;
      if (seconds >= 0.05) {
        System.err.printf(java.util.Locale.ROOT, "native thread cpu %8.2f s  %s%n", seconds, name);
      }
    });
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /**
   * CPU time of the local Kafka broker (kafka.Kafka) that serves {@code bootstrap}'s port — several stacks may run
   * on one machine, so the broker is recognised by the listener in its server.properties — or -1 if none is found.
   */
  private static long brokerCpuNanos(String bootstrap) {
    String port = ":" + bootstrap.substring(bootstrap.lastIndexOf(':') + 1);
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().arguments().map(a -> a.length > 0 && java.util.Arrays.asList(a).contains("kafka.Kafka")
            && listensOn(a[a.length - 1], port)).orElse(false))
        .findFirst().flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos).orElse(-1L);
  }

  private static boolean listensOn(String serverProperties, String port) {
    try {
      return java.nio.file.Files.readAllLines(Path.of(serverProperties)).stream()
          .anyMatch(line -> line.startsWith("listeners=") && (line.contains(port + ",") || line.endsWith(port)));
    } catch (java.io.IOException | RuntimeException e) {
      return false;
    }
  }

  private static void cleanUp(String bootstrap, TopicCatalog catalog, String appId) {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    try (Admin admin = Admin.create(p)) {
      TopicAdmin.deleteReplayTopics(admin, catalog);
      List<String> internal = admin.listTopics().names().get().stream().filter(t -> t.startsWith(appId)).toList();
      admin.deleteTopics(internal).all().get();
    } catch (Exception e) {
      System.err.println("could not delete benchmark topics: " + e);
    }
  }
}
