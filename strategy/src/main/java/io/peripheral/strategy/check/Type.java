package io.peripheral.strategy.check;

import io.peripheral.strategy.lower.Ir.Vt;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A static type. Scalars distinguish Python numbers (int, float: division by zero raises) from numpy scalars (np
 * int64/float64 taken out of arrays: IEEE semantics, wrapping ints). Arrays and Series carry their element kind.
 */
public record Type(K k, K elem, List<Type> items, String tag) {
  /** Type constructors. */
  public enum K {
    INT,
    FLOAT,
    BOOL,
    NPINT,
    NPFLOAT,
    NONE,
    STR,
    ARRAY,
    SERIES,
    DF,
    ROW,
    TUPLE,
    LIST,
    DICT,
    MODULE,
    FUNC,
    /** A value or None (items: the value's type); see {@link Optionals} for its representation. */
    OPTIONAL
  }

  public Type {
    items = items == null ? List.of() : List.copyOf(items);
  }

  public static final Type INT = new Type(K.INT, null, null, null);
  public static final Type FLOAT = new Type(K.FLOAT, null, null, null);
  public static final Type BOOL = new Type(K.BOOL, null, null, null);
  public static final Type NPINT = new Type(K.NPINT, null, null, null);
  public static final Type NPFLOAT = new Type(K.NPFLOAT, null, null, null);
  public static final Type NONE = new Type(K.NONE, null, null, null);
  public static final Type STR = new Type(K.STR, null, null, null);
  public static final Type DF = new Type(K.DF, null, null, null);
  public static final Type ROW = new Type(K.ROW, null, null, null);
  public static final Type DICT = new Type(K.DICT, null, null, null);
  public static final Type FARR = array(K.FLOAT);
  public static final Type IARR = array(K.INT);
  public static final Type BARR = array(K.BOOL);
  public static final Type FSER = series(K.FLOAT);

  public static Type array(K elem) {
    return new Type(K.ARRAY, elem, null, null);
  }

  public static Type series(K elem) {
    return new Type(K.SERIES, elem, null, null);
  }

  public static Type tuple(List<Type> items) {
    return new Type(K.TUPLE, null, items, null);
  }

  /** A list; elem null means "empty list, element type not known yet". */
  public static Type list(Type elem) {
    return new Type(K.LIST, null, elem == null ? List.of() : List.of(elem), null);
  }

  /** T or None: the type of a function result that is None on some paths, or a variable assigned both. */
  public static Type optional(Type value) {
    return new Type(K.OPTIONAL, null, List.of(value), null);
  }

  /** The value type of an Optional (the type a test against None narrows it to). */
  public Type valueType() {
    return items.get(0);
  }

  public static Type module(String name) {
    return new Type(K.MODULE, null, null, name);
  }

  public static Type func(String name) {
    return new Type(K.FUNC, null, null, name);
  }

  public Type listElem() {
    return items.isEmpty() ? null : items.get(0);
  }

  public boolean isInt() {
    return k == K.INT || k == K.NPINT;
  }

  public boolean isFloat() {
    return k == K.FLOAT || k == K.NPFLOAT;
  }

  public boolean isNumber() {
    return isInt() || isFloat() || k == K.BOOL;
  }

  public boolean isNp() {
    return k == K.NPINT || k == K.NPFLOAT;
  }

  public boolean isVector() {
    return k == K.ARRAY || k == K.SERIES;
  }

  /** The numpy scalar type of one element of an array of this element kind. */
  public static Type scalarOf(K elem) {
    return switch (elem) {
      case INT -> NPINT;
      case FLOAT -> NPFLOAT;
      default -> BOOL;
    };
  }

  /** The element kind that stores scalars of this type. */
  public K elemKind() {
    if (isFloat()) {
      return K.FLOAT;
    }
    if (isInt()) {
      return K.INT;
    }
    return K.BOOL;
  }

  public Vt vt() {
    return switch (k) {
      case OPTIONAL -> valueType().vt();
      case INT, NPINT -> Vt.I64;
      case FLOAT, NPFLOAT -> Vt.F64;
      default -> Vt.I32;
    };
  }

  @Override
  public String toString() {
    return switch (k) {
      case INT -> "int";
      case FLOAT -> "float";
      case BOOL -> "bool";
      case NPINT -> "np.int64";
      case NPFLOAT -> "np.float64";
      case NONE -> "None";
      case STR -> "str";
      case ARRAY -> "ndarray[" + elemName(elem) + "]";
      case SERIES -> "Series[" + elemName(elem) + "]";
      case DF -> "DataFrame";
      case ROW -> "DataFrame row";
      case TUPLE -> "tuple[" + items.stream().map(Type::toString).collect(Collectors.joining(", ")) + "]";
      case LIST -> "list[" + (items.isEmpty() ? "?" : items.get(0)) + "]";
      case DICT -> "dict[str, number]";
      case MODULE -> "module " + tag;
      case FUNC -> "function " + tag;
      case OPTIONAL -> "Optional[" + valueType() + "]";
    };
  }

  private static String elemName(K e) {
    return switch (e) {
      case INT -> "int64";
      case FLOAT -> "float64";
      default -> "bool";
    };
  }
}
