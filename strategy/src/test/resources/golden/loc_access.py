"""pandas .loc on the bars' RangeIndex: labels, inclusive label slices, masks, df.loc[rows, 'column'] reads and writes."""
import numpy as np
import pandas as pd


def screen(df):
    close = df['close']
    n = len(df)
    out = {"score": float(close.loc[5])}
    out["label_last"] = close.loc[n - 1]
    out["slice_sum"] = float(close.loc[10:20].sum())
    out["slice_len"] = float(len(close.loc[10:20]))
    out["head_len"] = float(len(close.loc[:4]))
    out["tail_mean"] = float(close.loc[n - 5:].mean())
    out["neg_start_len"] = float(len(close.loc[-3:2]))
    out["past_end_len"] = float(len(close.loc[n - 2:n + 10]))
    out["empty_len"] = float(len(close.loc[30:10]))
    up = close.diff() > 0
    out["mask_mean"] = float(close.loc[up].mean())
    out["cell"] = df.loc[7, 'high'] - df.loc[7, 'low']
    out["col_mask_sum"] = float(df.loc[up, 'volume'].sum())
    frame = df.copy()
    frame.loc[up, 'close'] = 0.0
    out["masked_write"] = float(frame['close'].sum())
    s = close.copy()
    s.loc[close > close.mean()] = 1.0
    s.loc[3] = -1.0
    out["series_write"] = float(s.sum())
    try:
        out["missing"] = close.loc[n]
    except KeyError:
        out["missing"] = -1.0
    try:
        out["negative"] = close.loc[-1]
    except KeyError:
        out["negative"] = -2.0
    return out
