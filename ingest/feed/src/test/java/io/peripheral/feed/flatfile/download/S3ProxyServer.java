package io.peripheral.feed.flatfile.download;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server for tests: s3proxy (jclouds' filesystem store under a temporary directory, AWS
 * signature v2/v4 checked against one key pair) in its own JVM, from the self-contained jar that the build copies to
 * {@code target/s3proxy/s3proxy.jar} (system property {@code it.s3proxy.jar}). Its own JVM keeps its Jetty and
 * jclouds away from Quarkus' class path.
 */
final class S3ProxyServer implements AutoCloseable {
  static final String ACCESS_KEY = "it-access-key";
  static final String SECRET_KEY = "it-secret-key-0123456789";
  private final Process process;
  private final int port;
  private final S3Client admin;

  private S3ProxyServer(Process process, int port, String accessKey, String secretKey) {
    this.process = process;
    this.port = port;
    this.admin = S3Client.builder().endpointOverride(endpoint()).region(Region.US_EAST_1).forcePathStyle(true)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED).build();
  }

  static S3ProxyServer start(Path workDir) {
    return start(workDir, ACCESS_KEY, SECRET_KEY);
  }

  /** A server that accepts only this key pair. */
  static S3ProxyServer start(Path workDir, String accessKey, String secretKey) {
    String jar = System.getProperty("it.s3proxy.jar", "target/s3proxy/s3proxy.jar");
    if (!Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException(jar + " is missing: run the ITs through Maven (failsafe), whose "
          + "pre-integration-test phase copies s3proxy's jar there");
    }
    try {
      Path data = Files.createDirectories(workDir.resolve("s3proxy-data"));
      int port = freePort();
      Path conf = Files.writeString(workDir.resolve("s3proxy.conf"), String.join("\n",
          "s3proxy.endpoint=http://127.0.0.1:" + port,
          "s3proxy.authorization=aws-v2-or-v4",
          "s3proxy.identity=" + accessKey,
          "s3proxy.credential=" + secretKey,
          "jclouds.provider=filesystem",
          "jclouds.filesystem.basedir=" + data, ""));
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
          "-jar", jar, "--properties", conf.toString())
          .redirectErrorStream(true).redirectOutput(workDir.resolve("s3proxy.out").toFile()).start();
      await("s3proxy listening on " + port).atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
          .until(() -> {
            if (!p.isAlive()) {
              throw new IllegalStateException("s3proxy exited with " + p.exitValue() + ": "
                  + Files.readString(workDir.resolve("s3proxy.out")));
            }
            return accepts(port);
          });
      return new S3ProxyServer(p, port, accessKey, secretKey);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + port);
  }

  int port() {
    return port;
  }

  void createBucket(String bucket) {
    admin.createBucket(b -> b.bucket(bucket));
  }

  void put(String bucket, String key, Path file) {
    admin.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(file));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static boolean accepts(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() throws InterruptedException {
    admin.close();
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
