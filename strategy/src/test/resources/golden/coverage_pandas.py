"""Exercises the listed pandas Series methods once each (screen returning a dict of scalars)."""
import numpy as np
import pandas as pd


def screen(df):
    s = df['close'] - 100.0
    raw = s.values.copy()
    raw[::7] = np.nan
    t = pd.Series(raw)
    r = {}
    r["score"] = 1.0
    r["shift"] = t.shift(2).sum() + t.diff(3).sum() + t.pct_change().sum() + t.pct_change(2).sum()
    r["fill"] = (t.fillna(0.0).sum() + t.fillna(method='ffill').sum() + t.fillna(method='bfill').sum()
                 + t.ffill().sum() + t.bfill().sum())
    r["where"] = t.where(t > 0, 0.0).sum() + t.mask(t > 0, -1.0).sum() + t.abs().sum() + t.clip(-1, 1).sum()
    r["cum"] = t.cumsum().sum() + t.cummax().sum() + t.cummin().sum() + (t / 100 + 1).cumprod().iloc[-1]
    r["na"] = float(t.isna().sum() + t.notna().sum() + t.isnull().sum() + t.notnull().sum())
    r["reduce"] = (t.sum() + t.mean() + t.std() + t.var() + t.min() + t.max() + t.median() + t.quantile(0.3)
                   + float(t.count()) + t.std(ddof=0) + (t / 100 + 1).prod())
    r["bool"] = float(t.any()) + float((t > -1000).all()) + float(t.argmax() + t.argmin())
    r["rank"] = t.rank(pct=True).sum() + t.rank().sum()
    r["rolling"] = (t.rolling(5).mean().sum() + t.rolling(5).sum().sum() + t.rolling(5).std().sum()
                    + t.rolling(5).var().sum() + t.rolling(5).min().sum() + t.rolling(5).max().sum()
                    + t.rolling(5).median().sum() + t.rolling(5, min_periods=2).mean().sum()
                    + t.rolling(4).apply(lambda w: w[0] - w[-1], raw=True).sum())
    r["ewm"] = (t.ewm(span=5).mean().sum() + t.ewm(alpha=0.3, adjust=False).mean().sum()
                + t.ewm(com=2, ignore_na=True).mean().sum() + t.ewm(halflife=3, min_periods=4).std().sum()
                + t.ewm(span=10).var().sum() + s.ewm(span=7, adjust=False).std().sum())
    r["misc"] = (t.astype(float).sum() + t.round(1).sum() + t.copy().sum() + t.to_numpy()[1] + t.values[2]
                 + t.iloc[3] + t.iloc[-1] + s.iloc[5:9].sum() + float(pd.isna(t).sum()) + float(pd.notna(t).sum()))
    r["concat"] = pd.concat([t, s, -t], axis=1).max(axis=1).sum() + pd.concat([t, s], axis=1).min(axis=1).sum()
    frame = df.copy()
    frame['x'] = t * 2
    frame['one'] = 1.0
    r["frame"] = frame['x'].sum() + frame['one'].sum() + df.iloc[-1]['close'] + df.iloc[0].open + float(len(frame))
    return r
