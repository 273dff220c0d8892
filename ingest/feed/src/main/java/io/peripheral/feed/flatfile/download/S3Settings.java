package io.peripheral.feed.flatfile.download;

import java.net.URI;
import java.util.Objects;

/**
 * How to reach the flat-file endpoint. {@code toString} never shows the secret (nor the access key id).
 *
 * @param endpoint {@code https://files.polygon.io}, or Massive's {@code https://files.massive.com}
 * @param listPageSize keys per ListObjectsV2 page (S3's maximum is 1000)
 */
public record S3Settings(URI endpoint, String bucket, String region, String accessKeyId, String secretAccessKey,
    int listPageSize) {
  public S3Settings {
    Objects.requireNonNull(endpoint, "endpoint");
    if (bucket == null || bucket.isBlank()) {
      throw new IllegalArgumentException("no flat-file bucket configured");
    }
    if (accessKeyId == null || accessKeyId.isBlank() || secretAccessKey == null || secretAccessKey.isBlank()) {
      throw new IllegalArgumentException("no flat-file keys: set POLYGON_S3_ACCESS_KEY_ID and "
          + "POLYGON_S3_SECRET_ACCESS_KEY (environment or .env; AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY also work)");
    }
    if (listPageSize < 1 || listPageSize > 1000) {
      throw new IllegalArgumentException("list page size must be 1..1000, was " + listPageSize);
    }
  }

  public static S3Settings of(String endpoint, String bucket, String region, String accessKeyId,
      String secretAccessKey) {
    return new S3Settings(URI.create(endpoint), bucket, region, accessKeyId, secretAccessKey, 1000);
  }

  public S3Settings withListPageSize(int n) {
    return new S3Settings(endpoint, bucket, region, accessKeyId, secretAccessKey, n);
  }

  @Override
  public String toString() {
    return "S3Settings[" + endpoint + ", bucket=" + bucket + ", region=" + region + ", keys=***]";
  }
}
