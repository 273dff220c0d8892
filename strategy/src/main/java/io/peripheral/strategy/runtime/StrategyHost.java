package io.peripheral.strategy.runtime;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import io.peripheral.strategy.CompiledStrategy;
import io.peripheral.strategy.check.Checker;
import io.peripheral.strategy.check.Type;
import io.peripheral.strategy.lower.Layout;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs compiled strategies in a sandbox with limits: wall-clock deadline (the worker thread is interrupted; compiled
 * code checks interruption on loop back-edges), memory (the module cannot grow past the limit), call depth (a counter
 * inside the module) and log size. Safe to use from many threads; compiled modules are cached by their key.
 */
public final class StrategyHost implements AutoCloseable {
  private final Duration deadline;
  private final long memoryBytes;
  private final int callDepth;
  private final int logBytes;
  private final int cacheSize;
  private final Map<String, ModuleLoader.Loaded> cache;
  private final ExecutorService workers;
  private final MemoryPlan memoryPlan;
  private final MemoryPool memoryPool;

  private StrategyHost(Builder b) {
    this.deadline = b.deadline;
    this.memoryBytes = b.memoryBytes;
    this.callDepth = b.callDepth;
    this.logBytes = b.logBytes;
    this.cacheSize = b.cacheSize;
    this.cache = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, ModuleLoader.Loaded> eldest) {
        return size() > cacheSize;
      }
    };
    this.memoryPlan = new MemoryPlan(b.cacheSize);
    this.memoryPool = new MemoryPool(b.pooledMemoryBytes < 0 ? b.memoryBytes : b.pooledMemoryBytes);
    AtomicInteger n = new AtomicInteger();
    this.workers = Executors.newCachedThreadPool(r -> {
      // deep recursion in compiled wasm needs a large Java stack; the call-depth counter stops it first
      Thread t = new Thread(null, r, "strategy-worker-" + n.incrementAndGet(), 1L << 30);
      t.setDaemon(true);
      return t;
    });
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Limits, with the defaults from the strategy contract. */
  public static final class Builder {
    private Duration deadline = Duration.ofSeconds(5);
    private long memoryBytes = 256L * 1024 * 1024;
    private int callDepth = 10_000;
    private int logBytes = 64 * 1024;
    private int cacheSize = 256;
    /** Unset: as much as one run may use (the memory limit). */
    private long pooledMemoryBytes = -1;

    public Builder withDeadline(Duration d) {
      this.deadline = d;
      return this;
    }

    public Builder withMemoryLimitBytes(long bytes) {
      this.memoryBytes = bytes;
      return this;
    }

    public Builder withCallDepth(int depth) {
      this.callDepth = depth;
      return this;
    }

    public Builder withLogLimitBytes(int bytes) {
      this.logBytes = bytes;
      return this;
    }

    public Builder withCacheSize(int size) {
      this.cacheSize = size;
      return this;
    }

    /** Idle linear memory kept for later runs (0 turns pooling off). */
    public Builder withPooledMemoryBytes(long bytes) {
      this.pooledMemoryBytes = bytes;
      return this;
    }

    public StrategyHost build() {
      return new StrategyHost(this);
    }
  }

  /** The loaded (parsed, checked, JVM-compiled) module for a strategy, from the cache when possible. */
  public ModuleLoader.Loaded load(CompiledStrategy s) {
    synchronized (cache) {
      ModuleLoader.Loaded l = cache.get(s.key());
      if (l != null) {
        return l;
      }
    }
    ModuleLoader.Loaded l = ModuleLoader.load(s.wasm());
    synchronized (cache) {
      cache.put(s.key(), l);
    }
    return l;
  }

  /** Instantiates the strategy (a fresh instance per run) and calls entry on the bars with parameter overrides. */
  public RunResult run(CompiledStrategy s, Bars bars, String entry, Map<String, Object> params) {
    long t0 = System.nanoTime();
    Optional<Checker.Entry> e = s.entry(entry);
    if (e.isEmpty()) {
      return RunResult.failed(new Failure.BadRequest("the strategy has no entry point '" + entry + "'"), "", 0);
    }
    List<Object> args = new ArrayList<>();
    for (Checker.Param p : e.get().params()) {
      Object v = params.containsKey(p.name()) ? params.get(p.name()) : p.defaultValue();
      Object c = coerce(p, v);
      if (c == null) {
        return RunResult.failed(new Failure.BadRequest("parameter " + p.name() + " must be " + p.type() + ", not '"
            + v + "'"), "", 0);
      }
      args.add(c);
    }
    for (String k : params.keySet()) {
      if (e.get().params().stream().noneMatch(p -> p.name().equals(k))) {
        return RunResult.failed(new Failure.BadRequest(entry + " has no parameter '" + k + "'"), "", 0);
      }
    }
    ModuleLoader.Loaded loaded = load(s);
    CountDownLatch done = new CountDownLatch(1);
    Future<RunResult> f = workers.submit(() -> {
      try {
        return execute(s, loaded, bars, entry, args, t0);
      } finally {
        done.countDown();
      }
    });
    try {
      return f.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException ex) {
      f.cancel(true);
      awaitQuietly(done);
      return RunResult.failed(new Failure.DeadlineExceeded(deadline.toMillis()), "", System.nanoTime() - t0);
    } catch (InterruptedException ex) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      return RunResult.failed(new Failure.DeadlineExceeded(deadline.toMillis()), "", System.nanoTime() - t0);
    } catch (CancellationException ex) {
      return RunResult.failed(new Failure.DeadlineExceeded(deadline.toMillis()), "", System.nanoTime() - t0);
    } catch (ExecutionException ex) {
      Throwable c = ex.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    }
  }

  private static void awaitQuietly(CountDownLatch done) {
    try {
      done.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
    }
  }

  private static Object coerce(Checker.Param p, Object v) {
    Type t = p.type();
    if (v instanceof String str) {
      try {
        if (t.equals(Type.BOOL)) {
          return switch (str.toLowerCase()) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> null;
          };
        }
        return t.equals(Type.INT) ? (Object) Long.parseLong(str.trim()) : (Object) Double.parseDouble(str.trim());
      } catch (NumberFormatException nfe) {
        return null;
      }
    }
    if (t.equals(Type.BOOL)) {
      return v instanceof Boolean ? v : null;
    }
    if (t.equals(Type.INT)) {
      return (v instanceof Long || v instanceof Integer) ? ((Number) v).longValue() : null;
    }
    return v instanceof Number n ? n.doubleValue() : null;
  }

  private RunResult execute(CompiledStrategy s, ModuleLoader.Loaded loaded, Bars bars, String entry,
      List<Object> args, long t0) {
    int declared = loaded.module().memorySection().map(m -> m.getMemory(0).limits().initialPages()).orElse(1);
    int maxPages = (int) Math.min(FlatMemory.MAX_PAGES, memoryBytes / 65536);
    long inputBytes = 16 + 8L * s.columns().size() + (long) s.usedColumns().size() * (8 + 8L * bars.size());
    int initial = memoryPlan.initialPages(s.key(), declared, inputBytes, bars.size(), maxPages);
    Instance inst = Instance.builder(loaded.module())
        .withMachineFactory(loaded.machines())
        .withMemoryFactory(limits -> new FlatMemory(limits, memoryPool))
        .withMemoryLimits(new MemoryLimits(Math.min(initial, maxPages), maxPages))
        .build();
    FlatMemory mem = (FlatMemory) inst.memory();
    try {
      return call(s, inst, mem, bars, entry, args, t0);
    } finally {
      recycle(mem.array());
    }
  }

  MemoryPool memoryPool() {
    return memoryPool;
  }

  /** Returns a run's memory to the pool; zeroing it happens off the run's path, beside the caller's next work. */
  private void recycle(byte[] memory) {
    try {
      workers.execute(() -> memoryPool.give(memory));
    } catch (RejectedExecutionException closed) {
      // the host is closing: the array is simply dropped
    }
  }

  private RunResult call(CompiledStrategy s, Instance inst, FlatMemory mem, Bars bars, String entry,
      List<Object> args, long t0) {
    long entryNanos = 0;
    try {
      int df = FrameIo.writeFrame(inst, mem, s, bars);
      long[] callArgs = new long[args.size() + 2];
      callArgs[0] = df;
      for (int i = 0; i < args.size(); i++) {
        Object a = args.get(i);
        callArgs[i + 1] = a instanceof Double d ? Double.doubleToRawLongBits(d) : a instanceof Boolean b ? (b ? 1 : 0)
            : (Long) a;
      }
      callArgs[callArgs.length - 1] = callDepth;
      long c0 = System.nanoTime();
      inst.export(entry).apply(callArgs);
      entryNanos = System.nanoTime() - c0;
      memoryPlan.record(s.key(), inst.global(Layout.G_HEAP).getValue(), bars.size());
    } catch (ChicoryInterruptedException ie) {
      Thread.interrupted();
      return RunResult.failed(new Failure.DeadlineExceeded(deadline.toMillis()), "", System.nanoTime() - t0);
    } catch (StackOverflowError so) {
      return RunResult.failed(new Failure.CallDepthExceeded(callDepth, 0), log(inst, mem, s),
          System.nanoTime() - t0);
    } catch (ChicoryException | com.dylibso.chicory.runtime.WasmException | ArithmeticException
        | IndexOutOfBoundsException ce) {
      Failure f = trapFailure(mem);
      if (f == null) {
        if (ce.getMessage() != null && ce.getMessage().toLowerCase().contains("memory")) {
          f = new Failure.MemoryLimitExceeded(memoryBytes);
        } else {
          f = new Failure.RuntimeError("RuntimeError", "trap: " + ce.getMessage(), 0);
        }
      }
      String log = f instanceof Failure.LogLimitExceeded ? "" : log(inst, mem, s);
      return RunResult.failed(f, log, System.nanoTime() - t0);
    }
    String log = log(inst, mem, s);
    if (log.length() > logBytes) {
      return RunResult.failed(new Failure.LogLimitExceeded(logBytes), log.substring(0, logBytes),
          System.nanoTime() - t0);
    }
    Object out = readOutput(mem, s, entry, bars.size());
    if (out instanceof Failure f) {
      return RunResult.failed(f, log, System.nanoTime() - t0);
    }
    return RunResult.success((Output) out, log, System.nanoTime() - t0, entryNanos);
  }

  private Failure trapFailure(Memory mem) {
    int code = mem.readInt(Layout.ERR_CODE);
    int line = mem.readInt(Layout.ERR_LINE);
    long aux = mem.readLong(Layout.ERR_AUX);
    return switch (code) {
      case Layout.E_ZERO_DIV -> new Failure.RuntimeError("ZeroDivisionError", "division by zero", line);
      case Layout.E_INDEX -> new Failure.RuntimeError("IndexError", "index " + aux + " is out of bounds", line);
      case Layout.E_VALUE -> new Failure.RuntimeError("ValueError", aux == 1 ? "cannot convert float NaN to integer"
          : "invalid value", line);
      case Layout.E_OVERFLOW -> new Failure.RuntimeError("OverflowError", aux == 1
          ? "cannot convert float infinity to integer" : "integer overflow (results must fit in 64 bits)", line);
      case Layout.E_MEMORY -> new Failure.MemoryLimitExceeded(memoryBytes);
      case Layout.E_RECURSION -> new Failure.CallDepthExceeded(callDepth, line);
      case Layout.E_KEY -> new Failure.RuntimeError("KeyError", "key not found", line);
      case Layout.E_LOG -> new Failure.LogLimitExceeded(logBytes);
      case Layout.E_BROADCAST -> new Failure.RuntimeError("ValueError", "operands could not be broadcast together"
          + " (length " + aux + ")", line);
      case Layout.E_DOMAIN -> new Failure.RuntimeError("ValueError", "math domain error", line);
      default -> null;
    };
  }

  private Object readOutput(FlatMemory mem, CompiledStrategy s, String entry, int bars) {
    int kind = mem.readInt(Layout.RES_KIND);
    switch (kind) {
      case Layout.R_FARRAY, Layout.R_IARRAY, Layout.R_BARRAY -> {
        double[] pos = FrameIo.readArray(mem, mem.readInt(Layout.RES_VALUE), kind);
        if (pos.length != bars) {
          return new Failure.InvalidOutput("generate_signals returned " + pos.length + " positions for " + bars
              + " bars");
        }
        for (int i = 0; i < pos.length; i++) {
          if (!Double.isNaN(pos[i]) && (pos[i] < -1 || pos[i] > 1)) {
            return new Failure.InvalidOutput("position " + pos[i] + " at bar " + i + " is outside [-1, 1]");
          }
        }
        return new Output.Signals(pos);
      }
      case Layout.R_NONE -> {
        return new Output.NotSelected();
      }
      case Layout.R_FLOAT -> {
        return new Output.Score(mem.readDouble(Layout.RES_VALUE));
      }
      case Layout.R_INT, Layout.R_BOOL -> {
        return new Output.Score((double) mem.readLong(Layout.RES_VALUE));
      }
      case Layout.R_DICT -> {
        int d = mem.readInt(Layout.RES_VALUE);
        long len = mem.readLong(d);
        int data = mem.readInt(d + 16);
        Map<String, Double> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < len; i += 2) {
          long key = mem.readLong(data + 8 * i);
          fields.put(s.strings().get((int) (key & 0xffffffffL)), mem.readDouble(data + 8 * (i + 1)));
        }
        if (!fields.containsKey("score")) {
          return new Failure.InvalidOutput("the dict returned by screen must contain 'score'");
        }
        return new Output.Fields(fields);
      }
      default -> {
        return new Failure.InvalidOutput("unknown result kind " + kind);
      }
    }
  }

  private static String log(Instance inst, Memory mem, CompiledStrategy s) {
    int count = (int) inst.global(Layout.G_LOG).getValue();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count && i < Layout.LOG_RECORDS; i++) {
      int addr = Layout.LOG_START + i * Layout.LOG_RECORD;
      int raw = mem.readInt(addr);
      int tag = raw & 0xff;
      // spec fields carry their spec's string id + 1 above the low byte
      String spec = raw >>> 8 == 0 ? "" : s.strings().get((raw >>> 8) - 1);
      long bits = mem.readLong(addr + 8);
      switch (tag) {
        case Layout.L_FFMT -> sb.append(FormatSpec.format(Double.longBitsToDouble(bits), spec));
        case Layout.L_IFMT -> sb.append(FormatSpec.format(bits, spec));
        case Layout.L_SFMT -> sb.append(FormatSpec.format(s.strings().get((int) bits), spec));
        case Layout.L_FLOAT -> sb.append(PyFormat.repr(Double.longBitsToDouble(bits)));
        case Layout.L_INT -> sb.append(bits);
        case Layout.L_BOOL -> sb.append(bits != 0 ? "True" : "False");
        case Layout.L_STR -> sb.append(s.strings().get((int) bits));
        case Layout.L_NONE -> sb.append("None");
        default -> {}
      }
    }
    return sb.toString();
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
