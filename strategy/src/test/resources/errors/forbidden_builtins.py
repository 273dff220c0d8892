import numpy as np


def generate_signals(df):
    f = open("/etc/passwd")
    #   ^ error: E0103
    eval("1 + 1")
    #^ error: E0103
    exec("x = 1")
    #^ error: E0103
    code = compile("1", "f", "eval")
    #      ^ error: E0103
    m = __import__("os")
    #   ^ error: E0103
    g = getattr(df, "close")
    #   ^ error: E0103
    setattr(df, "x", 1)
    #^ error: E0103
    return np.zeros(len(df))
