#!/usr/bin/python3
"""Runs strategy files under CPython + numpy + pandas: the reference semantics for the strategy compiler.

Usage: /usr/bin/python3 cpython_harness.py BARS.csv ENTRY FILE [FILE ...]
Prints, for each file, a block:  '=== FILE' then 'kind ...' and one value per line ('v <repr>' or 'f <key> <repr>'),
or 'error <ExceptionType>'. Used by scripts/regen_golden.py and by the differential tests at test time.
"""
import contextlib
import io
import sys
import types

import numpy as np
import pandas as pd


def _rule_ns(rule):
    import re
    m = re.fullmatch(r"(\d*)\s*(s|S|sec|min|m|T|h|H|d|D)", rule.strip())
    if not m:
        raise ValueError("unsupported rule " + rule)
    n = int(m.group(1) or 1)
    unit = {"s": 1, "S": 1, "sec": 1, "min": 60, "m": 60, "T": 60, "h": 3600, "H": 3600, "d": 86400, "D": 86400}
    return n * unit[m.group(2)] * 1_000_000_000


def resample(df, rule):
    ns = _rule_ns(rule)
    win = (df["time"].values // ns) * ns
    g = df.groupby(win, sort=True)
    out = pd.DataFrame({
        "time": np.asarray(g["time"].first().index, dtype=np.int64),
        "open": g["open"].first().values,
        "high": g["high"].max().values,
        "low": g["low"].min().values,
        "close": g["close"].last().values,
        "volume": g["volume"].sum().values,
    })
    out.attrs["rule_ns"] = ns
    return out


def align(df, htf, values, delay=0):
    ns = htf.attrs["rule_ns"]
    closes = htf["time"].values + ns * (1 + delay)
    idx = np.searchsorted(closes, df["time"].values, side="right") - 1
    vals = np.asarray(values, dtype=float)
    return np.where(idx >= 0, vals[np.clip(idx, 0, None)], np.nan)


def hour(df):
    return (df["time"].values // 3_600_000_000_000) % 24


def minute(df):
    return (df["time"].values // 60_000_000_000) % 60


def weekday(df):
    return (df["time"].values // 86_400_000_000_000 + 3) % 7


peripheral = types.ModuleType("peripheral")
for _f in (resample, align, hour, minute, weekday):
    setattr(peripheral, _f.__name__, _f)
sys.modules["peripheral"] = peripheral


def load_bars(path):
    df = pd.read_csv(path)
    df["time"] = df["time"].astype(np.int64)
    for c in df.columns:
        if c != "time":
            df[c] = df[c].astype(np.float64)
    return df


def run(path, bars, entry):
    src = open(path).read()
    scope = {"__name__": "strategy"}
    print("=== " + path)
    if entry == "auto":
        entry = "generate_signals" if "def generate_signals(" in src else "screen"
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(src, path, "exec"), scope)
            r = scope[entry](bars.copy())
    except Exception as e:  # the reference outcome is the exception type
        print("error " + type(e).__name__)
        return
    if entry == "generate_signals":
        vals = np.asarray(r, dtype=float)
        print("kind signals")
        for v in vals:
            print("v " + repr(float(v)))
    elif r is None:
        print("kind none")
    elif isinstance(r, dict):
        print("kind fields")
        for k, v in r.items():
            print("f " + k + " " + repr(float(v)))
    else:
        print("kind score")
        print("v " + repr(float(r)))


def main():
    bars = load_bars(sys.argv[1])
    entry = sys.argv[2]
    for path in sys.argv[3:]:
        run(path, bars, entry)
    sys.stdout.flush()


if __name__ == "__main__":
    import warnings
    warnings.simplefilter("ignore")
    np.seterr(all="ignore")
    main()
