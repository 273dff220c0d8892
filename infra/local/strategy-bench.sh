#!/usr/bin/env bash
# The strategy section of make bench (strategy/bin/bench): N bars, default 1M.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
exec "$root/strategy/bin/bench" "${STRATEGY_BENCH_BARS:-1000000}"
