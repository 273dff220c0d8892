import numpy as np

counter = 0


def generate_signals(df):
    global counter
    #^ error: E0106
    k = df.__class__
    #      ^ error: E0105
    c = df['close'].values
    d = c.__dict__
    #     ^ error: E0105
    helper(1)
    return np.zeros(len(df))


def helper(x):
    def inner():
        nonlocal x
        #^ error: E0106
        return x
    return x
