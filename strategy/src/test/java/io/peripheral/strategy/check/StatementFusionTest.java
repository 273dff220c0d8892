package io.peripheral.strategy.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.peripheral.strategy.syntax.Node.*;
import io.peripheral.strategy.syntax.Parser;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementFusionTest {
  /** The statements of the last function in src after the rewrite, as their kinds and first lines. */
  private static List<Stmt> fused(String src) {
    List<Stmt> module = Parser.parse(src).body();
    FunctionDef f = null;
    for (Stmt s : module) {
      if (s instanceof FunctionDef d) {
        f = d;
      }
    }
    return StatementFusion.apply(f, ModuleNames.of(module)).body();
  }

  private static final String HEAD = "import numpy as np\nimport pandas as pd\n";

  @Test
  void aValueReadOnceAndFirstMovesIntoTheNextStatement() {
    List<Stmt> body = fused(HEAD + "def f(df):\n    o = df['open']\n    a = df['close'] * 2\n    b = a + 1\n"
        + "    return b.fillna(0.0) + o\n");
    // o is read last by the return: it stays; a and b move into it
    assertThat(body).hasSize(2);
    assertThat(body.get(1)).isInstanceOf(Return.class);
    // return ((df['close'] * 2) + 1).fillna(0.0) + o
    BinOp sum = (BinOp) ((Return) body.get(1)).value();
    Call fill = (Call) sum.left();
    BinOp plus = (BinOp) ((Attribute) fill.func()).value();
    assertThat(plus.op()).isEqualTo("+");
    assertThat(((BinOp) plus.left()).op()).isEqualTo("*");
    assertThat(plus.left().pos().line()).as("the moved value keeps its own position").isEqualTo(5);
  }

  @Test
  void rebindingTheSameNameFuses() {
    List<Stmt> body = fused(HEAD + "def f(df):\n    s = df['close'] * 2\n    s = s.fillna(0.0)\n    return s\n");
    assertThat(body).hasSize(1);
  }

  @Test
  void aValueReadTwiceOrLaterStaysAVariable() {
    assertThat(fused(HEAD + "def f(df):\n    a = df['close'] * 2\n    b = a.where(a > 0, 0.0)\n    return b\n"))
        .as("read twice").hasSize(2);
    assertThat(fused(HEAD + "def f(df):\n    a = df['close'] * 2\n    b = a + 1\n    return a + b\n"))
        .as("a is read after the next statement; b is not the first thing the return evaluates").hasSize(3);
  }

  @Test
  void aValueTheNextStatementDoesNotEvaluateFirstStaysAVariable() {
    assertThat(fused(HEAD + "def f(df):\n    a = df['close'] * 2\n    return df['open'] + a\n")).hasSize(2);
    // np is looked up first but does nothing: the first argument is what is evaluated first
    assertThat(fused(HEAD + "def f(df):\n    a = df['close'] * 2\n    return np.where(a > 0, 1.0, 0.0)\n"))
        .hasSize(1);
  }

  @Test
  void namesANestedFunctionReadsOrTheModuleBindsStayVariables() {
    assertThat(fused(HEAD + "def f(df):\n    a = df['close'] * 2\n    def g():\n        return a\n"
        + "    b = a + 1\n    return b + g()\n")).as("closure: a stays, b moves into the return").hasSize(3);
    assertThat(fused(HEAD + "K = 3\ndef f(df):\n    K = df['close'] * 2\n    return K + 1\n"))
        .as("module-level name").hasSize(2);
  }

  @Test
  void aNameMentionedEarlierOnlyInsideABlockStaysAVariable() {
    // x is bound by the loop; dropping the assignment could change which x an earlier reader saw
    assertThat(fused(HEAD + "def f(df):\n    for x in range(3):\n        pass\n    x = df['close'] * 2\n"
        + "    return x + 1\n")).hasSize(3);
    assertThat(fused(HEAD + "def f(df, x=1.0):\n    x = df['close'] * x\n    return x + 1\n"))
        .as("a parameter is a local").hasSize(1);
  }

  @Test
  void statementsInsideLoopsAreLeftAlone() {
    List<Stmt> body = fused(HEAD + "def f(df):\n    c = df['close'].values\n    out = np.zeros(len(c))\n"
        + "    for i in range(len(c)):\n        a = c[i] * 2\n        out[i] = a + 1\n    return out\n");
    For loop = (For) body.get(2);
    assertThat(loop.body()).hasSize(2);
  }

  @Test
  void aModuleWithErrorsIsReportedAsWritten() {
    // a moved value carrying an error, beside a second error: the diagnostics are those of the unfused source
    String src = HEAD + "def generate_signals(df):\n    a = np.polyfit(df['close'], 1)\n    b = a + 1\n"
        + "    return b + undefined_name\n";
    List<io.peripheral.strategy.Diagnostic> reported = io.peripheral.strategy.StrategyCompiler.compile(src)
        .diagnostics();
    assertThat(reported).isNotEmpty();
    assertThat(reported).isEqualTo(Checker.check(src, false).diagnostics());
  }
}
