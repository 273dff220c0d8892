import numpy as np
import pandas as pd


def screen(df, window=20):
    close = df['close']
    ret20 = close.iloc[-1] / close.iloc[-window] - 1
    vol = close.pct_change().rolling(window).std().iloc[-1]
    above = bool(close.iloc[-1] > close.rolling(50).mean().iloc[-1])
    hi = df['high'].max()
    lo = df['low'].min()
    return {"score": ret20 / vol if vol > 0 else 0.0, "ret20": ret20, "above_ma50": above,
            "range": (hi - lo) / lo, "n": len(df)}
