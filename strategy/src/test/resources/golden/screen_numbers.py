import math
import numpy as np


def screen(df):
    c = df['close'].values
    v = df['volume'].values
    a = -7
    b = 2
    x = 2 ** 10 + a // b + a % b + int(-3.7) + round(2.5) + round(3.5)
    y = math.floor(-2.5) + math.ceil(2.1) + abs(-3)
    z = 7.5 // 2 + (-7.5) % 2 + 1.5 ** 2 + math.sqrt(16.0) + math.log(math.e) + math.exp(0.0)
    w = math.log10(1000.0) + math.pow(2.0, 0.5) + np.exp(1.0) + np.log(2.0) + np.log10(5.0)
    flags = 0
    if 1 < 2 < 3 and not (2 > 3) and (0 or 5) == 5:
        flags += 1
    if c[-1] > c[0] or False:
        flags += 2
    lst = [1.0, 2.0, 3.0]
    lst.append(4.0)
    sq = [q * q for q in lst if q > 1.5]
    total = sum(sq) + len(lst) + max(lst) + min(3, 4, 1)
    arr = np.array(sq)
    stats = np.percentile(c, 25) + np.quantile(c, 0.75) + np.median(v) + np.var(c) + np.std(c, ddof=1)
    idx = int(np.argmax(c)) + int(np.argmin(c))
    cs = np.cumprod(np.array([1.0, 1.01, 0.99]))[-1]
    cv = np.convolve(np.array([1.0, 2.0, 3.0]), np.array([0.0, 1.0, 0.5]), mode='same')
    dt = float(np.dot(arr, arr))
    srt = np.sort(c)[:3].sum() + float(np.argsort(c)[0])
    rl = np.roll(c, -1)[0]
    return {"score": float(x + y + z + w), "flags": flags, "total": total, "stats": stats, "idx": idx,
            "cs": cs, "cv": float(cv.sum()), "dt": dt, "srt": srt, "rl": rl, "lin": float(np.linspace(0, 1, 5)[3]),
            "ar": float(np.arange(0.0, 1.0, 0.25).sum()), "mean": float(arr.mean()),
            "nan": float(np.nanmean(np.array([1.0, np.nan, 3.0]))), "avg": float(np.average(c[:3], weights=v[:3]))}
