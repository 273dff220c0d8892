package io.peripheral.feed.polygon.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.peripheral.feed.order.TradeSource;
import io.peripheral.schemas.trade.Trade;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Iterator;
import org.jboss.logging.Logger;

/**
 * The trades of one ticker in {@code [gte, lt)} (SIP nanoseconds) from {@code /v3/trades/{ticker}}, in SIP order,
 * fetched page by page (50,000 per page, following next_url) as they are consumed: memory holds one page.
 * Results that do not map to a valid trade are counted, logged with a sample and skipped.
 */
public final class RestTrades implements TradeSource {
  private static final Logger LOG = Logger.getLogger(RestTrades.class);
  private final String ticker;
  private final Iterator<JsonNode> pages;
  private final ArrayDeque<Trade> buffer = new ArrayDeque<>();
  private long rows;
  private long rejected;

  public RestTrades(PolygonRestClient client, String ticker, long gteNanos, long ltNanos) {
    this.ticker = ticker;
    this.pages = client.pages(path(ticker, gteNanos, ltNanos));
  }

  static String path(String ticker, long gteNanos, long ltNanos) {
    return "/v3/trades/" + URLEncoder.encode(ticker, StandardCharsets.UTF_8) + "?timestamp.gte=" + gteNanos
        + "&timestamp.lt=" + ltNanos + "&limit=50000&sort=timestamp&order=asc";
  }

  @Override
  public Trade next() {
    while (buffer.isEmpty()) {
      if (!pages.hasNext()) {
        return null;
      }
      for (JsonNode r : pages.next().path("results")) {
        rows++;
        try {
          buffer.add(RestTradeMapping.trade(ticker, r));
        } catch (IllegalArgumentException e) {
          if (++rejected <= 5 || rejected % 1000 == 0) {
            LOG.warnf("skipped REST trade of %s (%s; %,d so far): %s", ticker, e.getMessage(), rejected, r);
          }
        }
      }
    }
    return buffer.poll();
  }

  public long rows() {
    return rows;
  }

  public long rejected() {
    return rejected;
  }
}
