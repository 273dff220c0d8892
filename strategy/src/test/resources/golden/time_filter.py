import numpy as np
from peripheral import hour, minute, weekday as wd


def generate_signals(df):
    h = hour(df)
    m = minute(df)
    d = wd(df)
    c = df.close.values
    ma = df['close'].rolling(8).mean().values
    session = (h >= 8) & (h < 20) & (d < 5)
    pos = np.where(session & (c > ma), 1.0, 0.0)
    pos[m == 45] = 0.5
    return pos
