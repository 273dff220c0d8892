package io.peripheral.feed.bench;

import io.peripheral.schemas.trade.Trade;
import java.nio.charset.StandardCharsets;

/** The benchmark baseline's value format: one JSON object per trade. */
final class JsonTicks {
  private final StringBuilder sb = new StringBuilder(256);

  byte[] encode(Trade t) {
    sb.setLength(0);
    sb.append("{\"symbol\":\"").append(t.symbol())
        .append("\",\"sip_timestamp\":").append(t.sipTimestamp())
        .append(",\"participant_timestamp\":").append(t.participantTimestamp())
        .append(",\"price\":").append(t.price())
        .append(",\"size\":").append(t.size())
        .append(",\"exchange\":").append(t.exchange())
        .append(",\"tape\":").append(t.tape())
        .append(",\"conditions\":[");
    int[] c = t.conditions();
    for (int i = 0; i < c.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(c[i]);
    }
    sb.append("],\"trade_id\":\"").append(t.tradeId())
        .append("\",\"sequence_number\":").append(t.sequenceNumber())
        .append(",\"correction\":").append(t.correction())
        .append(",\"trf_id\":null,\"trf_timestamp\":null}");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }
}
