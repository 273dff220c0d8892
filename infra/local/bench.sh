#!/usr/bin/env bash
# make bench: throughput benchmarks against the test stack (real broker and database), printed as tables.
# Benchmarks, not tests: the machine is shared and noisy, so compare ratios measured within one run.
#   BENCH=all|feed|flatfile|polygon|bars|replay|strategy (default all); REPLAY_TICKS (default 2000000);
#   FLATFILE_ROWS (default 20000000: about a tenth of a day's file; written once under .local/bench, ~2 min); WS_FRAMES (default 200000)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
stack=infra/local/stack.sh
what=${BENCH:-all}
out="$root/.local/bench"
mkdir -p "$out"

started=0
# (captured first: with pipefail, grep -q closing the pipe early would make the test fail by SIGPIPE)
status=$("$stack" status test)
if [[ "$status" == *down* ]]; then started=1; fi
bars_pid=
cleanup() {
  [ -n "$bars_pid" ] && kill "$bars_pid" 2>/dev/null && wait "$bars_pid" 2>/dev/null || true
  if [ "$started" = 1 ]; then "$stack" down test || true; fi
}
trap cleanup EXIT
"$stack" up test >/dev/null
[ -f api/target/quarkus-app/quarkus-run.jar ] && [ -f ingest/bars/target/quarkus-app/quarkus-run.jar ] \
  && [ -f ingest/feed/target/quarkus-app/quarkus-run.jar ] || mvn -B -ntp -q -DskipTests install

echo "# Peripheral benchmarks — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -n 1)"
echo

if [ "$what" = all ] || [ "$what" = feed ]; then
  echo "## (a) synthetic source into Kafka: Arrow batches vs per-tick JSON"
  KAFKA_BOOTSTRAP=localhost:19092 PG_URL=jdbc:postgresql://localhost:15432/peripheral \
    infra/local/feed.sh bench --bootstrap localhost:19092 2>"$out/feed-bench.err"
  echo
fi

if [ "$what" = all ] || [ "$what" = flatfile ]; then
  echo "## flat-file trades (.csv.gz): decompression alone, parsing, parsing + producing to Kafka"
  rows=${FLATFILE_ROWS:-20000000}
  KAFKA_BOOTSTRAP=localhost:19092 infra/local/feed.sh bench-flatfile --bootstrap localhost:19092 --rows "$rows" \
    --file "$out/flatfile-trades-$rows.csv.gz" 2>"$out/flatfile-bench.err"
  echo
fi

if [ "$what" = all ] || [ "$what" = polygon ]; then
  echo "## Polygon WebSocket frames parsed"
  infra/local/feed.sh bench-ws --frames "${WS_FRAMES:-200000}" 2>"$out/ws-bench.err"
  echo
fi

if [ "$what" = all ] || [ "$what" = bars ]; then
  echo "## (b) bar aggregation and (d) bar upserts"
  infra/local/bars-bench.sh 2>"$out/bars-bench.err"
  echo
fi

if [ "$what" = all ] || [ "$what" = replay ]; then
  ticks=${REPLAY_TICKS:-2000000}
  symbols=500
  file="$out/replay-$ticks.csv"
  [ -f "$file" ] || python3 infra/local/bench/gen_trades.py "$file" "$ticks" "$symbols"
  # earlier runs' namespaces would be replayed again beside this one
  infra/local/topics.sh localhost:19092 --delete-replays 'bench-.*' >/dev/null 2>&1
  # the production profile with the test stack's addresses (as e2e runs it); only this bench's replays
  java --add-opens=java.base/java.nio=ALL-UNNAMED -XX:+UseParallelGC -Dquarkus.http.port=18092 \
    -Dperipheral.kafka.bootstrap-servers=localhost:19092 \
    -Dquarkus.datasource.jdbc.url=jdbc:postgresql://localhost:15432/peripheral \
    "-Dperipheral.replays.include=bench-.*" -Dperipheral.bars.state-dir="$out/bars-state" \
    -jar ingest/bars/target/quarkus-app/quarkus-run.jar >"$out/bars-service.log" 2>&1 &
  bars_pid=$!
  for _ in $(seq 1 240); do curl -fsS -o /dev/null http://localhost:18092/q/health/ready 2>/dev/null && break; sleep 0.5; done
  id="bench-$(date +%s)"
  KAFKA_BOOTSTRAP=localhost:19092 PG_URL=jdbc:postgresql://localhost:15432/peripheral \
    infra/local/feed.sh replay --files "$file" --speed max --id "$id" --rejects "$out/replay-rejects.log" >"$out/replay.log" 2>&1
  echo "## (c) end-to-end replay: file → Kafka → bars → final in PostgreSQL"
  echo "N = $ticks trades, $symbols symbols (Zipf), one regular session (2024-01-02 09:30-16:00 New York)"
  echo
  sed -n "/^replay $id: /,\$p" "$out/replay.log" | grep -a -v ' INFO '
  echo
  infra/local/topics.sh localhost:19092 --delete-replays "$id" >/dev/null 2>&1
fi

if [ "$what" = all ] || [ "$what" = strategy ]; then
  echo "## strategies (compiled WebAssembly on Chicory vs CPython+numpy+pandas vs hand-written Java)"
  infra/local/strategy-bench.sh 2>"$out/strategy-bench.err"
fi
