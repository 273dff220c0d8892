"""Trailing stop from the best close since entry, tracked in a variable that starts as None."""
import numpy as np


def entry_price(close, i, lookback):
    # the close that broke above the lookback high, or None
    if i < lookback:
        return None
    hi = np.max(close[i - lookback:i])
    if close[i] > hi:
        return float(close[i])
    return None


def stop_level(best, atr, k=2.0):
    if best is None or atr != atr:
        return None
    return best - k * atr


def generate_signals(df, lookback=20, k=3.0):
    close = df['close'].values
    high = df['high'].values
    low = df['low'].values
    tr = high - low
    atr = mean_range(tr, 14)
    pos = np.zeros(len(close))
    entry = None
    best = None
    for i in range(len(close)):
        if entry is None:
            entry = entry_price(close, i, lookback)
            if entry is None:
                continue
            best = entry
        if best is None or close[i] > best:
            best = close[i]
        stop = stop_level(best, atr[i], k)
        if stop is not None and close[i] < stop:
            entry = None
            best = None
            continue
        pos[i] = 1.0 if entry is not None and close[i] >= entry else 0.5
    return pos


def mean_range(x, n):
    out = np.full(len(x), np.nan)
    for i in range(n - 1, len(x)):
        out[i] = np.mean(x[i - n + 1:i + 1])
    return out
