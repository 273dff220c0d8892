package io.peripheral.feed.produce;

/**
 * Takes one trade as its column values, with no {@link io.peripheral.schemas.trade.Trade} in between: how a
 * generator fills the partition batches at full speed. The trade id is a decimal counter ({@code ≥ 0}); correction
 * 0, no TRF.
 */
public interface TradeRowSink {
  void add(String symbol, long sipTimestamp, long participantTimestamp, double price, double size, int exchange,
      int tape, int[] conditions, long tradeId, long sequenceNumber);
}
