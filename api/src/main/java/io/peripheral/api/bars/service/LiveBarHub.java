package io.peripheral.api.bars.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.peripheral.schemas.bar.Bar;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Fans live bars out to subscribers and remembers the forming bar of every (symbol, interval). Subscribing and
 * publishing take the same lock, so a new subscriber gets the current forming bar first and then every later bar,
 * never an older one after a newer.
 */
@ApplicationScoped
public class LiveBarHub {
  private final Object lock = new Object();
  private final FormingBars forming = new FormingBars();
  private final Map<BarKey, Set<BarSubscriber>> subscribers = new HashMap<>();

  public LiveBarHub(MeterRegistry registry) {
    registry.gauge("peripheral.api.live.forming.bars", this, hub -> hub.formingCount());
  }

  /** Adds the subscription and hands the current forming bar of {@code key}, if any, to {@code subscriber}. */
  public void subscribe(BarKey key, BarSubscriber subscriber) {
    synchronized (lock) {
      subscribers.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(subscriber);
      forming.get(key).ifPresent(subscriber::onBar);
    }
  }

  public void unsubscribe(BarKey key, BarSubscriber subscriber) {
    synchronized (lock) {
      Set<BarSubscriber> set = subscribers.get(key);
      if (set != null) {
        set.remove(subscriber);
        if (set.isEmpty()) {
          subscribers.remove(key);
        }
      }
    }
  }

  /** A bar from the topics: remembered if forming, then delivered to every subscriber of its key. */
  public void publish(Bar bar) {
    BarKey key = BarKey.of(bar);
    synchronized (lock) {
      forming.update(bar);
      Set<BarSubscriber> set = subscribers.get(key);
      if (set != null) {
        for (BarSubscriber s : set) {
          s.onBar(bar);
        }
      }
    }
  }

  int formingCount() {
    synchronized (lock) {
      return forming.size();
    }
  }
}
