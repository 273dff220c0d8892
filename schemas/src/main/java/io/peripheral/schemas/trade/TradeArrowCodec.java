package io.peripheral.schemas.trade;

import static io.peripheral.schemas.trade.TradeArrowSchema.SCHEMA;
import static io.peripheral.schemas.trade.TradeArrowSchema.SIZE_SCALE;
import static io.peripheral.schemas.trade.TradeArrowSchema.SYMBOL_ENCODING;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
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
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;

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

  public static byte[] encode(TradeBatch batch) {
    int n = batch.size();
    try (BufferAllocator alloc = ROOT.newChildAllocator("trade-encode", 0, Long.MAX_VALUE);
        VectorSchemaRoot root = VectorSchemaRoot.create(SCHEMA, alloc);
        VarCharVector dictionary = new VarCharVector(
            new Field("symbol", FieldType.notNullable(new ArrowType.Utf8()), null), alloc)) {
      root.allocateNew();
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

      Map<String, Integer> dictionaryIndex = new HashMap<>();
      dictionary.allocateNew();
      int conditionCount = 0;
      for (int i = 0; i < n; i++) {
        String s = batch.symbol(i);
        Integer idx = dictionaryIndex.get(s);
        if (idx == null) {
          idx = dictionaryIndex.size();
          dictionaryIndex.put(s, idx);
          dictionary.setSafe(idx, s.getBytes(StandardCharsets.UTF_8));
        }
        symbols.setSafe(i, idx);
        sip.setSafe(i, batch.sipTimestamp(i));
        setTimestampOrNull(participant, i, batch.participantTimestamp(i));
        price.setSafe(i, batch.price(i));
        size.setSafe(i, Math.round(batch.size(i) * SIZE_FACTOR));
        exchange.setSafe(i, batch.exchange(i));
        tape.setSafe(i, batch.tape(i));
        int[] conds = batch.conditions(i);
        conditions.startNewValue(i);
        for (int c : conds) {
          conditionValues.setSafe(conditionCount++, c);
        }
        conditions.endValue(i, conds.length);
        tradeId.setSafe(i, batch.tradeId(i).getBytes(StandardCharsets.UTF_8));
        sequence.setSafe(i, batch.sequenceNumber(i));
        correction.setSafe(i, batch.correction(i));
        if (batch.trfId(i) < 0) {
          trfId.setNull(i);
        } else {
          trfId.setSafe(i, batch.trfId(i));
        }
        setTimestampOrNull(trfTimestamp, i, batch.trfTimestamp(i));
      }
      dictionary.setValueCount(dictionaryIndex.size());
      conditionValues.setValueCount(conditionCount);
      root.setRowCount(n);

      DictionaryProvider.MapDictionaryProvider provider = new DictionaryProvider.MapDictionaryProvider();
      provider.put(new Dictionary(dictionary, SYMBOL_ENCODING));
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 + n * 64);
      try (ArrowStreamWriter writer = new ArrowStreamWriter(root, provider, Channels.newChannel(out))) {
        writer.start();
        writer.writeBatch();
        writer.end();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new TradeCodecException("could not encode a trade batch of " + n + " rows", e);
    }
  }

  private static void setTimestampOrNull(TimeStampNanoTZVector v, int i, long value) {
    if (value == 0) {
      v.setNull(i);
    } else {
      v.setSafe(i, value);
    }
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
