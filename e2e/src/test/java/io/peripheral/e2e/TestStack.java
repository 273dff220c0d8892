package io.peripheral.e2e;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Where the test stack (infra/local/stack.sh up test) and the packaged services are. */
final class TestStack {
  static final String KAFKA = System.getProperty("it.kafka.bootstrap", "localhost:19092");
  static final int PG_PORT = Integer.getInteger("it.pg.port", 15432);
  static final int REDIS_PORT = Integer.getInteger("it.redis.port", 16379);
  static final String JDBC_URL = "jdbc:postgresql://localhost:" + PG_PORT + "/peripheral";
  static final String PG_USER = "peripheral";
  static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();

  private TestStack() {}

  static Connection db() throws SQLException {
    return DriverManager.getConnection(JDBC_URL, PG_USER, "");
  }

  static Path jar(String module) {
    return ROOT.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
  }

  /** Runs infra/local/stack.sh with the given command against the test stack. */
  static void stack(String command) throws Exception {
    Process p = new ProcessBuilder(ROOT.resolve("infra/local/stack.sh").toString(), command, "test")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("stack.sh " + command + " test failed with exit code " + p.exitValue());
    }
  }
}
