import numpy as np


def never_called(x):
    code = compile(x, "f", "exec")
    #      ^ error: E0103
    return x.__globals__
    #        ^ error: E0105


def generate_signals(df):
    return np.zeros(len(df))
