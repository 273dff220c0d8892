#!/usr/bin/python3
"""Times one entry call under CPython + numpy + pandas (bars loading excluded). Usage: cpython_bench.py BARS.csv FILE."""
import sys
import time

import numpy as np
import pandas as pd

df = pd.read_csv(sys.argv[1])
df["time"] = df["time"].astype(np.int64)
src = open(sys.argv[2]).read()
scope = {"__name__": "strategy"}
exec(compile(src, sys.argv[2], "exec"), scope)
best = None
for _ in range(int(sys.argv[3]) if len(sys.argv) > 3 else 1):
    frame = df.copy()  # a strategy may add columns; the copy is not timed
    t0 = time.perf_counter()
    scope["generate_signals"](frame)
    dt = time.perf_counter() - t0
    best = dt if best is None else min(best, dt)
print("%.1f" % (best * 1000))
