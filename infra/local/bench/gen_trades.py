#!/usr/bin/env python3
"""Writes a Polygon flat-file trades CSV for benchmarks: gen_trades.py OUT N SYMBOLS [DAY] [SEED]

N trades over SYMBOLS symbols (Zipf-like activity) across one regular session (09:30-16:00 New York) of DAY
(default 2024-01-02), in SIP-timestamp order. Standard library only."""
import random
import sys
from datetime import datetime, timezone

HEADER = "ticker,conditions,correction,exchange,id,participant_timestamp,price,sequence_number,sip_timestamp,size,tape,trf_id,trf_timestamp\n"


def main():
    out, n, symbols = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    day = sys.argv[4] if len(sys.argv) > 4 else "2024-01-02"
    rng = random.Random(int(sys.argv[5]) if len(sys.argv) > 5 else 42)
    open_ns = int(datetime.fromisoformat(day + "T14:30:00").replace(tzinfo=timezone.utc).timestamp()) * 10**9
    span = 390 * 60 * 10**9
    names = ["S%03d" % i for i in range(symbols)]
    weights = [1.0 / (i + 1) for i in range(symbols)]
    prices = [20.0 + rng.random() * 400 for _ in range(symbols)]
    picks = rng.choices(range(symbols), weights=weights, k=n)
    step = span / n
    conds = ["", "", "", "", "", "", "37", "\"12,37\"", "12", "14"]
    with open(out, "w", buffering=1 << 20) as f:
        f.write(HEADER)
        lines = []
        for i, s in enumerate(picks):
            sip = open_ns + int(i * step)
            p = prices[s] = max(1.0, prices[s] * (1 + rng.gauss(0, 0.0004)))
            c = conds[i % 10]
            size = rng.randint(1, 99) if "37" in c else 100 * rng.randint(1, 10)
            lines.append("%s,%s,0,4,%d,%d,%.2f,%d,%d,%d,3,,\n" % (names[s], c, i, sip - 300, p, i, sip, size))
            if len(lines) == 100000:
                f.writelines(lines)
                lines = []
        f.writelines(lines)


if __name__ == "__main__":
    main()
