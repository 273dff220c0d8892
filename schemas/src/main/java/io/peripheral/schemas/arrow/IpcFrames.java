package io.peripheral.schemas.arrow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.compression.NoCompressionCodec;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.ipc.WriteChannel;
import org.apache.arrow.vector.ipc.message.ArrowDictionaryBatch;
import org.apache.arrow.vector.ipc.message.ArrowFieldNode;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.ipc.message.IpcOption;
import org.apache.arrow.vector.ipc.message.MessageSerializer;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.arrow.vector.util.DictionaryUtility;

/**
 * Frames of the Arrow IPC streaming format written into a byte array: the continuation marker, the metadata
 * length, the flatbuffer {@code Message} padded to 8 bytes, then the body; and the end-of-stream marker. The
 * flatbuffers come from Arrow Java's own {@link MessageSerializer}, so a stream written here is byte for byte
 * what {@code ArrowStreamWriter} writes for the same values; only the body is filled by the caller, in place.
 */
public final class IpcFrames {
  private static final int CONTINUATION = 0xFFFFFFFF;
  /** Continuation marker and zero length. */
  public static final int END_OF_STREAM_BYTES = 8;

  private IpcFrames() {}

  /**
   * The framed schema message of {@code schema}, given as Arrow Java holds it in memory (a dictionary-encoded
   * column typed by its index type); on the wire such a column is typed by its values, utf8 here — every
   * dictionary of ours holds symbols — converted as {@code ArrowStreamWriter} converts it.
   */
  public static byte[] schemaMessage(Schema schema) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (BufferAllocator allocator = new RootAllocator();
        WriteChannel channel = new WriteChannel(Channels.newChannel(out))) {
      DictionaryProvider.MapDictionaryProvider provider = new DictionaryProvider.MapDictionaryProvider();
      List<FieldVector> values = new ArrayList<>();
      for (Field f : schema.getFields()) {
        if (f.getDictionary() != null) {
          VarCharVector v = new VarCharVector(new Field(f.getName(), FieldType.notNullable(new ArrowType.Utf8()),
              null), allocator);
          values.add(v);
          provider.put(new Dictionary(v, f.getDictionary()));
        }
      }
      Set<Long> used = new HashSet<>();
      List<Field> fields = schema.getFields().stream()
          .map(f -> DictionaryUtility.toMessageFormat(f, provider, used)).toList();
      MessageSerializer.serialize(channel, new Schema(fields, schema.getCustomMetadata()), IpcOption.DEFAULT);
      values.forEach(FieldVector::close);
    } catch (IOException e) {
      throw new IllegalStateException("could not serialize an Arrow schema in memory", e);
    }
    return out.toByteArray();
  }

  /** The {@code Message} flatbuffer of a record batch of {@code rows} rows laid out as {@code body}. */
  public static ByteBuffer recordBatchMetadata(int rows, List<ArrowFieldNode> nodes, IpcBody body) {
    return MessageSerializer.serializeMetadata(recordBatch(rows, nodes, body), IpcOption.DEFAULT);
  }

  /** The {@code Message} flatbuffer of a (non-delta) dictionary batch. */
  public static ByteBuffer dictionaryBatchMetadata(long dictionaryId, int entries, List<ArrowFieldNode> nodes,
      IpcBody body) {
    return MessageSerializer.serializeMetadata(
        new ArrowDictionaryBatch(dictionaryId, recordBatch(entries, nodes, body), false), IpcOption.DEFAULT);
  }

  private static ArrowRecordBatch recordBatch(int rows, List<ArrowFieldNode> nodes, IpcBody body) {
    return new ArrowRecordBatch(rows, nodes, body.placeholders(), NoCompressionCodec.DEFAULT_BODY_COMPRESSION,
        new ArrayList<>(), true, false);
  }

  /** Bytes of the whole message: prefix, padded metadata and body. */
  public static int messageLength(ByteBuffer metadata, IpcBody body) {
    return 8 + paddedMetadataLength(metadata) + body.length();
  }

  /**
   * Writes the message prefix and metadata at {@code pos} (an 8-byte aligned stream position) and returns where
   * its body starts. The body's bytes — zero until the caller writes them — are the caller's to fill.
   */
  public static int writeMessageHead(byte[] out, int pos, ByteBuffer metadata) {
    int padded = paddedMetadataLength(metadata);
    Le.putInt(out, pos, CONTINUATION);
    Le.putInt(out, pos + 4, padded);
    metadata.duplicate().get(out, pos + 8, metadata.remaining());
    return pos + 8 + padded;
  }

  public static void writeEndOfStream(byte[] out, int pos) {
    Le.putInt(out, pos, CONTINUATION);
    Le.putInt(out, pos + 4, 0);
  }

  private static int paddedMetadataLength(ByteBuffer metadata) {
    return (int) IpcBody.align8(8 + metadata.remaining()) - 8;
  }
}
