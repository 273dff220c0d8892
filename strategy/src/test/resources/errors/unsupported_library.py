import numpy as np
import pandas as pd


def generate_signals(df):
    c = df['close'].values
    p = np.polyfit(c, c, 1)
    #      ^ error: E0104
    frame = pd.read_csv("bars.csv")
    #          ^ error: E0104
    s = df['close'].frobnicate()
    #               ^ error: E0104
    m = df['close'].expanding().median()
    #                           ^ error: E0104
    z = np.zeros(len(c), order='F')
    #                    ^ error: E0206
    return np.zeros(len(df))
