#!/usr/bin/env bash
# make strategy ARGS="run examples/sma_cross.py --bars examples/bars.csv": the strategy command line from the
# project root. File arguments are taken relative to the project root, or else to strategy/ (so the module's
# examples/ work as written in its README).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
args=()
for a in "$@"; do
  if [[ "$a" != -* && ! -e "$a" && -e "$root/strategy/$a" ]]; then a="$root/strategy/$a"; fi
  args+=("$a")
done
exec "$root/strategy/bin/strategy" "${args[@]}"
