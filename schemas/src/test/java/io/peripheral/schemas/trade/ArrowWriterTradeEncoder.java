package io.peripheral.schemas.trade;

import static io.peripheral.schemas.trade.TradeArrowSchema.SCHEMA;
import static io.peripheral.schemas.trade.TradeArrowSchema.SIZE_SCALE;
import static io.peripheral.schemas.trade.TradeArrowSchema.SYMBOL_ENCODING;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVectorHelper;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampNanoTZVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;

/**
 * The reference for {@link TradeArrowEncoder}: the same batches encoded through Arrow Java's own vectors and
 * {@link ArrowStreamWriter}, as production did until the direct writer replaced it (about ten times slower: it
 * allocates, zeroes and copies off-heap buffers for every batch). {@code TradeArrowEncoderTest} requires the
 * direct writer's bytes to equal these.
 */
final class ArrowWriterTradeEncoder implements AutoCloseable {
  private static final BufferAllocator ROOT = new RootAllocator();
  private static final long SIZE_FACTOR = (long) Math.pow(10, SIZE_SCALE);
  private final BufferAllocator alloc = ROOT.newChildAllocator("trade-encoder", 0, Long.MAX_VALUE);
  private final Map<String, byte[]> symbolBytes = new HashMap<>();
  private final Map<String, Integer> dictionaryIndex = new HashMap<>();
  private final Out out = new Out();

  /** Encodes one batch as a self-describing Arrow IPC stream. */
  public byte[] encode(TradeBatch batch) {
    int n = batch.size();
    try (VectorSchemaRoot root = VectorSchemaRoot.create(SCHEMA, alloc);
        VarCharVector dictionary = new VarCharVector(
            new Field("symbol", FieldType.notNullable(new ArrowType.Utf8()), null), alloc)) {
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

      int conditionCount = 0;
      for (int i = 0; i < n; i++) {
        conditionCount += batch.conditions(i).length;
      }
      int idBytes = n == 0 ? 0 : batch.tradeIdEnd(n - 1);
      for (FieldVector v : new FieldVector[] {symbols, sip, participant, price, size, exchange, tape, sequence,
          correction, trfId, trfTimestamp}) {
        ((org.apache.arrow.vector.BaseFixedWidthVector) v).allocateNew(n);
        v.getValidityBuffer().setZero(0, v.getValidityBuffer().capacity());
      }
      tradeId.allocateNew(Math.max(1, idBytes), n);
      conditions.setInitialCapacity(n);
      conditions.allocateNew();
      conditionValues.allocateNew(Math.max(1, conditionCount));

      ArrowBuf symbolData = symbols.getDataBuffer();
      ArrowBuf sipData = sip.getDataBuffer();
      ArrowBuf participantData = participant.getDataBuffer();
      ArrowBuf participantValid = participant.getValidityBuffer();
      ArrowBuf priceData = price.getDataBuffer();
      ArrowBuf sizeData = size.getDataBuffer();
      ArrowBuf exchangeData = exchange.getDataBuffer();
      ArrowBuf tapeData = tape.getDataBuffer();
      ArrowBuf sequenceData = sequence.getDataBuffer();
      ArrowBuf correctionData = correction.getDataBuffer();
      ArrowBuf trfIdData = trfId.getDataBuffer();
      ArrowBuf trfIdValid = trfId.getValidityBuffer();
      ArrowBuf trfTsData = trfTimestamp.getDataBuffer();
      ArrowBuf trfTsValid = trfTimestamp.getValidityBuffer();
      ArrowBuf condOffsets = conditions.getOffsetBuffer();
      ArrowBuf condData = conditionValues.getDataBuffer();
      ArrowBuf idOffsets = tradeId.getOffsetBuffer();
      ArrowBuf idData = tradeId.getDataBuffer();

      dictionaryIndex.clear();
      dictionary.allocateNew();
      int c = 0;
      condOffsets.setInt(0, 0);
      idOffsets.setInt(0, 0);
      for (int i = 0; i < n; i++) {
        String s = batch.symbol(i);
        Integer idx = dictionaryIndex.get(s);
        if (idx == null) {
          idx = dictionaryIndex.size();
          dictionaryIndex.put(s, idx);
          dictionary.setSafe(idx, symbolBytes.computeIfAbsent(s, k -> k.getBytes(StandardCharsets.UTF_8)));
        }
        symbolData.setInt((long) i * 4, idx);
        sipData.setLong((long) i * 8, batch.sipTimestamp(i));
        long p = batch.participantTimestamp(i);
        if (p != 0) {
          participantData.setLong((long) i * 8, p);
          BitVectorHelper.setBit(participantValid, i);
        }
        priceData.setDouble((long) i * 8, batch.price(i));
        long unscaled = Math.round(batch.size(i) * SIZE_FACTOR);
        sizeData.setLong((long) i * 16, unscaled);
        sizeData.setLong((long) i * 16 + 8, unscaled < 0 ? -1L : 0L);
        exchangeData.setInt((long) i * 4, batch.exchange(i));
        tapeData.setByte(i, batch.tape(i));
        for (int cond : batch.conditions(i)) {
          condData.setInt((long) c * 4, cond);
          c++;
        }
        condOffsets.setInt((long) (i + 1) * 4, c);
        idOffsets.setInt((long) (i + 1) * 4, batch.tradeIdEnd(i));
        sequenceData.setLong((long) i * 8, batch.sequenceNumber(i));
        correctionData.setInt((long) i * 4, batch.correction(i));
        int trf = batch.trfId(i);
        if (trf >= 0) {
          trfIdData.setInt((long) i * 4, trf);
          BitVectorHelper.setBit(trfIdValid, i);
        }
        long trfTs = batch.trfTimestamp(i);
        if (trfTs != 0) {
          trfTsData.setLong((long) i * 8, trfTs);
          BitVectorHelper.setBit(trfTsValid, i);
        }
      }
      idData.setBytes(0, batch.tradeIdBytes(), 0, idBytes);
      for (FieldVector v : new FieldVector[] {symbols, sip, price, size, exchange, tape, sequence, correction,
          conditions, tradeId}) {
        setAllValid(v.getValidityBuffer(), n);
      }
      setAllValid(conditionValues.getValidityBuffer(), c);
      conditions.setLastSet(n - 1);
      tradeId.setLastSet(n - 1);
      conditionValues.setValueCount(c);
      dictionary.setValueCount(dictionaryIndex.size());
      root.setRowCount(n);
      conditions.setValueCount(n);
      tradeId.setValueCount(n);

      DictionaryProvider.MapDictionaryProvider provider = new DictionaryProvider.MapDictionaryProvider();
      provider.put(new Dictionary(dictionary, SYMBOL_ENCODING));
      out.reset();
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

  private static void setAllValid(ArrowBuf validity, int n) {
    int full = n / 8;
    if (full > 0) {
      validity.setOne(0, full);
    }
    for (int i = full * 8; i < n; i++) {
      BitVectorHelper.setBit(validity, i);
    }
  }

  @Override
  public void close() {
    alloc.close();
  }

  /** A ByteArrayOutputStream reused across batches (its array grows to the largest record once). */
  private static final class Out extends ByteArrayOutputStream {
    Out() {
      super(1 << 20);
    }
  }
}
