package io.peripheral.schemas.quote;

import io.peripheral.schemas.trade.TradeArrowSchema;
import java.util.List;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The Arrow schema of a quotes record batch; the same conventions as {@link TradeArrowSchema} (dictionary-encoded
 * symbol, ns UTC timestamps, decimal sizes). Changing it is a contract change: add columns at the end as nullable,
 * never rename or retype.
 */
public final class QuoteArrowSchema {
  public static final int SIZE_SCALE = TradeArrowSchema.SIZE_SCALE;
  public static final int SIZE_PRECISION = TradeArrowSchema.SIZE_PRECISION;
  public static final long SYMBOL_DICTIONARY_ID = 0L;
  public static final DictionaryEncoding SYMBOL_ENCODING =
      new DictionaryEncoding(SYMBOL_DICTIONARY_ID, false, new ArrowType.Int(32, true));

  private static final ArrowType TIMESTAMP_NS_UTC = new ArrowType.Timestamp(TimeUnit.NANOSECOND, "UTC");
  private static final ArrowType PRICE = new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
  private static final ArrowType SIZE = new ArrowType.Decimal(SIZE_PRECISION, SIZE_SCALE, 128);
  private static final ArrowType INT32 = new ArrowType.Int(32, true);

  public static final Schema SCHEMA = new Schema(List.of(
      new Field("symbol", new FieldType(false, INT32, SYMBOL_ENCODING), null),
      Field.notNullable("sip_timestamp", TIMESTAMP_NS_UTC),
      Field.nullable("participant_timestamp", TIMESTAMP_NS_UTC),
      Field.notNullable("bid_exchange", INT32),
      Field.notNullable("bid_price", PRICE),
      Field.notNullable("bid_size", SIZE),
      Field.notNullable("ask_exchange", INT32),
      Field.notNullable("ask_price", PRICE),
      Field.notNullable("ask_size", SIZE),
      intList("conditions", "condition"),
      intList("indicators", "indicator"),
      Field.notNullable("sequence_number", new ArrowType.Int(64, true)),
      Field.notNullable("tape", new ArrowType.Int(8, true)),
      Field.nullable("trf_timestamp", TIMESTAMP_NS_UTC)));

  private static Field intList(String name, String element) {
    return new Field(name, FieldType.notNullable(new ArrowType.List()), List.of(Field.notNullable(element, INT32)));
  }

  private QuoteArrowSchema() {}
}
