package io.peripheral.strategy;

/**
 * Every diagnostic code the compiler can report. Append-only: never renumber or reuse a code; each carries a one-line
 * example of source that triggers it.
 */
public enum DiagnosticCode {
  E0001("syntax error", "def f(:"),
  E0002("inconsistent indentation", "if x:\n  a = 1\n    b = 2"),
  E0003("source too large", "a file over 256 KiB"),
  E0101("unknown name", "y = undefined_name + 1"),
  E0102("import not allowed", "import os"),
  E0103("forbidden builtin", "open('x')"),
  E0104("unsupported numpy or pandas name", "np.polyfit(x, y, 1)"),
  E0105("dunder attribute", "x.__class__"),
  E0106("global or nonlocal", "global counter"),
  E0107("class definition", "class Foo: pass"),
  E0108("generator or async", "yield x"),
  E0109("star arguments", "f(*args)"),
  E0110("unsupported construct", "x = {1, 2}"),
  E0201("type mismatch", "x = 1\nx = 'a'"),
  E0202("mixed-type list or dict", "[1, 'a']"),
  E0203("wrong number of arguments", "len(a, b)"),
  E0204("unsupported operand types", "'a' - 1"),
  E0205("not callable or unknown method", "df.close.frobnicate()"),
  E0206("unknown keyword argument", "np.zeros(3, order='F')"),
  E0207("annotation does not match", "x: int = 1.5"),
  E0208("missing return value", "def f(x):\n  if x: return 1"),
  E0209("entry point has wrong shape", "def generate_signals(): ..."),
  E0210("argument must be a constant", "df[name_var]"),
  E0211("write through a slice (slices are copies here, numpy views)", "w = a[2:5]\nw[0] = 1.0"),
  E0212("value may be None here", "i = last_cross(c)\nx = c[i]"),
  W0301("look-ahead: np.roll with positive shift", "np.roll(close, 1)"),
  W0302("look-ahead: shift with negative period", "s.shift(-1)"),
  W0303("look-ahead: indexing i + k inside a loop over bars", "close[i + 1]"),
  W0304("look-ahead: rolling window centred on the bar", "s.rolling(5, center=True).mean()");

  private final String title;
  private final String example;

  DiagnosticCode(String title, String example) {
    this.title = title;
    this.example = example;
  }

  public String title() {
    return title;
  }

  public String example() {
    return example;
  }

  public Severity severity() {
    return name().startsWith("W") ? Severity.WARNING : Severity.ERROR;
  }
}
