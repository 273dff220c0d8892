"""Nested functions and lambdas reading variables of the enclosing function (closures over read-only variables)."""
import numpy as np
import pandas as pd


def generate_signals(df, width=10):
    close = df['close']
    scale = 0.5

    def norm(x):
        # reads width and scale from generate_signals
        return (x - x.rolling(width).mean()) / (scale * x.rolling(width).std())

    def clip_to(x, lim=3.0):
        return x.clip(-lim, lim) / lim

    z = clip_to(norm(close))
    scale = 2.0
    z2 = clip_to(norm(close), lim=1.5)

    def count_up(c):
        n = 0
        for i in range(1, len(c)):
            if c[i] > c[i - 1] * (1.0 + threshold):
                n += 1
        return n

    threshold = 0.001
    ups = count_up(close.values)
    slope = close.rolling(width).apply(lambda w: (w[-1] - w[0]) / (len(w) * scale), raw=True)
    return ((z + z2) / 2 + slope * 0.01 + ups * 1e-6).clip(-1, 1).fillna(0.0)
