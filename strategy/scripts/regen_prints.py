#!/usr/bin/python3
"""Regenerates src/test/resources/prints/*.log: what CPython prints when running each strategy on bars_400.csv.

Run from the strategy module directory:  /usr/bin/python3 scripts/regen_prints.py
"""
import contextlib
import glob
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import cpython_harness  # noqa: E402  (installs the peripheral module too)


def main():
    bars = cpython_harness.load_bars(os.path.join(ROOT, "src/test/resources/bars/bars_400.csv"))
    for path in sorted(glob.glob(os.path.join(ROOT, "src/test/resources/prints/*.py"))):
        src = open(path).read()
        entry = "generate_signals" if "def generate_signals(" in src else "screen"
        scope = {"__name__": "strategy"}
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            exec(compile(src, path, "exec"), scope)
            scope[entry](bars.copy())
        with open(path[:-3] + ".log", "w") as fh:
            fh.write(buf.getvalue())
        print(os.path.relpath(path, ROOT), len(buf.getvalue()), "chars")


if __name__ == "__main__":
    main()
