import numpy as np


def last_cross(c, level):
    for i in range(len(c) - 1, 0, -1):
        if c[i] > level >= c[i - 1]:
            return i
    return None
    #^ error: E0201


def first_or_none(c):
    if len(c) == 0:
        return None
    return c[0]
    #^ error: E0201


def screen(df):
    c = df['close'].values
    i = last_cross(c, 100.0)
    f = first_or_none(c)
    return None
