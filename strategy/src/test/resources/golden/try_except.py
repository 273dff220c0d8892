"""try/except around code that may fail (errors inside helpers are caught too)."""
import numpy as np

def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return 0.0

def generate_signals(df):
    c = df['close'].values
    out = np.zeros(len(c))
    for i in range(len(c)):
        try:
            out[i] = safe_div(1.0, float(i % 3)) * 0.1
            x = c[i + 5]
        except IndexError:
            out[i] = -0.5
        except (ValueError, KeyError) as e:
            out[i] = 0.7
        else:
            out[i] += 0.01
    try:
        y = c[len(c)]
    except Exception:
        out[0] = 0.9
    return out
