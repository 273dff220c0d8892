#!/usr/bin/env bash
# Sections (b) aggregation and (d) upserts of make bench: io.peripheral.bars.bench.BarsBench against the test stack.
# BENCH_JAVA_OPTS adds JVM options, e.g. -XX:StartFlightRecording=filename=/tmp/bars.jfr,settings=profile.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
app="$root/ingest/bars/target/quarkus-app"
export KAFKA_BOOTSTRAP=${KAFKA_BOOTSTRAP:-localhost:19092}
export PG_URL=${PG_URL:-jdbc:postgresql://localhost:15432/peripheral}
# the collector make run starts the bar service with (docs/performance.md), unless BENCH_JAVA_OPTS names one
gc=-XX:+UseParallelGC
[[ "${BENCH_JAVA_OPTS:-}" == *-XX:+Use*GC* ]] && gc=
exec java $gc ${BENCH_JAVA_OPTS:-} --add-opens=java.base/java.nio=ALL-UNNAMED -Xmx3g -cp "$app/app/*:$app/lib/main/*:$app/lib/boot/*" \
  io.peripheral.bars.bench.BarsBench "${1:-all}"
