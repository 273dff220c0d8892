package io.peripheral.feed.flatfile.download;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.feed.flatfile.FlatFileKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FlatFileKeysTest {
  @Test
  void namesADayFileAsPolygonsBucketDoes() {
    assertThat(FlatFileKeys.key(FlatFileKind.TRADES, LocalDate.parse("2024-01-02")))
        .isEqualTo("us_stocks_sip/trades_v1/2024/01/2024-01-02.csv.gz");
    assertThat(FlatFileKeys.key(FlatFileKind.MINUTE_AGGS, LocalDate.parse("2023-11-30")))
        .isEqualTo("us_stocks_sip/minute_aggs_v1/2023/11/2023-11-30.csv.gz");
  }

  @Test
  void listsOnePrefixPerMonthAcrossAYearBoundary() {
    assertThat(FlatFileKeys.monthPrefixes(FlatFileKind.QUOTES, LocalDate.parse("2023-12-28"),
        LocalDate.parse("2024-02-01"))).containsExactly("us_stocks_sip/quotes_v1/2023/12/",
            "us_stocks_sip/quotes_v1/2024/01/", "us_stocks_sip/quotes_v1/2024/02/");
    assertThat(FlatFileKeys.monthPrefixes(FlatFileKind.DAY_AGGS, LocalDate.parse("2024-01-02"),
        LocalDate.parse("2024-01-02"))).containsExactly("us_stocks_sip/day_aggs_v1/2024/01/");
  }

  @Test
  void readsTheDayFromAKeyAndNothingFromOtherNames() {
    assertThat(FlatFileKeys.dayOf("us_stocks_sip/trades_v1/2024/01/2024-01-02.csv.gz"))
        .contains(LocalDate.parse("2024-01-02"));
    assertThat(FlatFileKeys.dayOf("us_stocks_sip/trades_v1/2024/01/README.txt")).isEmpty();
    assertThat(FlatFileKeys.dayOf("us_stocks_sip/trades_v1/2024/02/2024-02-30.csv.gz")).isEmpty();
  }
}
