package io.peripheral.schemas.trade;

import java.util.List;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The Arrow schema of a trades record batch. Changing it is a contract change: add columns at the end as
 * nullable (consumers select columns by name), never rename or retype.
 */
public final class TradeArrowSchema {
  /** Size is a decimal with this many fractional digits: fractional shares exist. */
  public static final int SIZE_SCALE = 6;
  public static final int SIZE_PRECISION = 18;
  public static final long SYMBOL_DICTIONARY_ID = 0L;
  public static final DictionaryEncoding SYMBOL_ENCODING =
      new DictionaryEncoding(SYMBOL_DICTIONARY_ID, false, new ArrowType.Int(32, true));

  private static final ArrowType TIMESTAMP_NS_UTC = new ArrowType.Timestamp(TimeUnit.NANOSECOND, "UTC");

  /**
   * The in-memory schema (Arrow Java's convention: a dictionary-encoded column is typed by its index type,
   * int32 here). On the wire the writer turns it into a utf8 column with dictionary id 0.
   */
  public static final Schema SCHEMA = new Schema(List.of(
      new Field("symbol", new FieldType(false, new ArrowType.Int(32, true), SYMBOL_ENCODING), null),
      Field.notNullable("sip_timestamp", TIMESTAMP_NS_UTC),
      Field.nullable("participant_timestamp", TIMESTAMP_NS_UTC),
      Field.notNullable("price", new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE)),
      Field.notNullable("size", new ArrowType.Decimal(SIZE_PRECISION, SIZE_SCALE, 128)),
      Field.notNullable("exchange", new ArrowType.Int(32, true)),
      Field.notNullable("tape", new ArrowType.Int(8, true)),
      new Field("conditions", FieldType.notNullable(new ArrowType.List()),
          List.of(Field.notNullable("condition", new ArrowType.Int(32, true)))),
      Field.notNullable("trade_id", new ArrowType.Utf8()),
      Field.notNullable("sequence_number", new ArrowType.Int(64, true)),
      Field.notNullable("correction", new ArrowType.Int(32, true)),
      Field.nullable("trf_id", new ArrowType.Int(32, true)),
      Field.nullable("trf_timestamp", TIMESTAMP_NS_UTC)));

  private TradeArrowSchema() {}
}
