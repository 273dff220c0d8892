package io.peripheral.feed.synthetic;

import io.peripheral.feed.order.TradeSource;
import io.peripheral.feed.produce.TradeRowSink;
import io.peripheral.schemas.trade.Trade;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;

/**
 * An endless, deterministic stream of plausible trades. Event time comes from a simulated clock that starts at
 * {@code start} and advances {@code 1/(rate * activity)} seconds per trade (never from the wall clock), so a seed
 * and a schedule fix the whole sequence. The {@link TradingSchedule} sets the activity: {@link
 * TradingSchedule#always()} trades at the full rate around the clock (benchmarks, tests: "one trading day" from
 * an explicit start); a {@link MarketHoursSchedule} jumps the clock over nights, weekends and holidays and slows it
 * in extended hours. Symbol activity is Zipf-distributed; prices follow a geometric Brownian motion whose
 * volatility is U-shaped over the day's regular session (high at the open and close, compressed into an early
 * close); sizes are round lots or odd lots (odd lots carry condition 37); a small fraction of prints is reported
 * late, 200 ms to 3 s in the past (never before the market opened).
 */
public final class SyntheticTrades implements TradeSource {
  static final int ODD_LOT = 37;
  static final int INTERMARKET_SWEEP = 14;
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final double TRADING_SECONDS_PER_YEAR = 252 * 6.5 * 3600;
  /** A symbol's price moves at most this much trading time between two of its prints (caps overnight gaps). */
  private static final long MAX_STEP_NANOS = 3_600_000_000_000L;
  private static final int[] NO_CONDITIONS = new int[0];
  private static final int[] ODD_LOT_CONDITIONS = {ODD_LOT};
  private static final int[] SWEEP_CONDITIONS = {INTERMARKET_SWEEP};
  private static final int[] EXCHANGES = {1, 2, 3, 4, 7, 8, 10, 11, 12, 15, 17, 19, 21};

  private final SyntheticSettings settings;
  private final SplittableRandom random;
  private final Zipf zipf;
  private final String[] symbols;
  private final double[] price;
  private final double[] sigma;
  private final long[] lastTrade;
  private final long[] tradeCount;
  private final int[] tape;
  private final double nanosPerTick;
  private final long startNanos;
  private final TradingSchedule schedule;
  private long emitted;
  private long sequence;
  // the clock within the current period of constant activity: periodClock at periodEmitted trades
  private TradingSchedule.Period period;
  private long periodClock;
  private long periodEmitted;
  private long lateFloor = Long.MIN_VALUE;
  private long sessionDayEpochSecond = Long.MIN_VALUE;
  private long nextDayEpochSecond = Long.MIN_VALUE;
  private TradingSchedule.Session session;
  private Trade built;
  private final TradeRowSink toTrade = (symbol, sip, participant, price, size, exchange, tape, conditions, id,
      sequence) -> built = new Trade(symbol, sip, participant, price, size, exchange, tape, conditions,
          Long.toString(id), sequence, 0, -1, 0);

  /** Trades around the clock at the full rate ({@link TradingSchedule#always()}). */
  public SyntheticTrades(SyntheticSettings settings, Instant start) {
    this(settings, start, TradingSchedule.always());
  }

  public SyntheticTrades(SyntheticSettings settings, Instant start, TradingSchedule schedule) {
    this.settings = settings;
    this.schedule = schedule;
    this.random = new SplittableRandom(settings.seed());
    int n = settings.symbols();
    this.zipf = new Zipf(n, settings.zipfExponent());
    this.symbols = SymbolNames.generate(n);
    this.price = new double[n];
    this.sigma = new double[n];
    this.lastTrade = new long[n];
    this.tradeCount = new long[n];
    this.tape = new int[n];
    this.startNanos = start.getEpochSecond() * 1_000_000_000L + start.getNano();
    for (int i = 0; i < n; i++) {
      price[i] = roundToCent(Math.exp(Math.log(5) + random.nextDouble() * Math.log(100))); // $5..$500
      sigma[i] = 0.15 + random.nextDouble() * 0.6; // annualised
      lastTrade[i] = startNanos;
      tape[i] = 1 + random.nextInt(3);
    }
    this.nanosPerTick = 1e9 / settings.rate();
    this.period = schedule.periodAt(startNanos);
    this.periodClock = startNanos;
  }

