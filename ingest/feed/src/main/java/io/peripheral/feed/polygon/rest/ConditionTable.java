package io.peripheral.feed.polygon.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Polygon's consolidated condition rules ({@code update_rules.consolidated} of
 * {@code /v3/reference/conditions}), in the form of ingest/bars' {@code ConditionRules}: per condition id a mask
 * of high-low (1), open-close (2) and volume (4). The version is {@code polygon-<hash>} of the table's content,
 * so a bar's {@code rules_version} names the exact table that built it and an unchanged table keeps its version.
 * Written as a properties file ({@link #write}) that the bars service can load in place of its built-in table.
 */
public record ConditionTable(String version, Map<Integer, Integer> masks, Set<Integer> excludedCorrections) {
  public static final int HIGH_LOW = 1;
  public static final int OPEN_CLOSE = 2;
  public static final int VOLUME = 4;

  public ConditionTable {
    masks = Map.copyOf(masks);
    excludedCorrections = Set.copyOf(excludedCorrections);
  }

  /** From the results of /v3/reference/conditions; conditions without consolidated rules are left out. */
  public static ConditionTable fromReference(Iterable<JsonNode> results) {
    Map<Integer, Integer> masks = new TreeMap<>();
    for (JsonNode c : results) {
      JsonNode rules = c.path("update_rules").path("consolidated");
      if (!c.path("id").canConvertToInt() || rules.isMissingNode()) {
        continue;
      }
      int mask = (rules.path("updates_high_low").asBoolean(true) ? HIGH_LOW : 0)
          | (rules.path("updates_open_close").asBoolean(true) ? OPEN_CLOSE : 0)
          | (rules.path("updates_volume").asBoolean(true) ? VOLUME : 0);
      masks.put(c.get("id").asInt(), mask);
    }
    if (masks.isEmpty()) {
      throw new IllegalArgumentException("no condition carries update_rules.consolidated");
    }
    // Cancelled/erroneous correction codes are not in the conditions endpoint: the same as the built-in table.
    Set<Integer> excluded = Set.of(7, 8, 10, 11);
    return new ConditionTable("polygon-" + hash(render(masks, excluded, null)), masks, excluded);
  }

  /** The properties text: {@code version}, {@code excluded-corrections} and one {@code condition.<id>=YNY} per id. */
  public String render() {
    return render(masks, excludedCorrections, version);
  }

  private static String render(Map<Integer, Integer> masks, Set<Integer> excluded, String version) {
    StringBuilder b = new StringBuilder();
    b.append("# Consolidated condition rules from Polygon /v3/reference/conditions (high-low/open-close/volume).\n");
    if (version != null) {
      b.append("version=").append(version).append('\n');
    }
    b.append("excluded-corrections=").append(String.join(",", excluded.stream().sorted().map(String::valueOf)
        .toList())).append('\n');
    new TreeMap<>(masks).forEach((id, m) -> b.append("condition.").append(id).append('=')
        .append(flag(m, HIGH_LOW)).append(flag(m, OPEN_CLOSE)).append(flag(m, VOLUME)).append('\n'));
    return b.toString();
  }

  private static char flag(int mask, int bit) {
    return (mask & bit) != 0 ? 'Y' : 'N';
  }

  public void write(Path file) {
    try {
      Files.writeString(file, render(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
  }

  private static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
