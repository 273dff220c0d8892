"""try/finally: normal completion, return, break and continue inside, errors caught outside, nesting."""
import numpy as np


def ret_inside(trace, x):
    try:
        if x > 0:
            return 1.0
        trace[0] += 1.0
    finally:
        trace[1] += 10.0
    return 2.0


def raises_through(trace, d):
    try:
        return 1.0 / d
    finally:
        trace[2] += 1.0


def caught_outside(trace, d):
    try:
        return raises_through(trace, d)
    except ZeroDivisionError:
        trace[3] += 1.0
        return -1.0


def loops(trace, c):
    total = 0.0
    for i in range(10):
        try:
            if i % 3 == 0:
                continue
            if i == 8:
                break
            total += c[i]
        finally:
            trace[4] += 1.0
    k = 0
    while k < 5:
        try:
            try:
                k += 1
                if k == 4:
                    break
            finally:
                trace[5] += 1.0
        finally:
            trace[6] += 2.0
    return total + k


def with_handlers(trace, c, i):
    try:
        v = c[i]
    except IndexError:
        v = -1.0
        trace[7] += 1.0
    else:
        trace[8] += 1.0
    finally:
        trace[9] += 1.0
    return v


def finally_overrides(trace):
    try:
        return 1.0
    finally:
        trace[0] += 100.0


def screen(df):
    c = df['close'].values
    trace = np.zeros(10)
    a = ret_inside(trace, 1.0) + ret_inside(trace, -1.0)
    b = caught_outside(trace, 2.0) + caught_outside(trace, 0.0)
    d = loops(trace, c)
    e = with_handlers(trace, c, 3) + with_handlers(trace, c, 10_000)
    f = finally_overrides(trace)
    out = {"score": a + b + f, "loops": d, "handlers": e}
    out["t0"] = trace[0]
    out["t1"] = trace[1]
    out["t2"] = trace[2]
    out["t3"] = trace[3]
    out["t4"] = trace[4]
    out["t5"] = trace[5]
    out["t6"] = trace[6]
    out["t7"] = trace[7]
    out["t8"] = trace[8]
    out["t9"] = trace[9]
    return out
