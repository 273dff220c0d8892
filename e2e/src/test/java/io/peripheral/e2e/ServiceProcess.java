package io.peripheral.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A packaged Quarkus service started as its own JVM, the way `make run` starts it. */
final class ServiceProcess implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final List<String> command;
  private final Path log;
  private final int httpPort;
  private Process process;

  ServiceProcess(String name, Path jar, int httpPort, List<String> systemProperties, List<String> args) {
    this.name = name;
    this.httpPort = httpPort;
    this.log = TestStack.ROOT.resolve("e2e/target/e2e-logs/" + name + ".log");
    List<String> cmd = new ArrayList<>(List.of(javaBin(), "--add-opens=java.base/java.nio=ALL-UNNAMED", "-Xmx768m",
        "-Dquarkus.http.port=" + httpPort));
    systemProperties.forEach(p -> cmd.add("-D" + p));
    cmd.add("-jar");
    cmd.add(jar.toString());
    cmd.addAll(args);
    this.command = List.copyOf(cmd);
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  ServiceProcess start() throws IOException {
    Files.createDirectories(log.getParent());
    process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    return this;
  }

  /** Starts and waits until /q/health/ready answers 200. */
  ServiceProcess startAndAwaitReady() throws IOException {
    start();
    await(name + " ready (log: " + log + ")").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
        .until(() -> {
          if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
          }
          return isReady();
        });
    return this;
  }

  private boolean isReady() {
    try {
      HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/q/health/ready"))
          .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
      return r.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Waits for a command-mode process (a replay) to exit and returns its exit code. */
  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(name + " did not finish within " + timeout + "; see " + log);
    }
    return process.exitValue();
  }

  String logText() throws IOException {
    return Files.exists(log) ? Files.readString(log) : "";
  }

  /** Kills the JVM without a shutdown (SIGKILL): a crash. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
