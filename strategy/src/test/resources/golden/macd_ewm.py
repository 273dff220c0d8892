import numpy as np
import pandas as pd


def macd(close, fast=12, slow=26, signal=9):
    ema_fast = close.ewm(span=fast, adjust=False).mean()
    ema_slow = close.ewm(span=slow, adjust=False).mean()
    line = ema_fast - ema_slow
    sig = line.ewm(span=signal, adjust=False).mean()
    return line, sig, line - sig


def generate_signals(df):
    line, sig, hist = macd(df['close'])
    vol = df['close'].pct_change().ewm(halflife=10, min_periods=5).std()
    strength = (hist / (vol * df['close'])).clip(-3, 3) / 3
    return strength.fillna(0.0)
