package io.peripheral.strategy.lower;

/** Fixed addresses and globals shared by the generated module and the host. */
public final class Layout {
  private Layout() {}

  public static final int ERR_CODE = 16;
  public static final int ERR_LINE = 20;
  public static final int ERR_AUX = 24;
  public static final int RES_KIND = 64;
  public static final int RES_VALUE = 72;
  public static final int LOG_START = 1024;
  public static final int LOG_RECORD = 16;
  public static final int LOG_RECORDS = 16384;
  public static final int STATIC_START = LOG_START + LOG_RECORD * LOG_RECORDS;

  public static final int G_HEAP = 0;
  public static final int G_DEPTH = 1;
  public static final int G_DEPTH_LIMIT = 2;
  public static final int G_LOG = 3;
  public static final int G_SP = 4;
  public static final int G_SPEND = 5;

  /** Error codes written to ERR_CODE before a trap. */
  public static final int E_ZERO_DIV = 1;
  public static final int E_INDEX = 2;
  public static final int E_VALUE = 3;
  public static final int E_OVERFLOW = 4;
  public static final int E_MEMORY = 5;
  public static final int E_RECURSION = 6;
  public static final int E_KEY = 7;
  public static final int E_LOG = 8;
  public static final int E_BROADCAST = 9;
  public static final int E_DOMAIN = 10;

  /** Result kinds written to RES_KIND by entry wrappers. */
  public static final int R_NONE = 0;
  public static final int R_FLOAT = 1;
  public static final int R_INT = 2;
  public static final int R_BOOL = 3;
  public static final int R_DICT = 4;
  public static final int R_FARRAY = 5;
  public static final int R_IARRAY = 6;
  public static final int R_BARRAY = 7;

  /** Log record tags. */
  public static final int L_FLOAT = 1;
  public static final int L_INT = 2;
  public static final int L_BOOL = 3;
  public static final int L_STR = 4;
  public static final int L_SEP = 5;
  public static final int L_END = 6;
  public static final int L_NONE = 7;
  /** Formatted with a spec: the tag's bits above the low byte hold the spec's string id. */
  public static final int L_FFMT = 9;
  public static final int L_IFMT = 10;
  public static final int L_SFMT = 11;
}
