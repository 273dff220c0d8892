-- The bars table: one row per (symbol, interval, start), final bars only.
-- With the timescaledb extension available (production images) bars is a hypertable with compression and
-- retention policies. Without it (the local stack, CI) the same migration falls back to native range
-- partitioning by month with a default partition and BRIN indexes; ensure_bars_partition() creates the
-- month partitions on demand (replays reach years back).

CREATE TABLE IF NOT EXISTS bar_sources (
  source text PRIMARY KEY,
  precedence smallint NOT NULL
);
INSERT INTO bar_sources(source, precedence) VALUES ('live', 1), ('replay', 1), ('backfill', 2), ('rebuild', 3)
ON CONFLICT (source) DO NOTHING;

DO $migration$
DECLARE
  columns text := $cols$
    symbol        text             NOT NULL,
    interval      text             NOT NULL,
    ts            timestamptz      NOT NULL,
    start_ns      bigint           NOT NULL,
    open          double precision NOT NULL,
    high          double precision NOT NULL,
    low           double precision NOT NULL,
    close         double precision NOT NULL,
    volume        double precision NOT NULL,
    vwap          double precision,
    trade_count   bigint           NOT NULL,
    session       text,
    source        text             NOT NULL,
    precedence    smallint         NOT NULL,
    revision      integer          NOT NULL,
    rules_version text,
    updated_at    timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (symbol, interval, ts)$cols$;
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb') THEN
    EXECUTE 'CREATE EXTENSION IF NOT EXISTS timescaledb';
    EXECUTE 'CREATE TABLE bars (' || columns || ')';
    EXECUTE $q$SELECT create_hypertable('bars', 'ts', chunk_time_interval => INTERVAL '7 days')$q$;
    EXECUTE $q$ALTER TABLE bars SET (timescaledb.compress, timescaledb.compress_segmentby = 'symbol, interval')$q$;
    EXECUTE $q$SELECT add_compression_policy('bars', INTERVAL '30 days')$q$;
    EXECUTE $q$SELECT add_retention_policy('bars', INTERVAL '10 years')$q$;
  ELSE
    EXECUTE 'CREATE TABLE bars (' || columns || ') PARTITION BY RANGE (ts)';
    EXECUTE 'CREATE TABLE bars_default PARTITION OF bars DEFAULT';
    EXECUTE 'CREATE INDEX bars_ts_brin ON bars USING brin (ts)';
  END IF;
END
$migration$;

-- Creates the month partition holding ts (no-op on TimescaleDB or when it exists). Rows of that month that
-- already sit in the default partition are moved into the new partition before it is attached.
CREATE OR REPLACE FUNCTION ensure_bars_partition(at timestamptz) RETURNS void
LANGUAGE plpgsql AS $fn$
DECLARE
  month_start timestamptz := date_trunc('month', at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
  month_end   timestamptz := month_start + INTERVAL '1 month';
  part        text := 'bars_' || to_char(month_start AT TIME ZONE 'UTC', 'YYYY"m"MM');
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid WHERE c.relname = 'bars') THEN
    RETURN;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_class WHERE relname = part) THEN
    RETURN;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('ensure_bars_partition'));
  IF EXISTS (SELECT 1 FROM pg_class WHERE relname = part) THEN
    RETURN;
  END IF;
  EXECUTE format('CREATE TABLE %I (LIKE bars INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', part);
  EXECUTE format('WITH moved AS (DELETE FROM bars_default WHERE ts >= %L AND ts < %L RETURNING *) '
                 'INSERT INTO %I SELECT * FROM moved', month_start, month_end, part);
  EXECUTE format('ALTER TABLE bars ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', part, month_start, month_end);
END
$fn$;

CREATE TABLE IF NOT EXISTS symbols (
  symbol     text PRIMARY KEY,
  name       text,
  type       text,
  active     boolean     NOT NULL DEFAULT true,
  first_seen timestamptz NOT NULL DEFAULT now(),
  last_seen  timestamptz NOT NULL DEFAULT now()
);

-- One row per replay: what it read and which condition-rule version built its bars.
CREATE TABLE IF NOT EXISTS replays (
  id            text PRIMARY KEY,
  files         text        NOT NULL,
  rules_version text,
  started_at    timestamptz NOT NULL DEFAULT now(),
  finished_at   timestamptz,
  rows_read     bigint      NOT NULL DEFAULT 0,
  rows_rejected bigint      NOT NULL DEFAULT 0,
  status        text        NOT NULL DEFAULT 'running'
);
