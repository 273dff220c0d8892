"""Rolling mean followed by std/var of the same window (computed together by one kernel), on data with gaps."""
import numpy as np
import pandas as pd


def generate_signals(df, n=20):
    close = df['close']
    gappy = close.where(close.diff().abs() > 0.03)
    mid = close.rolling(n).mean()
    sd = close.rolling(n).std()
    gm = gappy.rolling(7, min_periods=3).mean()
    gv = (gappy.rolling(7, min_periods=3).var() * 100).clip(0, 1)
    short = close.rolling(5).mean()
    wide = close.rolling(10).std()
    z = (close - mid) / (2 * sd)
    g = ((gappy - gm) * gv).fillna(0.0)
    return (z * 0.5 + g + (short - close) / wide * 0.01).clip(-1, 1).fillna(0.0)
