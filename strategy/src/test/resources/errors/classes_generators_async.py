import numpy as np


class Strategy:
#^ error: E0107
    def run(self):
        return 1


def gen(n):
    for i in range(n):
        yield i
        #^ error: E0108
    return 0


async def fetch():
#^ error: E0108
    return 1


def generate_signals(df, *args):
    #                    ^ error: E0109
    return np.zeros(len(df))
