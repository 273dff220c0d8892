package io.peripheral.feed.flatfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SymbolInternerTest {
  private static String intern(SymbolInterner in, String line, int from, int to) {
    return in.intern(line.getBytes(StandardCharsets.UTF_8), from, to);
  }

  @Test
  void theSameTickerIsTheSameStringWhereverItStands() {
    SymbolInterner in = new SymbolInterner();
    String a = intern(in, "AAPL,1,2", 0, 4);
    String m = intern(in, "x,MSFT,3", 2, 6);
    assertThat(a).isEqualTo("AAPL");
    assertThat(m).isEqualTo("MSFT");
    assertThat(intern(in, "zzAAPLzz", 2, 6)).isSameAs(a);
    assertThat(intern(in, "MSFT", 0, 4)).isSameAs(m);
    assertThat(intern(in, "AAPL", 0, 3)).isEqualTo("AAP").isNotSameAs(a);
    assertThat(in.size()).isEqualTo(3);
  }

  @Test
  void manyInterleavedTickersSurviveGrowing() {
    SymbolInterner in = new SymbolInterner();
    Map<String, String> first = new HashMap<>();
    for (int round = 0; round < 3; round++) {
      for (int k = 0; k < 12_000; k++) {
        String t = "T" + Integer.toString(k * 7919 % 12_000, 36).toUpperCase();
        String got = intern(in, "," + t + ",", 1, 1 + t.length());
        assertThat(got).isEqualTo(t);
        String before = first.putIfAbsent(t, got);
        if (before != null) {
          assertThat(got).isSameAs(before);
        }
      }
    }
    assertThat(in.size()).isEqualTo(12_000);
  }
}
