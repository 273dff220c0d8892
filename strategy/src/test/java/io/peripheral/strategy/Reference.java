package io.peripheral.strategy;

import io.peripheral.strategy.runtime.Output;
import io.peripheral.strategy.runtime.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Reference outcomes from CPython (scripts/cpython_harness.py) and comparison with our runs. */
final class Reference {
  static final Path HARNESS = Path.of("scripts/cpython_harness.py");
  static final String PYTHON = "/usr/bin/python3";

  private Reference() {}

  /** Runs CPython on files and returns the outcome block per file. */
  static Map<String, String> runCpython(Path bars, String entry, List<Path> files) {
    List<String> cmd = new ArrayList<>(List.of(PYTHON, HARNESS.toString(), bars.toString(), entry));
    files.forEach(f -> cmd.add(f.toString()));
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("cpython harness failed: " + err);
      }
      return parseBlocks(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Map<String, String> parseBlocks(String out) {
    Map<String, String> blocks = new LinkedHashMap<>();
    String cur = null;
    StringBuilder sb = new StringBuilder();
    for (String line : out.split("\n")) {
      if (line.startsWith("=== ")) {
        if (cur != null) {
          blocks.put(cur, sb.toString());
        }
        cur = line.substring(4);
        sb.setLength(0);
      } else if (!line.isEmpty()) {
        sb.append(line).append('\n');
      }
    }
    if (cur != null) {
      blocks.put(cur, sb.toString());
    }
    return blocks;
  }

  /** Our outcome in the harness's block format. */
  static String block(RunResult r) {
    StringBuilder sb = new StringBuilder();
    if (r.failure().isPresent()) {
      var f = r.failure().get();
      String type = f instanceof io.peripheral.strategy.runtime.Failure.RuntimeError re ? re.pythonType()
          : f.getClass().getSimpleName();
      return "error " + type + "\n";
    }
    Output o = r.output().orElseThrow();
    if (o instanceof Output.Signals s) {
      sb.append("kind signals\n");
      for (double v : s.positions()) {
        sb.append("v ").append(io.peripheral.strategy.runtime.PyFormat.repr(v)).append('\n');
      }
    } else if (o instanceof Output.NotSelected) {
      sb.append("kind none\n");
    } else if (o instanceof Output.Score sc) {
      sb.append("kind score\nv ").append(io.peripheral.strategy.runtime.PyFormat.repr(sc.score())).append('\n');
    } else if (o instanceof Output.Fields fs) {
      sb.append("kind fields\n");
      fs.fields().forEach((k, v) -> sb.append("f ").append(k).append(' ')
          .append(io.peripheral.strategy.runtime.PyFormat.repr(v)).append('\n'));
    }
    return sb.toString();
  }

  /** Null when equal within tolerance, else a description of the first difference. */
  static String compare(String expected, String actual) {
    String[] e = expected.split("\n");
    String[] a = actual.split("\n");
    if (e.length != a.length) {
      return "expected " + e.length + " lines but got " + a.length + ": expected starts " + head(expected)
          + " actual starts " + head(actual);
    }
    for (int i = 0; i < e.length; i++) {
      if (e[i].equals(a[i])) {
        continue;
      }
      String[] ep = e[i].split(" ");
      String[] ap = a[i].split(" ");
      if (ep.length != ap.length || !ep[0].equals(ap[0]) || (ep.length == 3 && !ep[1].equals(ap[1]))) {
        return "line " + (i + 1) + ": expected '" + e[i] + "' got '" + a[i] + "'";
      }
      double x = num(ep[ep.length - 1]);
      double y = num(ap[ap.length - 1]);
      if (!close(x, y)) {
        return "line " + (i + 1) + ": expected " + ep[ep.length - 1] + " got " + ap[ap.length - 1];
      }
    }
    return null;
  }

  static double num(String s) {
    return switch (s) {
      case "nan" -> Double.NaN;
      case "inf" -> Double.POSITIVE_INFINITY;
      case "-inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(s);
    };
  }

  static boolean close(double x, double y) {
    if (Double.isNaN(x) || Double.isNaN(y)) {
      return Double.isNaN(x) && Double.isNaN(y);
    }
    if (Double.isInfinite(x) || Double.isInfinite(y)) {
      return x == y;
    }
    return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
  }

  private static String head(String s) {
    return s.length() > 200 ? s.substring(0, 200) : s;
  }
}
