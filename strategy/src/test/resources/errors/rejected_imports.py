import numpy as np
import os
#^ error: E0102
from subprocess import run
#^ error: E0102
import sys as system
#^ error: E0102
from peripheral import resample, fetch_url
#                                ^ error: E0102


def generate_signals(df):
    return np.zeros(len(df))
