package io.peripheral.api.bars.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.schemas.bar.Bar;
import io.peripheral.schemas.bar.BarSource;
import io.peripheral.schemas.bar.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class ConflatingSenderTest {
  private static final long MINUTE = Interval.M1.nominalNanos();

  /** A transport whose sends complete only when the test says so: a slow socket. */
  private final List<Object> sent = new ArrayList<>();
  private final List<CompletableFuture<Void>> inFlight = new ArrayList<>();
  private final List<Bar> dropped = new ArrayList<>();
  private final ConflatingSender sender = new ConflatingSender(this::slowSend, dropped::add);

  private CompletionStage<Void> slowSend(Object message) {
    sent.add(message);
    CompletableFuture<Void> f = new CompletableFuture<>();
    inFlight.add(f);
    return f;
  }

  private void completeOne() {
    inFlight.remove(0).complete(null);
  }

  @Test
  void sendsTheNextMessageOnlyWhenThePreviousSendCompleted() {
    sender.sendControl("ack");
    sender.sendBar(bar("AAPL", 0, 1, false));
    assertThat(sent).containsExactly("ack");
    completeOne();
    assertThat(sent).hasSize(2);
    assertThat(((Bar) sent.get(1)).close()).isEqualTo(1);
  }

  @Test
  void slowSocketGetsOnlyTheNewestLatestOnlyMessageOfEachKeyAfterControlMessages() {
    sender.sendLatest("quotes:AAPL", "AAPL-1");
    for (int i = 2; i <= 50; i++) {
      sender.sendLatest("quotes:AAPL", "AAPL-" + i);
      sender.sendLatest("quotes:MSFT", "MSFT-" + i);
    }
    sender.sendControl("ack");
    sender.sendLatest("quotes:IBM", "IBM-1");
    sender.discardLatest("quotes:IBM");
    assertThat(sender.pending()).isEqualTo(3);
    completeOne();
    completeOne();
    completeOne();
    assertThat(sent).containsExactly("AAPL-1", "ack", "AAPL-50", "MSFT-50");
  }

  @Test
  void slowSocketGetsOnlyTheNewestFormingBarOfEachKey() {
    sender.sendBar(bar("AAPL", 0, 1, false));
    for (int i = 2; i <= 100; i++) {
      sender.sendBar(bar("AAPL", 0, i, false));
      sender.sendBar(bar("MSFT", 0, i, false));
    }
    assertThat(sender.pending()).isEqualTo(2);
    completeOne();
    completeOne();
    assertThat(sent).extracting(m -> ((Bar) m).symbol() + "@" + ((Bar) m).close())
        .containsExactly("AAPL@1.0", "AAPL@100.0", "MSFT@100.0");
    assertThat(dropped).hasSize(98 + 98);
  }

  @Test
  void finalBarReplacesThePendingFormingBarOfItsWindowAndGoesBeforeTheNextWindow() {
    sender.sendControl("busy");
    sender.sendBar(bar("AAPL", 0, 1, false));
    sender.sendBar(bar("AAPL", MINUTE, 2, false));
    sender.sendBar(bar("AAPL", 0, 3, true));
    sender.sendBar(bar("AAPL", 0, 4, false));
    completeOne();
    completeOne();
    completeOne();
    assertThat(sent.subList(1, sent.size())).extracting(m -> (Bar) m)
        .extracting(b -> b.start() + (b.isFinal() ? "F" : "f") + b.close())
        .containsExactly("0F3.0", MINUTE + "f2.0");
    assertThat(sender.pending()).isZero();
  }

  @Test
  void controlMessagesAreNeverConflatedAndGoFirst() {
    sender.sendControl("busy");
    sender.sendBar(bar("AAPL", 0, 1, false));
    sender.sendControl("ack-1");
    sender.sendControl("ack-2");
    completeOne();
    completeOne();
    completeOne();
    assertThat(sent.subList(0, 3)).containsExactly("busy", "ack-1", "ack-2");
    assertThat(sent).hasSize(4);
  }

  @Test
  void sendsEverythingWithoutQueueingWhenTheSocketKeepsUp() {
    List<Object> direct = new ArrayList<>();
    ConflatingSender fast = new ConflatingSender(m -> {
      direct.add(m);
      return CompletableFuture.completedFuture(null);
    }, dropped::add);
    for (int i = 0; i < 10_000; i++) {
      fast.sendBar(bar("AAPL", 0, i, false));
    }
    assertThat(direct).hasSize(10_000);
    assertThat(dropped).isEmpty();
  }

  @Test
  void discardDropsPendingBarsOfAnUnsubscribedKey() {
    sender.sendControl("busy");
    sender.sendBar(bar("AAPL", 0, 1, false));
    sender.discard(new io.peripheral.api.bars.service.BarKey("AAPL", Interval.M1));
    completeOne();
    assertThat(sent).containsExactly("busy");
  }

  @Test
  void aFailedSendDoesNotStallTheQueue() {
    List<Object> out = new ArrayList<>();
    ConflatingSender failing = new ConflatingSender(m -> {
      out.add(m);
      return CompletableFuture.failedFuture(new IllegalStateException("closed"));
    }, dropped::add);
    failing.sendControl("a");
    failing.sendControl("b");
    assertThat(out).containsExactly("a", "b");
  }

  private static Bar bar(String symbol, long start, double close, boolean isFinal) {
    return new Bar(symbol, Interval.M1, start, 1, 1, 1, close, 1, 1, 1, null, isFinal, BarSource.LIVE, 0, null);
  }
}
