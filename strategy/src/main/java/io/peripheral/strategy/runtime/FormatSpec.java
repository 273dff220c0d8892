package io.peripheral.strategy.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's format-spec mini-language ({@code [[fill]align][sign][z][#][0][width][,|_][.precision][type]}) for the
 * f-string fields of print: floats, ints and strings. Digits are rounded half-even from the exact binary value, as
 * CPython's correctly rounded float formatting does. The compiler calls {@link #check} so that a spec Python would
 * reject is a compile error, never a different output.
 */
public record FormatSpec(char fill, char align, char sign, boolean z, boolean alt, int width, char grouping,
    int precision, char type) {

  /** What a field holds, for {@link #check}. */
  public enum Kind {
    FLOAT,
    INT,
    STR
  }

  /** Parses a spec; throws IllegalArgumentException with a message a user can act on. */
  public static FormatSpec parse(String s) {
    int i = 0;
    char fill = ' ';
    char align = 0;
    if (s.length() >= 2 && "<>=^".indexOf(s.charAt(1)) >= 0) {
      fill = s.charAt(0);
      align = s.charAt(1);
      i = 2;
    } else if (!s.isEmpty() && "<>=^".indexOf(s.charAt(0)) >= 0) {
      align = s.charAt(0);
      i = 1;
    }
    char sign = '-';
    if (i < s.length() && "+- ".indexOf(s.charAt(i)) >= 0) {
      sign = s.charAt(i++);
    }
    boolean z = i < s.length() && s.charAt(i) == 'z';
    i += z ? 1 : 0;
    boolean alt = i < s.length() && s.charAt(i) == '#';
    i += alt ? 1 : 0;
    if (i < s.length() && s.charAt(i) == '0') {
      if (align == 0) {
        fill = '0';
        align = '=';
      }
      i++;
    }
    int width = 0;
    while (i < s.length() && Character.isDigit(s.charAt(i))) {
      width = Math.min(10_000, width * 10 + (s.charAt(i++) - '0'));
    }
    char grouping = 0;
    if (i < s.length() && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
      grouping = s.charAt(i++);
    }
    int precision = -1;
    if (i < s.length() && s.charAt(i) == '.') {
      i++;
      int st = i;
      precision = 0;
      while (i < s.length() && Character.isDigit(s.charAt(i))) {
        precision = Math.min(10_000, precision * 10 + (s.charAt(i++) - '0'));
      }
      if (st == i) {
        throw new IllegalArgumentException("format specifier missing precision");
      }
    }
    char type = 0;
    if (i < s.length()) {
      type = s.charAt(i++);
    }
    if (i < s.length()) {
      throw new IllegalArgumentException("invalid format specifier '" + s + "'");
    }
    return new FormatSpec(fill, align, sign, z, alt, width, grouping, precision, type);
  }

  /** Null when Python accepts spec for a value of this kind, else why not. */
  public static String check(String spec, Kind kind) {
    try {
      FormatSpec f = parse(spec);
      String types = switch (kind) {
        case FLOAT -> "eEfFgGn%";
        case INT -> "bdoxXneEfFgG%";
        case STR -> "s";
      };
      if (f.type != 0 && types.indexOf(f.type) < 0) {
        return "unknown format code '" + f.type + "' for " + kind.name().toLowerCase() + " values";
      }
      if (kind == Kind.INT && f.precision >= 0 && "eEfFgG%".indexOf(f.type) < 0) {
        return "precision is not allowed in an integer format specifier";
      }
      if (kind == Kind.STR && (f.sign != '-' || f.align == '=' || f.grouping != 0 || f.alt || f.z)) {
        return "sign, '=', '#', 'z' and grouping are not allowed in a string format specifier";
      }
      if (f.grouping == ',' && "bxXon".indexOf(f.type) >= 0 && f.type != 0 || f.grouping == '_' && f.type == 'n') {
        return "cannot specify '" + f.grouping + "' with '" + f.type + "'";
      }
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  public static String format(double x, String spec) {
    return parse(spec).formatFloat(x);
  }

  public static String format(long x, String spec) {
    FormatSpec f = parse(spec);
    if (f.type != 0 && "eEfFgG%".indexOf(f.type) >= 0) {
      return f.formatFloat((double) x);
    }
    String digits = switch (f.type) {
      case 'x' -> Long.toHexString(Math.abs(x));
      case 'X' -> Long.toHexString(Math.abs(x)).toUpperCase();
      case 'o' -> Long.toOctalString(Math.abs(x));
      case 'b' -> Long.toBinaryString(Math.abs(x));
      default -> group(x == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(Math.abs(x)), f.grouping);
    };
    if (x == Long.MIN_VALUE && "xXob".indexOf(f.type) >= 0 && f.type != 0) {
      digits = new java.math.BigInteger(Long.toString(x)).abs().toString(f.type == 'b' ? 2 : f.type == 'o' ? 8 : 16);
      digits = f.type == 'X' ? digits.toUpperCase() : digits;
    }
    if (f.grouping == '_' && "xXob".indexOf(f.type) >= 0 && f.type != 0) {
      // binary, octal and hex digits group by four
      digits = group(digits, '_', 4);
    }
    String prefix = f.alt ? switch (f.type) {
      case 'x' -> "0x";
      case 'X' -> "0X";
      case 'o' -> "0o";
      case 'b' -> "0b";
      default -> "";
    } : "";
    return f.pad(signOf(x < 0, f.sign) + prefix, digits, '>');
  }

  public static String format(String s, String spec) {
    FormatSpec f = parse(spec);
    String body = f.precision >= 0 && f.precision < s.length() ? s.substring(0, f.precision) : s;
    return f.pad("", body, '<');
  }

  private String formatFloat(double x) {
    boolean neg = Double.doubleToRawLongBits(x) < 0 && !Double.isNaN(x);
    String body;
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      body = Double.isNaN(x) ? "nan" : "inf";
      if ("EFG".indexOf(type) >= 0 && type != 0) {
        body = body.toUpperCase();
      }
      body += type == '%' ? "%" : "";
    } else {
      double a = Math.abs(x);
      body = switch (type) {
        case 'f', 'F' -> fixed(a, precision < 0 ? 6 : precision);
        case '%' -> fixed(a * 100, precision < 0 ? 6 : precision) + "%";
        case 'e', 'E' -> sci(a, precision < 0 ? 6 : precision, type == 'E');
        case 'g', 'G', 'n' -> general(a, precision < 0 ? 6 : Math.max(1, precision), type == 'G', false);
        default -> precision < 0 ? groupRepr(PyFormat.repr(a)) : general(a, Math.max(1, precision), false, true);
      };
      if (z && neg && body.chars().noneMatch(ch -> ch >= '1' && ch <= '9')) {
        neg = false;
      }
    }
    return pad(signOf(neg, sign), body, '>');
  }

  private String groupRepr(String r) {
    int dot = r.indexOf('.');
    return grouping == 0 || r.contains("e") || dot < 0 ? r : group(r.substring(0, dot), grouping) + r.substring(dot);
  }

  private static String signOf(boolean neg, char sign) {
    return neg ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
  }

  private String fixed(double a, int p) {
    String s = new BigDecimal(a).setScale(p, RoundingMode.HALF_EVEN).toPlainString();
    int dot = s.indexOf('.');
    String ip = dot < 0 ? s : s.substring(0, dot);
    String fp = dot < 0 ? "" : s.substring(dot);
    return group(ip, grouping) + (fp.isEmpty() && alt ? "." : fp);
  }

  /** Significant digits of a (> 0) rounded to n, padded to n, and the decimal exponent of the first. */
  private static Object[] digits(double a, int n) {
    if (a == 0) {
      return new Object[] {"0".repeat(n), 0};
    }
    BigDecimal r = new BigDecimal(a).round(new MathContext(n, RoundingMode.HALF_EVEN));
    String d = r.unscaledValue().toString();
    int exp = d.length() - 1 - r.scale();
    d = d.length() >= n ? d.substring(0, n) : d + "0".repeat(n - d.length());
    return new Object[] {d, exp};
  }

  private String sci(double a, int p, boolean upper) {
    Object[] de = digits(a, p + 1);
    String d = (String) de[0];
    int exp = (int) de[1];
    String mant = d.substring(0, 1) + (p > 0 || alt ? "." : "") + d.substring(1);
    return mant + (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
  }

  /** 'g' (and the no-type form with a precision, which keeps one decimal and switches to e from exp >= p - 1). */
  private String general(double a, int p, boolean upper, boolean noType) {
    int exp = (int) digits(a, p)[1];
    String s;
    if (exp >= -4 && exp < (noType ? p - 1 : p)) {
      s = fixed(a, Math.max(0, p - 1 - exp));
      if (!alt) {
        s = stripZeros(s);
      }
      if (noType && !s.contains(".")) {
        s += ".0";
      }
      return s;
    }
    s = sci(a, p - 1, upper);
    if (!alt) {
      int e = s.indexOf(upper ? 'E' : 'e');
      s = stripZeros(s.substring(0, e)) + s.substring(e);
    }
    return s;
  }

  private static String stripZeros(String s) {
    if (!s.contains(".")) {
      return s;
    }
    int end = s.length();
    while (s.charAt(end - 1) == '0') {
      end--;
    }
    if (s.charAt(end - 1) == '.') {
      end--;
    }
    return s.substring(0, end);
  }

  private static String group(String digits, char sep) {
    return group(digits, sep, 3);
  }

  private static String group(String digits, char sep, int size) {
    if (sep == 0 || digits.length() <= size) {
      return digits;
    }
    StringBuilder sb = new StringBuilder();
    int first = digits.length() % size == 0 ? size : digits.length() % size;
    sb.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += size) {
      sb.append(sep).append(digits, i, i + size);
    }
    return sb.toString();
  }

  private String pad(String prefix, String body, char defaultAlign) {
    int n = width - prefix.length() - body.length();
    if (n <= 0) {
      return prefix + body;
    }
    char a = align == 0 ? defaultAlign : align;
    String f = String.valueOf(fill);
    return switch (a) {
      case '<' -> prefix + body + f.repeat(n);
      case '^' -> f.repeat(n / 2) + prefix + body + f.repeat(n - n / 2);
      case '=' -> prefix + f.repeat(n) + body;
      default -> f.repeat(n) + prefix + body;
    };
  }
}