  public SyntheticSettings settings() {
    return settings;
  }

  /** The simulated clock: event time of the next on-time trade, epoch nanoseconds. */
  public long clockNanos() {
    while (true) {
      if (period.closed()) {
        enter(period.endNanos());
        lateFloor = periodClock; // the market just opened: no print may be reported from before it
        continue;
      }
      long t = periodClock + (long) ((emitted - periodEmitted) * nanosPerTick / period.activity());
      if (t < period.endNanos()) {
        return t;
      }
      enter(period.endNanos());
    }
  }

  /** The schedule's period the next trade falls in. */
  public TradingSchedule.Period period() {
    clockNanos();
    return period;
  }

  private void enter(long at) {
    period = schedule.periodAt(at);
    periodClock = at;
    periodEmitted = emitted;
  }

  public String[] symbols() {
    return symbols.clone();
  }

  @Override
  public Trade next() {
    nextInto(toTrade);
    Trade t = built;
    built = null;
    return t;
  }

  /**
   * The next trade straight into {@code sink} as column values, the same trade {@link #next()} would return (the
   * id as the number {@code next()} formats): no {@link Trade} or id string per tick.
   */
  public void nextInto(TradeRowSink sink) {
    long now = clockNanos();
    emitted++;
    int s = zipf.sample(random);
    long sip = now;
    if (random.nextDouble() < settings.lateFraction()) {
      sip = Math.max(lateFloor, now - 200_000_000L - (long) (random.nextDouble() * 2_800_000_000L));
    }
    double dtYears = Math.min(MAX_STEP_NANOS, Math.max(0, now - lastTrade[s])) / 1e9 / TRADING_SECONDS_PER_YEAR;
    lastTrade[s] = Math.max(lastTrade[s], now);
    double vol = sigma[s] * intradayVolatility(now);
    double z = random.nextGaussian();
    double p = price[s] * Math.exp(-0.5 * vol * vol * dtYears + vol * Math.sqrt(dtYears) * z);
    p = Math.max(0.01, roundToCent(p));
    price[s] = p;

    double size;
    int[] conditions;
    if (random.nextDouble() < settings.oddLotFraction()) {
      size = 1 + random.nextInt(99);
      if (random.nextInt(20) == 0) {
        size = (1 + random.nextInt(999)) / 1000.0; // fractional share
      }
      conditions = ODD_LOT_CONDITIONS;
    } else {
      size = 100 * (1 + geometric(0.45));
      conditions = random.nextInt(10) == 0 ? SWEEP_CONDITIONS : NO_CONDITIONS;
    }
    long participant = sip - 1_000 - random.nextInt(500_000);
    int exchange = EXCHANGES[random.nextInt(EXCHANGES.length)];
    long id = ++tradeCount[s];
    sink.add(symbols[s], sip, participant, p, size, exchange, tape[s], conditions, id, ++sequence);
  }

  /** 1 at midday, up to 3 at the open and close of the day's regular session, 0.5 outside it. */
  double intradayVolatility(long epochNanos) {
    long second = Math.floorDiv(epochNanos, 1_000_000_000L);
    // the New York day [sessionDayEpochSecond, nextDayEpochSecond) is cached: 23 to 25 hours long with DST
    if (second < sessionDayEpochSecond || second >= nextDayEpochSecond) {
      LocalDate day = Instant.ofEpochSecond(second).atZone(NEW_YORK).toLocalDate();
      sessionDayEpochSecond = day.atStartOfDay(NEW_YORK).toEpochSecond();
      nextDayEpochSecond = day.plusDays(1).atStartOfDay(NEW_YORK).toEpochSecond();
      session = schedule.sessionOn(day);
    }
    if (session == null) {
      return 0.5;
    }
    double x = (epochNanos - session.openNanos()) / (double) (session.closeNanos() - session.openNanos());
    if (x < 0 || x > 1) {
      return 0.5;
    }
    double u = 2 * x - 1;
    return 1 + 2 * u * u;
  }

  private int geometric(double p) {
    int k = 0;
    while (k < 50 && random.nextDouble() > p) {
      k++;
    }
    return k;
  }

  private static double roundToCent(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
