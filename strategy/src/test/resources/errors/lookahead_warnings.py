import numpy as np


def generate_signals(df):
    c = df['close'].values
    nxt = np.roll(c, 1)
    #                ^ warning: W0301
    fut = df['close'].shift(-1)
    #                       ^ warning: W0302
    mid = df['close'].rolling(5, center=True).mean()
    #                 ^ warning: W0304
    out = np.zeros(len(c))
    for i in range(len(c) - 1):
        if c[i + 1] > c[i]:
        #    ^ warning: W0303
            out[i] = 1.0
    return out
