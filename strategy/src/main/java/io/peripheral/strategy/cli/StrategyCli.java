package io.peripheral.strategy.cli;

import io.peripheral.strategy.CompileResult;
import io.peripheral.strategy.CompiledStrategy;
import io.peripheral.strategy.Diagnostic;
import io.peripheral.strategy.StrategyCompiler;
import io.peripheral.strategy.runtime.Bars;
import io.peripheral.strategy.runtime.BarsCsv;
import io.peripheral.strategy.runtime.Output;
import io.peripheral.strategy.runtime.PyFormat;
import io.peripheral.strategy.runtime.RunResult;
import io.peripheral.strategy.runtime.StrategyHost;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The strategy command line: check, run and wat. */
@Command(name = "strategy", mixinStandardHelpOptions = true,
    description = "Compile and run Peripheral trading strategies (a typed Python subset compiled to WebAssembly).",
    subcommands = {StrategyCli.Check.class, StrategyCli.Run.class, StrategyCli.Wat.class})
public final class StrategyCli implements Runnable {
  @Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the CLI with the given streams; returns the exit code. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new StrategyCli());
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static CompileResult compile(Path file, PrintWriter err) throws IOException {
    CompileResult r = StrategyCompiler.compile(Files.readString(file));
    for (Diagnostic d : r.diagnostics()) {
      err.println(file + ":" + d.format());
    }
    return r;
  }

  /** {@code check FILE}: prints diagnostics; exit 1 on errors. */
  @Command(name = "check", description = "Print the diagnostics of a strategy; exit 1 when it has errors.")
  static final class Check implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      CompileResult r = compile(file, out);
      if (r.ok()) {
        out.println(file + ": ok (" + r.strategy().get().entries().size() + " entry point(s), "
            + r.diagnostics().size() + " warning(s))");
      }
      return r.ok() ? 0 : 1;
    }
  }

  /** {@code wat FILE}: the generated module as WebAssembly text. */
  @Command(name = "wat", description = "Print the generated WebAssembly module as text.")
  static final class Wat implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() throws IOException {
      CompileResult r = compile(file, spec.commandLine().getErr());
      if (!r.ok()) {
        return 1;
      }
      spec.commandLine().getOut().print(r.strategy().get().wat());
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /** {@code run FILE --bars BARS.csv}: runs an entry point and prints its output. */
  @Command(name = "run", description = "Run a strategy on bars from a CSV file and print its output.")
  static final class Run implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--bars", required = true, paramLabel = "BARS.csv",
        description = "CSV with time (ISO-8601 or epoch s/ms/ns), open, high, low, close, volume, extra columns")
    Path bars;

    @Option(names = "--entry", defaultValue = "generate_signals",
        description = "generate_signals or screen (default: ${DEFAULT-VALUE})")
    String entry;

    @Option(names = "--param", paramLabel = "k=v", description = "override a tunable parameter (repeatable)")
    List<String> params = List.of();

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (!format.equals("csv") && !format.equals("json")) {
        err.println("--format must be csv or json");
        return 2;
      }
      CompileResult r = compile(file, err);
      if (!r.ok()) {
        return 1;
      }
      Map<String, Object> ps = new LinkedHashMap<>();
      for (String p : params) {
        int eq = p.indexOf('=');
        if (eq <= 0) {
          err.println("--param must look like name=value: " + p);
          return 2;
        }
        ps.put(p.substring(0, eq), p.substring(eq + 1));
      }
      Bars b = BarsCsv.read(bars);
      CompiledStrategy s = r.strategy().get();
      RunResult res;
      try (StrategyHost host = StrategyHost.builder().build()) {
        res = host.run(s, b, entry, ps);
      }
      if (!res.log().isEmpty()) {
        err.print(res.log());
        err.flush();
      }
      if (res.failure().isPresent()) {
        err.println("error: " + res.failure().get().message());
        return 1;
      }
      print(out, b, res.output().get());
      out.flush();
      return 0;
    }

    private void print(PrintWriter out, Bars b, Output o) {
      boolean json = format.equals("json");
      if (o instanceof Output.Signals sig) {
        double[] p = sig.positions();
        if (json) {
          out.print("[");
          for (int i = 0; i < p.length; i++) {
            out.print((i > 0 ? ",\n " : "") + "{\"time\":\"" + time(b.time()[i]) + "\",\"position\":" + num(p[i])
                + "}");
          }
          out.println("]");
        } else {
          out.println("time,position");
          for (int i = 0; i < p.length; i++) {
            out.println(time(b.time()[i]) + "," + (Double.isNaN(p[i]) ? "" : PyFormat.repr(p[i])));
          }
        }
      } else if (o instanceof Output.NotSelected) {
        out.println(json ? "null" : "selected\nfalse");
      } else if (o instanceof Output.Score sc) {
        out.println(json ? "{\"score\":" + num(sc.score()) + "}" : "score\n" + PyFormat.repr(sc.score()));
      } else if (o instanceof Output.Fields f) {
        StringBuilder keys = new StringBuilder();
        StringBuilder vals = new StringBuilder();
        StringBuilder js = new StringBuilder("{");
        f.fields().forEach((k, v) -> {
          keys.append(keys.length() > 0 ? "," : "").append(k);
          vals.append(vals.length() > 0 ? "," : "").append(PyFormat.repr(v));
          js.append(js.length() > 1 ? "," : "").append('"').append(k).append("\":").append(num(v));
        });
        out.println(json ? js.append('}') : keys + "\n" + vals);
      }
    }

    private static String num(double v) {
      return Double.isFinite(v) ? PyFormat.repr(v) : "null";
    }

    private static String time(long ns) {
      return Instant.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L), Math.floorMod(ns, 1_000_000_000L)).toString();
    }
  }
}
