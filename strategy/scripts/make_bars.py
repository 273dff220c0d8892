#!/usr/bin/python3
"""Writes the deterministic bar fixtures used by the golden tests and the examples (a seeded random walk)."""
import random
import sys


def bars(path, n, seed, step_s=900):
    rnd = random.Random(seed)
    t0 = 1704067200  # 2024-01-01T00:00:00Z
    price = 100.0
    with open(path, "w") as f:
        f.write("time,open,high,low,close,volume,vwap\n")
        for i in range(n):
            o = price
            c = max(1.0, o * (1 + rnd.gauss(0, 0.004)))
            h = max(o, c) * (1 + abs(rnd.gauss(0, 0.002)))
            lo = min(o, c) * (1 - abs(rnd.gauss(0, 0.002)))
            v = round(1000 + rnd.random() * 9000)
            vw = round((h + lo + c) / 3, 4)
            f.write(f"{(t0 + i * step_s) * 1_000_000_000},{o:.4f},{h:.4f},{lo:.4f},{c:.4f},{v},{vw}\n")
            price = c


if __name__ == "__main__":
    bars(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
