"""Wilder RSI written with an explicit loop; mean reversion with a volatility-scaled position."""
import numpy as np


def rsi(close, n):
    out = np.full(len(close), np.nan)
    gain = 0.0
    loss = 0.0
    for i in range(1, len(close)):
        d = close[i] - close[i - 1]
        g = d if d > 0 else 0.0
        l = -d if d < 0 else 0.0
        if i <= n:
            gain += g / n
            loss += l / n
        else:
            gain = (gain * (n - 1) + g) / n
            loss = (loss * (n - 1) + l) / n
        if i >= n:
            out[i] = 100.0 if loss == 0 else 100.0 - 100.0 / (1.0 + gain / loss)
    return out


def generate_signals(df, period=14, oversold=30.0, overbought=70.0):
    r = rsi(df['close'].values, period)
    pos = np.zeros(len(r))
    for i in range(len(r)):
        if r[i] < oversold:
            pos[i] = 1.0
        elif r[i] > overbought:
            pos[i] = -1.0
    return pos
