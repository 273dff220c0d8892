#!/usr/bin/env bash
# make test: installs what is missing, starts the test stack (its own ports and data directory, so a running
# `make run` is neither broken nor touched), runs every unit and integration test, and stops what it started.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
stack=infra/local/stack.sh

started=0
# (captured first: with pipefail, grep -q closing the pipe early would make the test fail by SIGPIPE)
status=$("$stack" status test)
if [[ "$status" == *down* ]]; then started=1; fi
cleanup() { if [ "$started" = 1 ]; then "$stack" down test || true; fi; }
trap cleanup EXIT
"$stack" up test

mvn -B -ntp ${MVN_ARGS:-} install \
  -Dit.kafka.bootstrap=localhost:${TEST_KAFKA_PORT:-19092} \
  -Dit.pg.port=${TEST_PG_PORT:-15432} \
  -Dit.redis.port=${TEST_REDIS_PORT:-16379}
