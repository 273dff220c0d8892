import numpy as np
import pandas as pd
from peripheral import resample, align, hour


def generate_signals(df, fast=5, slow=12):
    htf = resample(df, "1h")
    hc = htf['close']
    trend = (hc.rolling(fast).mean() > hc.rolling(slow).mean()).astype(float).values
    trend_ltf = align(df, htf, trend)
    h = hour(df)
    pos = np.where(trend_ltf > 0.5, 1.0, -1.0)
    pos = np.where(np.isnan(trend_ltf), np.nan, pos)
    pos[(h < 1)] = 0.0
    return pos
