"""f-strings as print arguments: literals, fields with and without specs, conversions, escapes."""
import numpy as np


def screen(df):
    c = df['close'].values
    last = c[-1]
    n = len(c)
    up = last > c[0]
    label = "up" if up else "down"
    print(f"bars={n} last={last} up={up} label={label}")
    print(f"{last:.2f} | {last:10.3f} | {last:<12,.1f}| {-last:+.3e} | {last / 1e6:.3%} | {n:05d} | {n:#x}")
    print(f"{{literal}} {label!r} {label:>6} {label:*^9} {up:>3} {None} {n * 2 - 1} {c[0] - c[1]:.4g}")
    print(f"ratio {last / c[0]:.6f}", f"{0.125:.2f} {2.5:.0f} {1e-7:g} {1234567.0:,} {np.nan:.1f}", sep=" ; ")
    for i in range(3):
        print(f"i={i} close[{i}]={c[i]:.1f}", end=" ")
    print("")
    print("plain " f"{n}" " tail")
    return None
