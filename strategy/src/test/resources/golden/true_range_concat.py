import numpy as np
import pandas as pd


def generate_signals(df, n=14):
    high = df['high']
    low = df['low']
    close = df['close']
    prev = close.shift(1)
    tr = pd.concat([high - low, (high - prev).abs(), (low - prev).abs()], axis=1).max(axis=1)
    atr = tr.ewm(alpha=1 / n, adjust=False).mean()
    upper = close.rolling(n).max().shift(1)
    lower = close.rolling(n).min().shift(1)
    pos = np.where(close > upper, 1.0, np.where(close < lower, -1.0, np.nan))
    pos = pd.Series(pos).ffill().fillna(0.0)
    risk = (atr / close).rolling(50, min_periods=10).median()
    scale = (0.01 / risk).clip(upper=1.0)
    return (pos * scale).fillna(0.0)
