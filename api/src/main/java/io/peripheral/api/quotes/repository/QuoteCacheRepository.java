package io.peripheral.api.quotes.repository;

import io.peripheral.api.quotes.config.QuotesConfig;
import io.peripheral.api.quotes.service.HotQuote;
import io.peripheral.api.quotes.service.QuoteCacheUnavailableException;
import io.peripheral.schemas.hotquote.HotQuoteJson;
import io.peripheral.schemas.hotquote.HotQuoteKeys;
import io.peripheral.schemas.hotquote.LastTrade;
import io.peripheral.schemas.hotquote.Nbbo;
import io.smallrye.mutiny.Uni;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Reads the hot-quote cache ({@link HotQuoteKeys} layout, written by the feed): one pipelined {@code HMGET key trade
 * nbbo} per symbol. Any failure to reach Redis, or no answer within {@code peripheral.quotes.timeout}, becomes a
 * {@link QuoteCacheUnavailableException}. A corrupt field is logged and read as absent.
 */
@ApplicationScoped
public class QuoteCacheRepository {
  private static final Logger LOG = Logger.getLogger(QuoteCacheRepository.class);
  private final Redis redis;
  private final Duration timeout;

  public QuoteCacheRepository(Redis redis, QuotesConfig config) {
    this.redis = redis;
    this.timeout = config.timeout();
  }

  /** The cached state of every symbol, in the order asked; a symbol with nothing cached maps to an empty quote. */
  public Uni<Map<String, HotQuote>> read(List<String> symbols) {
    if (symbols.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    List<Request> requests = new ArrayList<>(symbols.size());
    for (String s : symbols) {
      requests.add(Request.cmd(Command.HMGET).arg(HotQuoteKeys.key(s)).arg(HotQuoteKeys.TRADE)
          .arg(HotQuoteKeys.NBBO));
    }
    return Uni.createFrom().completionStage(() -> redis.batch(requests).toCompletionStage())
        .ifNoItem().after(timeout).fail()
        .onFailure().transform(QuoteCacheUnavailableException::new)
        .map(responses -> {
          Map<String, HotQuote> out = new LinkedHashMap<>();
          for (int i = 0; i < symbols.size(); i++) {
            out.put(symbols.get(i), parse(symbols.get(i), responses.get(i)));
          }
          return out;
        });
  }

  private static HotQuote parse(String symbol, Response r) {
    LastTrade trade = null;
    Nbbo nbbo = null;
    if (r != null && r.size() == 2) {
      try {
        trade = r.get(0) == null ? null : HotQuoteJson.readTrade(r.get(0).toString());
      } catch (IllegalArgumentException e) {
        LOG.warnf("ignoring a corrupt trade of %s in the quote cache: %s", symbol, e.getMessage());
      }
      try {
        nbbo = r.get(1) == null ? null : HotQuoteJson.readNbbo(r.get(1).toString());
      } catch (IllegalArgumentException e) {
        LOG.warnf("ignoring a corrupt NBBO of %s in the quote cache: %s", symbol, e.getMessage());
      }
    }
    return new HotQuote(symbol, trade, nbbo);
  }
}
