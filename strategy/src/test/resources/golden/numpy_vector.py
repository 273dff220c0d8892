import numpy as np


def generate_signals(df, lookback=12):
    c = df['close'].values
    h = df['high'].values
    lo = df['low'].values
    ret = np.diff(np.log(c), prepend=np.nan)
    mom = np.zeros_like(c)
    mom[lookback:] = c[lookback:] / c[:-lookback] - 1.0
    rng = np.maximum(h - lo, 1e-9)
    pos_in_range = (c - lo) / rng
    vol = np.sqrt(np.cumsum(np.nan_to_num(ret) ** 2) / np.arange(1, len(c) + 1))
    score = np.sign(mom) * np.clip(np.abs(mom) / (vol * 10 + 1e-12), 0, 1)
    score[:lookback] = np.nan
    score[(pos_in_range < 0.1) & (mom > 0)] = 0.0
    return score
