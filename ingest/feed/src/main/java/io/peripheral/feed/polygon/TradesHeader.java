package io.peripheral.feed.polygon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where each known column sits in a trades file's header ({@code -1}: absent). Located by name, any order. */
final class TradesHeader {
  static final List<String> REQUIRED = List.of("ticker", "price", "size", "sip_timestamp");

  final int columns;
  final int ticker;
  final int conditions;
  final int correction;
  final int exchange;
  final int id;
  final int participant;
  final int price;
  final int sequence;
  final int sip;
  final int size;
  final int tape;
  final int trfId;
  final int trfTimestamp;

  private TradesHeader(int columns, Map<String, Integer> at) {
    this.columns = columns;
    this.ticker = at.getOrDefault("ticker", -1);
    this.conditions = at.getOrDefault("conditions", -1);
    this.correction = at.getOrDefault("correction", -1);
    this.exchange = at.getOrDefault("exchange", -1);
    this.id = at.getOrDefault("id", -1);
    this.participant = at.getOrDefault("participant_timestamp", -1);
    this.price = at.getOrDefault("price", -1);
    this.sequence = at.getOrDefault("sequence_number", -1);
    this.sip = at.getOrDefault("sip_timestamp", -1);
    this.size = at.getOrDefault("size", -1);
    this.tape = at.getOrDefault("tape", -1);
    this.trfId = at.getOrDefault("trf_id", -1);
    this.trfTimestamp = at.getOrDefault("trf_timestamp", -1);
  }

  static TradesHeader parse(String file, String line) {
    String[] names = line.split(",", -1);
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      String name = names[i].trim();
      if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
        name = name.substring(1, name.length() - 1);
      }
      at.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), i);
    }
    for (String required : REQUIRED) {
      if (!at.containsKey(required)) {
        throw new FeedInputException("file " + file + " has no '" + required
            + "' column: not a Polygon trades file? header was: " + abbreviate(line));
      }
    }
    return new TradesHeader(names.length, at);
  }

  int columns() {
    return columns;
  }

  private static String abbreviate(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }
}
