"""Bench (a): Wilder-smoothed RSI and ATR written with for loops."""
import numpy as np


def wilder_rsi(close, n):
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


def wilder_atr(high, low, close, n):
    out = np.full(len(close), np.nan)
    atr = 0.0
    for i in range(1, len(close)):
        tr = max(high[i] - low[i], abs(high[i] - close[i - 1]), abs(low[i] - close[i - 1]))
        if i <= n:
            atr += tr / n
        else:
            atr = (atr * (n - 1) + tr) / n
        if i >= n:
            out[i] = atr
    return out


def generate_signals(df, n=14):
    close = df['close'].values
    rsi = wilder_rsi(close, n)
    atr = wilder_atr(df['high'].values, df['low'].values, close, n)
    pos = np.zeros(len(close))
    for i in range(len(close)):
        if rsi[i] < 30:
            pos[i] = min(1.0, 0.01 * close[i] / atr[i])
        elif rsi[i] > 70:
            pos[i] = -min(1.0, 0.01 * close[i] / atr[i])
    return pos
