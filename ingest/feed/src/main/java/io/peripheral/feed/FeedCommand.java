package io.peripheral.feed;

import io.peripheral.feed.bench.BenchCommand;
import io.peripheral.feed.bench.FlatFileBenchCommand;
import io.peripheral.feed.flatfile.download.DownloadCommand;
import io.peripheral.feed.reconcile.ReconcileCommand;
import io.peripheral.feed.bench.WsParseBench;
import io.peripheral.feed.polygon.backfill.BackfillCommand;
import io.peripheral.feed.polygon.rest.ConditionsCommand;
import io.peripheral.feed.polygon.reference.ReferenceCommand;
import io.peripheral.feed.replay.ReplayCommand;
import io.peripheral.feed.serve.ServeCommand;
import io.quarkus.picocli.runtime.annotations.TopCommand;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code feed [serve|replay|backfill|download|reconcile|conditions|bench...]}: without a subcommand it serves (the live
 * feed service).
 */
@TopCommand
@Command(name = "feed", mixinStandardHelpOptions = true,
    description = "Peripheral feed: market data to Arrow batches on Kafka.",
    subcommands = {ServeCommand.class, ReplayCommand.class, BackfillCommand.class, DownloadCommand.class,
        ReconcileCommand.class, ConditionsCommand.class, ReferenceCommand.class, BenchCommand.class, FlatFileBenchCommand.class, WsParseBench.class})
public class FeedCommand implements Callable<Integer> {
  private final ServeCommand serve;

  @Inject
  public FeedCommand(ServeCommand serve) {
    this.serve = serve;
  }

  @Override
  public Integer call() {
    return serve.call();
  }
}
