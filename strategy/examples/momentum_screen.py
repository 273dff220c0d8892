"""Screen: select symbols trading above their 50-bar average; score by volatility-adjusted momentum."""
import numpy as np


def screen(df, lookback=20):
    close = df['close']
    if len(df) < 60:
        return None
    ma50 = close.rolling(50).mean().iloc[-1]
    last = close.iloc[-1]
    if last < ma50:
        return None
    ret = last / close.iloc[-lookback] - 1.0
    vol = close.pct_change().rolling(lookback).std().iloc[-1]
    return {"score": ret / vol, "momentum": ret, "volatility": vol, "above_ma50": last > ma50}
