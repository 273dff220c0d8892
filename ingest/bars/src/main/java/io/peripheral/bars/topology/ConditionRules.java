package io.peripheral.bars.topology;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A versioned consolidated trade-condition table: for each condition id, whether a trade carrying it may update
 * high/low, open/close and volume. A trade updates a field only if EVERY one of its conditions allows it;
 * conditions missing from the table allow everything. Trades whose correction code is in
 * {@link #excludedCorrections()} (cancelled, erroneous) are excluded entirely.
 *
 * @param version written on every bar ({@code rules_version}), so a replay records the table it used
 */
public record ConditionRules(String version, Map<Integer, Integer> masks, Set<Integer> excludedCorrections) {
  /** The trade may update high and low. */
  public static final int HIGH_LOW = 1;
  /** The trade may update open and close. */
  public static final int OPEN_CLOSE = 2;
  /** The trade may update volume (and vwap). */
  public static final int VOLUME = 4;
  public static final int ALL = HIGH_LOW | OPEN_CLOSE | VOLUME;

  private static final int TABLE_SIZE = 256;

  public ConditionRules {
    Objects.requireNonNull(version, "version");
    if (version.isBlank()) {
      throw new IllegalArgumentException("condition rules version is blank");
    }
    masks = Map.copyOf(masks);
    excludedCorrections = Set.copyOf(excludedCorrections);
    for (Map.Entry<Integer, Integer> e : masks.entrySet()) {
      if (e.getKey() < 0 || (e.getValue() & ~ALL) != 0) {
        throw new IllegalArgumentException("bad condition rule " + e.getKey() + " -> " + e.getValue());
      }
    }
  }

  /** The built-in table (Polygon condition ids), version {@code builtin-1}. */
  public static ConditionRules builtin() {
    Map<Integer, Integer> m = new TreeMap<>();
    // id -> high-low / open-close / volume
    put(m, "NNY", 2, 7, 12, 13, 20, 21, 37, 52, 53);
    put(m, "YNY", 5, 10, 22, 32, 33);
    put(m, "NNN", 15, 16);
    put(m, "YYN", 38);
    return new ConditionRules("builtin-1", m, Set.of(7, 8, 10, 11));
  }

  /**
   * A table written by {@code feed conditions} (Polygon's {@code update_rules.consolidated}): {@code version=...},
   * {@code excluded-corrections=7,8,10,11} and {@code condition.<id>=YNY} (high-low, open-close, volume).
   */
  public static ConditionRules load(java.nio.file.Path file) {
    java.util.Properties p = new java.util.Properties();
    try (java.io.Reader r = java.nio.file.Files.newBufferedReader(file)) {
      p.load(r);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("could not read condition rules " + file, e);
    }
    return fromProperties(p, file.toString());
  }

  static ConditionRules fromProperties(java.util.Properties p, String origin) {
    String version = p.getProperty("version");
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException(origin + ": no version");
    }
    Map<Integer, Integer> m = new TreeMap<>();
    for (String key : p.stringPropertyNames()) {
      if (key.startsWith("condition.")) {
        String flags = p.getProperty(key).trim();
        if (!flags.matches("[YN]{3}")) {
          throw new IllegalArgumentException(origin + ": " + key + "=" + flags + " is not three of Y/N");
        }
        put(m, flags, Integer.parseInt(key.substring("condition.".length())));
      }
    }
    Set<Integer> excluded = new java.util.TreeSet<>();
    for (String c : p.getProperty("excluded-corrections", "7,8,10,11").split(",")) {
      if (!c.isBlank()) {
        excluded.add(Integer.parseInt(c.trim()));
      }
    }
    return new ConditionRules(version.trim(), m, excluded);
  }

  private static void put(Map<Integer, Integer> m, String flags, int... ids) {
    int mask = (flags.charAt(0) == 'Y' ? HIGH_LOW : 0) | (flags.charAt(1) == 'Y' ? OPEN_CLOSE : 0)
        | (flags.charAt(2) == 'Y' ? VOLUME : 0);
    for (int id : ids) {
      m.put(id, mask);
    }
  }

  /** A fast lookup form of this table for the hot path. */
  public Compiled compile() {
    return new Compiled(this);
  }

  /** Array-backed lookup; conditions beyond the array fall back to the map. */
  public static final class Compiled {
    private final int[] table = new int[TABLE_SIZE];
    private final Map<Integer, Integer> overflow;
    private final boolean[] excluded = new boolean[TABLE_SIZE];
    private final Set<Integer> excludedOverflow;

    private Compiled(ConditionRules rules) {
      java.util.Arrays.fill(table, ALL);
      rules.masks().forEach((id, mask) -> {
        if (id < TABLE_SIZE) {
          table[id] = mask;
        }
      });
      this.overflow = rules.masks();
      for (int c : rules.excludedCorrections()) {
        if (c >= 0 && c < TABLE_SIZE) {
          excluded[c] = true;
        }
      }
      this.excludedOverflow = rules.excludedCorrections();
    }

    /** The fields a trade with these conditions and correction may update (0 = none, the trade is ignored). */
    public int mask(int[] conditions, int correction) {
      if (correction >= 0 && correction < TABLE_SIZE ? excluded[correction] : excludedOverflow.contains(correction)) {
        return 0;
      }
      int mask = ALL;
      for (int c : conditions) {
        mask &= c >= 0 && c < TABLE_SIZE ? table[c] : overflow.getOrDefault(c, ALL);
      }
      return mask;
    }

    /** {@link #mask(int[], int)} of the conditions {@code conditions[from .. to)}. */
    public int mask(int[] conditions, int from, int to, int correction) {
      if (correction >= 0 && correction < TABLE_SIZE ? excluded[correction] : excludedOverflow.contains(correction)) {
        return 0;
      }
      int mask = ALL;
      for (int i = from; i < to; i++) {
        int c = conditions[i];
        mask &= c >= 0 && c < TABLE_SIZE ? table[c] : overflow.getOrDefault(c, ALL);
      }
      return mask;
    }
  }
}
