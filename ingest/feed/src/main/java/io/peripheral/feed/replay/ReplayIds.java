package io.peripheral.feed.replay;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/** Generated replay ids: {@code r20261125-141502-3fa9} (UTC start time and a random suffix). */
public final class ReplayIds {
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private ReplayIds() {}

  public static String generate() {
    return "r" + ZonedDateTime.now(ZoneOffset.UTC).format(FORMAT) + "-"
        + String.format("%04x", ThreadLocalRandom.current().nextInt(1 << 16));
  }
}
