#!/usr/bin/env bash
# The feed command line: builds ingest/feed when its jar is missing or older than its sources, then runs it.
#   infra/local/feed.sh serve                      # the live feed service (FEED=synthetic|none|polygon), HTTP 8081
#   infra/local/feed.sh replay --files PATHS [--speed max|1x|10x] [--id ID] [--no-wait] [--rejects FILE]
#   infra/local/feed.sh replay --root DIR --from YYYY-MM-DD [--to YYYY-MM-DD] [--kind trades|quotes|minute_aggs|day_aggs]
#   infra/local/feed.sh download --kind trades|quotes|minute_aggs|day_aggs --from YYYY-MM-DD [--to YYYY-MM-DD] [--dest DIR]
#   infra/local/feed.sh reconcile --date YYYY-MM-DD [--aggs FILES | --root DIR | --rest [--symbols A,B]] [--fail-on-diff]
#   infra/local/feed.sh backfill --symbols AAPL,MSFT --from 2024-01-02 [--to 2024-01-03] [--id ID] [--no-wait]
#   infra/local/feed.sh bench [--bootstrap HOST:PORT] [--ticks N]
# Env: KAFKA_BOOTSTRAP (default localhost:9092), REDIS_PORT (serve's hot-quote cache, default 6379), PG_URL (default jdbc:postgresql://localhost:5432/peripheral),
#      PG_USER (default peripheral), FEED, FEED_RATE, FEED_SEED, FEED_SYMBOLS, SYNTHETIC_HOURS (market|always),
#      FEED_HTTP_PORT (serve, default 8081),
#      FEED_JAVA_OPTS (extra JVM options), POLYGON_API_KEY, POLYGON_WS_URL, POLYGON_REST_URL, POLYGON_SUBSCRIBE,
#      POLYGON_BACKFILL_SYMBOLS, POLYGON_S3_ACCESS_KEY_ID, POLYGON_S3_SECRET_ACCESS_KEY, POLYGON_S3_ENDPOINT
#      (also read from the git-ignored .env at the repository root; never printed).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar="$root/ingest/feed/target/quarkus-app/quarkus-run.jar"
# shellcheck source=infra/local/env.sh
. "$root/infra/local/env.sh"

stale() {
  [ ! -f "$jar" ] && return 0
  [ -n "$(find "$root/ingest/feed/src/main" "$root/ingest/feed/pom.xml" "$root/schemas/src/main" "$root/schemas/pom.xml" \
      -newer "$jar" -type f -print -quit 2>/dev/null)" ]
}
if stale; then
  echo "feed.sh: building ingest/feed ..." >&2
  (cd "$root" && mvn -B -ntp -q -pl ingest/feed -am -DskipTests install) >&2
fi

export KAFKA_BOOTSTRAP="${KAFKA_BOOTSTRAP:-localhost:9092}"
export PG_URL="${PG_URL:-jdbc:postgresql://localhost:5432/peripheral}"
export PG_USER="${PG_USER:-peripheral}"

# Arrow: java.nio access, and no per-access bounds checks on its buffers (the feed sizes them once per batch).
jvm=(--add-opens=java.base/java.nio=ALL-UNNAMED -Darrow.enable_unsafe_memory_access=true)
# the throughput collector, as make run starts the feed: fewer CPU-s per tick on two cores (docs/performance.md),
# unless FEED_JAVA_OPTS names another
[[ "${FEED_JAVA_OPTS:-}" == *-XX:+Use*GC* ]] || jvm+=(-XX:+UseParallelGC)
# Only serve owns the feed's HTTP port; replays and benchmarks run beside it on a free port.
case "${1:-serve}" in
  serve) ;;
  *) jvm+=(-Dquarkus.http.port=0) ;;
esac
# shellcheck disable=SC2206
extra=(${FEED_JAVA_OPTS:-})
exec java "${jvm[@]}" "${extra[@]}" -jar "$jar" "$@"
