package io.peripheral.schemas.trade;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A columnar batch of trades: the in-memory twin of one Arrow record batch on the trades topic.
 * Built with {@link #builder(int)}; read by index. Not thread-safe while building.
 *
 * <p>Trade ids are kept as UTF-8 bytes in one array (as Arrow keeps them), converted when the trade is added —
 * while its id string is still in the CPU cache: the encoder then copies them in one go instead of visiting ten
 * thousand scattered strings per batch.
 */
public final class TradeBatch {
  private int size;
  private String[] symbol;
  private long[] sipTimestamp;
  private long[] participantTimestamp;
  private double[] price;
  private double[] tradeSize;
  private int[] exchange;
  private int[] tape;
  private int[][] conditions;
  private byte[] tradeIdBytes;
  private int[] tradeIdEnd; // tradeIdEnd[i] = end of row i's id in tradeIdBytes; row i starts at tradeIdEnd[i - 1]
  private long[] sequenceNumber;
  private int[] correction;
  private int[] trfId;
  private long[] trfTimestamp;

  private TradeBatch(int capacity) {
    int c = Math.max(1, capacity);
    symbol = new String[c];
    sipTimestamp = new long[c];
    participantTimestamp = new long[c];
    price = new double[c];
    tradeSize = new double[c];
    exchange = new int[c];
    tape = new int[c];
    conditions = new int[c][];
    tradeIdBytes = new byte[c * 16];
    tradeIdEnd = new int[c];
    sequenceNumber = new long[c];
    correction = new int[c];
    trfId = new int[c];
    trfTimestamp = new long[c];
  }

  public static TradeBatch builder(int capacity) {
    return new TradeBatch(capacity);
  }

  public static TradeBatch of(Iterable<Trade> trades) {
    TradeBatch batch = new TradeBatch(16);
    for (Trade t : trades) {
      batch.add(t);
    }
    return batch;
  }

  public TradeBatch add(Trade t) {
    return add(t.symbol(), t.sipTimestamp(), t.participantTimestamp(), t.price(), t.size(), t.exchange(), t.tape(),
        t.conditions(), t.tradeId(), t.sequenceNumber(), t.correction(), t.trfId(), t.trfTimestamp());
  }

  /** Appends one trade without building a {@link Trade}; callers have validated the values. */
  public TradeBatch add(String sym, long sip, long participant, double px, double qty, int exch, int tp, int[] conds,
      String id, long seq, int corr, int trf, long trfTs) {
    putTradeId(addRow(sym, sip, participant, px, qty, exch, tp, conds, seq, corr, trf, trfTs), id);
    return this;
  }

  /**
   * Appends one trade whose id is the decimal text of {@code tradeId} (≥ 0), written straight into the id bytes:
   * a generator's ids are counters, and formatting them as strings first cost a fifth of its time.
   */
  public TradeBatch addWithNumericId(String sym, long sip, long participant, double px, double qty, int exch, int tp,
      int[] conds, long tradeId, long seq, int corr, int trf, long trfTs) {
    if (tradeId < 0) {
      throw new IllegalArgumentException("a numeric trade id must not be negative: " + tradeId);
    }
    putTradeId(addRow(sym, sip, participant, px, qty, exch, tp, conds, seq, corr, trf, trfTs), tradeId);
    return this;
  }

  /** Every column but the id, which the caller puts next; returns the new row's index. */
  private int addRow(String sym, long sip, long participant, double px, double qty, int exch, int tp, int[] conds,
      long seq, int corr, int trf, long trfTs) {
    if (size == symbol.length) {
      grow();
    }
    int i = size++;
    symbol[i] = sym;
    sipTimestamp[i] = sip;
    participantTimestamp[i] = participant;
    price[i] = px;
    tradeSize[i] = qty;
    exchange[i] = exch;
    tape[i] = tp;
    conditions[i] = conds;
    sequenceNumber[i] = seq;
    correction[i] = corr;
    trfId[i] = trf;
    trfTimestamp[i] = trfTs;
    return i;
  }

  private void putTradeId(int i, long id) {
    int at = i == 0 ? 0 : tradeIdEnd[i - 1];
    int n = 1;
    for (long power = 10; n < 19 && id >= power; power *= 10) {
      n++;
    }
    if (at + n > tradeIdBytes.length) {
      tradeIdBytes = Arrays.copyOf(tradeIdBytes, Math.max(tradeIdBytes.length * 2, at + n * 3));
    }
    int k = at + n;
    long rest = id;
    while (rest > Integer.MAX_VALUE) { // 64-bit divisions only above 2^31: a counter rarely gets there
      long q = rest / 10;
      tradeIdBytes[--k] = (byte) ('0' + (rest - q * 10));
      rest = q;
    }
    for (int v = (int) rest; k > at; v /= 10) {
      tradeIdBytes[--k] = (byte) ('0' + v % 10);
    }
    tradeIdEnd[i] = at + n;
  }

  private void putTradeId(int i, String id) {
    int at = i == 0 ? 0 : tradeIdEnd[i - 1];
    int n = id.length();
    if (at + n > tradeIdBytes.length) {
      tradeIdBytes = Arrays.copyOf(tradeIdBytes, Math.max(tradeIdBytes.length * 2, at + n * 3));
    }
    for (int k = 0; k < n; k++) {
      char ch = id.charAt(k);
      if (ch >= 0x80) { // not ASCII: the general way
        byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
        if (at + utf8.length > tradeIdBytes.length) {
          tradeIdBytes = Arrays.copyOf(tradeIdBytes, Math.max(tradeIdBytes.length * 2, at + utf8.length));
        }
        System.arraycopy(utf8, 0, tradeIdBytes, at, utf8.length);
        tradeIdEnd[i] = at + utf8.length;
        return;
      }
      tradeIdBytes[at + k] = (byte) ch;
    }
    tradeIdEnd[i] = at + n;
  }

  private void grow() {
    int c = symbol.length * 2;
    symbol = Arrays.copyOf(symbol, c);
    sipTimestamp = Arrays.copyOf(sipTimestamp, c);
    participantTimestamp = Arrays.copyOf(participantTimestamp, c);
    price = Arrays.copyOf(price, c);
    tradeSize = Arrays.copyOf(tradeSize, c);
    exchange = Arrays.copyOf(exchange, c);
    tape = Arrays.copyOf(tape, c);
    conditions = Arrays.copyOf(conditions, c);
    tradeIdEnd = Arrays.copyOf(tradeIdEnd, c);
    sequenceNumber = Arrays.copyOf(sequenceNumber, c);
    correction = Arrays.copyOf(correction, c);
    trfId = Arrays.copyOf(trfId, c);
    trfTimestamp = Arrays.copyOf(trfTimestamp, c);
  }

  /** Forgets the rows but keeps the arrays, so a source can reuse one batch per partition. */
  public void clear() {
    Arrays.fill(symbol, 0, size, null);
    Arrays.fill(conditions, 0, size, null);
    size = 0;
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public String symbol(int i) {
    return symbol[i];
  }

  public long sipTimestamp(int i) {
    return sipTimestamp[i];
  }

  public long participantTimestamp(int i) {
    return participantTimestamp[i];
  }

  public double price(int i) {
    return price[i];
  }

  public double size(int i) {
    return tradeSize[i];
  }

  public int exchange(int i) {
    return exchange[i];
  }

  public int tape(int i) {
    return tape[i];
  }

  public int[] conditions(int i) {
    return conditions[i];
  }

  public String tradeId(int i) {
    int start = tradeIdStart(i);
    return new String(tradeIdBytes, start, tradeIdEnd[i] - start, StandardCharsets.UTF_8);
  }

  /** The UTF-8 bytes of every trade id, row after row; row i spans [{@link #tradeIdStart}, {@link #tradeIdEnd}). */
  byte[] tradeIdBytes() {
    return tradeIdBytes;
  }

  // whole columns, for the encoder's bulk copies; valid in [0, size())
  long[] sipTimestampColumn() {
    return sipTimestamp;
  }

  long[] participantTimestampColumn() {
    return participantTimestamp;
  }

  double[] priceColumn() {
    return price;
  }

  int[] exchangeColumn() {
    return exchange;
  }

  int[] tradeIdEndColumn() {
    return tradeIdEnd;
  }

  long[] sequenceNumberColumn() {
    return sequenceNumber;
  }

  int[] correctionColumn() {
    return correction;
  }

  long[] trfTimestampColumn() {
    return trfTimestamp;
  }

  int tradeIdStart(int i) {
    return i == 0 ? 0 : tradeIdEnd[i - 1];
  }

  int tradeIdEnd(int i) {
    return tradeIdEnd[i];
  }

  public long sequenceNumber(int i) {
    return sequenceNumber[i];
  }

  public int correction(int i) {
    return correction[i];
  }

  public int trfId(int i) {
    return trfId[i];
  }

  public long trfTimestamp(int i) {
    return trfTimestamp[i];
  }

  public Trade get(int i) {
    return new Trade(symbol[i], sipTimestamp[i], participantTimestamp[i], price[i], tradeSize[i], exchange[i], tape[i],
        conditions[i], tradeId(i), sequenceNumber[i], correction[i], trfId[i], trfTimestamp[i]);
  }
}
