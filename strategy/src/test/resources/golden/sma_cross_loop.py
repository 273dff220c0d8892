"""Moving-average cross with an explicit-loop SMA helper."""
import numpy as np

name = "sma cross"
timeframe = "15m"


def sma(x, n):
    out = np.full(len(x), np.nan)
    total = 0.0
    for i in range(len(x)):
        total += x[i]
        if i >= n:
            total -= x[i - n]
        if i >= n - 1:
            out[i] = total / n
    return out


def generate_signals(df, fast=10, slow=30):
    close = df['close'].values
    f = sma(close, fast)
    s = sma(close, slow)
    pos = np.zeros(len(close))
    for i in range(len(close)):
        if f[i] > s[i]:
            pos[i] = 1.0
        elif f[i] < s[i]:
            pos[i] = -1.0
    return pos
