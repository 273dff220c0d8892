package io.peripheral.api.bars.service;

import io.peripheral.schemas.bar.Bar;
import java.util.List;
import java.util.OptionalLong;

/** One page of bars and, when more follow, the start of the next one (epoch ns). */
public record BarPage(BarQuery query, List<Bar> bars, OptionalLong next) {
  public BarPage {
    bars = List.copyOf(bars);
  }
}
