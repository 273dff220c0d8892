package io.peripheral.schemas.topic;

/** The encoding of a topic's record values. */
public enum ValueFormat {
  /** One self-describing Arrow IPC stream (schema + dictionaries + one record batch) per record. */
  ARROW_IPC_STREAM("application/vnd.apache.arrow.stream"),
  /** One UTF-8 JSON object per record, described by a JSON Schema. */
  JSON("application/json");

  private final String contentType;

  ValueFormat(String contentType) {
    this.contentType = contentType;
  }

  public String contentType() {
    return contentType;
  }
}
