"""Exercises the listed numpy functions once each (screen returning a dict of scalars)."""
import numpy as np


def screen(df):
    c = df['close'].values
    v = df['volume'].values
    x = c[:50] - 100.0
    y = x.copy()
    y[::5] = np.nan
    i = np.arange(10)
    b = x > 0
    r = {}
    r["score"] = 1.0
    r["zeros"] = np.zeros(3).sum() + np.ones(4).sum() + np.full(2, 2.5).sum() + len(np.empty(5))
    r["likes"] = np.zeros_like(x).sum() + np.ones_like(x).sum() + np.full_like(x, 0.5).sum()
    r["ar"] = np.arange(2, 11, 3).sum() + np.linspace(0.0, 2.0, 5).sum() + np.array([1, 2, 3]).sum()
    r["asarray"] = np.asarray(c).mean()
    r["unary"] = (np.abs(x).sum() + np.absolute(x).sum() + np.fabs(x).sum() + np.sqrt(np.abs(x)).sum()
                  + np.log(np.abs(x) + 1).sum() + np.log10(np.abs(x) + 1).sum() + np.log2(np.abs(x) + 1).sum()
                  + np.log1p(np.abs(x)).sum() + np.exp(x / 10).sum() + np.expm1(x / 10).sum())
    r["round"] = (np.sign(x).sum() + np.floor(x).sum() + np.ceil(x).sum() + np.trunc(x).sum() + np.rint(x).sum()
                  + np.round(x, 2).sum() + np.around(x).sum() + np.square(x).sum() + np.negative(x).sum())
    r["nan"] = float(np.isnan(y).sum()) + float(np.isfinite(y).sum()) + float(np.isinf(x / 0.0).sum())
    r["binary"] = (np.maximum(x, 0).sum() + np.minimum(x, 0).sum() + np.fmax(y, 0).sum() + np.fmin(y, 0).sum()
                   + np.add(x, 1).sum() + np.subtract(x, 1).sum() + np.multiply(x, 2).sum() + np.divide(x, 2).sum()
                   + np.true_divide(x, 4).sum() + np.floor_divide(x, 3).sum() + np.power(np.abs(x), 1.5).sum()
                   + np.mod(x, 3).sum() + np.remainder(x, 2.5).sum())
    r["cmp"] = float((np.greater(x, 0) & np.less(x, 1)).sum() + (np.greater_equal(x, 0) | np.less_equal(x, -1)).sum()
                     + np.equal(i, 3).sum() + np.not_equal(i, 3).sum() + np.logical_and(b, b).sum()
                     + np.logical_or(b, ~b).sum() + np.logical_not(b).sum())
    r["clip"] = np.clip(x, -1, 1).sum() + np.where(b, x, -x).sum() + np.nan_to_num(y, nan=-1.0).sum()
    r["reduce"] = (np.sum(x) + np.nansum(y) + np.mean(x) + np.nanmean(y) + np.std(x) + np.nanstd(y) + np.var(x)
                   + np.nanvar(y) + np.min(x) + np.max(x) + np.amin(x) + np.amax(x) + np.nanmin(y) + np.nanmax(y))
    r["arg"] = float(np.argmin(x) + np.argmax(x) + np.count_nonzero(b))
    r["stats"] = (np.median(x) + np.nanmedian(y) + np.percentile(x, 30) + np.nanpercentile(y, 70)
                  + np.quantile(x, 0.2) + np.nanquantile(y, 0.8) + np.average(x) + np.average(x, weights=v[:50])
                  + np.prod(i[1:5]))
    r["cum"] = (np.cumsum(x)[-1] + np.cumprod(i[1:6])[-1] + np.nancumsum(y)[-1] + np.diff(x).sum()
                + np.diff(x, n=2).sum() + np.diff(x, append=0.0).sum() + np.roll(x, -3)[0])
    r["join"] = (np.concatenate([x, x[:3]]).sum() + np.append(x, 7.0).sum() + np.hstack([i, i]).sum()
                 + np.convolve(x[:5], np.array([0.5, 0.5]), mode='valid').sum() + np.dot(x, x))
    r["sort"] = np.sort(x)[3] + float(np.argsort(x)[0]) + np.flip(x)[0]
    r["any"] = float(np.any(b)) + float(np.all(b)) + float(b.any()) + float(b.all())
    r["methods"] = (x.sum() + x.mean() + x.std() + x.var() + x.min() + x.max() + float(x.argmin() + x.argmax())
                    + x.cumsum()[-1] + i.cumprod()[3] + i.prod() + x.round(1).sum() + x.clip(-0.5, 0.5).sum()
                    + x.astype(int).sum() + float(x.size) + float(x.shape[0]) + x[:1].item())
    r["masks"] = x[b].sum() + x[i].sum() + x[-3:].sum() + x[1:10:3].sum() + x[::-1][0]
    return r
