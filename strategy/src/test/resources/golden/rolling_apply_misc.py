import numpy as np
import pandas as pd


def slope(w):
    x = np.arange(len(w))
    xm = np.mean(x)
    ym = np.mean(w)
    return np.sum((x - xm) * (w - ym)) / np.sum((x - xm) ** 2)


def generate_signals(df):
    close = df['close']
    s = close.rolling(10).apply(slope, raw=True)
    rng = close.rolling(10, min_periods=3).apply(lambda w: w.max() - w.min(), raw=True)
    r = close.pct_change(5).rank(pct=True)
    q = close.rolling(20).var()
    e = close.ewm(com=3).std()
    cum = close.diff().cumsum()
    mx = close.cummax()
    sig = (s / rng).fillna(0.0) * 10 + (r - 0.5) + (q / q.mean() - 1) * 0.01 + (e / e.max()) * 0.01
    sig = sig + (cum / mx) * 0.001
    return sig.clip(-1, 1)
