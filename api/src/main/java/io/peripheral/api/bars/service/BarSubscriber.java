package io.peripheral.api.bars.service;

import io.peripheral.schemas.bar.Bar;

/** Receives live bars of the keys it subscribed to. Called on the consumer thread: must not block. */
public interface BarSubscriber {
  void onBar(Bar bar);
}
