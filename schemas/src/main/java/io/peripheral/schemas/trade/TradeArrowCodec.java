package io.peripheral.schemas.trade;

import static io.peripheral.schemas.trade.TradeArrowSchema.SIZE_SCALE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampNanoTZVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.ipc.ArrowStreamReader;

/**
 * Encodes a {@link TradeBatch} as one self-describing Arrow IPC stream (schema message, symbol dictionary
 * batch, one record batch, end-of-stream) and back. One Kafka record on a trades topic carries exactly one
 * such stream, so any Arrow implementation can read a record without out-of-band schema lookups.
 */
public final class TradeArrowCodec {
  private static final BufferAllocator ROOT = new RootAllocator();
  private static final double SIZE_FACTOR = Math.pow(10, SIZE_SCALE);
  private static final int DECIMAL_WIDTH = 16;

  /** Which columns {@link #decode(byte[], Columns)} materialises. */
  public enum Columns {
    /** Every column. */
    ALL,
    /** What bar building needs: symbol, sip timestamp, price, size, conditions, correction, exchange. */
    BARS
  }

  private TradeArrowCodec() {}

  /** One encoder per thread: it keeps its buffers and symbol bytes between batches. */
  private static final ThreadLocal<TradeArrowEncoder> ENCODER = ThreadLocal.withInitial(TradeArrowEncoder::new);

  public static byte[] encode(TradeBatch batch) {
    return ENCODER.get().encode(batch);
  }

  public static TradeBatch decode(byte[] bytes) {
    return decode(bytes, Columns.ALL);
  }

  /** Decodes one record's Arrow stream; every record batch in it is appended to the result. */
  public static TradeBatch decode(byte[] bytes, Columns columns) {
    boolean all = columns == Columns.ALL;
    try (BufferAllocator alloc = ROOT.newChildAllocator("trade-decode", 0, Long.MAX_VALUE);
        ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(bytes), alloc)) {
      TradeBatch out = null;
      while (reader.loadNextBatch()) {
        VectorSchemaRoot root = reader.getVectorSchemaRoot();
        int n = root.getRowCount();
        if (out == null) {
          out = TradeBatch.builder(n);
        }
        VarCharVector dictionary = (VarCharVector) reader.getDictionaryVectors()
            .get(TradeArrowSchema.SYMBOL_DICTIONARY_ID).getVector();
        String[] names = new String[dictionary.getValueCount()];
        for (int d = 0; d < names.length; d++) {
          names[d] = new String(dictionary.get(d), StandardCharsets.UTF_8);
        }
        IntVector symbols = (IntVector) root.getVector("symbol");
        TimeStampNanoTZVector sip = (TimeStampNanoTZVector) root.getVector("sip_timestamp");
        TimeStampNanoTZVector participant = (TimeStampNanoTZVector) root.getVector("participant_timestamp");
        Float8Vector price = (Float8Vector) root.getVector("price");
        DecimalVector size = (DecimalVector) root.getVector("size");
        IntVector exchange = (IntVector) root.getVector("exchange");
        TinyIntVector tape = (TinyIntVector) root.getVector("tape");
        ListVector conditions = (ListVector) root.getVector("conditions");
        IntVector conditionValues = (IntVector) conditions.getDataVector();
        VarCharVector tradeId = (VarCharVector) root.getVector("trade_id");
        BigIntVector sequence = (BigIntVector) root.getVector("sequence_number");
        IntVector correction = (IntVector) root.getVector("correction");
        IntVector trfId = (IntVector) root.getVector("trf_id");
        TimeStampNanoTZVector trfTimestamp = (TimeStampNanoTZVector) root.getVector("trf_timestamp");
        for (int i = 0; i < n; i++) {
          int from = conditions.getElementStartIndex(i);
          int to = conditions.getElementEndIndex(i);
          int[] conds = new int[to - from];
          for (int k = from; k < to; k++) {
            conds[k - from] = conditionValues.get(k);
          }
          // The low 64 bits of the little-endian 128-bit decimal hold the unscaled size.
          double qty = size.getDataBuffer().getLong((long) i * DECIMAL_WIDTH) / SIZE_FACTOR;
          out.add(names[symbols.get(i)], sip.get(i),
              all && !participant.isNull(i) ? participant.get(i) : 0,
              price.get(i), qty, exchange.get(i), all ? tape.get(i) : 0, conds,
              all ? new String(tradeId.get(i), StandardCharsets.UTF_8) : "",
              all ? sequence.get(i) : 0, correction.get(i),
              all && !trfId.isNull(i) ? trfId.get(i) : -1,
              all && !trfTimestamp.isNull(i) ? trfTimestamp.get(i) : 0);
        }
      }
      return out == null ? TradeBatch.builder(0) : out;
    } catch (IOException | RuntimeException e) {
      throw new TradeCodecException("could not decode a trade batch of " + bytes.length + " bytes: " + e.getMessage(), e);
    }
  }
}
