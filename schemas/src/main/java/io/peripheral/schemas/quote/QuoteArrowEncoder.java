package io.peripheral.schemas.quote;

import static io.peripheral.schemas.quote.QuoteArrowSchema.SIZE_SCALE;

import io.peripheral.schemas.arrow.IpcBody;
import io.peripheral.schemas.arrow.IpcFrames;
import io.peripheral.schemas.arrow.Le;
import io.peripheral.schemas.arrow.SymbolDictionary;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.ipc.message.ArrowFieldNode;

/**
 * Encodes quote batches as self-describing Arrow IPC streams straight into the byte array it returns, as
 * {@link io.peripheral.schemas.trade.TradeArrowEncoder} does for trades (quotes files are the largest of
 * Polygon's flat files). {@code QuoteArrowEncoderTest} checks the bytes equal Arrow's {@code ArrowStreamWriter}'s.
 * One instance per thread.
 */
public final class QuoteArrowEncoder {
  private static final double SIZE_FACTOR = Math.pow(10, SIZE_SCALE);
  private static final byte[] SCHEMA_MESSAGE = IpcFrames.schemaMessage(QuoteArrowSchema.SCHEMA);
  private static final int DECIMAL_WIDTH = 16;

  private final SymbolDictionary dictionary = new SymbolDictionary();
  private final IpcBody body = new IpcBody();
  private int[] symbolIndexes = new int[1024];

