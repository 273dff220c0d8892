import numpy as np


def generate_signals(df):
    c = df['close'].values
    out = np.zeros(len(c))
    out[2:5][0] = 1.0
            #^ error: E0211
    w = c[10:20]
    w[0] = 0.0
     #^ error: E0211
    w += 1.0
    #^ error: E0211
    s = df['close'].iloc[5:9]
    s[s > 0] = 0.0
     #^ error: E0211
    ok = c[10:20].copy()
    ok[0] = 1.0
    out[c > c.mean()] = 0.5
    return out
