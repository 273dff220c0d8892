package io.peripheral.schemas.quote;

import static io.peripheral.schemas.quote.QuoteArrowSchema.SCHEMA;
import static io.peripheral.schemas.quote.QuoteArrowSchema.SIZE_SCALE;
import static io.peripheral.schemas.quote.QuoteArrowSchema.SYMBOL_ENCODING;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
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
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;

/**
 * The reference for {@link QuoteArrowEncoder}: quote batches encoded through Arrow Java's vectors (safe setters)
 * and {@link ArrowStreamWriter}, as production did before the direct writer. {@code QuoteArrowEncoderTest}
 * requires the direct writer's bytes to equal these.
 */
final class ArrowWriterQuoteEncoder {
  private static final BufferAllocator ROOT = new RootAllocator();
  private static final double SIZE_FACTOR = Math.pow(10, SIZE_SCALE);

  private ArrowWriterQuoteEncoder() {}

  static byte[] encode(QuoteBatch batch) {
    List<Quote> quotes = batch.quotes();
    int n = quotes.size();
    try (BufferAllocator alloc = ROOT.newChildAllocator("quote-encode", 0, Long.MAX_VALUE);
        VectorSchemaRoot root = VectorSchemaRoot.create(SCHEMA, alloc);
        VarCharVector dictionary = new VarCharVector(
            new Field("symbol", FieldType.notNullable(new ArrowType.Utf8()), null), alloc)) {
      root.allocateNew();
      dictionary.allocateNew();
      IntVector symbol = (IntVector) root.getVector("symbol");
      TimeStampNanoTZVector sip = (TimeStampNanoTZVector) root.getVector("sip_timestamp");
      TimeStampNanoTZVector participant = (TimeStampNanoTZVector) root.getVector("participant_timestamp");
      IntVector bidExchange = (IntVector) root.getVector("bid_exchange");
      Float8Vector bidPrice = (Float8Vector) root.getVector("bid_price");
      DecimalVector bidSize = (DecimalVector) root.getVector("bid_size");
      IntVector askExchange = (IntVector) root.getVector("ask_exchange");
      Float8Vector askPrice = (Float8Vector) root.getVector("ask_price");
      DecimalVector askSize = (DecimalVector) root.getVector("ask_size");
      ListVector conditions = (ListVector) root.getVector("conditions");
      ListVector indicators = (ListVector) root.getVector("indicators");
      BigIntVector sequence = (BigIntVector) root.getVector("sequence_number");
      TinyIntVector tape = (TinyIntVector) root.getVector("tape");
      TimeStampNanoTZVector trf = (TimeStampNanoTZVector) root.getVector("trf_timestamp");
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < n; i++) {
        Quote q = quotes.get(i);
        Integer idx = index.get(q.symbol());
        if (idx == null) {
          idx = index.size();
          index.put(q.symbol(), idx);
          dictionary.setSafe(idx, q.symbol().getBytes(StandardCharsets.UTF_8));
        }
        symbol.setSafe(i, idx);
        sip.setSafe(i, q.sipTimestamp());
        if (q.participantTimestamp() != 0) {
          participant.setSafe(i, q.participantTimestamp());
        } else {
          participant.setNull(i);
        }
        bidExchange.setSafe(i, q.bidExchange());
        bidPrice.setSafe(i, q.bidPrice());
        bidSize.setSafe(i, Math.round(q.bidSize() * SIZE_FACTOR));
        askExchange.setSafe(i, q.askExchange());
        askPrice.setSafe(i, q.askPrice());
        askSize.setSafe(i, Math.round(q.askSize() * SIZE_FACTOR));
        writeList(conditions, i, q.conditions());
        writeList(indicators, i, q.indicators());
        sequence.setSafe(i, q.sequenceNumber());
        tape.setSafe(i, q.tape());
        if (q.trfTimestamp() != 0) {
          trf.setSafe(i, q.trfTimestamp());
        } else {
          trf.setNull(i);
        }
      }
      dictionary.setValueCount(index.size());
      root.setRowCount(n);
      DictionaryProvider.MapDictionaryProvider provider = new DictionaryProvider.MapDictionaryProvider();
      provider.put(new Dictionary(dictionary, SYMBOL_ENCODING));
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, n * 96));
      try (ArrowStreamWriter writer = new ArrowStreamWriter(root, provider, Channels.newChannel(out))) {
        writer.start();
        writer.writeBatch();
        writer.end();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new QuoteCodecException("could not encode a quote batch of " + n + " rows", e);
    }
  }

  private static void writeList(ListVector list, int row, int[] values) {
    int offset = list.startNewValue(row);
    IntVector data = (IntVector) list.getDataVector();
    for (int k = 0; k < values.length; k++) {
      data.setSafe(offset + k, values[k]);
    }
    data.setValueCount(offset + values.length);
    list.endValue(row, values.length);
  }
}
