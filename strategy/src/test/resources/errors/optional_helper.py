import numpy as np
from typing import Optional


def last_cross(c, level):
    for i in range(len(c) - 1, 0, -1):
        if c[i] > level >= c[i - 1]:
            return i
    return None


def first_or_none(c):
    if len(c) == 0:
        return None
    return c[0]


def label(x):
#^ error: E0208
    if x > 0:
        return "up"


def half(x: float) -> int:
    #                 ^ error: E0207
    if x > 0:
        return x / 2


def twice(x: float):
    #        ^ error: E0207
    return x * 2
    #      ^ error: E0212


def screen(df):
    c = df['close'].values
    i = last_cross(c, 100.0)
    a = c[i]
    #     ^ error: E0212
    b = last_cross(c, 99.0) + 1
    #   ^ error: E0212
    f = first_or_none(c)
    if f is None:
        print("empty")
    g = f * 2.0
    #   ^ error: E0212
    if i is not None and i > 3:
        a = c[i]
    if i is None or i < 3:
        return None
    a = c[i]
    j = last_cross(c, 101.0)
    for k in range(3):
        if j is None:
            continue
        a = c[j]
        j = last_cross(c, a)
        a = c[j]
        #     ^ error: E0212
    while j is not None:
        a = c[j]
        j = None
    if j < 5:
       #^ error: E0212
        pass
    t = twice(f)
    h = half(2.0)
    lab = label(1.0)
    x: Optional[int] = None
    y: float = first_or_none(c)
    #  ^ error: E0207
    z = float(j)
    #         ^ error: E0212
    print(f"{j:.2f}")
    #     ^ error: E0212
    return None
