#!/usr/bin/env bash
# make run: the dev stack, the bar service, the API and a feed, in the foreground. Ctrl-C stops what it started.
#   FEED=synthetic|none|polygon  (an explicit FEED wins; unset: polygon when POLYGON_API_KEY is set, else synthetic)
#   SYNTHETIC_HOURS=market|always  (synthetic feed: only in US market hours, the default, or around the clock)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
stack=infra/local/stack.sh
logs="$root/.local/dev/logs"
mkdir -p "$logs"
export KAFKA_BOOTSTRAP=${KAFKA_BOOTSTRAP:-localhost:${KAFKA_PORT:-9092}}
# POLYGON_* from the git-ignored .env (the environment wins); the key is never printed.
# shellcheck source=infra/local/env.sh
. infra/local/env.sh

feed=${FEED:-}
if [ -z "$feed" ]; then
  if [ -n "${POLYGON_API_KEY:-}" ]; then feed=polygon; else feed=synthetic; fi
fi
case "$feed" in
  synthetic|none) ;;
  polygon)
    if [ -z "${POLYGON_API_KEY:-}" ]; then
      echo "FEED=polygon needs POLYGON_API_KEY (in the environment or in $root/.env); see docs/market-data.md" >&2; exit 2
    fi ;;
  *) echo "FEED must be synthetic, none or polygon (was '$feed')" >&2; exit 2 ;;
esac
export SYNTHETIC_HOURS=${SYNTHETIC_HOURS:-market}
case "$SYNTHETIC_HOURS" in
  market|always) ;;
  *) echo "SYNTHETIC_HOURS must be market or always (was '$SYNTHETIC_HOURS')" >&2; exit 2 ;;
esac

stack_was_up=0
# (captured first: with pipefail, grep -q closing the pipe early would make the test fail by SIGPIPE)
status=$("$stack" status dev)
if [[ "$status" == *"kafka: up"* ]]; then stack_was_up=1; fi
pids=()
stop_all() {
  trap - INT TERM EXIT
  echo
  echo "stopping services..."
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ "$stack_was_up" = 0 ]; then "$stack" down dev; fi
  echo "stopped."
}
trap stop_all INT TERM EXIT

"$stack" up dev

java_opts=(--add-opens=java.base/java.nio=ALL-UNNAMED -Xmx${SERVICE_HEAP:-1g})
start() { # name jar args...
  local name=$1 jar=$2; shift 2
  [ -f "$jar" ] || { echo "$jar is missing: run make build" >&2; exit 1; }
  java "${java_opts[@]}" "$@" -jar "$jar" >"$logs/$name.log" 2>&1 &
  pids+=($!)
}

# the throughput collector for the two streaming services: ~10 % more ticks/s on two cores (docs/performance.md)
start bars ingest/bars/target/quarkus-app/quarkus-run.jar -XX:+UseParallelGC -Dquarkus.http.port=8082
redis_hosts="redis://localhost:${REDIS_PORT:-6379}"
start api api/target/quarkus-app/quarkus-run.jar -Dquarkus.http.port=8080 -Dquarkus.redis.hosts="$redis_hosts"
start feed ingest/feed/target/quarkus-app/quarkus-run.jar -XX:+UseParallelGC -Dquarkus.http.port=8081 -Dperipheral.feed.source="$feed" \
  -Dquarkus.redis.hosts="$redis_hosts"

wait_ready() { # name url seconds
  local deadline=$((SECONDS + $3))
  until curl -fs -o /dev/null "$2"; do
    if [ $SECONDS -ge $deadline ]; then echo "$1 not ready after $3 s; see $logs/$1.log" >&2; tail -n 20 "$logs/$1.log" >&2; return 1; fi
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null || { echo "a service exited; see $logs/" >&2; return 1; }; done
    sleep 0.5
  done
}
wait_ready bars http://localhost:8082/q/health/ready 120
wait_ready api http://localhost:8080/q/health/ready 120
wait_ready feed http://localhost:8081/q/health/ready 120

# The market calendar decides whether the synthetic feed trades now: say so, or a quiet weekend looks broken.
market_line=""
status_json=$(curl -fs http://localhost:8080/api/market/status || true)
market_now=$(printf '%s' "$status_json" | sed -n 's/.*"market":"\([^"]*\)".*/\1/p')
next_open=$(printf '%s' "$status_json" | sed -n 's/.*"nextOpen":"\([^"]*\)".*/\1/p')
holiday=$(printf '%s' "$status_json" | sed -n 's/.*"holiday":"\([^"]*\)".*/\1/p')
if [ -n "$market_now" ]; then
  market_line="  Market         ${market_now}${holiday:+ ($holiday)}, next regular open $next_open (http://localhost:8080/api/market/status)"
fi
if [ "$feed" = synthetic ]; then
  if [ "$SYNTHETIC_HOURS" = always ]; then
    market_line="$market_line
  Synthetic feed SYNTHETIC_HOURS=always: streams around the clock, whatever the market calendar says"
  elif [ "$market_now" = closed ]; then
    market_line="$market_line
  Synthetic feed SYNTHETIC_HOURS=market and the market is closed: idle until the next pre-market (04:00 New York);
                 SYNTHETIC_HOURS=always make run streams anyway"
  else
    market_line="$market_line
  Synthetic feed SYNTHETIC_HOURS=market: trades in market hours only (quietly in pre-market and after-hours)"
  fi
fi

cat <<MSG

Peripheral is running (feed: $feed$( [ "$feed" = polygon ] && echo ", ${POLYGON_WS_URL:-wss://socket.polygon.io/stocks} ${POLYGON_SUBSCRIBE:-T.*,Q.*}")).
  API            http://localhost:8080/api/symbols   http://localhost:8080/api/bars/AAPL?interval=1m
  Quotes         http://localhost:8080/api/quotes/AAPL   http://localhost:8080/api/quotes?symbols=AAPL,MSFT
  WebSocket      ws://localhost:8080/ws  {"op":"subscribe","channel":"bars","symbol":"AAPL","interval":"1m"}
                                         {"op":"subscribe","channel":"quotes","symbol":"AAPL"}
  OpenAPI        http://localhost:8080/q/openapi
  Health         http://localhost:8080/q/health  :8081 (feed)  :8082 (bars)
$market_line
  Kafka          $KAFKA_BOOTSTRAP    PostgreSQL localhost:${PG_PORT:-5432}/peripheral (user peripheral)    Redis localhost:${REDIS_PORT:-6379}
  Logs           $logs/
  Replay a file  make replay FILES=path/to/trades.csv.gz SPEED=max   (or quotes / minute_aggs / day_aggs files)
  Reconcile      make reconcile DATE=2024-01-02 AGGS=path/to/minute_aggs.csv.gz
Ctrl-C stops everything this command started.
MSG
wait -n "${pids[@]}" || true
echo "a service exited; see $logs/" >&2
