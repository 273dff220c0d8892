import numpy as np


def generate_signals(df):
    a = [1, "a"]
    #       ^ error: E0202
    d = {"score": 1.0, "label": "x"}
    #                           ^ error: E0202
    x = 1
    for i in range(3):
        x = "text"
        #^ error: E0201
    n = len(df, 2)
    #   ^ error: E0203
    y = undefined_name + 1
    #   ^ error: E0101
    return np.zeros(len(df))
