import numpy as np
import pandas as pd


def generate_signals(df, window=20, k=2.0):
    close = df['close']
    mid = close.rolling(window).mean()
    sd = close.rolling(window).std()
    upper = mid + k * sd
    lower = mid - k * sd
    z = (close - mid) / sd
    trend = close.ewm(span=50, adjust=False).mean()
    sig = np.where(close < lower, 1.0, np.where(close > upper, -1.0, 0.0))
    sig = np.where(close > trend, sig, sig * 0.5)
    sig = pd.Series(sig).where(z.notna(), np.nan)
    return sig.clip(-1, 1)
