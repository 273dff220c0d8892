package io.peripheral.feed.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ZipfTest {
  @Test
  void probabilitiesFollowTheZipfLawAndSumToOne() {
    Zipf zipf = new Zipf(500, 1.1);
    double sum = 0;
    for (int k = 0; k < 500; k++) {
      sum += zipf.probability(k);
    }
    assertThat(sum).isCloseTo(1.0, within(1e-12));
    assertThat(zipf.probability(0) / zipf.probability(249)).isCloseTo(Math.pow(250, 1.1), within(1e-6));
  }

  @Test
  void samplesEveryRankAsOftenAsItsProbability() {
    Zipf zipf = new Zipf(50, 1.1);
    SplittableRandom random = new SplittableRandom(3);
    int n = 2_000_000;
    int[] counts = new int[50];
    for (int i = 0; i < n; i++) {
      counts[zipf.sample(random)]++;
    }
    for (int k = 0; k < 50; k++) {
      double expected = zipf.probability(k) * n;
      // within 5 standard deviations of a binomial count
      assertThat((double) counts[k]).as("rank %d", k)
          .isCloseTo(expected, within(5 * Math.sqrt(expected * (1 - zipf.probability(k))) + 1));
    }
  }
}
