package io.peripheral.feed.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.feed.flatfile.FlatCsv;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code reconcile} against real bars in the test stack's PostgreSQL and Polygon-format aggregates files. */
@QuarkusMainTest
class ReconcileIT {
  private static final String PG_URL =
      "jdbc:postgresql://localhost:" + System.getProperty("it.pg.port", "15432") + "/peripheral";
  /** A day no other test writes bars for (the test clears it first). */
  private static final LocalDate DAY = LocalDate.parse("2019-03-12");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Instant OPEN = DAY.atTime(9, 30).atZone(NEW_YORK).toInstant();
  private static final long M = 60_000_000_000L;

  private static Path minuteFile;
  private static Path dayFile;

  @BeforeAll
  static void barsAndAggregates() throws Exception {
    Flyway.configure().dataSource(PG_URL, "peripheral", "")
        .locations("filesystem:../../schemas/src/main/resources/db/migration").validateOnMigrate(false).load().migrate();
    Instant dayStart = DAY.atStartOfDay(NEW_YORK).toInstant();
    long open = OPEN.getEpochSecond() * 1_000_000_000L;
    try (Connection c = DriverManager.getConnection(PG_URL, "peripheral", "")) {
      try (PreparedStatement d = c.prepareStatement("DELETE FROM bars WHERE ts >= ? AND ts < ?")) {
        d.setTimestamp(1, Timestamp.from(dayStart));
        d.setTimestamp(2, Timestamp.from(dayStart.plusSeconds(86_400)));
        d.executeUpdate();
      }
      try (PreparedStatement r = c.prepareStatement("INSERT INTO replays(id, files, rules_version, status) "
          + "VALUES ('it-rc-day', '/ff/trades_v1/2019/03/2019-03-12.csv.gz', 'builtin-1', 'completed') "
          + "ON CONFLICT (id) DO NOTHING")) {
        r.executeUpdate();
      }
      OurBarRows.insert(c, "RCA", "1m", open, 10, 11, 9, 10.5, 1000);
      OurBarRows.insert(c, "RCA", "1m", open + M, 10.5, 10.6, 10.4, 10.5, 500);
      OurBarRows.insert(c, "RCB", "1m", open, 20, 21, 19, 20.5, 300);
      OurBarRows.insert(c, "RCB", "1m", open + M, 20, 21, 19, 20.5, 300); // Polygon has no such minute
      OurBarRows.insert(c, "RCZ", "1m", open, 5, 5, 5, 5, 1);              // Polygon has no RCZ at all
      OurBarRows.insert(c, "RCA", "1d", dayStart.getEpochSecond() * 1_000_000_000L, 10, 11, 9, 10.5, 1500);
    }
    Path dir = Files.createTempDirectory("reconcile");
    minuteFile = FlatCsv.aggs()
        .raw("RCA,1000,10,10.5,11,9," + open + ",7")
        .raw("RCA,500,10.5,10.5,10.65,10.4," + (open + M) + ",3")     // high differs
        .raw("RCB,310,20,20.5,21,19," + open + ",4")                   // volume differs
        .raw("RCC,1,1,1,1,1," + open + ",1")                           // only Polygon's
        .raw("RCC,1,1,1,1,1," + (open - 86_400L * 1_000_000_000L) + ",1") // the day before: ignored
        .raw("RCC,bad,1,1,1,1," + open + ",1")                         // malformed: skipped and logged
        .write(dir.resolve("minute_aggs_v1/2019/03/2019-03-12.csv.gz"));
    dayFile = FlatCsv.aggs().raw("RCA,1500,10,10.5,11,9," + dayStart.getEpochSecond() * 1_000_000_000L + ",10")
        .write(dir.resolve("day_aggs_v1/2019/03/2019-03-12.csv.gz"));
  }

  @Test
  void printsTheDifferencesPerSymbolAndFieldWithTheRuleVersionAndExitsZero(QuarkusMainLauncher launcher) {
    LaunchResult r = launcher.launch("reconcile", "--date", DAY.toString(), "--jdbc-url", PG_URL, "--root",
        minuteFile.getParent().getParent().getParent().getParent().toString(), "--rejects",
        minuteFile.getParent().resolve("rejects.log").toString());

    String out = r.getOutput();
    assertThat(r.exitCode()).as(out + r.getErrorOutput()).isZero();
    assertThat(out).contains("our 1m bars: 5 from replay, condition rules builtin-1")
        .contains("replay it-rc-day of this day: completed, condition rules builtin-1")
        .contains("1m bars: 4 symbols, 1 windows match, 2 differ, 2 only ours, 1 only Polygon's")
        .contains("differing fields: high 1, volume 1")
        .contains("1d bars: 1 symbols, 1 windows match, 0 differ")
        .contains("RCA        1m  09:31 ET high   ours 10.6 polygon 10.65")
        .contains("RCB        1m  09:30 ET volume ours 300 polygon 310")
        .contains("RCZ        1m  0 differ, 1 only ours")
        .contains("1 malformed rows skipped");
  }

  @Test
  void failsOnDifferencesOnlyWhenAskedAndOnBadInputWithTwo(QuarkusMainLauncher launcher) {
    LaunchResult strict = launcher.launch("reconcile", "--date", DAY.toString(), "--jdbc-url", PG_URL, "--aggs",
        minuteFile + "," + dayFile, "--fail-on-diff", "--rejects", minuteFile.getParent().resolve("r2.log").toString());
    LaunchResult cleanDay = launcher.launch("reconcile", "--date", DAY.toString(), "--jdbc-url", PG_URL, "--aggs",
        dayFile.toString(), "--fail-on-diff");
    LaunchResult missing = launcher.launch("reconcile", "--date", DAY.toString(), "--aggs", "/nonexistent.csv.gz");
    LaunchResult badDate = launcher.launch("reconcile", "--date", "12/03/2019", "--aggs", dayFile.toString());

    assertThat(strict.exitCode()).as(strict.getOutput() + strict.getErrorOutput()).isEqualTo(1);
    assertThat(cleanDay.exitCode()).as(cleanDay.getOutput() + cleanDay.getErrorOutput()).isZero();
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.getErrorOutput()).contains("/nonexistent.csv.gz");
    assertThat(badDate.exitCode()).isEqualTo(2);
    assertThat(badDate.getErrorOutput()).contains("not a date");
  }
}
