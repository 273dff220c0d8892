-- Reference data from Polygon, cached here and refreshed daily by the feed (feed reference / the Polygon
-- service). Plain PostgreSQL: no TimescaleDB features, so it migrates the same with or without the extension.
-- Bars stay raw; the API applies splits and dividends at query time (GET /api/bars/{symbol}?adjusted=true).

CREATE TABLE IF NOT EXISTS tickers (
  symbol           text PRIMARY KEY,
  name             text,
  type             text,
  market           text,
  primary_exchange text,
  active           boolean     NOT NULL DEFAULT true,
  updated_at       timestamptz NOT NULL DEFAULT now()
);

-- A split of split_from -> split_to shares (2-for-1: from 1, to 2) effective on execution_date.
CREATE TABLE IF NOT EXISTS splits (
  symbol         text    NOT NULL,
  execution_date date    NOT NULL,
  split_from     numeric NOT NULL CHECK (split_from > 0),
  split_to       numeric NOT NULL CHECK (split_to > 0),
  PRIMARY KEY (symbol, execution_date)
);

CREATE TABLE IF NOT EXISTS dividends (
  symbol           text    NOT NULL,
  ex_dividend_date date    NOT NULL,
  cash_amount      numeric NOT NULL CHECK (cash_amount >= 0),
  PRIMARY KEY (symbol, ex_dividend_date)
);

-- Trading days that differ from the regular session (holidays, early closes), times in America/New_York.
CREATE TABLE IF NOT EXISTS market_calendar (
  day        date PRIMARY KEY,
  status     text NOT NULL CHECK (status IN ('open', 'closed', 'early-close')),
  open_time  time,
  close_time time,
  name       text
);
