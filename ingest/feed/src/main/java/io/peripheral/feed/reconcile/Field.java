package io.peripheral.feed.reconcile;

import io.peripheral.schemas.agg.PolygonAgg;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The bar fields compared with Polygon's aggregates. Trade counts are not among them: Polygon's {@code transactions}
 * counts every trade of the window, our {@code trade_count} only the eligible ones, so they differ by design.
 */
public enum Field {
  OPEN(OurBar::open, PolygonAgg::open),
  HIGH(OurBar::high, PolygonAgg::high),
  LOW(OurBar::low, PolygonAgg::low),
  CLOSE(OurBar::close, PolygonAgg::close),
  VOLUME(OurBar::volume, PolygonAgg::volume);

  private final ToDoubleFunction<OurBar> ours;
  private final ToDoubleFunction<PolygonAgg> theirs;

  Field(ToDoubleFunction<OurBar> ours, ToDoubleFunction<PolygonAgg> theirs) {
    this.ours = ours;
    this.theirs = theirs;
  }

  public double ours(OurBar b) {
    return ours.applyAsDouble(b);
  }

  public double theirs(PolygonAgg a) {
    return theirs.applyAsDouble(a);
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
