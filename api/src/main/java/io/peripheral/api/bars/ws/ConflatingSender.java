package io.peripheral.api.bars.ws;

import io.peripheral.api.bars.service.BarKey;
import io.peripheral.schemas.bar.Bar;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Sends one connection's messages one at a time: the next only when the previous send completed. Control messages
 * (acks, errors) queue in order and go first. Bars are conflated per (symbol, interval): while a send is in flight
 * at most the newest final bar and the newest forming bar after it wait per key, so a slow socket gets the newest
 * bars and memory stays bounded by its subscriptions. A forming bar of a window that is already final is dropped;
 * a final bar is replaced only by the final bar of a later window. Other conflated messages (quotes) wait per key
 * in {@link #sendLatest}: a newer one replaces the one waiting.
 */
public final class ConflatingSender {
  private final Function<Object, CompletionStage<Void>> transport;
  private final Consumer<Bar> onDropped;
  private final Object lock = new Object();
  private final Queue<Object> control = new ArrayDeque<>();
  private final Map<BarKey, Pending> bars = new LinkedHashMap<>();
  private final Map<Object, Object> latest = new LinkedHashMap<>();
  private boolean sending;

  /**
   * @param transport sends one message (a control message as given, a bar as {@link Bar}); completes when sent
   * @param onDropped told of every bar that a newer one replaced before it was sent
   */
  public ConflatingSender(Function<Object, CompletionStage<Void>> transport, Consumer<Bar> onDropped) {
    this.transport = transport;
    this.onDropped = onDropped;
  }

  /** Queues a control message (never conflated). */
  public void sendControl(Object message) {
    synchronized (lock) {
      control.add(message);
      if (sending) {
        return;
      }
      sending = true;
    }
    pump();
  }

  /** Queues a bar, replacing an older pending one of the same (symbol, interval). */
  public void sendBar(Bar bar) {
    synchronized (lock) {
      bars.computeIfAbsent(BarKey.of(bar), k -> new Pending()).offer(bar, onDropped);
      if (sending) {
        return;
      }
      sending = true;
    }
    pump();
  }

  /** Queues a message that only matters in its newest version per {@code key}, replacing an older waiting one. */
  public void sendLatest(Object key, Object message) {
    synchronized (lock) {
      latest.put(key, message);
      if (sending) {
        return;
      }
      sending = true;
    }
    pump();
  }

  /** Drops the waiting {@link #sendLatest} message of {@code key} (after an unsubscribe). */
  public void discardLatest(Object key) {
    synchronized (lock) {
      latest.remove(key);
    }
  }

  /** Drops pending bars of {@code key} (after an unsubscribe). */
  public void discard(BarKey key) {
    synchronized (lock) {
      bars.remove(key);
    }
  }

  /** Messages waiting (control messages plus pending bars). */
  public int pending() {
    synchronized (lock) {
      return control.size() + bars.values().stream().mapToInt(Pending::size).sum() + latest.size();
    }
  }

  private void pump() {
    while (true) {
      Object next;
      synchronized (lock) {
        next = poll();
        if (next == null) {
          sending = false;
          return;
        }
      }
      CompletableFuture<Void> sent;
      try {
        sent = transport.apply(next).toCompletableFuture();
      } catch (RuntimeException e) {
        sent = CompletableFuture.failedFuture(e);
      }
      if (!sent.isDone()) {
        sent.whenComplete((ok, error) -> pump());
        return;
      }
    }
  }

  private Object poll() {
    Object c = control.poll();
    if (c != null) {
      return c;
    }
    Iterator<Map.Entry<BarKey, Pending>> it = bars.entrySet().iterator();
    if (!it.hasNext()) {
      Iterator<Object> other = latest.values().iterator();
      if (!other.hasNext()) {
        return null;
      }
      Object next = other.next();
      other.remove();
      return next;
    }
    Pending p = it.next().getValue();
    Bar bar = p.take();
    if (p.size() == 0) {
      it.remove();
    }
    return bar;
  }

  /** What waits for one key: the newest final bar, then the newest forming bar of a later window. */
  private static final class Pending {
    private Bar fin;
    private Bar forming;

    void offer(Bar bar, Consumer<Bar> onDropped) {
      if (bar.isFinal()) {
        if (forming != null && forming.start() <= bar.start()) {
          onDropped.accept(forming);
          forming = null;
        }
        if (fin != null) {
          Bar older = fin.start() <= bar.start() ? fin : bar;
          fin = older == fin ? bar : fin;
          onDropped.accept(older);
        } else {
          fin = bar;
        }
      } else if (fin != null && bar.start() <= fin.start()) {
        onDropped.accept(bar);
      } else if (forming == null || forming.start() <= bar.start()) {
        if (forming != null) {
          onDropped.accept(forming);
        }
        forming = bar;
      } else {
        onDropped.accept(bar);
      }
    }

    Bar take() {
      Bar b;
      if (fin != null) {
        b = fin;
        fin = null;
      } else {
        b = forming;
        forming = null;
      }
      return b;
    }

    int size() {
      return (fin == null ? 0 : 1) + (forming == null ? 0 : 1);
    }
  }
}
