"""An entry point passing a helper's None straight through: the score."""
import numpy as np


def momentum(c, n, floor):
    if len(c) <= n:
        return None
    m = c[-1] / c[-1 - n] - 1.0
    if m < floor:
        return None
    return m


def ranked(c, n, floor):
    m = momentum(c, n, floor)
    return m


def screen(df, n=10, floor=-0.5):
    c = df['close'].values
    return ranked(c, n, floor)
