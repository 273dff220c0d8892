import numpy as np


def screen(df):
    n = len(df)
    label = f"n={n}"
    #       ^ error: E0110
    print(f"{n:s}")
    #     ^ error: E0204
    print(f"{n:{n}}")
    #     ^ error: E0001
    print(f"{df['close'].values}")
    #     ^ error: E0204
    x = b"raw"
    #   ^ error: E0001
    return None
