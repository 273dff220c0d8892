package io.peripheral.api.bars.ws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.peripheral.api.bars.service.BarKey;
import io.peripheral.schemas.bar.Interval;
import org.junit.jupiter.api.Test;

class ClientMessageTest {
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void parsesSubscribeAndUnsubscribe() {
    assertThat(ClientMessage.parse(
        "{\"op\":\"subscribe\",\"channel\":\"bars\",\"symbol\":\"AAPL\",\"interval\":\"5m\"}", mapper))
        .isEqualTo(new ClientMessage.Command(ClientMessage.Op.SUBSCRIBE, "bars", new BarKey("AAPL", Interval.M5)));
    assertThat(ClientMessage.parse(
        "{\"op\":\"unsubscribe\",\"channel\":\"bars\",\"symbol\":\"BRK.A\",\"interval\":\"1d\"}", mapper))
        .isEqualTo(new ClientMessage.Command(ClientMessage.Op.UNSUBSCRIBE, "bars", new BarKey("BRK.A", Interval.D1)));
  }

  @Test
  void parsesQuoteSubscriptionsWhichNeedNoInterval() {
    assertThat(ClientMessage.parse("{\"op\":\"subscribe\",\"channel\":\"quotes\",\"symbol\":\"AAPL\"}", mapper))
        .isEqualTo(new ClientMessage.QuoteCommand(ClientMessage.Op.SUBSCRIBE, "AAPL"));
    assertThat(ClientMessage.parse("{\"op\":\"unsubscribe\",\"channel\":\"quotes\",\"symbol\":\"BRK.A\"}", mapper))
        .isEqualTo(new ClientMessage.QuoteCommand(ClientMessage.Op.UNSUBSCRIBE, "BRK.A"));
    assertThat(invalid("{\"op\":\"subscribe\",\"channel\":\"quotes\",\"symbol\":\"A$\"}")).contains("letters");
    assertThat(invalid("{\"op\":\"subscribe\",\"channel\":\"trades\",\"symbol\":\"A\"}"))
        .contains("valid channels: bars, quotes");
  }

  @Test
  void explainsWhatIsWrongInsteadOfThrowing() {
    assertThat(invalid("{")).contains("not JSON");
    assertThat(invalid("42")).contains("JSON object");
    assertThat(invalid("{\"channel\":\"bars\",\"symbol\":\"A\",\"interval\":\"1m\"}")).contains("op (missing)");
    assertThat(invalid("{\"op\":\"subscribe\",\"symbol\":\"A\",\"interval\":\"1m\"}")).contains("unknown channel");
    assertThat(invalid("{\"op\":\"subscribe\",\"channel\":\"bars\",\"interval\":\"1m\"}")).contains("symbol is missing");
    assertThat(invalid("{\"op\":\"subscribe\",\"channel\":\"bars\",\"symbol\":\"A B\",\"interval\":\"1m\"}"))
        .contains("letters, digits");
    assertThat(invalid("{\"op\":\"subscribe\",\"channel\":\"bars\",\"symbol\":\"A\"}")).contains("interval is missing");
    assertThat(invalid("{\"op\":\"subscribe\",\"channel\":\"bars\",\"symbol\":\"A\",\"interval\":\"3m\"}"))
        .contains("'3m'").contains("1s, 1m, 5m, 15m, 1h, 1d");
  }

  private String invalid(String text) {
    ClientMessage m = ClientMessage.parse(text, mapper);
    assertThat(m).as(text).isInstanceOf(ClientMessage.Invalid.class);
    return ((ClientMessage.Invalid) m).message();
  }
}
