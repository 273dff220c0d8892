import numpy as np


def screen(df, threshold=1000.0):
    v = df['volume'].values
    avg = np.mean(v[-20:])
    if avg < threshold:
        return None
    c = df['close'].values
    return float((c[-1] - np.median(c)) / np.std(c))
