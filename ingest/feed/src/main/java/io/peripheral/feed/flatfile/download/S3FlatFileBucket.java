package io.peripheral.feed.flatfile.download;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Polygon's flat-file bucket through the AWS SDK's synchronous S3 client: the endpoint overridden, path-style
 * addressing ({@code https://files.polygon.io/flatfiles/...}), and checksums only where an operation requires them.
 * Since SDK 2.30 the defaults add CRC headers to requests and ask for checksum headers on responses, which servers
 * other than AWS S3 reject or do not send; {@code WHEN_REQUIRED} restores the earlier behaviour. HTTP is the JDK's
 * URLConnection, so no second Netty sits beside Quarkus'.
 */
public final class S3FlatFileBucket implements FlatFileBucket {
  private final S3Client s3;
  private final S3Settings settings;

  public S3FlatFileBucket(S3Settings settings) {
    this.settings = settings;
    this.s3 = S3Client.builder()
        .endpointOverride(settings.endpoint())
        .region(Region.of(settings.region()))
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(settings.accessKeyId(), settings.secretAccessKey())))
        .forcePathStyle(true)
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .httpClientBuilder(UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(10))
            .socketTimeout(Duration.ofSeconds(60)))
        .build();
  }

  @Override
  public List<RemoteFile> list(String prefix) {
    ListObjectsV2Request request = ListObjectsV2Request.builder().bucket(settings.bucket()).prefix(prefix)
        .maxKeys(settings.listPageSize()).build();
    List<RemoteFile> out = new ArrayList<>();
    try {
      for (S3Object o : s3.listObjectsV2Paginator(request).contents()) {
        out.add(new RemoteFile(o.key(), o.size(), o.eTag()));
      }
      return out;
    } catch (S3Exception e) {
      if (e.statusCode() == 403) {
        throw new FlatFileAccessDeniedException("listing " + settings.bucket() + "/" + prefix + " at "
            + settings.endpoint(), errorCode(e));
      }
      throw new FlatFileDownloadException("listing " + settings.bucket() + "/" + prefix + " failed: HTTP "
          + e.statusCode() + " " + errorCode(e), e);
    } catch (SdkClientException e) {
      throw new FlatFileDownloadException("cannot reach " + settings.endpoint() + " to list " + prefix + ": "
          + e.getMessage(), e);
    }
  }

  @Override
  public Body open(String key, long from) {
    GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(settings.bucket()).key(key);
    if (from > 0) {
      request.range("bytes=" + from + "-");
    }
    try {
      ResponseInputStream<GetObjectResponse> body = s3.getObject(request.build());
      // A server that ignores Range answers 200 with the whole object and no Content-Range.
      long startsAt = from > 0 && body.response().contentRange() != null ? from : 0;
      return new Body(body, startsAt);
    } catch (S3Exception e) {
      if (e.statusCode() == 403) {
        throw new FlatFileAccessDeniedException("GET " + key, errorCode(e));
      }
      if (e.statusCode() == 404) {
        throw new MissingFileException(key);
      }
      if (e.statusCode() >= 500) {
        throw new TransferInterruptedException("GET " + key + ": HTTP " + e.statusCode() + " " + errorCode(e), e);
      }
      throw new FlatFileDownloadException("GET " + key + " failed: HTTP " + e.statusCode() + " " + errorCode(e), e);
    } catch (SdkClientException e) {
      throw new TransferInterruptedException("GET " + key + ": " + e.getMessage(), e);
    }
  }

  private static String errorCode(S3Exception e) {
    return e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null ? ""
        : e.awsErrorDetails().errorCode();
  }

  @Override
  public void close() {
    s3.close();
  }
}
