"""Moving-average crossover: long when the fast average is above the slow one, short below."""
import numpy as np
import pandas as pd

name = "SMA cross"
timeframe = "15m"


def generate_signals(df, fast=10, slow=30):
    close = df['close']
    fast_ma = close.rolling(fast).mean()
    slow_ma = close.rolling(slow).mean()
    pos = np.where(fast_ma > slow_ma, 1.0, -1.0)
    return pd.Series(pos).where(slow_ma.notna(), np.nan)
