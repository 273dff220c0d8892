import numpy as np
import math


def wilder(x, n):
    out = np.full(len(x), np.nan)
    if len(x) < n:
        return out
    s = 0.0
    for i in range(n):
        s += x[i]
    out[n - 1] = s / n
    for i in range(n, len(x)):
        out[i] = (out[i - 1] * (n - 1) + x[i]) / n
    return out


def rsi(close, n=14):
    gains = np.zeros(len(close))
    losses = np.zeros(len(close))
    for i in range(1, len(close)):
        d = close[i] - close[i - 1]
        if d > 0:
            gains[i] = d
        else:
            losses[i] = -d
    ag = wilder(gains, n)
    al = wilder(losses, n)
    out = np.full(len(close), np.nan)
    for i in range(len(close)):
        if al[i] == 0:
            out[i] = 100.0
        elif not math.isnan(al[i]):
            rs = ag[i] / al[i]
            out[i] = 100.0 - 100.0 / (1.0 + rs)
    return out


def atr(high, low, close, n=14):
    tr = np.zeros(len(close))
    tr[0] = high[0] - low[0]
    for i in range(1, len(close)):
        tr[i] = max(high[i] - low[i], abs(high[i] - close[i - 1]), abs(low[i] - close[i - 1]))
    return wilder(tr, n)


def generate_signals(df, period=14, lo=30.0, hi=70.0):
    close = df['close'].to_numpy()
    r = rsi(close, period)
    a = atr(df['high'].values, df['low'].values, close, period)
    pos = np.full(len(close), np.nan)
    state = 0.0
    for i in range(len(close)):
        if math.isnan(r[i]):
            continue
        if r[i] < lo:
            state = 1.0
        elif r[i] > hi:
            state = -1.0
        scale = min(1.0, 0.5 / (a[i] / close[i] * 100.0)) if a[i] > 0 else 0.0
        pos[i] = state * scale
    return pos
