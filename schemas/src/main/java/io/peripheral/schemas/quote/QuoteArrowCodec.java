package io.peripheral.schemas.quote;

import static io.peripheral.schemas.quote.QuoteArrowSchema.SIZE_SCALE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
 * Encodes a {@link QuoteBatch} as one self-describing Arrow IPC stream (schema message, symbol dictionary batch,
 * one record batch, end-of-stream) and back: the value format of the quotes topics, as
 * {@link io.peripheral.schemas.trade.TradeArrowCodec} is for trades; {@link QuoteArrowEncoder} writes it.
 */
public final class QuoteArrowCodec {
  private static final BufferAllocator ROOT = new RootAllocator();
  private static final double SIZE_FACTOR = Math.pow(10, SIZE_SCALE);
  private static final int DECIMAL_WIDTH = 16;

  private QuoteArrowCodec() {}

  /** One encoder per thread: it keeps its tables between batches. */
  private static final ThreadLocal<QuoteArrowEncoder> ENCODER = ThreadLocal.withInitial(QuoteArrowEncoder::new);

  public static byte[] encode(QuoteBatch batch) {
    return ENCODER.get().encode(batch);
  }

  /** Decodes one record's Arrow stream; every record batch in it is appended to the result. */
  public static QuoteBatch decode(byte[] bytes) {
    try (BufferAllocator alloc = ROOT.newChildAllocator("quote-decode", 0, Long.MAX_VALUE);
        ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(bytes), alloc)) {
      List<Quote> out = new ArrayList<>();
      while (reader.loadNextBatch()) {
        VectorSchemaRoot root = reader.getVectorSchemaRoot();
        VarCharVector dictionary = (VarCharVector) reader.getDictionaryVectors()
            .get(QuoteArrowSchema.SYMBOL_DICTIONARY_ID).getVector();
        String[] names = new String[dictionary.getValueCount()];
        for (int d = 0; d < names.length; d++) {
          names[d] = new String(dictionary.get(d), StandardCharsets.UTF_8);
        }
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
        for (int i = 0, n = root.getRowCount(); i < n; i++) {
          out.add(new Quote(names[symbol.get(i)], sip.get(i), participant.isNull(i) ? 0 : participant.get(i),
              bidExchange.get(i), bidPrice.get(i), size(bidSize, i), askExchange.get(i), askPrice.get(i),
              size(askSize, i), readList(conditions, i), readList(indicators, i), sequence.get(i), tape.get(i),
              trf.isNull(i) ? 0 : trf.get(i)));
        }
      }
      return new QuoteBatch(out);
    } catch (IOException | RuntimeException e) {
      throw new QuoteCodecException("could not decode a quote batch of " + bytes.length + " bytes: " + e.getMessage(),
          e);
    }
  }

  /** The low 64 bits of the little-endian 128-bit decimal hold the unscaled size (sizes fit in a long). */
  private static double size(DecimalVector v, int i) {
    return v.getDataBuffer().getLong((long) i * DECIMAL_WIDTH) / SIZE_FACTOR;
  }

  private static int[] readList(ListVector list, int row) {
    IntVector data = (IntVector) list.getDataVector();
    int from = list.getElementStartIndex(row);
    int to = list.getElementEndIndex(row);
    int[] out = new int[to - from];
    for (int k = from; k < to; k++) {
      out[k - from] = data.get(k);
    }
    return out;
  }
}