  public byte[] encode(QuoteBatch batch) {
    List<Quote> quotes = batch.quotes();
    int n = quotes.size();
    if (symbolIndexes.length < n) {
      symbolIndexes = new int[n];
    }
    int conditionCount = 0;
    int indicatorCount = 0;
    int participantNulls = 0;
    int trfNulls = 0;
    dictionary.clear();
    for (int i = 0; i < n; i++) {
      Quote q = quotes.get(i);
      symbolIndexes[i] = dictionary.indexOf(q.symbol());
      conditionCount += q.conditions().length;
      indicatorCount += q.indicators().length;
      participantNulls += q.participantTimestamp() == 0 ? 1 : 0;
      trfNulls += q.trfTimestamp() == 0 ? 1 : 0;
    }

    int dictionaryLength = dictionary.layOut(QuoteArrowSchema.SYMBOL_DICTIONARY_ID);

    int valid = n == 0 ? 0 : Le.bitmapBytes(n);
    body.clear();
    int symbolValid = body.add(valid);
    int symbolData = body.add(4L * n);
    int sipValid = body.add(valid);
    int sipData = body.add(8L * n);
    int participantValid = body.add(valid);
    int participantData = body.add(8L * n);
    int bidExchangeValid = body.add(valid);
    int bidExchangeData = body.add(4L * n);
    int bidPriceValid = body.add(valid);
    int bidPriceData = body.add(8L * n);
    int bidSizeValid = body.add(valid);
    int bidSizeData = body.add((long) DECIMAL_WIDTH * n);
    int askExchangeValid = body.add(valid);
    int askExchangeData = body.add(4L * n);
    int askPriceValid = body.add(valid);
    int askPriceData = body.add(8L * n);
    int askSizeValid = body.add(valid);
    int askSizeData = body.add((long) DECIMAL_WIDTH * n);
    int conditionsValid = body.add(valid);
    int conditionsOffsets = body.add(4L * (n + 1));
    int conditionValid = body.add(conditionCount == 0 ? 0 : Le.bitmapBytes(conditionCount));
    int conditionData = body.add(4L * conditionCount);
    int indicatorsValid = body.add(valid);
    int indicatorsOffsets = body.add(4L * (n + 1));
    int indicatorValid = body.add(indicatorCount == 0 ? 0 : Le.bitmapBytes(indicatorCount));
    int indicatorData = body.add(4L * indicatorCount);
    int sequenceValid = body.add(valid);
    int sequenceData = body.add(8L * n);
    int tapeValid = body.add(valid);
    int tapeData = body.add(n);
    int trfValid = body.add(valid);
    int trfData = body.add(8L * n);
    List<ArrowFieldNode> nodes = new ArrayList<>(16);
    for (int nulls : new int[] {0, 0, participantNulls, 0, 0, 0, 0, 0, 0}) { // symbol … ask_size
      nodes.add(new ArrowFieldNode(n, nulls));
    }
    nodes.add(new ArrowFieldNode(n, 0)); // conditions
    nodes.add(new ArrowFieldNode(conditionCount, 0));
    nodes.add(new ArrowFieldNode(n, 0)); // indicators
    nodes.add(new ArrowFieldNode(indicatorCount, 0));
    nodes.add(new ArrowFieldNode(n, 0)); // sequence_number
    nodes.add(new ArrowFieldNode(n, 0)); // tape
    nodes.add(new ArrowFieldNode(n, trfNulls));
    ByteBuffer batchMeta = IpcFrames.recordBatchMetadata(n, nodes, body);

    byte[] out = new byte[SCHEMA_MESSAGE.length + dictionaryLength + IpcFrames.messageLength(batchMeta, body)
        + IpcFrames.END_OF_STREAM_BYTES];
    System.arraycopy(SCHEMA_MESSAGE, 0, out, 0, SCHEMA_MESSAGE.length);

    int b = IpcFrames.writeMessageHead(out, dictionary.write(out, SCHEMA_MESSAGE.length), batchMeta);
    for (int v : new int[] {symbolValid, sipValid, bidExchangeValid, bidPriceValid, bidSizeValid, askExchangeValid,
        askPriceValid, askSizeValid, conditionsValid, indicatorsValid, sequenceValid, tapeValid}) {
      Le.setAllValid(out, b + v, n);
    }
    Le.setAllValid(out, b + conditionValid, conditionCount);
    Le.setAllValid(out, b + indicatorValid, indicatorCount);
    int c = 0;
    int k = 0;
    for (int i = 0; i < n; i++) {
      Quote q = quotes.get(i);
      Le.putInt(out, b + symbolData + 4 * i, symbolIndexes[i]);
      Le.putLong(out, b + sipData + 8 * i, q.sipTimestamp());
      if (q.participantTimestamp() != 0) {
        Le.putLong(out, b + participantData + 8 * i, q.participantTimestamp());
        Le.setBit(out, b + participantValid, i);
      }
      Le.putInt(out, b + bidExchangeData + 4 * i, q.bidExchange());
      Le.putDouble(out, b + bidPriceData + 8 * i, q.bidPrice());
      putDecimal(out, b + bidSizeData + DECIMAL_WIDTH * i, Math.round(q.bidSize() * SIZE_FACTOR));
      Le.putInt(out, b + askExchangeData + 4 * i, q.askExchange());
      Le.putDouble(out, b + askPriceData + 8 * i, q.askPrice());
      putDecimal(out, b + askSizeData + DECIMAL_WIDTH * i, Math.round(q.askSize() * SIZE_FACTOR));
      for (int condition : q.conditions()) {
        Le.putInt(out, b + conditionData + 4 * c++, condition);
      }
      Le.putInt(out, b + conditionsOffsets + 4 * (i + 1), c);
      for (int indicator : q.indicators()) {
        Le.putInt(out, b + indicatorData + 4 * k++, indicator);
      }
      Le.putInt(out, b + indicatorsOffsets + 4 * (i + 1), k);
      Le.putLong(out, b + sequenceData + 8 * i, q.sequenceNumber());
      out[b + tapeData + i] = (byte) q.tape();
      if (q.trfTimestamp() != 0) {
        Le.putLong(out, b + trfData + 8 * i, q.trfTimestamp());
        Le.setBit(out, b + trfValid, i);
      }
    }
    IpcFrames.writeEndOfStream(out, b + body.length());
    return out;
  }

  /** A 128-bit little-endian decimal from its unscaled long: the low word, then the sign extended. */
  private static void putDecimal(byte[] out, int pos, long unscaled) {
    Le.putLong(out, pos, unscaled);
    Le.putLong(out, pos + 8, unscaled < 0 ? -1L : 0L);
  }
}
