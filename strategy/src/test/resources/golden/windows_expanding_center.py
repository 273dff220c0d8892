"""expanding() and rolling(center=True), and the O(n) rolling min/max/count kernels, on data with gaps."""
import numpy as np
import pandas as pd


def digest(s):
    """One number that sees every element: a position-weighted sum plus 1000 per NaN."""
    a = s.values
    w = 1.0 + np.arange(len(a)) / len(a)
    return np.nansum(a * w) + 1000.0 * np.isnan(a).sum()


def screen(df):
    close = df['close']
    r = close.pct_change()
    gappy = close.where(close.diff().abs() > 0.05)
    return {
        "score": 0.0,
        "exp_mean": digest(close.expanding().mean()),
        "exp_sum3": digest(r.expanding(min_periods=3).sum()),
        "exp_std": digest(r.expanding().std()),
        "exp_var5": digest(gappy.expanding(5).var()),
        "exp_max": digest(gappy.expanding().max()),
        "exp_min": digest(close.expanding().min()),
        "exp_count": digest(gappy.expanding().count()),
        "ctr_mean": digest(close.rolling(5, center=True).mean()),
        "ctr_mean4": digest(close.rolling(4, center=True, min_periods=1).mean()),
        "ctr_sum": digest(gappy.rolling(7, center=True, min_periods=2).sum()),
        "ctr_std": digest(r.rolling(6, center=True).std()),
        "ctr_max": digest(gappy.rolling(9, center=True, min_periods=1).max()),
        "ctr_min": digest(close.rolling(3, center=True).min()),
        "ctr_median": digest(close.rolling(5, center=True, min_periods=2).median()),
        "ctr_count": digest(gappy.rolling(4, center=True).count()),
        "roll_max_gappy": digest(gappy.rolling(12, min_periods=2).max()),
        "roll_min_gappy": digest(gappy.rolling(12, min_periods=2).min()),
        "roll_count_gappy": digest(gappy.rolling(6, min_periods=2).count()),
        "roll_count_default": digest(gappy.rolling(6).count()),
        "ctr_count_minp": digest(gappy.rolling(5, center=True, min_periods=4).count()),
    }
